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
 */
public final class Smartlock {

  private final long smartlockId;
  private final String name;
  private final int rawType;
  private final int rawServerState;
  private final String operationId;
  private final Integer lockState;
  private final boolean batteryCritical;

  private Smartlock(long smartlockId, String name, int rawType, int rawServerState, String operationId,
      Integer lockState, boolean batteryCritical) {
    this.smartlockId = smartlockId;
    this.name = name;
    this.rawType = rawType;
    this.rawServerState = rawServerState;
    this.operationId = operationId;
    this.lockState = lockState;
    this.batteryCritical = batteryCritical;
  }

  static Smartlock fromJson(JsonValue json) {
    long id = NukiHttp.SHAPE.requireLong(json, "smartlockId", "a smartlock");
    JsonValue state = json.path("state");
    String operation = json.optString("operationId")
        .or(() -> state.optString("operationId"))
        .filter(s -> !s.isBlank())
        .orElse(null);
    OptionalLong lock = state.optLong("state");
    return new Smartlock(id, json.optString("name").orElse(""),
        (int) json.optLong("type").orElse(-1),
        (int) json.optLong("serverState").orElse(-1),
        operation,
        lock.isPresent() ? (int) lock.getAsLong() : null,
        state.optBoolean("batteryCritical").orElse(false));
  }

  /** {@return Nuki's id of the smartlock} */
  public long smartlockId() {
    return smartlockId;
  }

  /** {@return the smartlock's name; empty when Nuki sent none} */
  public String name() {
    return name;
  }

  /** {@return the device type ({@link NukiDeviceType#UNKNOWN_TO_SDK_VERSION} for a type this SDK does not know)} */
  public NukiDeviceType type() {
    return NukiDeviceType.fromByte(rawType);
  }

  /** {@return the device type as received; -1 when absent} */
  public int rawType() {
    return rawType;
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

  /** {@return the server state as received; -1 when absent} */
  public int rawServerState() {
    return rawServerState;
  }

  /**
   * The id of the operation the smartlock is busy with ({@code operationId}): while it is set, another
   * operation is in progress and new ones are answered {@code 423 Locked}.
   *
   * @return the operation id, empty when none is in progress
   */
  public Optional<String> operationId() {
    return Optional.ofNullable(operationId);
  }

  /** {@return whether another operation is in progress on the smartlock (an {@code operationId} is set)} */
  public boolean isBusy() {
    return operationId != null;
  }

  /**
   * The lock state ({@code state.state}) as received: for smart locks 1 locked, 3 unlocked, 5 unlatched...
   * (see the Web API's {@code Smartlock.State}).
   *
   * @return the state, empty when absent
   */
  public OptionalInt lockState() {
    return lockState == null ? OptionalInt.empty() : OptionalInt.of(lockState);
  }

  /** {@return whether the device reports its battery as critical} */
  public boolean batteryCritical() {
    return batteryCritical;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Smartlock)) {
      return false;
    }
    Smartlock other = (Smartlock) o;
    return smartlockId == other.smartlockId && name.equals(other.name) && rawType == other.rawType
        && rawServerState == other.rawServerState && Objects.equals(operationId, other.operationId)
        && Objects.equals(lockState, other.lockState) && batteryCritical == other.batteryCritical;
  }

  @Override
  public int hashCode() {
    return Objects.hash(smartlockId, name, rawType, rawServerState, operationId, lockState, batteryCritical);
  }

  @Override
  public String toString() {
    return "Smartlock{smartlockId=" + smartlockId + ", name=" + name + ", type=" + type()
        + ", serverState=" + serverState() + ", busy=" + isBusy() + "}";
  }
}
