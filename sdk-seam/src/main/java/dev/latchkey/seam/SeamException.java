package dev.latchkey.seam;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.LatchkeyException;
import java.util.Optional;

/**
 * An error answered by the Seam API: {@code {"error": {"type", "message", ...}, "ok": false}}, with the typed
 * {@link SeamHttpErrorType} (or {@code UNKNOWN_TO_SDK_VERSION} and the raw type in {@link #rawCode()}), the
 * HTTP status, Seam's message, the {@code seam-request-id} header ({@link #requestId()}) and the catalog's
 * remedies. Subclasses distinguish the cases apps handle differently; catch this class for all of them.
 */
public class SeamException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details (vendor {@code seam}, code, status, request id, message...)
   */
  public SeamException(Details details) {
    super(details);
  }

  /** {@return the typed error type; {@code UNKNOWN_TO_SDK_VERSION} for a type this SDK version does not know} */
  public SeamHttpErrorType type() {
    Optional<ErrorCode> code = code();
    if (code.isPresent() && code.get() instanceof SeamHttpErrorType typed) {
      return typed;
    }
    return SeamHttpErrorType.fromWire(rawCode());
  }

  /** {@return seam's message for this error, when it sent one} */
  public Optional<String> errorMessage() {
    return details().message();
  }
}
