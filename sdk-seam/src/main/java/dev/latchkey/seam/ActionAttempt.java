package dev.latchkey.seam;

import dev.latchkey.core.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A Seam action attempt: an operation on a device that finishes later ({@code pending}, then {@code success}
 * or {@code error}). Immutable.
 */
public final class ActionAttempt {

  /** The state of an action attempt. */
  public enum Status {
    /** Still running: poll again. */
    PENDING,
    /** Finished successfully. */
    SUCCESS,
    /** Finished with an error; see {@link #errorType()} and {@link #errorMessage()}. */
    ERROR
  }

  private final String actionAttemptId;
  private final String actionType;
  private final Status status;
  private final String errorType;
  private final String errorMessage;

  private ActionAttempt(String id, String actionType, Status status, String errorType, String errorMessage) {
    this.actionAttemptId = id;
    this.actionType = actionType;
    this.status = status;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
  }

  static ActionAttempt fromJson(JsonValue node) {
    if (node == null || !node.isObject()) {
      throw SeamHttp.SHAPE.wrongShape("an action attempt is not a JSON object");
    }
    String rawStatus = SeamHttp.SHAPE.requireString(node, "status", "an action attempt");
    Status status = switch (rawStatus) {
      case "pending" -> Status.PENDING;
      case "success" -> Status.SUCCESS;
      case "error" -> Status.ERROR;
      default -> throw SeamHttp.SHAPE.wrongShape("an action attempt has an unknown status '" + rawStatus + "'");
    };
    JsonValue error = node.path("error");
    return new ActionAttempt(
        SeamHttp.SHAPE.requireString(node, "action_attempt_id", "an action attempt"),
        node.optString("action_type").orElse(""),
        status,
        error.optString("type").orElse(status == Status.ERROR ? "unknown_error" : null),
        error.optString("message").orElse(null));
  }

  /** {@return the attempt's id, to poll with {@link ActionAttempts#get(String)}} */
  public String actionAttemptId() {
    return actionAttemptId;
  }

  /** {@return what the attempt does, such as {@code CREATE_ACCESS_CODE} (empty when not sent)} */
  public String actionType() {
    return actionType;
  }

  /** {@return pending, success or error} */
  public Status status() {
    return status;
  }

  /** {@return whether the attempt has finished (success or error)} */
  public boolean isDone() {
    return status != Status.PENDING;
  }

  /** {@return the error type of a failed attempt, such as {@code device_offline}} */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** {@return the error message of a failed attempt} */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActionAttempt other
        && actionAttemptId.equals(other.actionAttemptId)
        && actionType.equals(other.actionType)
        && status == other.status
        && Objects.equals(errorType, other.errorType)
        && Objects.equals(errorMessage, other.errorMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actionAttemptId, actionType, status, errorType, errorMessage);
  }

  @Override
  public String toString() {
    return "ActionAttempt[id=" + actionAttemptId + ", type=" + actionType + ", status=" + status
        + (errorType == null ? "" : ", error=" + errorType) + "]";
  }
}
