package dev.latchkey.tapkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.RemedySource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/tapkey/auth-failures.yaml} holds what the catalog says. */
class GeneratedTapkeyAuthFailureTest {

  @Test
  void onlyAnExpiredTokenIsWorthRetrying() {
    assertThat(TapkeyAuthFailure.fromWire("expired_token").retryable()).isTrue();
    assertThat(TapkeyAuthFailure.fromWire("invalid_token").retryable()).isFalse();
    assertThat(TapkeyAuthFailure.fromWire("insufficient_scope").retryable()).isFalse();
  }

  @Test
  void causesCarryTheSeedsRecommendedSolutions() {
    assertThat(TapkeyAuthFailure.INVALID_TOKEN.firstRemedy()).contains(
        "The client should check the authentication token which was sent to the API. Shouldn't happen during normal operation.");
    assertThat(TapkeyAuthFailure.EXPIRED_TOKEN.remedies()).hasSize(2)
        .allSatisfy(remedy -> assertThat(remedy.source()).isEqualTo(RemedySource.VENDOR));
    assertThat(TapkeyAuthFailure.INSUFFICIENT_SCOPE.remedies().get(1).text()).startsWith("In the event of being able");
    assertThat(TapkeyAuthFailure.INSUFFICIENT_SCOPE.category()).isEqualTo(ErrorCategory.AUTHORIZATION);
    assertThat(TapkeyAuthFailure.EXPIRED_TOKEN.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
  }

  @Test
  void holdsTheThreeCausesOfA401() {
    assertThat(TapkeyAuthFailure.values().length - 1).isEqualTo(3);
    assertThat(Arrays.stream(TapkeyAuthFailure.values()).filter(TapkeyAuthFailure::isKnown))
        .allSatisfy(cause -> assertThat(cause.httpStatuses()).containsExactly(401));
  }
}
