package dev.latchkey.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How failed requests are retried: bounded attempts, exponential backoff with jitter and a cap, and a cap on
 * how long a server's {@code Retry-After} may make the client wait.
 *
 * <p>Only requests that are safe to repeat are retried (reads, idempotent writes, or writes the vendor
 * module marks safe), and only after a connection failure, a timeout, one of the {@linkplain
 * #retryableStatuses() retryable statuses}, or an error whose code the catalog marks retryable. Immutable.
 */
public final class RetryPolicy {

  /** How a random part is added to each backoff delay, so that many clients do not retry in step. */
  public enum Jitter {
    /** No randomness: the delay is exactly the exponential backoff (useful in tests). */
    NONE,
    /** A uniformly random delay between zero and the exponential backoff. */
    FULL,
    /** Half the exponential backoff plus a random part up to the other half. */
    EQUAL
  }

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final Jitter jitter;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
  }

  /**
   * Three attempts, backoff from 200 ms doubling up to 10 s with full jitter, {@code Retry-After} honoured up
   * to 60 s, retrying 408, 429, 502, 503 and 504.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return one attempt: no retries at all} */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A builder preset with the {@linkplain #defaults() defaults}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset with this policy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .multiplier(multiplier)
        .jitter(jitter)
        .maxRetryAfter(maxRetryAfter)
        .retryableStatuses(retryableStatuses);
  }

  /** {@return the total number of attempts, including the first (1 means no retries)} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the backoff before the first retry, before jitter} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the longest backoff between two attempts, before jitter} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the factor the backoff grows by after each retry} */
  public double multiplier() {
    return multiplier;
  }

  /** {@return how randomness is added to the backoff} */
  public Jitter jitter() {
    return jitter;
  }

  /**
   * The longest wait a server's {@code Retry-After} may ask for; when it asks for more, the client gives up
   * at once instead of blocking the caller for a long time.
   *
   * @return the longest {@code Retry-After} wait honoured
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** {@return the HTTP statuses retried whatever the error decoder says} */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /**
   * The backoff before the given retry, with jitter applied.
   *
   * @param retry 1 for the first retry (after the first attempt failed), 2 for the second...
   * @param random a uniformly distributed number in [0, 1)
   * @return the delay to wait
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1, was " + retry);
    }
    double exponential = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1.0);
    double capped = Math.min(exponential, maxBackoff.toMillis());
    double withJitter;
    switch (jitter) {
      case FULL:
        withJitter = capped * random;
        break;
      case EQUAL:
        withJitter = capped / 2 + capped / 2 * random;
        break;
      default:
        withJitter = capped;
        break;
    }
    return Duration.ofMillis(Math.round(withJitter));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy other = (RetryPolicy) o;
    return maxAttempts == other.maxAttempts
        && initialBackoff.equals(other.initialBackoff)
        && maxBackoff.equals(other.maxBackoff)
        && Double.compare(multiplier, other.multiplier) == 0
        && jitter == other.jitter
        && maxRetryAfter.equals(other.maxRetryAfter)
        && retryableStatuses.equals(other.retryableStatuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter,
        retryableStatuses);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + ", retryableStatuses=" + retryableStatuses + "}";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private double multiplier = 2.0;
    private Jitter jitter = Jitter.FULL;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = Set.of(408, 429, 502, 503, 504);

    private Builder() {}

    /**
     * The total number of attempts including the first, at least 1.
     *
     * @param maxAttempts the number of attempts
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The backoff before the first retry, not negative.
     *
     * @param initialBackoff the first backoff
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Durations.requireNonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The cap on a single backoff, not negative.
     *
     * @param maxBackoff the largest backoff
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Durations.requireNonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * The growth factor of the backoff, at least 1.
     *
     * @param multiplier the growth factor
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * How randomness is added to the backoff.
     *
     * @param jitter the jitter
     * @return this builder
     */
    public Builder jitter(Jitter jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /**
     * The longest {@code Retry-After} honoured; beyond it the client gives up. Not negative.
     *
     * @param maxRetryAfter the longest wait honoured
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Durations.requireNonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * The HTTP statuses always considered transient.
     *
     * @param retryableStatuses the statuses
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> retryableStatuses) {
      this.retryableStatuses = Set.copyOf(retryableStatuses);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
