package dev.latchkey.seam;

import java.util.List;
import java.util.Map;

/**
 * Unmanaged access codes, set on a device outside Seam: {@code client.accessCodes().unmanaged()}. Converting
 * one to managed is how the guide resolves duplicate codes. Thread-safe.
 */
public final class UnmanagedAccessCodes {

  private final SeamHttp http;

  UnmanagedAccessCodes(SeamHttp http) {
    this.http = http;
  }

  /**
   * Lists the unmanaged access codes of a device.
   *
   * @param deviceId the device's id
   * @return the codes ({@link AccessCode#isManaged()} is false)
   * @throws SeamException when there is no such device ({@code category() == NOT_FOUND})
   */
  public List<AccessCode> list(String deviceId) {
    return AccessCodes.codes(
        http.read("/access_codes/unmanaged/list", Map.of("device_id", AccessCodes.required(deviceId, "deviceId"))),
        "/access_codes/unmanaged/list");
  }

  /**
   * Makes Seam manage an access code that was set outside it. Not retried.
   *
   * @param accessCodeId the unmanaged code's id
   * @throws SeamException when there is no such unmanaged code ({@code category() == NOT_FOUND})
   */
  public void convertToManaged(String accessCodeId) {
    http.write("/access_codes/unmanaged/convert_to_managed",
        Map.of("access_code_id", AccessCodes.required(accessCodeId, "accessCodeId")));
  }

  @Override
  public String toString() {
    return "UnmanagedAccessCodes";
  }
}
