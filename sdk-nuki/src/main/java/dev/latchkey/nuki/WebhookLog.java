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
 *
 * @param id the log entry's id, to page with
 * @param created when Nuki made the delivery
 * @param requestId the request id the delivery was for; empty for a device webhook
 * @param succeeded whether the receiver accepted the delivery
 * @param responseStatus the HTTP status the receiver answered, when logged
 * @param requestBody the body Nuki sent; empty when the log has none
 */
public record WebhookLog(String id, Instant created, String requestId, boolean succeeded, OptionalInt responseStatus,
    String requestBody) {

  /**
   * Checks the parts.
   *
   * @param id the log entry's id
   * @param created when Nuki made the delivery
   * @param requestId the request id the delivery was for; empty for a device webhook
   * @param succeeded whether the receiver accepted the delivery
   * @param responseStatus the HTTP status the receiver answered, when logged
   * @param requestBody the body Nuki sent; empty when the log has none
   */
  public WebhookLog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(responseStatus, "responseStatus");
    Objects.requireNonNull(requestBody, "requestBody");
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
        status >= 0 && status <= 999 ? OptionalInt.of((int) status) : OptionalInt.empty(), body);
  }

  /** {@return the body when there is one} */
  Optional<String> body() {
    return requestBody.isEmpty() ? Optional.empty() : Optional.of(requestBody);
  }

  /** The id, time, request id and status; never the body. */
  @Override
  public String toString() {
    return "WebhookLog{id=" + id + ", created=" + created + ", requestId=" + requestId + ", succeeded="
        + succeeded + ", responseStatus=" + responseStatus + "}";
  }
}
