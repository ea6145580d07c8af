/**
 * The Latchkey client for the Tapkey Management API ({@link dev.latchkey.tapkey.TapkeyClient}): OAuth 2.0 tokens
 * managed for the app, owner accounts, bound locks, contacts, grants and bound cards, and every error typed as a
 * {@link dev.latchkey.tapkey.TapkeyException} with the enums generated from the Tapkey catalogs
 * ({@link dev.latchkey.tapkey.TapkeyHttpStatus}, {@link dev.latchkey.tapkey.TapkeyErrorCode},
 * {@link dev.latchkey.tapkey.TapkeyAuthFailure}, {@link dev.latchkey.tapkey.TapkeyOAuthError}).
 */
package dev.latchkey.tapkey;
