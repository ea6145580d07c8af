package dev.latchkey.nuki.operation;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Sleeper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Re-issues a failed or partly failed operation for the smartlocks whose error the catalog marks
 * {@linkplain dev.latchkey.nuki.NukiErrorCode#retryable() retryable} ({@code ff} ERROR_UNKNOWN, the lock being
 * offline; {@code 45} K_ERROR_BUSY...), and only for those: the smartlocks on which the operation succeeded,
 * or failed for a reason a repeat cannot fix, never get the command again.
 *
 * <p>Attempts are bounded by the {@link RetryPolicy}'s {@code maxAttempts} (the original operation counts as
 * the first) and spaced by its exponential backoff. The default policy makes 3 attempts, waiting 2.5-5 s
 * then 5-10 s (equal jitter), since a lock that was offline rarely comes back within milliseconds.
 *
 * <pre>{@code
 * // The client's advanced call, for the given smartlocks (for example an AuthCreation on each of them).
 * Function<Set<Long>, PendingOperation> createAuths = ids -> ...;
 * try {
 *   createAuths.apply(Set.of(1L, 2L, 3L)).join();
 * } catch (NukiOperationFailedException e) {
 *   OperationResult settled = OperationRetry.create().retryFailed(e.result(), createAuths);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OperationRetry {

  /** The default policy: 3 attempts in all, backoff 5 s doubling up to 60 s, equal jitter. */
  public static final RetryPolicy DEFAULT_POLICY = RetryPolicy.builder()
      .maxAttempts(3)
      .initialBackoff(Duration.ofSeconds(5))
      .maxBackoff(Duration.ofSeconds(60))
      .jitter(RetryPolicy.Jitter.EQUAL)
      .build();

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private OperationRetry(Builder b) {
    this.policy = b.policy;
    this.sleeper = b.sleeper;
    this.random = b.random;
  }

  /**
   * A retry helper with the {@linkplain #DEFAULT_POLICY default policy}, sleeping the calling thread.
   *
   * @return the helper
   */
  public static OperationRetry create() {
    return builder().build();
  }

  /**
   * A builder preset with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Re-issues the operation for its retryable failed smartlocks until it succeeds, no failed smartlock is
   * retryable any more, or the policy's attempts are used up. Blocks the calling thread (backoff, then the
   * re-issued operation's result).
   *
   * @param result the result of the original operation; a success is returned as it is
   * @param reissue issues the same operation again for exactly the given smartlocks and returns its pending
   *     operation (the client's advanced call); its exceptions propagate
   * @return the merged result, a success: each smartlock's latest outcome, with the request id and type of the
   *     last operation issued
   * @throws NukiOperationFailedException with the merged result when some smartlock still failed, its
   *     {@code attempts()} the number of times the operation was issued; also when the thread is interrupted
   *     during a backoff (the interrupt flag is kept)
   * @throws dev.latchkey.core.LatchkeyTimeoutException when a re-issued operation got no result in time
   */
  public OperationResult retryFailed(OperationResult result, Function<Set<Long>, PendingOperation> reissue) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reissue, "reissue");
    OperationResult merged = result;
    int attempts = 1;
    while (!merged.success()) {
      Set<Long> retry = new LinkedHashSet<>();
      merged.failed().stream().filter(SmartlockResult::retryable).forEach(s -> retry.add(s.smartlockId()));
      if (retry.isEmpty() || attempts >= policy.maxAttempts()) {
        break;
      }
      try {
        sleeper.sleep(policy.backoff(attempts, random.getAsDouble()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      PendingOperation again = Objects.requireNonNull(reissue.apply(Set.copyOf(retry)), "reissued operation");
      attempts++;
      OperationResult next;
      try {
        next = again.join();
      } catch (NukiOperationFailedException e) {
        next = e.result();
      }
      merged = merge(merged, next.covering(retry));
    }
    if (!merged.success()) {
      throw new NukiOperationFailedException(merged, attempts);
    }
    return merged;
  }

  /** Each smartlock's latest outcome, in the earlier result's order. */
  private static OperationResult merge(OperationResult earlier, OperationResult later) {
    Map<Long, SmartlockResult> latest = new LinkedHashMap<>();
    earlier.smartlocks().forEach(s -> latest.put(s.smartlockId(), s));
    later.smartlocks().forEach(s -> latest.put(s.smartlockId(), s));
    return OperationResult.builder(later.requestId(), later.type())
        .success(latest.values().stream().allMatch(SmartlockResult::success))
        .smartlocks(latest.values())
        .build();
  }

  @Override
  public String toString() {
    return "OperationRetry{policy=" + policy + "}";
  }

  /** Builds an {@link OperationRetry}; starts from the defaults. */
  public static final class Builder {
    private RetryPolicy policy = DEFAULT_POLICY;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * The bound on attempts and the backoff between them; only {@code maxAttempts}, the backoff and the
     * jitter are used.
     *
     * @param policy not null
     * @return this builder
     */
    public Builder policy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How the helper waits between attempts (tests record the delays instead).
     *
     * @param sleeper not null
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The source of the jitter's random numbers in [0, 1).
     *
     * @param random not null
     * @return this builder
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the helper.
     *
     * @return the helper
     */
    public OperationRetry build() {
      return new OperationRetry(this);
    }
  }
}
