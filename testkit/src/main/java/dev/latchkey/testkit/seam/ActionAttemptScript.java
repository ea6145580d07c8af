package dev.latchkey.testkit.seam;

import java.util.Objects;

/**
 * How the next action attempt the {@link SeamSimulator} creates will behave: how many polls of
 * {@code /action_attempts/get} it stays {@code pending}, then whether it ends in {@code success} or in
 * {@code error} with a type and message. Immutable and thread-safe.
 */
public final class ActionAttemptScript {

  private final int pendingPolls;
  private final String errorType;
  private final String errorMessage;

  private ActionAttemptScript(int pendingPolls, String errorType, String errorMessage) {
    if (pendingPolls < 0) {
      throw new IllegalArgumentException("pendingPolls must not be negative: " + pendingPolls);
    }
    this.pendingPolls = pendingPolls;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
  }

  /**
   * Finishes with {@code success} right away (the simulator's default).
   *
   * @return the script
   */
  public static ActionAttemptScript succeedImmediately() {
    return new ActionAttemptScript(0, null, null);
  }

  /**
   * Stays pending for {@code pendingPolls} polls (the creating response counts as none), then succeeds.
   *
   * @param pendingPolls how many polls answer {@code pending}
   * @return the script
   */
  public static ActionAttemptScript succeedAfter(int pendingPolls) {
    return new ActionAttemptScript(pendingPolls, null, null);
  }

  /**
   * Stays pending for {@code pendingPolls} polls, then ends in error {@code {type, message}}.
   *
   * @param pendingPolls how many polls answer {@code pending}
   * @param errorType the error's {@code type}, such as {@code lock_offline}
   * @param errorMessage the error's {@code message}
   * @return the script
   */
  public static ActionAttemptScript failAfter(int pendingPolls, String errorType, String errorMessage) {
    return new ActionAttemptScript(
        pendingPolls,
        Objects.requireNonNull(errorType, "errorType"),
        Objects.requireNonNull(errorMessage, "errorMessage"));
  }

  /**
   * Stays pending for every poll (to test a client's timeout).
   *
   * @return the script
   */
  public static ActionAttemptScript neverFinish() {
    return new ActionAttemptScript(Integer.MAX_VALUE, null, null);
  }

  /** {@return how many polls are answered {@code pending} before the attempt finishes} */
  public int pendingPolls() {
    return pendingPolls;
  }

  /** {@return whether the attempt ends in error} */
  public boolean fails() {
    return errorType != null;
  }

  /** {@return the error type it ends with, or null when it succeeds} */
  public String errorType() {
    return errorType;
  }

  /** {@return the error message it ends with, or null when it succeeds} */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * Describes the script.
   *
   * @return text such as {@code ActionAttemptScript[pendingPolls=2, success]}
   */
  @Override
  public String toString() {
    return "ActionAttemptScript[pendingPolls=" + pendingPolls
        + (fails() ? ", error=" + errorType : ", success") + "]";
  }
}
