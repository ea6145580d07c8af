package dev.latchkey.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text: an immutable, thread-safe set of redaction rules.
 *
 * <p>The generic rules ({@link #generic()}) know no vendor: bearer, basic and token credentials, the values of
 * JSON properties, form fields and query parameters whose names say they hold a secret ({@code access_token},
 * {@code client_secret}, {@code code}, {@code pin}, {@code password}, {@code api_key}...), credential-looking
 * words after such names in prose, 4 to 12 digit numbers after "pin" or "code", and the values of
 * {@code Authorization}, API-key and cookie headers. A vendor module adds what it knows about its own keys as
 * literal prefixes ({@link Builder#keyPrefix(String)}): a word starting with a registered prefix loses
 * everything after the prefix. Over-redaction is preferred to a leak.
 *
 * <p>Besides the patterns, the exact values of the {@link Secret}s a caller knows (API key, token, the PIN of
 * the request) are removed wherever they occur, also when the text carries them JSON-escaped
 * (<code>&#92;u0039&#92;u0031...</code>, <code>&#92;/</code>, escapes of escapes).
 *
 * <p>Cost: linear in the length of the text, whatever the text (no rule backtracks over an unbounded run: every
 * repetition is possessive or bounded, and no rule has a repeated group that Java's regex engine would recurse
 * on), and it never throws on any input. Callers still bound what they pass (exception messages are short).
 */
public final class Redactor {

  /** What a masked value is replaced with. */
  public static final String MASK = "[redacted]";

  /**
   * Known secret values shorter than this are not removed verbatim: a two-character secret would mangle
   * ordinary text (every "12" in a message). PINs, the shortest secrets the SDK handles, have at least 4 digits.
   */
  static final int MIN_SCRUBBED_SECRET_LENGTH = 4;

  /** Escapes of escapes are undone this many times when looking for known secrets. */
  private static final int MAX_ESCAPE_LEVELS = 3;

  private static final Pattern PREFIX_SYNTAX = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{1,31}");

  private static final List<String> SECRET_NAMES = List.of("access_token", "refresh_token", "id_token", "token",
      "client_secret", "client_assertion", "secret", "webhook_secret", "api_key", "apikey", "x-api-key", "password",
      "passcode", "code", "pin", "pin_code", "keypad_code", "authorization");
  private static final String NAMES = alternatives(SECRET_NAMES);

  // Every repetition below is possessive (*+, ++) or bounded, so a failed attempt costs at most the run it
  // scanned, and runs scanned by failed attempts do not overlap: each rule is linear in the text. A rule is
  // tried only where one of its anchors (the literal a match starts with) occurs, found in one pass over the text.
  private static final Rule HEADER_VALUE = Rule.keywords(
      List.of("authorization", "x-api-key", "api-key", "cookie", "set-cookie"),
      "(\\s*+:\\s*+)[^\\r\\n,;]++", 2, MASK);
  // A credential has a digit or is long: that keeps prose such as "Bearer token expired" readable.
  private static final Rule AUTH_SCHEME = Rule.keywords(List.of("bearer", "basic", "token"),
      "\\s++(?:(?=[A-Za-z._~+/=\\-]*+[0-9])[A-Za-z0-9._~+/=\\-]++|[A-Za-z0-9._~+/=\\-]{20,}+)", 1, " " + MASK);
  // The body of a JSON string: runs without quote or backslash, or an escape (a lone trailing backslash too).
  // The possessive group is matched iteratively by java.util.regex, not one stack frame per character.
  private static final Rule JSON_STRING_VALUE = new Rule(
      Pattern.compile("(?is)(\"(?:" + NAMES + ")\"\\s*+:\\s*+)\"(?:[^\"\\\\]++|\\\\.?+)*+(?:\"|$)"),
      quoted(SECRET_NAMES), 0, true, 1, "\"" + MASK + "\"");
  private static final Rule JSON_BARE_VALUE = new Rule(
      Pattern.compile("(?i)(\"(?:" + NAMES + ")\"\\s*+:\\s*+)-?+[0-9][0-9.eE+\\-]*+"),
      quoted(SECRET_NAMES), 0, true, 1, "\"" + MASK + "\"");
  private static final Rule FORM_VALUE = new Rule(
      Pattern.compile("(?i)(^|[?&;,\\s])((?:" + NAMES + ")=)[^&\\s\"',;]++"),
      SECRET_NAMES.stream().map(name -> name + "=").toList(), 1, true, 2, MASK);
  // Prose such as "client_secret abc123def" or "refresh_token: xyz...": only credential-looking values
  // (a digit and six characters, or twenty characters), so that "client_secret is invalid" stays readable.
  private static final Rule PROSE_CREDENTIAL = Rule.keywords(List.of("access_token", "access token",
          "refresh_token", "refresh token", "id_token", "client_secret", "client secret", "api_key", "api key",
          "apikey", "password", "webhook_secret", "webhook secret", "secret"),
      "(\\s*+[:=]\\s*+|\\s++)(?!\\[redacted)(?:(?=[^\\s\"',;&0-9]*+[0-9])[^\\s\"',;&]{6,}+|[^\\s\"',;&]{20,}+)",
      2, MASK);
  private static final Rule PROSE_PIN = Rule.keywords(
      List.of("pin", "pin code", "passcode", "keypad code", "access code", "code"),
      "(\\s*+[:=]?+\\s*+)[0-9]{4,12}+\\b", 2, MASK);

  // Knows no vendor: vendor modules register their key prefixes (SeamRedaction, ...) on their transport.
  private static final Redactor GENERIC = new Redactor(List.of());
  private static final Redactor DEFAULTS = GENERIC;

  private final List<String> keyPrefixes;
  private final List<Rule> rules;

  private Redactor(List<String> keyPrefixes) {
    this.keyPrefixes = List.copyOf(keyPrefixes);
    List<Rule> all = new ArrayList<>(List.of(HEADER_VALUE, AUTH_SCHEME));
    if (!keyPrefixes.isEmpty()) {
      // Keys are case-sensitive: "Seam_" is a word, not a key.
      all.add(new Rule(Pattern.compile("\\b(" + alternatives(keyPrefixes) + ")[A-Za-z0-9_+/=\\-]++"),
          this.keyPrefixes, 0, false, 1, MASK));
    }
    all.addAll(List.of(JSON_STRING_VALUE, JSON_BARE_VALUE, FORM_VALUE, PROSE_CREDENTIAL, PROSE_PIN));
    this.rules = List.copyOf(all);
  }

  /**
   * The rules that know no vendor.
   *
   * @return the generic redactor
   */
  public static Redactor generic() {
    return GENERIC;
  }

  /**
   * The rules {@link Redaction}'s static methods and an unconfigured transport apply: the generic ones. Key
   * prefixes are vendor knowledge, registered by each vendor module on its client's transport.
   *
   * @return the default redactor
   */
  public static Redactor defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the generic rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /**
   * A builder starting from this redactor's rules, to add more.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(keyPrefixes);
  }

  /**
   * The literal key prefixes this redactor recognises, in registration order.
   *
   * @return an immutable list
   */
  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /**
   * Masks secret-looking values in the text.
   *
   * @param text free text; null gives the empty string
   * @return the text with secrets masked
   */
  public String redact(CharSequence text) {
    return redact(text, List.of());
  }

  /**
   * Masks secret-looking values and the exact values of the given secrets (also JSON-escaped).
   *
   * @param text free text; null gives the empty string
   * @param knownSecrets values to remove wherever they occur; null elements are ignored
   * @return the text with secrets masked
   */
  public String redact(CharSequence text, Collection<Secret> knownSecrets) {
    Objects.requireNonNull(knownSecrets, "knownSecrets");
    if (text == null) {
      return "";
    }
    String result = KnownSecrets.scrub(text.toString(), knownSecrets, MIN_SCRUBBED_SECRET_LENGTH,
        MAX_ESCAPE_LEVELS, MASK);
    // Each rule applies to the output of the previous one, as successive replaceAll calls would. Anchors are
    // looked for in a one-byte-per-character copy (characters above U+00FF become '?', which begins no
    // anchor), made again only when a rule changed the text.
    byte[] bytes = result.getBytes(StandardCharsets.ISO_8859_1);
    for (Rule rule : rules) {
      String next = rule.apply(result, bytes);
      if (next != result) {
        result = next;
        bytes = result.getBytes(StandardCharsets.ISO_8859_1);
      }
    }
    return result;
  }

  /**
   * A redacted, single-line, bounded excerpt of the text, for exception messages.
   *
   * @param text free text; null gives the empty string
   * @param maxChars the longest excerpt returned, not counting the ellipsis
   * @param knownSecrets values to remove verbatim
   * @return the excerpt, ending in an ellipsis when the text was cut
   * @throws IllegalArgumentException when maxChars is negative
   */
  public String snippet(CharSequence text, int maxChars, Collection<Secret> knownSecrets) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars < 0");
    }
    // Redact before cutting so that a cut cannot split a secret's marker from its value.
    return oneLine(redact(text, knownSecrets), maxChars);
  }

  /**
   * The text on one line (runs of whitespace become one space, ends stripped), cut to a length. Does not
   * redact: for text the SDK wrote itself or that is already redacted.
   *
   * @param text the text; null gives the empty string
   * @param maxChars the longest text returned, not counting the ellipsis
   * @return the line, ending in an ellipsis when the text was cut
   */
  static String oneLine(CharSequence text, int maxChars) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() <= maxChars; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (out.length() <= maxChars) {
      return out.toString();
    }
    // Do not leave half of a surrogate pair before the ellipsis.
    int cut = maxChars > 0 && Character.isHighSurrogate(out.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return out.substring(0, cut) + "…";
  }

  /** The patterns {@link #redact} applies, in order (for tests that count the work they do). */
  List<Pattern> patterns() {
    return rules.stream().map(rule -> rule.pattern).toList();
  }

  /**
   * The rules applied with plain {@code replaceAll}, trying every position: the reference the anchored
   * {@link #redact} must agree with (for tests; known secrets are not removed).
   */
  String redactByReplaceAll(String text) {
    String result = text;
    for (Rule rule : rules) {
      result = rule.pattern.matcher(result).replaceAll(match -> Matcher.quoteReplacement(rule.replacement(match)));
    }
    return result;
  }

  private static String alternatives(List<String> literals) {
    StringBuilder out = new StringBuilder();
    for (String literal : literals) {
      out.append(out.length() == 0 ? "" : "|").append(Pattern.quote(literal));
    }
    return out.toString();
  }

  private static List<String> quoted(List<String> names) {
    return names.stream().map(name -> '"' + name + '"').toList();
  }

  /**
   * One redaction rule: a pattern whose matches start at one of its anchors (literals, in lower case for a
   * case-insensitive rule) or {@code lead} characters before one, and whose match is replaced by its first
   * {@code groups} groups and a suffix. Trying the pattern only at anchors gives the result of
   * {@code replaceAll} at a fraction of the cost: a regex would otherwise attempt a match at every position.
   */
  private static final class Rule {
    final Pattern pattern;
    private final boolean ignoreCase;
    // The anchors by their first character (all anchors are ASCII).
    private final String[][] anchorsByFirstChar = new String[128][];
    private final int lead;
    private final int groups;
    private final String suffix;

    Rule(Pattern pattern, List<String> anchors, int lead, boolean ignoreCase, int groups, String suffix) {
      this.pattern = pattern;
      for (String anchor : anchors) {
        String[] same = anchorsByFirstChar[anchor.charAt(0)];
        same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
        same[same.length - 1] = anchor;
        anchorsByFirstChar[anchor.charAt(0)] = same;
      }
      this.lead = lead;
      this.ignoreCase = ignoreCase;
      this.groups = groups;
      this.suffix = suffix;
    }

    /** A case-insensitive rule: a keyword at a word start, then {@code rest}. */
    static Rule keywords(List<String> keywords, String rest, int groups, String suffix) {
      return new Rule(Pattern.compile("(?i)\\b(" + alternatives(keywords) + ")" + rest), keywords, 0, true,
          groups, suffix);
    }

    /** What a match is replaced with: its first groups (the name and separator), then the mask. */
    String replacement(MatchResult match) {
      StringBuilder out = new StringBuilder();
      for (int g = 1; g <= groups; g++) {
        out.append(match.group(g));
      }
      return out.append(suffix).toString();
    }

    /** Where the anchors occur in the text (its one-byte copy), less the lead; ascending. */
    private int[] starts(byte[] text, int[] count) {
      int[] starts = new int[8];
      int n = 0;
      // A few comparisons where a character can begin an anchor, none elsewhere. (?i) folds ASCII letters
      // only, so a character outside ASCII never begins a match of an anchor.
      for (int at = 0; at < text.length; at++) {
        int c = fold(text[at]);
        String[] candidates = c < 128 ? anchorsByFirstChar[c] : null;
        if (candidates != null && anyAt(candidates, text, at)) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = Math.max(0, at - lead);
        }
      }
      count[0] = n;
      return starts;
    }

    private boolean anyAt(String[] anchors, byte[] text, int at) {
      for (String anchor : anchors) {
        int length = anchor.length();
        if (at + length <= text.length) {
          int k = 1;
          while (k < length && fold(text[at + k]) == anchor.charAt(k)) {
            k++;
          }
          if (k == length) {
            return true;
          }
        }
      }
      return false;
    }

    private int fold(byte b) {
      int c = b & 0xFF;
      return ignoreCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** Applies the rule; returns the same instance when nothing matched. */
    String apply(String text, byte[] bytes) {
      int[] count = new int[1];
      int[] starts = starts(bytes, count);
      if (count[0] == 0) {
        return text;
      }
      // Transparent bounds let \b and lookbehinds see the text before a start; ^ stays the text's start.
      Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      StringBuilder out = null;
      int copied = 0;
      for (int i = 0; i < count[0]; i++) {
        int start = starts[i];
        if (start < copied) {
          continue;
        }
        matcher.region(start, text.length());
        if (matcher.lookingAt()) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, start).append(replacement(matcher));
          copied = matcher.end();
        }
      }
      return out == null ? text : out.append(text, copied, text.length()).toString();
    }
  }

  /** Shows the registered prefixes (which are not secrets). */
  @Override
  public String toString() {
    return "Redactor[keyPrefixes=" + keyPrefixes + "]";
  }

  /** Builds a {@link Redactor}. Not thread-safe. */
  public static final class Builder {
    private final Set<String> keyPrefixes;

    private Builder(List<String> keyPrefixes) {
      this.keyPrefixes = new LinkedHashSet<>(keyPrefixes);
    }

    /**
     * Registers a literal prefix of a vendor's keys or secrets, such as {@code seam_} or {@code whsec_}: a word
     * starting with it keeps the prefix and loses the rest. Only literal prefixes are accepted, so that no
     * registration can make redaction slow.
     *
     * @param prefix a letter, then 1 to 31 letters, digits, {@code _} or {@code -}
     * @return this builder
     * @throws IllegalArgumentException when the prefix has another form
     */
    public Builder keyPrefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      if (!PREFIX_SYNTAX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("a key prefix is a letter then 1 to 31 letters, digits, _ or -");
      }
      keyPrefixes.add(prefix);
      return this;
    }

    /**
     * Registers several literal key prefixes; see {@link #keyPrefix(String)}.
     *
     * @param prefixes the prefixes
     * @return this builder
     * @throws IllegalArgumentException when a prefix has another form
     */
    public Builder keyPrefixes(Collection<String> prefixes) {
      for (String prefix : new ArrayList<>(prefixes)) {
        keyPrefix(prefix);
      }
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @return an immutable redactor
     */
    public Redactor build() {
      return keyPrefixes.isEmpty() ? GENERIC : new Redactor(new ArrayList<>(keyPrefixes));
    }
  }
}
