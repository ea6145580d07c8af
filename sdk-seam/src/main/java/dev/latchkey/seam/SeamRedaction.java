package dev.latchkey.seam;

import dev.latchkey.core.Redactor;
import java.util.List;

/**
 * What Seam's secrets look like, registered with sdk-core's redaction: API keys start with {@code seam_} and
 * webhook signing secrets with {@code whsec_}. A Seam client masks the rest of any word starting with them in
 * the text it shows (exception messages, logs), besides the generic rules and the exact key it holds.
 */
public final class SeamRedaction {

  /** The literal prefixes of Seam's API keys and webhook signing secrets. */
  public static final List<String> KEY_PREFIXES = List.of("seam_", "whsec_");

  private static final Redactor REDACTOR = Redactor.builder().keyPrefixes(KEY_PREFIXES).build();

  private SeamRedaction() {}

  /**
   * The generic redaction rules plus Seam's key prefixes, for the transport of a Seam client.
   *
   * @return an immutable, shared redactor
   */
  public static Redactor redactor() {
    return REDACTOR;
  }
}
