package dev.latchkey.seam;

import dev.latchkey.core.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Seam's devices: {@code client.devices()}. Reads only, retried on transient failures. Thread-safe. */
public final class Devices {

  private final SeamHttp http;

  Devices(SeamHttp http) {
    this.http = http;
  }

  /**
   * Gets one device.
   *
   * @param deviceId the device's id
   * @return the device
   * @throws SeamException when there is no such device ({@code category() == NOT_FOUND})
   */
  public Device get(String deviceId) {
    JsonValue root = http.read("/devices/get", Map.of("device_id", AccessCodes.required(deviceId, "deviceId")));
    return Device.fromJson(SeamHttp.SHAPE.requireObject(root, "device", "the response to /devices/get"));
  }

  /**
   * Lists the workspace's devices.
   *
   * @return the devices, in Seam's order
   */
  public List<Device> list() {
    JsonValue root = http.read("/devices/list", Map.of());
    return SeamHttp.items(root, "devices", "the response to /devices/list", Device::fromJson);
  }

  @Override
  public String toString() {
    return "Devices";
  }
}
