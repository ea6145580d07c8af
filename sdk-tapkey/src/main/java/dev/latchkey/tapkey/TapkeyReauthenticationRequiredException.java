package dev.latchkey.tapkey;

/**
 * The token endpoint answered {@code invalid_grant}: the refresh token (or other grant) has expired, was
 * revoked or already used. No retry helps: the user must authenticate again (authorization-code flow), and
 * the app then builds a client with the new tokens.
 */
public class TapkeyReauthenticationRequiredException extends TapkeyTokenException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details, with the code {@link TapkeyOAuthError#INVALID_GRANT}
   * @param errorDescription the endpoint's {@code error_description}, redacted, or null
   */
  public TapkeyReauthenticationRequiredException(Details details, String errorDescription) {
    super(details, errorDescription);
  }
}
