package dev.latchkey.seam;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: Seam is throttling this key. Reads are retried by the client (honouring
 * {@code Retry-After}); this exception means the retries ran out or the call was not safe to repeat.
 */
public class SeamRateLimitedException extends SeamException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   * @param retryAfter the wait Seam asked for in {@code Retry-After}, or null when it did not say
   */
  public SeamRateLimitedException(Details details, Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** How long Seam asked the client to wait, when it said ({@code Retry-After}). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
