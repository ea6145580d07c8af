package dev.latchkey.nuki.operation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook delivery from Nuki's webhook log ({@code GET /api/key/{apiKeyId}/webhook/logs}, schema
 * {@code WebhookLog}): the log entry's id (for paging), when it was created, the request id it was sent for,
 * and the operation result parsed from the body that was sent.
 *
 * <p>Immutable. The log lists each delivery attempt, so a request id may appear more than once.
 *
 * @param logId the log entry's id; {@link WebhookLogSource#deliveries(String, int)} pages with it
 * @param created when Nuki logged the delivery
 * @param requestId the request id the delivery was for; empty when it was not for an API request
 * @param result the operation result the delivery carried, when its body was one
 */
public record WebhookLogEntry(String logId, Instant created, String requestId, Optional<OperationResult> result) {

  /**
   * Checks the parts: a result is the one of the entry's request.
   *
   * @param logId the log entry's id
   * @param created when Nuki logged the delivery
   * @param requestId the request id the delivery was for; empty when it was not for an API request
   * @param result the operation result the delivery carried, if any
   * @throws IllegalArgumentException when the result is for another request id
   */
  public WebhookLogEntry {
    Objects.requireNonNull(logId, "logId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(result, "result");
    if (result.isPresent() && !result.get().requestId().equals(requestId)) {
      throw new IllegalArgumentException("the result is for another request id than the entry's");
    }
  }

  /**
   * A delivery of an operation result.
   *
   * @param logId the log entry's {@code id}
   * @param created the log entry's {@code created}
   * @param result the result parsed from the entry's {@code request} body; its request id is the entry's
   * @return the entry
   */
  public static WebhookLogEntry of(String logId, Instant created, OperationResult result) {
    return new WebhookLogEntry(logId, created, result.requestId(), Optional.of(result));
  }

  /**
   * A delivery whose body is not an operation result (a device webhook, or a body that could not be read).
   *
   * @param logId the log entry's {@code id}
   * @param created the log entry's {@code created}
   * @param requestId the entry's {@code requestId}; empty when the delivery was not for an API request
   * @return the entry
   */
  public static WebhookLogEntry withoutResult(String logId, Instant created, String requestId) {
    return new WebhookLogEntry(logId, created, requestId, Optional.empty());
  }

  @Override
  public String toString() {
    return "WebhookLogEntry{logId=" + logId + ", created=" + created + ", requestId=" + requestId
        + ", result=" + result.map(r -> r.success() ? "success" : "failure").orElse("none") + "}";
  }
}
