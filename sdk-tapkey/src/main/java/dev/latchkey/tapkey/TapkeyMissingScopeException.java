package dev.latchkey.tapkey;

import java.util.Optional;

/**
 * A 401 Unauthorized from the Tapkey Management API whose cause is
 * {@link TapkeyAuthFailure#INSUFFICIENT_SCOPE}: the access token lacks a scope the endpoint needs. Retrying
 * does not help: request the scope (and assign it to the OAuth client on Tapkey's OAuth Clients page), then get
 * a new token. {@link #requiredScope()} names the scope, from the server's {@code WWW-Authenticate} header or
 * else from the client's table of the documented endpoints.
 */
public class TapkeyMissingScopeException extends TapkeyException {

  private static final long serialVersionUID = 1L;

  /** The scope the endpoint needs, or null when unknown. */
  private final String requiredScope;

  /**
   * Creates the exception.
   *
   * @param details the error's details, with the code {@link TapkeyAuthFailure#INSUFFICIENT_SCOPE}
   * @param requiredScope the scope the endpoint needs, or null when unknown
   * @param errorMessage the body's {@code ErrorMessage}, redacted, or null
   * @param errorDetails the body's {@code ErrorDetails}, redacted, or null
   * @param userErrorMessage the body's {@code UserErrorMessage}, redacted, or null
   */
  public TapkeyMissingScopeException(Details details, String requiredScope, String errorMessage,
      String errorDetails, String userErrorMessage) {
    super(details, errorMessage, errorDetails, userErrorMessage);
    this.requiredScope = requiredScope == null || requiredScope.isBlank() ? null : requiredScope;
  }

  /**
   * The scope the called endpoint needs, such as {@code write:grants}.
   *
   * @return the scope, when the server named it or the endpoint is in the client's table
   */
  public Optional<String> requiredScope() {
    return Optional.ofNullable(requiredScope);
  }
}
