package dev.latchkey.nuki;

import dev.latchkey.core.LatchkeyException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An error answered by the Nuki Web API, or an asynchronous Nuki operation that failed (the subclass
 * {@link dev.latchkey.nuki.operation.NukiOperationFailedException}).
 *
 * <p>For an HTTP error, {@link #status()} is the typed {@link NukiHttpStatus} with the catalog's remedies
 * ({@code 423 LOCKED}: the smartlock is busy with another operation, retry later; {@code 409 CONFLICT}: a
 * conflicting authorization or keypad code; {@code 401 UNAUTHORIZED}: the token is wrong or was revoked, for
 * example by a password change), {@link #rawStatus()} the status as received (kept for statuses this SDK
 * version does not know, which are {@link NukiHttpStatus#UNKNOWN_TO_SDK_VERSION}), and the message Nuki's
 * body gave ({@code detailMessage}, a Restlet {@code description}) or a description of a body without one (an
 * HTML page from the gateway, an empty body). Catch this class for every Nuki error.
 */
public class NukiException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details (vendor {@code nuki}, code, HTTP status, message...)
   */
  public NukiException(Details details) {
    super(details);
  }

  /**
   * The typed HTTP status of an HTTP error.
   *
   * @return the status ({@link NukiHttpStatus#UNKNOWN_TO_SDK_VERSION} for one this SDK version does not know);
   *     empty when the error is not an HTTP answer (a failed asynchronous operation)
   */
  public Optional<NukiHttpStatus> status() {
    OptionalInt status = httpStatus();
    return status.isPresent() ? Optional.of(NukiHttpStatus.fromStatus(status.getAsInt())) : Optional.empty();
  }

  /**
   * The HTTP status as received.
   *
   * @return the status, or -1 when the error is not an HTTP answer
   */
  public int rawStatus() {
    return httpStatus().orElse(-1);
  }

  /**
   * Whether Nuki answered 423 Locked: the smartlock is busy with another operation; retry later.
   *
   * @return true for 423
   */
  public boolean isLocked() {
    return rawStatus() == 423;
  }
}
