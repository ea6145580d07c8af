package dev.latchkey.nuki.operation;

import dev.latchkey.core.Remedy;
import dev.latchkey.nuki.NukiErrorCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an asynchronous Nuki operation on one smartlock: an entry of a webhook's {@code detail}
 * array, or the single smartlock of a result such as {@code UnlockAction}.
 *
 * <p>A failure carries the smartlock's byte error as the generated {@link NukiErrorCode}; a byte this SDK
 * version does not know is {@link NukiErrorCode#UNKNOWN_TO_SDK_VERSION} with the wire value kept in
 * {@link #rawErrorCode()}. Immutable; built with {@link #success(long)} or {@link #failure(long, String)}.
 */
public final class SmartlockResult {

  /** Raw codes are bytes ("ff", "0xFF"); anything longer is cut to this many characters. */
  private static final int MAX_RAW_CODE = 32;

  private final long smartlockId;
  private final boolean success;
  private final NukiErrorCode errorCode;
  private final String rawErrorCode;
  private final String entityId;

  private SmartlockResult(
      long smartlockId, boolean success, NukiErrorCode errorCode, String rawErrorCode, String entityId) {
    this.smartlockId = smartlockId;
    this.success = success;
    this.errorCode = errorCode;
    this.rawErrorCode = rawErrorCode;
    this.entityId = entityId;
  }

  /**
   * A smartlock on which the operation succeeded.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the result
   */
  public static SmartlockResult success(long smartlockId) {
    return new SmartlockResult(smartlockId, true, null, "", null);
  }

  /**
   * A smartlock on which the operation failed, with the error code as Nuki sent it ({@code "ff"}; the forms
   * {@link NukiErrorCode#fromWire(String)} accepts). A code this SDK version does not know, or none at all
   * (null or blank), is {@link NukiErrorCode#UNKNOWN_TO_SDK_VERSION}; the raw value is kept either way.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param rawErrorCode the {@code errorCode} field as received, or null when the result had none
   * @return the result
   */
  public static SmartlockResult failure(long smartlockId, String rawErrorCode) {
    String raw = rawErrorCode == null ? "" : rawErrorCode.strip();
    if (raw.length() > MAX_RAW_CODE) {
      raw = raw.substring(0, MAX_RAW_CODE);
    }
    return new SmartlockResult(smartlockId, false, NukiErrorCode.fromWire(raw), raw, null);
  }

  /**
   * A smartlock on which the operation failed with a known code.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param errorCode the code; not null
   * @return the result, whose raw code is the code's wire value
   */
  public static SmartlockResult failure(long smartlockId, NukiErrorCode errorCode) {
    Objects.requireNonNull(errorCode, "errorCode");
    String raw = errorCode.isKnown() ? errorCode.wireValue() : "";
    return new SmartlockResult(smartlockId, false, errorCode, raw, null);
  }

  /**
   * This result with the id of the entity the operation created or changed on this smartlock (the {@code id}
   * of a webhook's detail entry, for example the authorization created by an {@code AuthCreation}).
   *
   * @param entityId the entity's id, or null for none
   * @return a copy with that id
   */
  public SmartlockResult withEntityId(String entityId) {
    return new SmartlockResult(smartlockId, success, errorCode, rawErrorCode, entityId);
  }

  /** {@return Nuki's id of the smartlock} */
  public long smartlockId() {
    return smartlockId;
  }

  /** {@return whether the operation succeeded on this smartlock} */
  public boolean success() {
    return success;
  }

  /**
   * The typed error of a failure ({@link NukiErrorCode#UNKNOWN_TO_SDK_VERSION} for a byte this SDK version
   * does not know); empty on success.
   *
   * @return the code of a failure
   */
  public Optional<NukiErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** {@return the error code as Nuki sent it ({@code "ff"}); empty on success or when the failure had no code} */
  public String rawErrorCode() {
    return rawErrorCode;
  }

  /** {@return what to do about the failure, from the catalog; empty on success} */
  public List<Remedy> remedies() {
    return errorCode == null ? List.of() : errorCode.remedies();
  }

  /** {@return whether this smartlock failed with a code the catalog marks retryable} */
  public boolean retryable() {
    return errorCode != null && errorCode.retryable();
  }

  /** {@return the id of the entity the operation created or changed on this smartlock, when Nuki sent one} */
  public Optional<String> entityId() {
    return Optional.ofNullable(entityId);
  }

  /** A short form for messages: {@code 123 ok}, {@code 123 ff ERROR_UNKNOWN}. */
  String summary() {
    if (success) {
      return smartlockId + " ok";
    }
    String raw = rawErrorCode.isEmpty() ? "no error code" : rawErrorCode;
    return smartlockId + " " + raw + (errorCode.isKnown() ? " " + errorCode.name() : "");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SmartlockResult)) {
      return false;
    }
    SmartlockResult other = (SmartlockResult) o;
    return smartlockId == other.smartlockId
        && success == other.success
        && errorCode == other.errorCode
        && rawErrorCode.equals(other.rawErrorCode)
        && Objects.equals(entityId, other.entityId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(smartlockId, success, errorCode, rawErrorCode, entityId);
  }

  @Override
  public String toString() {
    return "SmartlockResult{" + summary() + (entityId == null ? "" : ", entityId=" + entityId) + "}";
  }
}
