package dev.latchkey.core;

import java.util.Collection;
import java.util.List;

/**
 * Masks secret-looking things in free text before it goes into an exception message or a log line, with the
 * rules of {@link Redactor#defaults()}.
 *
 * <p>It recognises bearer and basic credentials, the values of JSON properties, form fields and query
 * parameters whose names say they hold a secret ({@code access_token}, {@code refresh_token},
 * {@code client_secret}, {@code code}, {@code pin}, {@code password}, {@code api_key}...), credential-looking
 * words after such names in prose, 4 to 12 digit numbers after "pin" or "code", header values, and for now the
 * key prefixes of the vendors this SDK ships ({@code seam_}, {@code whsec_}, {@code sk_live_}). It also removes
 * the exact values of known {@link Secret}s, verbatim or JSON-escaped. Over-redaction is preferred to a leak.
 * Linear in the length of the text and never throws on any text; a client with its own rules uses a
 * {@link Redactor}.
 */
public final class Redaction {

  /** What a masked value is replaced with. */
  public static final String MASK = Redactor.MASK;

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
   * @param knownSecrets values to remove wherever they occur, verbatim or JSON-escaped (values shorter than 4
   *     characters are left: they would mangle ordinary text, and PINs have at least 4 digits)
   * @return the text with secrets masked
   */
  public static String redact(CharSequence text, Collection<Secret> knownSecrets) {
    return Redactor.defaults().redact(text, knownSecrets);
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
  public static String snippet(CharSequence text, int maxChars, Collection<Secret> knownSecrets) {
    return Redactor.defaults().snippet(text, maxChars, knownSecrets);
  }
}
