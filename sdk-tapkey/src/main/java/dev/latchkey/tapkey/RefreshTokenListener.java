package dev.latchkey.tapkey;

import dev.latchkey.core.Secret;

/**
 * Told when the token endpoint returns a refresh token, which replaces the one the client held (Tapkey may
 * rotate refresh tokens, and the old one may stop working): persist it, so that a restart does not lose it.
 * Called on the thread that obtained the token, before the request that needed it is sent, and inside the single
 * refresh: threads waiting for the new token wait for the listener too, and no second refresh can start before
 * the rotated token is persisted. So it should be quick, and must not call the client. An exception it throws is logged (its type only) and otherwise ignored.
 */
@FunctionalInterface
public interface RefreshTokenListener {

  /**
   * Receives the new refresh token.
   *
   * @param refreshToken the refresh token now in use
   */
  void refreshTokenIssued(Secret refreshToken);
}
