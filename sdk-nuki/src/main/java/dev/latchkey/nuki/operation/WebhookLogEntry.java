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
 */
public final class WebhookLogEntry {

  private final String logId;
  private final Instant created;
  private final String requestId;
  private final OperationResult result;

  private WebhookLogEntry(String logId, Instant created, String requestId, OperationResult result) {
    this.logId = Objects.requireNonNull(logId, "logId");
    this.created = Objects.requireNonNull(created, "created");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.result = result;
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
    return new WebhookLogEntry(logId, created, result.requestId(), result);
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
    return new WebhookLogEntry(logId, created, requestId, null);
  }

  /** {@return the log entry's id; {@link WebhookLogSource#deliveries(String, int)} pages with it} */
  public String logId() {
    return logId;
  }

  /** {@return when Nuki logged the delivery} */
  public Instant created() {
    return created;
  }

  /** {@return the request id the delivery was for; empty when it was not for an API request} */
  public String requestId() {
    return requestId;
  }

  /** {@return the operation result the delivery carried, when its body was one} */
  public Optional<OperationResult> result() {
    return Optional.ofNullable(result);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WebhookLogEntry)) {
      return false;
    }
    WebhookLogEntry other = (WebhookLogEntry) o;
    return logId.equals(other.logId) && created.equals(other.created) && requestId.equals(other.requestId)
        && Objects.equals(result, other.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(logId, created, requestId, result);
  }

  @Override
  public String toString() {
    return "WebhookLogEntry{logId=" + logId + ", created=" + created + ", requestId=" + requestId
        + ", result=" + (result == null ? "none" : result.success() ? "success" : "failure") + "}";
  }
}
