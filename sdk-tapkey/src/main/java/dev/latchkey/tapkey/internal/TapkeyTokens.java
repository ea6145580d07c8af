package dev.latchkey.tapkey.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.RefreshingCredential;
import dev.latchkey.tapkey.RefreshTokenListener;
import dev.latchkey.tapkey.TapkeyAuthFailure;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyTokenExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token a Tapkey client sends: cached until shortly before it expires, then obtained again ahead of
 * time (with the refresh token when there is one, else with the client credentials). A refresh token the
 * endpoint returns replaces the one held, and the {@link RefreshTokenListener} is told.
 *
 * <p>The token is a core {@link RefreshingCredential}: however many threads find it due, or rejected as
 * expired, one token request is made and the others wait for its answer; a rotated refresh token is therefore
 * never used after its successor arrived. {@link #refresh(Secret, Duration)} replaces only the token a 401
 * rejected: when another thread has already replaced it, the new one is returned without a token request.
 * Thread-safe.
 */
public final class TapkeyTokens {

  /** A token rejected within this time after this client obtained it was not expired: it is invalid. */
  public static final Duration JUST_OBTAINED = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(TapkeyTokens.class);

  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final Duration refreshAhead;
  private final RefreshTokenListener listener;
  private final RefreshingCredential<AccessToken> credential;
  /** The token the app gave, handed out by the first fetch instead of a token request; then null. */
  private final AtomicReference<AccessToken> given;
  /** Written only by the single fetch under way, read by any thread. */
  private volatile Secret refreshToken;

  /**
   * Creates the token manager.
   *
   * @param endpoint the token endpoint
   * @param initial the access token the app gave, or null to obtain one on first use
   * @param refreshToken the refresh token the app gave, or null
   * @param clock the clock that decides expiry
   * @param refreshAhead how long before expiry a token is replaced (at most half its lifetime)
   * @param listener told of every refresh token the endpoint returns, or null
   */
  public TapkeyTokens(TokenEndpoint endpoint, AccessToken initial, Secret refreshToken, Clock clock,
      Duration refreshAhead, RefreshTokenListener listener) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.given = new AtomicReference<>(initial);
    this.refreshToken = refreshToken;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
    this.listener = listener;
    this.credential = new RefreshingCredential<>(TapkeyErrorCode.VENDOR, this::fetch);
  }

  /**
   * The token to send now: the cached one unless it is due for replacement, else a new one (one token request
   * for all threads that find it due).
   *
   * @param timeout the longest a token request, or the wait for another thread's, may take
   * @return the token
   * @throws LatchkeyException when a new token is needed and cannot be obtained
   */
  public AccessToken current(Duration timeout) {
    return credential.refreshIf(token -> canObtain() && isDue(token), timeout);
  }

  /**
   * Replaces a token the API rejected as expired. When the current token is no longer {@code stale} (another
   * thread replaced it), that one is returned and no token request is made; when a replacement is under way,
   * its result is awaited.
   *
   * @param stale the token the rejected request carried
   * @param timeout the longest a token request, or the wait for another thread's, may take
   * @return the token to retry with
   * @throws LatchkeyException when no new token can be obtained
   */
  public AccessToken refresh(Secret stale, Duration timeout) {
    Objects.requireNonNull(stale, "stale");
    return credential.refreshIf(token -> token.value().equals(stale), timeout);
  }

  /** {@return whether a new token can be obtained: a refresh token or client credentials are known} */
  public boolean canObtain() {
    return refreshToken != null || endpoint.hasClientCredentials();
  }

  /**
   * Whether a token has expired by this client's clock (no margin).
   *
   * @param token the token
   * @return true when its expiry is known and has passed
   */
  public boolean isExpired(AccessToken token) {
    return token.expiresAt() != null && !clock.instant().isBefore(token.expiresAt());
  }

  /**
   * Whether this client obtained a token from the endpoint moments ago ({@link #JUST_OBTAINED}), so that a 401
   * on it is not an expiry.
   *
   * @param token the token
   * @return true when it was just obtained
   */
  public boolean isJustObtained(AccessToken token) {
    return token.obtainedAt() != null && clock.instant().isBefore(token.obtainedAt().plus(JUST_OBTAINED));
  }

  private boolean isDue(AccessToken token) {
    Instant expiresAt = token.expiresAt();
    if (expiresAt == null) {
      return false;
    }
    Duration margin = refreshAhead;
    if (token.obtainedAt() != null) {
      // A short-lived token is not replaced on every call: the margin is at most half its lifetime.
      Duration half = Duration.between(token.obtainedAt(), expiresAt).dividedBy(2);
      margin = margin.compareTo(half) > 0 ? half : margin;
    }
    return !clock.instant().isBefore(expiresAt.minus(margin));
  }

  /** The fetcher of the credential: runs on one thread at a time. */
  private AccessToken fetch(Duration timeout) {
    AccessToken app = given.getAndSet(null);
    if (app != null && !(canObtain() && isDue(app))) {
      return app;
    }
    return obtain(timeout);
  }

  private AccessToken obtain(Duration timeout) {
    TokenResponse response;
    Secret refresh = refreshToken;
    if (refresh != null) {
      response = endpoint.refresh(refresh, timeout);
    } else if (endpoint.hasClientCredentials()) {
      response = endpoint.clientCredentials(timeout);
    } else {
      throw new TapkeyTokenExpiredException(LatchkeyException.Details.builder()
          .code(TapkeyAuthFailure.EXPIRED_TOKEN)
          .message("the access token has expired and the client has no refresh token or client credentials"
              + " to get a new one: authenticate again")
          .category(ErrorCategory.AUTHENTICATION)
          .retryable(false)
          .build(), null, null, null);
    }
    Instant now = clock.instant();
    Instant expiresAt = response.expiresIn().isPresent() ? now.plusSeconds(response.expiresIn().getAsLong()) : null;
    if (response.refresh().isPresent()) {
      refreshToken = response.refresh().get();
      tell(refreshToken);
    }
    return new AccessToken(response.accessToken(), expiresAt, now);
  }

  private void tell(Secret newRefreshToken) {
    if (listener == null) {
      return;
    }
    try {
      listener.refreshTokenIssued(newRefreshToken);
    } catch (RuntimeException e) {
      // The exception might quote the token: log its type only. The token stays in use in memory.
      LOG.warn("tapkey: the refresh token listener failed ({})", e.getClass().getName());
    }
  }
}
