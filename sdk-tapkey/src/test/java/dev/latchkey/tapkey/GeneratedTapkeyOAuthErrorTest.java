package dev.latchkey.tapkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/tapkey/oauth-errors.yaml} holds what the catalog says. */
class GeneratedTapkeyOAuthErrorTest {

  @Test
  void invalidGrantHasTheRfcsDescription() {
    TapkeyOAuthError error = TapkeyOAuthError.fromWire("invalid_grant");

    assertThat(error).isSameAs(TapkeyOAuthError.INVALID_GRANT);
    assertThat(error.description()).startsWith("The provided authorization grant (e.g., authorization code,");
    assertThat(error.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(error.retryable()).isFalse();
  }

  @Test
  void invalidClientMayComeWith400Or401() {
    assertThat(TapkeyOAuthError.INVALID_CLIENT.httpStatuses()).containsExactly(400, 401);
    assertThat(TapkeyOAuthError.fromWire("access_denied")).isSameAs(TapkeyOAuthError.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void holdsTheSixTokenEndpointErrorsOfRfc6749() {
    assertThat(TapkeyOAuthError.values().length - 1).isEqualTo(6);
    assertThat(Arrays.stream(TapkeyOAuthError.values()).filter(TapkeyOAuthError::isKnown)
            .map(TapkeyOAuthError::wireValue))
        .containsExactly("invalid_request", "invalid_client", "invalid_grant", "unauthorized_client",
            "unsupported_grant_type", "invalid_scope");
  }
}
