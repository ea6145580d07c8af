package dev.latchkey.examples;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.Sleeper;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One failure policy for every vendor: what the app does about a failed call is decided by the cross-vendor
 * {@link ErrorCategory} alone, never by the vendor or the exception class.
 *
 * <p>{@link #decide(ErrorCategory)} is the policy (an exhaustive switch: a category added to the SDK fails
 * this file's compilation until it is placed); {@link #attempt} applies it to a call: retry what is
 * transient (after the vendor's {@code Retry-After} when it sent one), ask the guest when the guest's input is
 * the problem, alert an operator with the vendor's remedies otherwise, or when the retries run out.
 */
public final class FailurePolicy {

  /** What the app does about a failure. */
  public enum Action {
    /** Transient: try the same call again after a pause. */
    RETRY,
    /** The guest's input or situation is the problem: tell the guest what to change. */
    ASK_GUEST,
    /** Needs a person: credentials, plan, hardware, configuration, or something unknown. */
    ALERT_OPERATOR
  }

  private final int maxAttempts;
  private final Duration backoff;
  private final Sleeper sleeper;
  private final PrintStream out;

  /**
   * A policy.
   *
   * @param maxAttempts how many times a call is made at most (the first included)
   * @param backoff the pause before a retry when the vendor sent no {@code Retry-After}
   * @param sleeper how pauses are taken
   * @param out where the decisions are printed (an app would log, page, or message the guest)
   * @throws IllegalArgumentException when {@code maxAttempts} is below 1
   */
  public FailurePolicy(int maxAttempts, Duration backoff, Sleeper sleeper, PrintStream out) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * The policy: the action for a category, whichever vendor reported it.
   *
   * @param category the failure's category
   * @return what to do
   */
  public static Action decide(ErrorCategory category) {
    return switch (category) {
      case RATE_LIMITED, SERVER_ERROR, NETWORK, DEVICE_BUSY, DEVICE_UNREACHABLE, IN_PROGRESS, PROTOCOL ->
          Action.RETRY;
      case CONFLICT, ACCESS_DENIED -> Action.ASK_GUEST;
      case AUTHENTICATION, AUTHORIZATION, INVALID_REQUEST, NOT_FOUND, CAPACITY_EXCEEDED, SUBSCRIPTION,
          DEVICE_HARDWARE, DEVICE_CONFIGURATION, EXTERNAL_CHANGE, INFORMATIONAL, PROVIDER_ERROR,
          UNEXPECTED_RESPONSE, UNKNOWN -> Action.ALERT_OPERATOR;
    };
  }

  /**
   * Makes a call and applies the policy to its failures.
   *
   * @param vendor the vendor's name, for the printed lines
   * @param what what the call does, for the printed lines
   * @param call the call
   * @param <T> what the call returns
   * @return the call's result, or empty when it failed and the failure was handed to the guest or an operator
   */
  public <T> Optional<T> attempt(String vendor, String what, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        T result = call.get();
        out.println("  " + vendor + ": " + what + ": done" + (attempt > 1 ? " on attempt " + attempt : ""));
        return Optional.of(result);
      } catch (LatchkeyException e) {
        Action action = decide(e.category());
        out.println("  " + vendor + ": " + what + ": " + e.rawCode() + " [" + e.category() + "] -> " + action);
        if (action == Action.RETRY && attempt < maxAttempts) {
          if (!pause(e.retryAfter().orElse(backoff))) {
            alert(e, "interrupted while waiting to retry");
            return Optional.empty();
          }
          continue;
        }
        if (action == Action.ASK_GUEST) {
          out.println("    guest: " + e.remedies().stream().findFirst().map(Remedy::labelled)
              .orElse("please choose differently and try again"));
        } else {
          alert(e, action == Action.RETRY ? "still failing after " + attempt + " attempts" : "needs a person");
        }
        return Optional.empty();
      }
    }
  }

  private void alert(LatchkeyException e, String why) {
    out.println("    operator alert (" + why + "): " + e.getMessage());
    e.remedies().forEach(r -> out.println("      -> " + r.labelled()));
  }

  private boolean pause(Duration duration) {
    try {
      sleeper.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
