package dev.latchkey.tapkey;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.LatchkeyException;
import java.util.Optional;

/**
 * An error answered by Tapkey: the Management API's status and error body
 * ({@code {"ErrorCode", "ErrorMessage", "ErrorDetails", "UserErrorMessage"}}), or the token endpoint's OAuth
 * error. One {@code catch} covers every Tapkey error; subclasses exist only for the cases handled differently:
 * the three causes of a 401 ({@link TapkeyTokenExpiredException}, {@link TapkeyInvalidTokenException},
 * {@link TapkeyMissingScopeException}) and token-endpoint failures ({@link TapkeyTokenException}).
 *
 * <p>{@link #status()} is the typed HTTP status (unknown statuses kept in {@link #httpStatus()});
 * {@link #errorCode()} the typed {@code ErrorCode} of the body (an unknown one kept in {@link #rawCode()}).
 * {@link #userErrorMessage()} is for end users, in the language of the client's {@code Accept-Language};
 * {@link #errorMessage()} and {@link #errorDetails()} are English, for logs. All server texts are redacted.
 */
public class TapkeyException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /** The body's redacted {@code ErrorMessage}, or null. */
  private final String errorMessage;
  /** The body's redacted {@code ErrorDetails}, or null. */
  private final String errorDetails;
  /** The body's redacted {@code UserErrorMessage}, or null. */
  private final String userErrorMessage;

  /**
   * Creates the exception.
   *
   * @param details the error's details (vendor {@code tapkey}, code, status, message...)
   * @param errorMessage the body's {@code ErrorMessage}, redacted, or null
   * @param errorDetails the body's {@code ErrorDetails}, redacted, or null
   * @param userErrorMessage the body's {@code UserErrorMessage}, redacted, or null
   */
  public TapkeyException(Details details, String errorMessage, String errorDetails, String userErrorMessage) {
    super(details);
    this.errorMessage = blankToNull(errorMessage);
    this.errorDetails = blankToNull(errorDetails);
    this.userErrorMessage = blankToNull(userErrorMessage);
  }

  /**
   * The typed HTTP status, with Tapkey's name for it ({@link TapkeyHttpStatus#statusName()}).
   *
   * @return the status; {@code UNKNOWN_TO_SDK_VERSION} for a status the catalog does not list or no status
   */
  public TapkeyHttpStatus status() {
    return httpStatus().isPresent() ? TapkeyHttpStatus.fromStatus(httpStatus().getAsInt())
        : TapkeyHttpStatus.UNKNOWN_TO_SDK_VERSION;
  }

  /**
   * The typed {@code ErrorCode} of the error body.
   *
   * @return the code, empty when the body had none; {@code UNKNOWN_TO_SDK_VERSION} for a code this SDK version
   *     does not know (the raw value is {@link #rawCode()})
   */
  public Optional<TapkeyErrorCode> errorCode() {
    Optional<ErrorCode> code = code();
    if (code.isPresent() && code.get() instanceof TapkeyErrorCode typed) {
      return Optional.of(typed);
    }
    return Optional.empty();
  }

  /**
   * Tapkey's short English description of the error, for logs and troubleshooting, not for end users.
   *
   * @return the {@code ErrorMessage}, when the body had one
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * Tapkey's detailed English description of the error, for logs and troubleshooting, not for end users.
   *
   * @return the {@code ErrorDetails}, when the body had them
   */
  public Optional<String> errorDetails() {
    return Optional.ofNullable(errorDetails);
  }

  /**
   * A message for end users, localized by Tapkey per the {@code Accept-Language} the client sent (English when
   * the language is not supported); Tapkey sets it only in specific cases.
   *
   * @return the {@code UserErrorMessage}, when the body had one
   */
  public Optional<String> userErrorMessage() {
    return Optional.ofNullable(userErrorMessage);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
