package dev.latchkey.tapkey;

/**
 * A 401 Unauthorized from the Tapkey Management API whose cause is {@link TapkeyAuthFailure#INVALID_TOKEN}: Tapkey rejected the access token as invalid. Check the token sent; retrying with it will not help, and a token that was just refreshed is reported so rather than refreshed again.
 * {@link #code()} is {@link TapkeyAuthFailure#INVALID_TOKEN}, with the remedies of Tapkey's documentation.
 */
public class TapkeyInvalidTokenException extends TapkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details, with the code {@link TapkeyAuthFailure#INVALID_TOKEN}
   * @param errorMessage the body's {@code ErrorMessage}, redacted, or null
   * @param errorDetails the body's {@code ErrorDetails}, redacted, or null
   * @param userErrorMessage the body's {@code UserErrorMessage}, redacted, or null
   */
  public TapkeyInvalidTokenException(Details details, String errorMessage, String errorDetails, String userErrorMessage) {
    super(details, errorMessage, errorDetails, userErrorMessage);
  }
}
