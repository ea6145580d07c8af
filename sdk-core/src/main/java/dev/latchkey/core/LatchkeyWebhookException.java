package dev.latchkey.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A webhook request that must be rejected, whatever the vendor: a header is missing or malformed, the timestamp
 * is outside the tolerance, the signature does not match (tampered body or wrong secret), the body is over the
 * verifier's size limit or cannot be read, or the payload is not one of the vendor's events. Answer such
 * requests with 400, 401 or 413 and do not act on them; {@link #reason()} says which case it is.
 *
 * <p>The raw code is {@code webhook_} and the reason in lower case ({@code webhook_signature_mismatch}).
 * Signature and timestamp failures have the category {@link ErrorCategory#AUTHENTICATION}, the others
 * {@link ErrorCategory#UNEXPECTED_RESPONSE}; none is retryable. The message never quotes the secret, the
 * signature or the body.
 */
public class LatchkeyWebhookException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /** Why a webhook was rejected. */
  public enum Reason {
    /** A required header (the message id, timestamp or signature) is absent. */
    MISSING_HEADER,
    /** A header is present but unreadable (timestamp not a number, no signature in a known scheme). */
    MALFORMED_HEADER,
    /** The timestamp is older than the tolerance (a replay, or a badly delayed delivery). */
    TIMESTAMP_TOO_OLD,
    /** The timestamp is further in the future than the tolerance. */
    TIMESTAMP_IN_FUTURE,
    /** No signature matches: the body was altered or the secret is wrong. */
    SIGNATURE_MISMATCH,
    /** The signed payload is not one of the vendor's events (not JSON, or no event type). */
    MALFORMED_PAYLOAD,
    /** The body is larger than the verifier's maximum; it was neither verified nor parsed. */
    BODY_TOO_LARGE,
    /** The body stream failed while it was read; nothing was verified. */
    UNREADABLE_BODY;

    /** Whether the reason is about the sender's credentials (signature, timestamp, headers). */
    boolean isAuthentication() {
      return this != MALFORMED_PAYLOAD && this != BODY_TOO_LARGE && this != UNREADABLE_BODY;
    }
  }

  /** Why the webhook was rejected. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param vendor the vendor whose webhook was rejected, in lower case ({@code "seam"})
   * @param reason why the webhook was rejected
   * @param message a description without secrets
   * @throws NullPointerException when the reason is null
   * @throws IllegalArgumentException when the vendor is null or blank
   */
  public LatchkeyWebhookException(String vendor, Reason reason, String message) {
    super(Details.builder()
        .vendor(vendor)
        .rawCode("webhook_" + Objects.requireNonNull(reason, "reason").name().toLowerCase(Locale.ROOT))
        .message(message)
        .category(reason.isAuthentication() ? ErrorCategory.AUTHENTICATION : ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build());
    this.reason = reason;
  }

  /**
   * Why the webhook was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
