package dev.latchkey.seam.webhook;

import dev.latchkey.core.LatchkeyWebhookException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Seam webhook event, typed for access-code events: {@link #accessCodeEventType()} is the typed type
 * ({@code UNKNOWN_TO_SDK_VERSION} for other or newer types, whose raw type {@link #eventType()} keeps).
 * Immutable. The PIN some events carry is a {@link Secret} and never shows in {@link #toString()}.
 */
public final class SeamWebhookEvent {

  private final String eventId;
  private final String eventType;
  private final AccessCodeEventType accessCodeEventType;
  private final String workspaceId;
  private final Instant createdAt;
  private final Instant occurredAt;
  private final String accessCodeId;
  private final String deviceId;
  private final String connectedAccountId;
  private final Secret code;
  private final Map<String, String> otherFields;

  private SeamWebhookEvent(JsonValue node) {
    this.eventType = text(node, "event_type");
    if (eventType == null) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD,
          "The webhook payload has no event_type");
    }
    this.accessCodeEventType = AccessCodeEventType.fromWire(eventType);
    this.eventId = Objects.requireNonNullElse(text(node, "event_id"), "");
    this.workspaceId = text(node, "workspace_id");
    this.createdAt = instant(text(node, "created_at"));
    this.occurredAt = instant(text(node, "occurred_at"));
    this.accessCodeId = text(node, "access_code_id");
    this.deviceId = text(node, "device_id");
    this.connectedAccountId = text(node, "connected_account_id");
    String pin = text(node, "code");
    this.code = pin == null ? null : Secret.of(pin);
    Map<String, String> others = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : node.properties()) {
      JsonValue value = entry.getValue();
      if (!KNOWN_FIELDS.contains(entry.getKey()) && value.isScalar()) {
        others.put(entry.getKey(), value.asString());
      }
    }
    this.otherFields = Map.copyOf(others);
  }

  private static final java.util.Set<String> KNOWN_FIELDS = java.util.Set.of(
      "event_id", "event_type", "workspace_id", "created_at", "occurred_at", "access_code_id", "device_id",
      "connected_account_id", "code");

  /**
   * Parses an event from a webhook body (verify it first with {@link SeamWebhookVerifier}).
   *
   * @param body the JSON body
   * @return the event
   * @throws LatchkeyWebhookException with {@code MALFORMED_PAYLOAD} when the body is not a Seam event
   */
  public static SeamWebhookEvent parse(String body) {
    if (body == null || body.isBlank()) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD, "The webhook body is empty");
    }
    JsonValue root;
    try {
      root = Json.parse(body);
    } catch (JsonException e) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD,
          "The webhook body is not valid JSON");
    }
    if (!root.isObject()) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD,
          "The webhook body is not a JSON object");
    }
    return new SeamWebhookEvent(root);
  }

  private static String text(JsonValue node, String field) {
    JsonValue value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  private static Instant instant(String text) {
    return Json.parseInstant(text).orElse(null);
  }

  /** {@return seam's id of the event (empty when absent)} */
  public String eventId() {
    return eventId;
  }

  /** {@return the event type exactly as sent, such as {@code access_code.set_on_device}} */
  public String eventType() {
    return eventType;
  }

  /** {@return the typed access-code event type; {@code UNKNOWN_TO_SDK_VERSION} for other or unknown types} */
  public AccessCodeEventType accessCodeEventType() {
    return accessCodeEventType;
  }

  /** {@return whether this is an access-code event ({@code access_code.*}), known to this SDK version or not} */
  public boolean isAccessCodeEvent() {
    return eventType.startsWith("access_code.");
  }

  /** {@return the workspace the event belongs to} */
  public Optional<String> workspaceId() {
    return Optional.ofNullable(workspaceId);
  }

  /** {@return when Seam created the event} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when the thing the event reports happened} */
  public Optional<Instant> occurredAt() {
    return Optional.ofNullable(occurredAt);
  }

  /** {@return the access code the event is about} */
  public Optional<String> accessCodeId() {
    return Optional.ofNullable(accessCodeId);
  }

  /** {@return the device the event is about} */
  public Optional<String> deviceId() {
    return Optional.ofNullable(deviceId);
  }

  /** {@return the connected account the event is about} */
  public Optional<String> connectedAccountId() {
    return Optional.ofNullable(connectedAccountId);
  }

  /** {@return the PIN, for events that carry one (such as {@code access_code.set_on_device})} */
  public Optional<Secret> code() {
    return Optional.ofNullable(code);
  }

  /** {@return other top-level scalar fields as text (for fields this SDK version does not model)} */
  public Map<String, String> otherFields() {
    return otherFields;
  }

  /** Ids and type; never the PIN. */
  @Override
  public String toString() {
    return "SeamWebhookEvent[" + eventType + ", id=" + eventId + ", accessCodeId=" + accessCodeId
        + ", deviceId=" + deviceId + (code == null ? "" : ", code=[redacted]") + "]";
  }
}
