package dev.latchkey.seam;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
import dev.latchkey.core.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seam's action attempts: {@code client.actionAttempts()}. {@link #waitUntilDone(String)} polls until the
 * attempt finishes (interval and timeout from the client's builder: 1 s and 10 s by default, as in Seam's own
 * SDKs). Thread-safe.
 */
public final class ActionAttempts {

  /** How many attempts' PINs are remembered for {@link #get(String)} by id; the oldest are forgotten first. */
  private static final int REMEMBERED_ATTEMPTS = 1000;

  private final SeamHttp http;
  private final Secret apiKey;
  // Attempt id -> the PIN of the request that started it: Seam's attempt errors quote PINs in free text.
  private final Map<String, Secret> pins = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Secret> eldest) {
      return size() > REMEMBERED_ATTEMPTS;
    }
  };
  private final Duration pollInterval;
  private final Duration timeout;
  private final Clock clock;
  private final Sleeper sleeper;

  ActionAttempts(SeamHttp http, Secret apiKey, Duration pollInterval, Duration timeout, Clock clock,
      Sleeper sleeper) {
    this.http = http;
    this.apiKey = apiKey;
    this.pollInterval = pollInterval;
    this.timeout = timeout;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Gets an action attempt as it is now.
   *
   * @param actionAttemptId the attempt's id
   * @return the attempt
   * @throws SeamException when there is no such attempt ({@code category() == NOT_FOUND})
   */
  public ActionAttempt get(String actionAttemptId) {
    JsonValue root = http.read("/action_attempts/get",
        Map.of("action_attempt_id", AccessCodes.required(actionAttemptId, "actionAttemptId")));
    return ActionAttempt.fromJson(SeamHttp.SHAPE.requireObject(root, "action_attempt", "the response to /action_attempts/get"));
  }

  /**
   * Waits for an attempt to finish, polling with the client's interval and timeout.
   *
   * @param actionAttemptId the attempt's id
   * @return the attempt, finished with success
   * @throws SeamActionAttemptFailedException when it finished with an error
   * @throws SeamActionAttemptTimeoutException when it was still pending at the timeout
   */
  public ActionAttempt waitUntilDone(String actionAttemptId) {
    return waitUntilDone(actionAttemptId, timeout);
  }

  /**
   * Waits for an attempt returned by an update or delete; an attempt that already finished is checked without
   * a request.
   *
   * @param attempt the attempt
   * @return the attempt, finished with success
   * @throws SeamActionAttemptFailedException when it finished with an error
   * @throws SeamActionAttemptTimeoutException when it was still pending at the timeout
   */
  public ActionAttempt waitUntilDone(ActionAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    return attempt.isDone() ? finished(attempt) : waitUntilDone(attempt.actionAttemptId(), timeout);
  }

  /**
   * Waits for an attempt with another timeout than the client's.
   *
   * @param actionAttemptId the attempt's id
   * @param timeout how long to wait, positive
   * @return the attempt, finished with success
   * @throws SeamActionAttemptFailedException when it finished with an error
   * @throws SeamActionAttemptTimeoutException when it was still pending at the timeout
   */
  public ActionAttempt waitUntilDone(String actionAttemptId, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    Instant started = clock.instant();
    Instant deadline = started.plus(timeout);
    while (true) {
      ActionAttempt attempt = get(actionAttemptId);
      if (attempt.isDone()) {
        return finished(attempt);
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw timedOut(actionAttemptId, Duration.between(started, now));
      }
      Duration remaining = Duration.between(now, deadline);
      try {
        sleeper.sleep(remaining.compareTo(pollInterval) < 0 ? remaining : pollInterval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw timedOut(actionAttemptId, Duration.between(started, clock.instant()));
      }
    }
  }

  /** Remembers the PIN sent with the request that started the attempt, to keep it out of its error text. */
  ActionAttempt remember(ActionAttempt attempt, Secret pin) {
    if (pin != null) {
      synchronized (pins) {
        pins.put(attempt.actionAttemptId(), pin);
      }
    }
    return attempt;
  }

  private List<Secret> secretsOf(String actionAttemptId) {
    Secret pin;
    synchronized (pins) {
      pin = pins.get(actionAttemptId);
    }
    return pin == null ? List.of(apiKey) : List.of(apiKey, pin);
  }

  private ActionAttempt finished(ActionAttempt attempt) {
    if (attempt.status() == ActionAttempt.Status.SUCCESS) {
      return attempt;
    }
    String type = attempt.errorType().orElse("unknown_error");
    // Attempt errors often share their type with an access-code error in the catalog: reuse its remedies.
    SeamAccessCodeErrorCode known = SeamAccessCodeErrorCode.fromWire(type);
    LatchkeyException.Details.Builder details = LatchkeyException.Details.builder()
        .vendor(SeamAccessCodeErrorCode.VENDOR)
        .redactor(SeamRedaction.redactor())
        .secrets(secretsOf(attempt.actionAttemptId()))
        .rawCode(type)
        .message("Action attempt " + attempt.actionAttemptId() + " (" + attempt.actionType() + ") failed: "
            + attempt.errorMessage().orElse(type));
    if (known.isKnown()) {
      details.code(known).rawCode(type);
    } else {
      details.category(ErrorCategory.PROVIDER_ERROR).retryable(false);
    }
    throw new SeamActionAttemptFailedException(details.build(), attempt.actionAttemptId(), attempt.actionType());
  }

  private SeamActionAttemptTimeoutException timedOut(String id, Duration waited) {
    return new SeamActionAttemptTimeoutException(
        LatchkeyException.Details.builder()
            .vendor(SeamAccessCodeErrorCode.VENDOR)
            .redactor(SeamRedaction.redactor())
            .secrets(secretsOf(id))
            .rawCode("action_attempt_timeout")
            .message("Action attempt " + id + " still pending after " + waited.toMillis()
                + " ms; poll it again later")
            .category(ErrorCategory.IN_PROGRESS)
            .retryable(true)
            .build(),
        id,
        waited);
  }

  @Override
  public String toString() {
    return "ActionAttempts[pollInterval=" + pollInterval + ", timeout=" + timeout + "]";
  }
}
