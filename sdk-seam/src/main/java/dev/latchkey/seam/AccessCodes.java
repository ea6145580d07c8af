package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seam's access codes: {@code client.accessCodes()}. Reads are retried on transient failures; creates,
 * updates and deletes are not. Thread-safe.
 */
public final class AccessCodes {

  private final SeamHttp http;
  private final ActionAttempts actionAttempts;
  private final UnmanagedAccessCodes unmanaged;

  AccessCodes(SeamHttp http, ActionAttempts actionAttempts) {
    this.http = http;
    this.actionAttempts = actionAttempts;
    this.unmanaged = new UnmanagedAccessCodes(http);
  }

  /** {@return the unmanaged access codes (codes set outside Seam)} */
  public UnmanagedAccessCodes unmanaged() {
    return unmanaged;
  }

  /**
   * Gets one access code, with its errors and warnings typed.
   *
   * @param accessCodeId the code's id
   * @return the code
   * @throws SeamException when there is no such code ({@code category() == NOT_FOUND})
   * @throws dev.latchkey.core.LatchkeyException on any other failure
   */
  public AccessCode get(String accessCodeId) {
    JsonValue root = http.read("/access_codes/get", Map.of("access_code_id", required(accessCodeId, "accessCodeId")));
    return AccessCode.fromJson(SeamHttp.SHAPE.requireObject(root, "access_code", "the response to /access_codes/get"));
  }

  /**
   * Lists the managed access codes of a device.
   *
   * @param deviceId the device's id
   * @return the codes, in Seam's order
   * @throws SeamException when there is no such device ({@code category() == NOT_FOUND})
   */
  public List<AccessCode> list(String deviceId) {
    return codes(http.read("/access_codes/list", Map.of("device_id", required(deviceId, "deviceId"))),
        "/access_codes/list");
  }

  /**
   * Lists access codes by id.
   *
   * @param accessCodeIds the ids
   * @return the codes that exist, in Seam's order
   */
  public List<AccessCode> listByIds(Collection<String> accessCodeIds) {
    Objects.requireNonNull(accessCodeIds, "accessCodeIds");
    List<String> ids = new ArrayList<>();
    accessCodeIds.forEach(id -> ids.add(required(id, "accessCodeIds element")));
    return codes(http.read("/access_codes/list", Map.of("access_code_ids", ids)), "/access_codes/list");
  }

  /**
   * Creates an access code. Seam answers at once with the code in status {@code setting}; it is then set on
   * the device in the background (watch its errors, or the {@code access_code.set_on_device} webhook).
   * Not retried: a retried create could leave two codes.
   *
   * @param request what to create
   * @return the new code
   * @throws SeamException when the PIN is already used on the device ({@code duplicate_access_code}, category {@code CONFLICT})
   * @throws SeamInvalidInputException when a parameter is invalid
   */
  public AccessCode create(CreateAccessCodeRequest request) {
    Objects.requireNonNull(request, "request");
    JsonValue root = http.write("/access_codes/create", request.toJson(), secrets(request.code().orElse(null)));
    return AccessCode.fromJson(SeamHttp.SHAPE.requireObject(root, "access_code", "the response to /access_codes/create"));
  }

  /**
   * Changes an access code. Returns the action attempt that applies the change on the device; wait for it
   * with {@link ActionAttempts#waitUntilDone(ActionAttempt)}.
   *
   * @param request what to change
   * @return the action attempt
   */
  public ActionAttempt update(UpdateAccessCodeRequest request) {
    Objects.requireNonNull(request, "request");
    Secret pin = request.code().orElse(null);
    JsonValue root = http.write("/access_codes/update", request.toJson(), secrets(pin));
    return actionAttempts.remember(
        ActionAttempt.fromJson(SeamHttp.SHAPE.requireObject(root, "action_attempt", "the response to /access_codes/update")), pin);
  }

  /**
   * Deletes an access code. Returns the action attempt that removes it from the device.
   *
   * @param accessCodeId the code's id
   * @return the action attempt
   * @throws SeamException when there is no such code ({@code category() == NOT_FOUND})
   */
  public ActionAttempt delete(String accessCodeId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_code_id", required(accessCodeId, "accessCodeId"));
    JsonValue root = http.write("/access_codes/delete", body);
    return ActionAttempt.fromJson(SeamHttp.SHAPE.requireObject(root, "action_attempt", "the response to /access_codes/delete"));
  }

  static List<AccessCode> codes(JsonValue root, String path) {
    return SeamHttp.items(root, "access_codes", "the response to " + path, AccessCode::fromJson);
  }

  static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static Secret[] secrets(Secret pin) {
    return pin == null ? new Secret[0] : new Secret[] {pin};
  }

  @Override
  public String toString() {
    return "AccessCodes";
  }
}
