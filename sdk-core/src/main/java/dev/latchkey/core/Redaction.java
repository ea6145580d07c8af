package dev.latchkey.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secret-looking things in free text before it goes into an exception message or a log line.
 *
 * <p>It recognises bearer and basic credentials, Seam API keys ({@code seam_...}), webhook secrets
 * ({@code whsec_...}), and the values of JSON properties, form fields and query parameters whose names say
 * they hold a secret ({@code access_token}, {@code refresh_token}, {@code client_secret}, {@code code},
 * {@code pin}, {@code password}, {@code api_key}...), credential-looking words after such names in prose,
 * and 4 to 12 digit numbers after "pin" or "code". It also removes the exact values of known
 * {@link Secret}s. Over-redaction is preferred to a leak.
 */
public final class Redaction {

  /** What a masked value is replaced with. */
  public static final String MASK = "[redacted]";

  /** Known secret values shorter than this are not scrubbed verbatim: they would mangle ordinary text. */
  private static final int MIN_SCRUBBED_SECRET_LENGTH = 4;

  private static final String SECRET_NAMES =
      "access_token|refresh_token|id_token|token|client_secret|client_assertion|secret|webhook_secret"
          + "|api_key|apikey|x-api-key|password|passcode|code|pin|pin_code|keypad_code|authorization";

  private static final Pattern AUTH_SCHEME =
      // A credential has a digit or is long: that keeps prose such as "Bearer token expired" readable.
      Pattern.compile("(?i)\\b(Bearer|Basic|Token)\\s+"
          + "(?:(?=[A-Za-z._~+/=\\-]*[0-9])[A-Za-z0-9._~+/=\\-]+|[A-Za-z0-9._~+/=\\-]{20,})");
  private static final Pattern PREFIXED_KEY =
      Pattern.compile("\\b(seam_|whsec_|sk_live_|sk_test_)[A-Za-z0-9_+/=\\-]+");
  private static final Pattern JSON_STRING_VALUE =
      Pattern.compile("(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(\"|$)");
  private static final Pattern JSON_BARE_VALUE =
      Pattern.compile("(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)(-?[0-9][0-9.eE+\\-]*)");
  private static final Pattern FORM_VALUE =
      Pattern.compile("(?i)(^|[?&;,\\s])((?:" + SECRET_NAMES + ")=)[^&\\s\"',;]+");
  // Prose such as "client_secret abc123def" or "refresh_token: xyz...": only credential-looking values
  // (a digit and six characters, or twenty characters), so that "client_secret is invalid" stays readable.
  private static final Pattern PROSE_CREDENTIAL = Pattern.compile("(?i)\\b(access[_ ]token|refresh[_ ]token"
      + "|id_token|client[_ ]secret|api[_ ]key|apikey|password|webhook[_ ]secret|secret)(\\s*[:=]\\s*|\\s+)"
      + "(?!\\[redacted)(?:(?=[^\\s\"',;&]*[0-9])[^\\s\"',;&]{6,}|[^\\s\"',;&]{20,})");
  private static final Pattern PROSE_PIN = Pattern.compile(
      "(?i)\\b(pin|pin code|passcode|keypad code|access code|code)(\\s*[:=]?\\s*)[0-9]{4,12}\\b");
  private static final Pattern HEADER_VALUE =
      Pattern.compile("(?i)\\b(authorization|x-api-key|api-key|cookie|set-cookie)(\\s*:\\s*)[^\\r\\n,;]+");

  private Redaction() {}

  /**
   * Masks secret-looking values in the text.
   *
   * @param text free text; null gives the empty string
   * @return the text with secrets masked
   */
  public static String redact(CharSequence text) {
    return redact(text, List.of());
  }

  /**
   * Masks secret-looking values and the exact values of the given secrets.
   *
   * @param text free text; null gives the empty string
   * @param knownSecrets values to remove verbatim wherever they occur
   * @return the text with secrets masked
   */
  public static String redact(CharSequence text, Collection<Secret> knownSecrets) {
    if (text == null) {
      return "";
    }
    String result = scrubKnown(text.toString(), knownSecrets);
    result = HEADER_VALUE.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
    result = AUTH_SCHEME.matcher(result).replaceAll("$1 " + Matcher.quoteReplacement(MASK));
    result = PREFIXED_KEY.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    result = JSON_STRING_VALUE.matcher(result).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
    result = JSON_BARE_VALUE.matcher(result).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
    result = FORM_VALUE.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
    result = PROSE_CREDENTIAL.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
    result = PROSE_PIN.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
    return result;
  }

  /**
   * A redacted, single-line, bounded excerpt of the text, for exception messages.
   *
   * @param text free text; null gives the empty string
   * @param maxChars the longest excerpt returned, not counting the ellipsis
   * @param knownSecrets values to remove verbatim
   * @return the excerpt, ending in an ellipsis when the text was cut
   */
  public static String snippet(CharSequence text, int maxChars, Collection<Secret> knownSecrets) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars < 0");
    }
    // Redact before cutting so that a cut cannot split a secret's marker from its value.
    String oneLine = redact(text, knownSecrets).replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= maxChars) {
      return oneLine;
    }
    return oneLine.substring(0, maxChars) + "…";
  }

  private static String scrubKnown(String text, Collection<Secret> knownSecrets) {
    Objects.requireNonNull(knownSecrets, "knownSecrets");
    String result = text;
    for (Secret secret : knownSecrets) {
      String value = secret.reveal();
      if (value.length() >= MIN_SCRUBBED_SECRET_LENGTH && result.contains(value)) {
        result = result.replace(value, MASK);
      }
    }
    return result;
  }
}
