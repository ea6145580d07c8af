package dev.latchkey.tapkey;

/**
 * A 401 Unauthorized from the Tapkey Management API whose cause is {@link TapkeyAuthFailure#EXPIRED_TOKEN}: the access token has expired. The client refreshes it and sends the request again (once); if that is not possible, the authentication must be restarted.
 * {@link #code()} is {@link TapkeyAuthFailure#EXPIRED_TOKEN}, with the remedies of Tapkey's documentation.
 */
public class TapkeyTokenExpiredException extends TapkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details, with the code {@link TapkeyAuthFailure#EXPIRED_TOKEN}
   * @param errorMessage the body's {@code ErrorMessage}, redacted, or null
   * @param errorDetails the body's {@code ErrorDetails}, redacted, or null
   * @param userErrorMessage the body's {@code UserErrorMessage}, redacted, or null
   */
  public TapkeyTokenExpiredException(Details details, String errorMessage, String errorDetails, String userErrorMessage) {
    super(details, errorMessage, errorDetails, userErrorMessage);
  }
}
