package dev.latchkey.tapkey.internal;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.http.HttpStatuses;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.tapkey.TapkeyAuthFailure;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyException;
import dev.latchkey.tapkey.TapkeyHttpStatus;
import dev.latchkey.tapkey.TapkeyInvalidTokenException;
import dev.latchkey.tapkey.TapkeyMissingScopeException;
import dev.latchkey.tapkey.TapkeyTokenExpiredException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a Management API error into a {@link TapkeyException}: the status typed by {@link TapkeyHttpStatus},
 * the body ({@code {"ErrorCode", "ErrorMessage", "ErrorDetails", "UserErrorMessage"}}) by
 * {@link TapkeyErrorCode}; a body that is not this JSON still gives a {@link TapkeyException} from the status.
 * A 401 becomes the exception of its cause (see {@link #classify}), and so does a 403 whose RFC 6750 challenge
 * says {@code insufficient_scope}. Never throws.
 */
public final class TapkeyErrorDecoder implements ErrorDecoder {

  private final TapkeyAuthenticator authenticator;

  /**
   * Creates the decoder.
   *
   * @param authenticator the client's authenticator, which knows the token a 401 rejected
   */
  public TapkeyErrorDecoder(TapkeyAuthenticator authenticator) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
  }

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    int status = response.status();
    JsonValue body = ErrorBodies.object(response);
    String rawCode = ErrorBodies.text(response, body, "ErrorCode");
    String errorMessage = ErrorBodies.text(response, body, "ErrorMessage");
    String errorDetails = ErrorBodies.text(response, body, "ErrorDetails");
    String userMessage = ErrorBodies.text(response, body, "UserErrorMessage");
    if (status == 401) {
      return unauthorized(response, errorMessage, errorDetails, userMessage);
    }
    if (status == 403 && BearerChallenge.find(ErrorBodies.headerValues(response, "WWW-Authenticate"))
        .filter(BearerChallenge::isInsufficientScope).isPresent()) {
      // RFC 6750 answers a missing scope with 403; a 403 without the challenge is Tapkey's Forbidden.
      return unauthorized(response, errorMessage, errorDetails, userMessage);
    }
    TapkeyHttpStatus typedStatus = TapkeyHttpStatus.fromStatus(status);
    LatchkeyException.Details.Builder details = response.toDetails();
    boolean transientStatus = HttpStatuses.retryable(status);
    if (rawCode != null) {
      TapkeyErrorCode code = TapkeyErrorCode.fromWire(rawCode);
      details.code(code).rawCode(rawCode).retryable(code.retryable() || transientStatus);
      if (!code.isKnown()) {
        details.category(typedStatus.isKnown() ? typedStatus.category() : HttpStatuses.category(status));
      }
    } else if (typedStatus.isKnown()) {
      details.code(typedStatus).retryable(typedStatus.retryable() || transientStatus);
    } else {
      details.category(HttpStatuses.category(status)).retryable(transientStatus);
    }
    String message = errorMessage != null ? errorMessage
        : body.isMissing() ? "HTTP " + status + " from Tapkey without a Tapkey error body ("
            + ErrorBodies.describeBody(response) + ")" : null;
    return new TapkeyException(details.message(message).build(), errorMessage, errorDetails, userMessage);
  }

  /** The cause of a 401 and, for a missing scope, the scope. */
  record Verdict(TapkeyAuthFailure failure, String scope) {}

  /**
   * Tells the three 401 cases apart. The RFC 6750 {@code WWW-Authenticate} header decides when it names an
   * error ({@code insufficient_scope}; {@code invalid_token}, an expiry when its description says so or the
   * token's expiry has passed). Without it: a token past its expiry expired; a token obtained moments ago did
   * not, so it is invalid (no refresh loop); any other token most likely expired early (revoked, clock skew),
   * which one refresh settles.
   */
  Verdict classify(ErrorResponse response) {
    Optional<BearerChallenge> challenge = BearerChallenge.find(ErrorBodies.headerValues(response,
        "WWW-Authenticate"));
    Optional<AccessToken> sent = authenticator.lastSent();
    TapkeyTokens tokens = authenticator.tokens();
    boolean expiredByClock = sent.map(tokens::isExpired).orElse(false);
    if (challenge.isPresent() && challenge.get().isInsufficientScope()) {
      String scope = ErrorBodies.redacted(response, challenge.get().scope());
      return new Verdict(TapkeyAuthFailure.INSUFFICIENT_SCOPE,
          scope != null ? scope : ScopeTable.requiredScope(response.method(), response.path()).orElse(null));
    }
    if (challenge.isPresent() && challenge.get().isInvalidToken()) {
      return new Verdict(challenge.get().saysExpired() || expiredByClock ? TapkeyAuthFailure.EXPIRED_TOKEN
          : TapkeyAuthFailure.INVALID_TOKEN, null);
    }
    if (!expiredByClock && sent.map(tokens::isJustObtained).orElse(false)) {
      return new Verdict(TapkeyAuthFailure.INVALID_TOKEN, null);
    }
    return new Verdict(TapkeyAuthFailure.EXPIRED_TOKEN, null);
  }

  private LatchkeyException unauthorized(ErrorResponse response, String errorMessage, String errorDetails,
      String userMessage) {
    Verdict verdict = classify(response);
    LatchkeyException.Details.Builder details = response.toDetails().code(verdict.failure());
    String where = response.method() + " " + response.path();
    switch (verdict.failure()) {
      case INSUFFICIENT_SCOPE -> {
        String scope = verdict.scope();
        List<Remedy> remedies = new ArrayList<>();
        if (scope != null) {
          remedies.add(Remedy.latchkey("Request the scope " + scope + " (TapkeyClient.Builder.scopes) and assign"
              + " it to the OAuth client on Tapkey's OAuth Clients page, then get a new token."));
        }
        remedies.addAll(TapkeyAuthFailure.INSUFFICIENT_SCOPE.remedies());
        details.remedies(remedies).message("the access token lacks the scope " + where + " needs"
            + (scope == null ? "" : " (" + scope + ")"));
        return new TapkeyMissingScopeException(details.build(), scope, errorMessage, errorDetails, userMessage);
      }
      case INVALID_TOKEN -> {
        details.message("Tapkey rejected the access token as invalid on " + where
            + (errorMessage == null ? "" : ": " + errorMessage));
        return new TapkeyInvalidTokenException(details.build(), errorMessage, errorDetails, userMessage);
      }
      default -> {
        // Thrown only when no retry follows: the client cannot renew the token, or a new one was rejected too.
        boolean renewable = authenticator.tokens().canObtain();
        details.message("the access token has expired on " + where + (renewable
            ? "; a new token, obtained once for this call, was rejected too"
            : "; the client has no refresh token or client credentials: authenticate again"));
        return new TapkeyTokenExpiredException(details.build(), errorMessage, errorDetails, userMessage);
      }
    }
  }
}
