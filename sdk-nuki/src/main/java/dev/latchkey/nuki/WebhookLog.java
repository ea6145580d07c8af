package dev.latchkey.nuki;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One delivery from Nuki's webhook log (schema {@code WebhookLog}): its id, when it was made, the request id it
 * was for (empty for device webhooks), whether the receiver accepted it, its HTTP status, and the body sent.
 * Immutable; read from the Web API's answers.
 */
public final class WebhookLog {

  private final String id;
  private final Instant created;
  private final String requestId;
  private final boolean succeeded;
  private final Integer responseStatus;
  private final String requestBody;

  private WebhookLog(String id, Instant created, String requestId, boolean succeeded, Integer responseStatus,
      String requestBody) {
    this.id = id;
    this.created = created;
    this.requestId = requestId;
    this.succeeded = succeeded;
    this.responseStatus = responseStatus;
    this.requestBody = requestBody;
  }

  static WebhookLog fromJson(JsonValue json) {
    String id = NukiHttp.SHAPE.requireString(json, "id", "a webhook log entry");
    Instant created = json.optInstant("created")
        .orElseThrow(() -> NukiHttp.SHAPE.wrongShape("a webhook log entry has no 'created' timestamp"));
    JsonValue request = json.path("request");
    // The spec leaves the type of 'request' open: the body is kept as text, whether sent as a string or a tree.
    String body = request.isString() ? request.stringValue()
        : request.isObject() || request.isArray() ? Json.writeString(request) : "";
    long status = json.optLong("responseStatus").orElse(-1);
    return new WebhookLog(id, created, json.optString("requestId").orElse(""),
        json.optBoolean("succeeded").orElse(false),
        status >= 0 && status <= 999 ? (int) status : null, body);
  }

  /** {@return the log entry's id, to page with} */
  public String id() {
    return id;
  }

  /** {@return when Nuki made the delivery} */
  public Instant created() {
    return created;
  }

  /** {@return the request id the delivery was for; empty for a device webhook} */
  public String requestId() {
    return requestId;
  }

  /** {@return whether the receiver accepted the delivery} */
  public boolean succeeded() {
    return succeeded;
  }

  /** {@return the HTTP status the receiver answered, when logged} */
  public OptionalInt responseStatus() {
    return responseStatus == null ? OptionalInt.empty() : OptionalInt.of(responseStatus);
  }

  /** {@return the body Nuki sent; empty when the log has none} */
  public String requestBody() {
    return requestBody;
  }

  /** {@return the body when there is one} */
  Optional<String> body() {
    return requestBody.isEmpty() ? Optional.empty() : Optional.of(requestBody);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WebhookLog)) {
      return false;
    }
    WebhookLog other = (WebhookLog) o;
    return id.equals(other.id) && created.equals(other.created) && requestId.equals(other.requestId)
        && succeeded == other.succeeded && Objects.equals(responseStatus, other.responseStatus)
        && requestBody.equals(other.requestBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, requestId, succeeded, responseStatus, requestBody);
  }

  /** The id, time, request id and status; never the body. */
  @Override
  public String toString() {
    return "WebhookLog{id=" + id + ", created=" + created + ", requestId=" + requestId + ", succeeded="
        + succeeded + ", responseStatus=" + responseStatus + "}";
  }
}
