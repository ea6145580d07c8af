package dev.latchkey.seam.webhook;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import java.util.Objects;

/**
 * A webhook request that must be rejected: a header is missing or malformed, the timestamp is outside the
 * tolerance, the signature does not match (tampered body or wrong secret), the body is over the verifier's
 * size limit or cannot be read, or the payload is not a Seam event. Answer such requests with 400, 401 or 413
 * and do not act on them.
 */
public class SeamWebhookException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /** Why the webhook was rejected. */
  public enum Reason {
    /** A required header ({@code svix-id}/{@code webhook-id}, timestamp or signature) is absent. */
    MISSING_HEADER,
    /** A header is present but unreadable (timestamp not a number, no {@code v1,} signature). */
    MALFORMED_HEADER,
    /** The timestamp is older than the tolerance (a replay, or a badly delayed delivery). */
    TIMESTAMP_TOO_OLD,
    /** The timestamp is further in the future than the tolerance. */
    TIMESTAMP_IN_FUTURE,
    /** No signature matches: the body was altered or the secret is wrong. */
    SIGNATURE_MISMATCH,
    /** The signed payload is not a Seam event (not JSON, or no event type). */
    MALFORMED_PAYLOAD,
    /** The body is larger than the verifier's maximum; it was neither verified nor parsed. */
    BODY_TOO_LARGE,
    /** The body stream failed while it was read; nothing was verified. */
    UNREADABLE_BODY
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the webhook was rejected
   * @param message a description without secrets
   */
  public SeamWebhookException(Reason reason, String message) {
    super(Details.builder()
        .vendor("seam")
        .rawCode("webhook_" + Objects.requireNonNull(reason, "reason").name().toLowerCase(java.util.Locale.ROOT))
        .message(message)
        .category(reason == Reason.MALFORMED_PAYLOAD || reason == Reason.BODY_TOO_LARGE
            || reason == Reason.UNREADABLE_BODY
            ? ErrorCategory.UNEXPECTED_RESPONSE
            : ErrorCategory.AUTHENTICATION)
        .retryable(false)
        .build());
    this.reason = reason;
  }

  /** Why the webhook was rejected. */
  public Reason reason() {
    return reason;
  }
}
