package dev.latchkey.tapkey;

import dev.latchkey.core.ErrorCode;
import java.util.Optional;

/**
 * Tapkey's token endpoint refused to issue a token (RFC 6749 section 5.2): {@link #oauthError()} is the typed
 * {@code error} ({@code invalid_client}, {@code invalid_scope}, ...) with the catalog's remedies, and
 * {@link #errorDescription()} the endpoint's {@code error_description}. A refresh token that is no longer
 * valid ({@code invalid_grant}) is the subclass {@link TapkeyReauthenticationRequiredException}.
 */
public class TapkeyTokenException extends TapkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details, with a {@link TapkeyOAuthError} code
   * @param errorDescription the endpoint's {@code error_description}, redacted, or null
   */
  public TapkeyTokenException(Details details, String errorDescription) {
    super(details, errorDescription, null, null);
  }

  /**
   * The typed OAuth error.
   *
   * @return the error; {@code UNKNOWN_TO_SDK_VERSION} when the endpoint sent an unknown or no {@code error}
   */
  public TapkeyOAuthError oauthError() {
    Optional<ErrorCode> code = code();
    if (code.isPresent() && code.get() instanceof TapkeyOAuthError typed) {
      return typed;
    }
    return TapkeyOAuthError.fromWire(rawCode());
  }

  /**
   * The token endpoint's {@code error_description}, for logs.
   *
   * @return the description, when the endpoint sent one
   */
  public Optional<String> errorDescription() {
    return errorMessage();
  }
}
