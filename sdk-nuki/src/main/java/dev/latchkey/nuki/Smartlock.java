package dev.latchkey.nuki;

import dev.latchkey.core.json.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A Nuki device as {@code GET /smartlock} lists it (schema {@code Smartlock}): its id, name, type, server
 * state, current lock state, and whether another operation is in progress on it.
 *
 * <p>Immutable; read from the Web API's answers.
 *
 * @param smartlockId Nuki's id of the smartlock
 * @param name the smartlock's name; empty when Nuki sent none
 * @param rawType the device type as received, -1 when absent ({@link #type()} types it)
 * @param rawServerState the server state as received, -1 when absent ({@link #serverState()} types it)
 * @param operationId the id of the operation the smartlock is busy with ({@code operationId}), empty when none
 *     is in progress: while it is set, new operations are answered {@code 423 Locked}
 * @param lockState the lock state ({@code state.state}) as received, empty when absent: for smart locks 1
 *     locked, 3 unlocked, 5 unlatched... (see the Web API's {@code Smartlock.State})
 * @param batteryCritical whether the device reports its battery as critical
 */
public record Smartlock(long smartlockId, String name, int rawType, int rawServerState, Optional<String> operationId,
    OptionalInt lockState, boolean batteryCritical) {

  /**
   * Checks the parts.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param name the smartlock's name; empty when Nuki sent none
   * @param rawType the device type as received; -1 when absent
   * @param rawServerState the server state as received; -1 when absent
   * @param operationId the id of the operation the smartlock is busy with, empty when none
   * @param lockState the lock state as received, empty when absent
   * @param batteryCritical whether the device reports its battery as critical
   */
  public Smartlock {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(lockState, "lockState");
  }

  static Smartlock fromJson(JsonValue json) {
    long id = NukiHttp.SHAPE.requireLong(json, "smartlockId", "a smartlock");
    JsonValue state = json.path("state");
    Optional<String> operation = json.optString("operationId")
        .or(() -> state.optString("operationId"))
        .filter(s -> !s.isBlank());
    OptionalLong lock = state.optLong("state");
    return new Smartlock(id, json.optString("name").orElse(""),
        (int) json.optLong("type").orElse(-1),
        (int) json.optLong("serverState").orElse(-1),
        operation,
        lock.isPresent() ? OptionalInt.of((int) lock.getAsLong()) : OptionalInt.empty(),
        state.optBoolean("batteryCritical").orElse(false));
  }

  /** {@return the device type ({@link NukiDeviceType#UNKNOWN_TO_SDK_VERSION} for a type this SDK does not know)} */
  public NukiDeviceType type() {
    return NukiDeviceType.fromByte(rawType);
  }

  /**
   * Whether Nuki's servers can reach and use the device: {@link NukiServerState#OK}, or for example
   * {@link NukiServerState#OFFLINE}, on which actions end in error {@code ff}.
   *
   * @return the server state ({@link NukiServerState#UNKNOWN_TO_SDK_VERSION} for one this SDK does not know)
   */
  public NukiServerState serverState() {
    return NukiServerState.fromByte(rawServerState);
  }

  /** {@return whether another operation is in progress on the smartlock (an {@code operationId} is set)} */
  public boolean isBusy() {
    return operationId.isPresent();
  }

  @Override
  public String toString() {
    return "Smartlock{smartlockId=" + smartlockId + ", name=" + name + ", type=" + type()
        + ", serverState=" + serverState() + ", busy=" + isBusy() + "}";
  }
}
