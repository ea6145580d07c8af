package dev.latchkey.nuki.webhook;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import java.util.Locale;
import java.util.Objects;

/**
 * TEMPORARY stand-in for sdk-core's {@code dev.latchkey.core.LatchkeyWebhookException}, which is being added on
 * another branch with the same constructor shape ({@code (String vendor, Reason reason, String message)}) and
 * the same reasons. At merge, delete this class and switch {@link NukiWebhookVerifier#reject} (the only place
 * that creates it) to the core class. Package-private so that nothing outside this package depends on it:
 * callers catch {@link LatchkeyException}.
 */
final class NukiWebhookException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /** Why a webhook was rejected; the same constants as the core class's. */
  enum Reason {
    MISSING_HEADER,
    MALFORMED_HEADER,
    TIMESTAMP_TOO_OLD,
    TIMESTAMP_IN_FUTURE,
    SIGNATURE_MISMATCH,
    MALFORMED_PAYLOAD,
    BODY_TOO_LARGE,
    UNREADABLE_BODY
  }

  private final Reason reason;

  NukiWebhookException(String vendor, Reason reason, String message) {
    super(Details.builder()
        .vendor(vendor)
        .rawCode("webhook_" + Objects.requireNonNull(reason, "reason").name().toLowerCase(Locale.ROOT))
        .message(message)
        .category(reason == Reason.MALFORMED_PAYLOAD || reason == Reason.BODY_TOO_LARGE
            || reason == Reason.UNREADABLE_BODY ? ErrorCategory.UNEXPECTED_RESPONSE : ErrorCategory.AUTHENTICATION)
        .retryable(false)
        .build());
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
