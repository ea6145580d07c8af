package dev.latchkey.tapkey.internal;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.http.HttpStatuses;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.tapkey.TapkeyOAuthError;
import dev.latchkey.tapkey.TapkeyReauthenticationRequiredException;
import dev.latchkey.tapkey.TapkeyTokenException;

/**
 * Turns an error of the token endpoint (RFC 6749 section 5.2: {@code {"error", "error_description"}}) into a
 * {@link TapkeyTokenException} typed by {@link TapkeyOAuthError}; {@code invalid_grant} into a
 * {@link TapkeyReauthenticationRequiredException}. A body that is not such JSON gives a
 * {@link TapkeyTokenException} from the status alone. Never throws.
 */
public final class OAuthErrorDecoder implements ErrorDecoder {

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    int status = response.status();
    JsonValue body = ErrorBodies.object(response);
    JsonValue error = body.path("error");
    String description = ErrorBodies.text(response, body, "error_description");
    if (!error.isString() || error.stringValue().isBlank()) {
      return new TapkeyTokenException(response.toDetails()
          .code(TapkeyOAuthError.UNKNOWN_TO_SDK_VERSION)
          .rawCode("")
          .message("HTTP " + status + " from the token endpoint without an OAuth error ("
              + ErrorBodies.describeBody(response) + ")")
          .category(HttpStatuses.category(status))
          .retryable(false)
          .build(), description);
    }
    TapkeyOAuthError code = TapkeyOAuthError.fromWire(error.stringValue());
    LatchkeyException.Details.Builder details = response.toDetails().code(code).rawCode(error.stringValue());
    if (code == TapkeyOAuthError.INVALID_GRANT) {
      return new TapkeyReauthenticationRequiredException(details
          .message("the refresh token or grant is no longer valid: the user must authenticate again"
              + (description == null ? "" : " (" + description + ")"))
          .build(), description);
    }
    if (!code.isKnown()) {
      details.category(HttpStatuses.category(status));
    }
    return new TapkeyTokenException(details.message(description).retryable(false).build(), description);
  }
}
