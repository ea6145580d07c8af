package dev.latchkey.core.http;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds authentication to each attempt of a request, supplied by the vendor module. It is called again for
 * every retry, so an implementation that refreshes OAuth tokens hands out the current one each time.
 * Credentials are passed as {@link Secret}s, which the transport scrubs from error bodies and messages.
 *
 * <p><b>Re-authentication.</b> When an attempt is answered 401, the transport asks
 * {@link #onUnauthorized(Unauthorized)} whether fresh credentials are worth one more attempt (OkHttp's
 * {@code Authenticator} is the model). An authenticator that says yes has refreshed its credentials by then;
 * the transport sends the request once more, signed again by {@link #authenticate}, at most once per call. An
 * OAuth client built on {@link RefreshingCredential}, refreshing only an expired token (an invalid token or a
 * missing scope fails at once) and fetching one token however many threads see it expire:
 *
 * <pre>{@code
 * final class OAuthAuthenticator implements RequestAuthenticator {
 *   private final RefreshingCredential<Secret> token;   // its fetcher posts to the token endpoint
 *
 *   public void authenticate(ApiRequest request, AuthHeaders headers) {
 *     Secret current = token.get(headers.remaining());
 *     headers.set("Authorization", Secret.of("Bearer " + current.reveal()));
 *     headers.sensitive(current);
 *   }
 *
 *   public boolean onUnauthorized(Unauthorized unauthorized) {
 *     boolean expired = unauthorized.response().header("WWW-Authenticate")
 *         .filter(challenge -> challenge.contains("expired")).isPresent();
 *     if (!expired) {
 *       return false;                                     // invalid token, missing scope: fail at once
 *     }
 *     // Refresh only if nobody has since the failed attempt was signed; wait for a refresh under way.
 *     token.refreshIf(current -> unauthorized.sentHeader("Authorization")
 *         .map(sent -> sent.equals(Secret.of("Bearer " + current.reveal()))).orElse(true),
 *         unauthorized.remaining());
 *     return true;
 *   }
 * }
 * }</pre>
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

    /**
     * The time left of the call's deadline, which bounds anything the authenticator waits for (fetching a
     * first token, say).
     *
     * @return the time left, positive or zero
     */
    default Duration remaining() {
      return HttpTransport.DEFAULT_DEADLINE;
    }
  }

  /**
   * A 401 answer to one attempt, handed to {@link #onUnauthorized(Unauthorized)}. Only valid during that call.
   */
  interface Unauthorized {
    /** {@return the request that was answered 401} */
    ApiRequest request();

    /** {@return the 401 response, its body and headers (such as {@code WWW-Authenticate}) scrubbed of secrets} */
    ErrorResponse response();

    /** {@return the exception the vendor's {@link ErrorDecoder} made of the response; thrown if no retry follows} */
    LatchkeyException decoded();

    /**
     * A credential header as the failed attempt sent it, set by {@link #authenticate}; compared with the
     * current credential it tells whether another thread has refreshed since.
     *
     * @param name the header name, any case
     * @return the value sent, if the authenticator set that header
     */
    Optional<Secret> sentHeader(String name);

    /**
     * The time left of the call's deadline: a refresh must end within it (give its token request this deadline),
     * and the retry gets only what the refresh leaves.
     *
     * @return the time left, positive
     */
    Duration remaining();
  }

  /**
   * Adds authentication headers for one attempt.
   *
   * @param request the request being sent
   * @param headers where to put the headers
   */
  void authenticate(ApiRequest request, AuthHeaders headers);

  /**
   * Called when an attempt was answered 401: refreshes the credentials if that can help and says whether to
   * send the request once more with them (default: no). The transport asks at most once per call and then
   * retries at most once, right away; this retry does not count against the {@code RetryPolicy} but does
   * count in {@link LatchkeyException#attempts()}. It applies to writes too, which are otherwise never sent
   * twice, because a 401 means the server rejected the request before acting on it.
   *
   * <p>Return false (fail at once with {@link Unauthorized#decoded()}) when new credentials cannot help, such as
   * an invalid key or a missing scope. A refresh that fails throws a {@link LatchkeyException}, which the call
   * then throws instead of the 401; an interrupted wait throws
   * {@link dev.latchkey.core.LatchkeyInterruptedException} and keeps the thread's interrupt flag. Called on
   * the caller's thread, concurrently for concurrent calls: see {@link RefreshingCredential} for a refresh
   * that runs once for all of them.
   *
   * @param unauthorized the 401 answer, and the time left of the call's deadline
   * @return whether to send the request once more, with credentials freshly added by {@link #authenticate}
   * @throws LatchkeyException when refreshing the credentials failed
   */
  default boolean onUnauthorized(Unauthorized unauthorized) {
    return false;
  }

  /**
   * Adds nothing (for APIs that need no authentication, or when the user's OkHttpClient authenticates).
   *
   * @return the authenticator
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
