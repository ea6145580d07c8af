package dev.latchkey.tapkey.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Bearer} challenge of an RFC 6750 {@code WWW-Authenticate} header:
 * {@code Bearer realm="x", error="invalid_token", error_description="...", scope="read:grants"}.
 *
 * <p>The parser reads each character once (linear), looks at no more than {@link #MAX_HEADER_CHARS} of a
 * header, and never throws: a malformed header gives what could be read, or nothing.
 *
 * @param error the {@code error} parameter, or null
 * @param errorDescription the {@code error_description} parameter, or null
 * @param scope the {@code scope} parameter, or null
 */
public record BearerChallenge(String error, String errorDescription, String scope) {

  /** Longer headers are cut to this many characters before parsing. */
  public static final int MAX_HEADER_CHARS = 4096;

  /**
   * Finds the first Bearer challenge in the values of {@code WWW-Authenticate} headers.
   *
   * @param headerValues the header's values (each may hold several challenges); null is none
   * @return the Bearer challenge, empty when there is none
   */
  public static Optional<BearerChallenge> find(Collection<String> headerValues) {
    if (headerValues == null) {
      return Optional.empty();
    }
    for (String value : headerValues) {
      Optional<BearerChallenge> found = parse(value);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Parses one {@code WWW-Authenticate} value.
   *
   * @param header the value; null is none
   * @return its Bearer challenge, empty when it has none
   */
  public static Optional<BearerChallenge> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String text = header.length() > MAX_HEADER_CHARS ? header.substring(0, MAX_HEADER_CHARS) : header;
    Parser parser = new Parser(text);
    return Optional.ofNullable(parser.run());
  }

  /** Whether {@link #error()} is {@code invalid_token}. */
  boolean isInvalidToken() {
    return "invalid_token".equals(error);
  }

  /** Whether {@link #error()} is {@code insufficient_scope}. */
  boolean isInsufficientScope() {
    return "insufficient_scope".equals(error);
  }

  /** Whether the description says the token expired, as IdentityServer's "The token expired at ..." does. */
  boolean saysExpired() {
    return errorDescription != null && errorDescription.toLowerCase(Locale.ROOT).contains("expired");
  }

  private static final class Parser {
    private final String s;
    private int i;
    private boolean inBearer;
    private boolean sawBearer;
    private String error;
    private String description;
    private String scope;

    Parser(String s) {
      this.s = s;
    }

    BearerChallenge run() {
      while (i < s.length()) {
        skip(" \t,");
        String token = token();
        if (token.isEmpty()) {
          i++; // a character no rule accepts: step over it
          continue;
        }
        skip(" \t");
        if (i < s.length() && s.charAt(i) == '=' && !isToken68End()) {
          i++;
          skip(" \t");
          String value = i < s.length() && s.charAt(i) == '"' ? quoted() : token();
          if (inBearer) {
            param(token.toLowerCase(Locale.ROOT), value);
          }
        } else {
          // A new challenge's scheme; a token68 after it ends at the next comma.
          inBearer = token.equalsIgnoreCase("Bearer");
          if (inBearer && sawBearer) {
            break; // a second Bearer challenge: the first one counts
          }
          sawBearer |= inBearer;
        }
      }
      return sawBearer ? new BearerChallenge(error, description, scope) : null;
    }

    /** A run of '=' that ends a token68 ("abc==") rather than starting a parameter value. */
    private boolean isToken68End() {
      int j = i;
      while (j < s.length() && s.charAt(j) == '=') {
        j++;
      }
      while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j++;
      }
      return j - i > 1 || j >= s.length() || s.charAt(j) == ',';
    }

    private void param(String name, String value) {
      switch (name) {
        case "error" -> error = error == null ? value : error;
        case "error_description" -> description = description == null ? value : description;
        case "scope" -> scope = scope == null ? value : scope;
        default -> { }
      }
    }

    private void skip(String chars) {
      while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private String token() {
      int start = i;
      while (i < s.length() && isTokenChar(s.charAt(i))) {
        i++;
      }
      return s.substring(start, i);
    }

    private String quoted() {
      StringBuilder out = new StringBuilder();
      i++; // the opening quote
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\' && i < s.length()) {
          c = s.charAt(i++);
        }
        out.append(c);
      }
      return out.toString(); // unterminated: what was read
    }

    private static boolean isTokenChar(char c) {
      return c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
  }
}
