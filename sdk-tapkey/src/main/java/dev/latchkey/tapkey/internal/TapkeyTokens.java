package dev.latchkey.tapkey.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import dev.latchkey.tapkey.RefreshTokenListener;
import dev.latchkey.tapkey.TapkeyAuthFailure;
import dev.latchkey.tapkey.TapkeyTokenExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token a Tapkey client sends: cached until shortly before it expires, then obtained again ahead of
 * time (with the refresh token when there is one, else with the client credentials). A refresh token the
 * endpoint returns replaces the one held, and the {@link RefreshTokenListener} is told.
 *
 * <p>{@link #current()} and {@link #refresh(Secret)} take one lock, so a token request is never made twice at
 * once and a rotated refresh token is never used after its successor arrived. A re-authentication hook calls
 * {@link #refresh(Secret)} with the token a 401 rejected: when another thread has already replaced it, the new
 * token is returned without a token request. Thread-safe.
 */
public final class TapkeyTokens {

  /** A token rejected within this time after this client obtained it was not expired: it is invalid. */
  public static final Duration JUST_OBTAINED = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(TapkeyTokens.class);

  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final Duration refreshAhead;
  private final RefreshTokenListener listener;
  private final Object lock = new Object();
  private AccessToken current;
  private Secret refreshToken;

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
    this.current = initial;
    this.refreshToken = refreshToken;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
    this.listener = listener;
  }

  /**
   * The token to send now: the cached one unless it is due for replacement, else a new one.
   *
   * @return the token
   * @throws LatchkeyException when a new token is needed and cannot be obtained
   */
  public AccessToken current() {
    synchronized (lock) {
      if (current == null || (canObtain() && isDue(current))) {
        current = obtain();
      }
      return current;
    }
  }

  /**
   * Replaces a token the API rejected as expired. When the current token is no longer {@code stale} (another
   * thread replaced it), that one is returned and no token request is made.
   *
   * @param stale the token the rejected request carried
   * @return the token to retry with
   * @throws LatchkeyException when no new token can be obtained
   */
  public AccessToken refresh(Secret stale) {
    synchronized (lock) {
      if (current != null && !current.value().equals(stale)) {
        return current;
      }
      current = obtain();
      return current;
    }
  }

  /**
   * Drops a token the API reported expired, so that the next {@link #current()} obtains a new one; kept when
   * no new one can be obtained, or when it was already replaced.
   *
   * @param stale the token the rejected request carried
   */
  public void expire(Secret stale) {
    synchronized (lock) {
      if (current != null && current.value().equals(stale) && canObtain()) {
        current = null;
      }
    }
  }

  /** {@return whether a new token can be obtained: a refresh token or client credentials are known} */
  public boolean canObtain() {
    synchronized (lock) {
      return refreshToken != null || endpoint.hasClientCredentials();
    }
  }

  /**
   * Whether a token has expired by this client's clock (no margin).
   *
   * @param token the token
   * @return true when its expiry is known and has passed
   */
  public boolean isExpired(AccessToken token) {
    return token.expiresAt().map(at -> !clock.instant().isBefore(at)).orElse(false);
  }

  /**
   * Whether this client obtained a token from the endpoint moments ago ({@link #JUST_OBTAINED}), so that a 401
   * on it is not an expiry.
   *
   * @param token the token
   * @return true when it was just obtained
   */
  public boolean isJustObtained(AccessToken token) {
    return token.obtainedAt().map(at -> clock.instant().isBefore(at.plus(JUST_OBTAINED))).orElse(false);
  }

  private boolean isDue(AccessToken token) {
    if (token.expiresAt().isEmpty()) {
      return false;
    }
    Instant expiresAt = token.expiresAt().get();
    Duration margin = refreshAhead;
    if (token.obtainedAt().isPresent()) {
      // A short-lived token is not replaced on every call: the margin is at most half its lifetime.
      Duration half = Duration.between(token.obtainedAt().get(), expiresAt).dividedBy(2);
      margin = margin.compareTo(half) > 0 ? half : margin;
    }
    return !clock.instant().isBefore(expiresAt.minus(margin));
  }

  private AccessToken obtain() {
    TokenResponse response;
    if (refreshToken != null) {
      response = endpoint.refresh(refreshToken);
    } else if (endpoint.hasClientCredentials()) {
      response = endpoint.clientCredentials();
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
