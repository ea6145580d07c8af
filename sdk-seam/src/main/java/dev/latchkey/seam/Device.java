package dev.latchkey.seam;

import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Seam device (a lock), with the fields apps usually need. Immutable.
 */
public final class Device {

  private final String deviceId;
  private final String deviceType;
  private final String displayName;
  private final String connectedAccountId;
  private final Boolean online;
  private final Boolean locked;
  private final List<String> capabilities;
  private final List<String> errorCodes;
  private final List<String> warningCodes;
  private final Instant createdAt;

  private Device(JsonValue node) {
    this.deviceId = SeamHttp.SHAPE.requireString(node, "device_id", "a device");
    this.deviceType = node.optString("device_type").orElse("");
    JsonValue properties = node.path("properties");
    this.displayName = node.optString("display_name")
        .or(() -> properties.optString("name"))
        .orElse("");
    this.connectedAccountId = node.optString("connected_account_id").orElse(null);
    this.online = properties.optBoolean("online").orElse(null);
    this.locked = properties.optBoolean("locked").orElse(null);
    this.capabilities = List.copyOf(node.optStrings("capabilities_supported"));
    this.errorCodes = codes(node, "errors", "error_code");
    this.warningCodes = codes(node, "warnings", "warning_code");
    this.createdAt = node.optInstant("created_at").orElse(null);
  }

  private static List<String> codes(JsonValue node, String field, String codeField) {
    List<String> out = new ArrayList<>();
    for (JsonValue item : SeamHttp.SHAPE.items(node, field, "a device")) {
      item.optString(codeField).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  static Device fromJson(JsonValue node) {
    if (node == null || !node.isObject()) {
      throw SeamHttp.SHAPE.wrongShape("a device is not a JSON object");
    }
    return new Device(node);
  }

  /** {@return the device's id} */
  public String deviceId() {
    return deviceId;
  }

  /** {@return seam's device type, such as {@code august_lock} (empty when not sent)} */
  public String deviceType() {
    return deviceType;
  }

  /** {@return the display name (empty when not sent)} */
  public String displayName() {
    return displayName;
  }

  /** {@return the connected account the device belongs to} */
  public Optional<String> connectedAccountId() {
    return Optional.ofNullable(connectedAccountId);
  }

  /** {@return whether the device is online, when Seam says} */
  public Optional<Boolean> online() {
    return Optional.ofNullable(online);
  }

  /** {@return whether the lock is locked, when Seam says} */
  public Optional<Boolean> locked() {
    return Optional.ofNullable(locked);
  }

  /** {@return the capabilities Seam lists, such as {@code access_code} and {@code lock}} */
  public List<String> capabilities() {
    return capabilities;
  }

  /** {@return the raw codes of the device's own errors} */
  public List<String> errorCodes() {
    return errorCodes;
  }

  /** {@return the raw codes of the device's own warnings} */
  public List<String> warningCodes() {
    return warningCodes;
  }

  /** {@return when the device was added} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Device other
        && deviceId.equals(other.deviceId)
        && deviceType.equals(other.deviceType)
        && displayName.equals(other.displayName)
        && Objects.equals(connectedAccountId, other.connectedAccountId)
        && Objects.equals(online, other.online)
        && Objects.equals(locked, other.locked)
        && capabilities.equals(other.capabilities)
        && errorCodes.equals(other.errorCodes)
        && warningCodes.equals(other.warningCodes)
        && Objects.equals(createdAt, other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceId, deviceType, displayName);
  }

  @Override
  public String toString() {
    return "Device[id=" + deviceId + ", type=" + deviceType + ", name=" + displayName + ", online=" + online
        + ", errors=" + errorCodes + "]";
  }
}
