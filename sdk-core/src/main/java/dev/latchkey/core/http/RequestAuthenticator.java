package dev.latchkey.core.http;

import dev.latchkey.core.Secret;
import java.util.Objects;

/**
 * Adds authentication to each attempt of a request, supplied by the vendor module. It is called again for
 * every retry, so an implementation that refreshes OAuth tokens hands out the current one each time.
 * Credentials are passed as {@link Secret}s, which the transport scrubs from error bodies and messages.
 */
@FunctionalInterface
public interface RequestAuthenticator {

  /** Where an authenticator puts its headers. */
  interface AuthHeaders {
    /**
     * Sets a header whose value is a credential.
     *
     * @param name the header name, such as {@code Authorization}
     * @param value the value, kept secret
     */
    void set(String name, Secret value);

    /**
     * Declares a secret that is part of a header value (the token inside {@code Bearer <token>}) so that it
     * is scrubbed on its own too.
     *
     * @param value the secret
     */
    void sensitive(Secret value);
  }

  /**
   * Adds authentication headers for one attempt.
   *
   * @param request the request being sent
   * @param headers where to put the headers
   */
  void authenticate(ApiRequest request, AuthHeaders headers);

  /**
   * Adds nothing (for APIs that need no authentication, or when the user's OkHttpClient authenticates).
   *
   * @return this builder
   */
  static RequestAuthenticator none() {
    return (request, headers) -> { };
  }

  /**
   * Sends {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   * @return the authenticator
   */
  static RequestAuthenticator bearer(Secret token) {
    Objects.requireNonNull(token, "token");
    Secret value = Secret.of("Bearer " + token.reveal());
    return (request, headers) -> {
      headers.set("Authorization", value);
      headers.sensitive(token);
    };
  }

  /**
   * Sends a fixed credential header, such as {@code X-API-Key}.
   *
   * @param name the header name
   * @param value the credential
   * @return the authenticator
   */
  static RequestAuthenticator header(String name, Secret value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return (request, headers) -> headers.set(name, value);
  }
}
