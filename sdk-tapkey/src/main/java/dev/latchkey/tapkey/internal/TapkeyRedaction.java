package dev.latchkey.tapkey.internal;

import dev.latchkey.core.Redactor;

/**
 * The redaction rules of a Tapkey client: the generic ones, plus JSON Web Tokens (Tapkey's access tokens are
 * JWTs, whose text always starts with {@code eyJ}, the encoding of <code>{"</code>).
 */
public final class TapkeyRedaction {

  private static final Redactor REDACTOR = Redactor.builder().keyPrefix("eyJ").build();

  private TapkeyRedaction() {}

  /** {@return the shared, immutable redactor} */
  public static Redactor redactor() {
    return REDACTOR;
  }
}
