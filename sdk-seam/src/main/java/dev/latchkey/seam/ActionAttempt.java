package dev.latchkey.seam;

import dev.latchkey.core.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A Seam action attempt: an operation on a device that finishes later ({@code pending}, then {@code success}
 * or {@code error}). Immutable.
 *
 * @param actionAttemptId the attempt's id, to poll with {@link ActionAttempts#get(String)}
 * @param actionType what the attempt does, such as {@code CREATE_ACCESS_CODE} (empty when not sent)
 * @param status pending, success or error
 * @param errorType the error type of a failed attempt, such as {@code device_offline}
 * @param errorMessage the error message of a failed attempt
 */
public record ActionAttempt(String actionAttemptId, String actionType, Status status, Optional<String> errorType,
    Optional<String> errorMessage) {

  /** The state of an action attempt. */
  public enum Status {
    /** Still running: poll again. */
    PENDING,
    /** Finished successfully. */
    SUCCESS,
    /** Finished with an error; see {@link #errorType()} and {@link #errorMessage()}. */
    ERROR
  }

  /**
   * Checks the parts.
   *
   * @param actionAttemptId the attempt's id
   * @param actionType what the attempt does (empty when not sent)
   * @param status pending, success or error
   * @param errorType the error type of a failed attempt
   * @param errorMessage the error message of a failed attempt
   */
  public ActionAttempt {
    Objects.requireNonNull(actionAttemptId, "actionAttemptId");
    Objects.requireNonNull(actionType, "actionType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(errorMessage, "errorMessage");
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
        error.optString("type").or(() -> status == Status.ERROR ? Optional.of("unknown_error") : Optional.empty()),
        error.optString("message"));
  }

  /** {@return whether the attempt has finished (success or error)} */
  public boolean isDone() {
    return status != Status.PENDING;
  }

  @Override
  public String toString() {
    return "ActionAttempt[id=" + actionAttemptId + ", type=" + actionType + ", status=" + status
        + errorType.map(type -> ", error=" + type).orElse("") + "]";
  }
}
