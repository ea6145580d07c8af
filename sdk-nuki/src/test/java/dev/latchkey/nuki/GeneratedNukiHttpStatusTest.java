package dev.latchkey.nuki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/nuki/http-statuses.yaml} holds what the catalog says. */
class GeneratedNukiHttpStatusTest {

  @Test
  void lockedMeansTheSmartlockIsBusyAndIsRetryable() {
    NukiHttpStatus locked = NukiHttpStatus.fromStatus(423);

    assertThat(locked).isSameAs(NukiHttpStatus.LOCKED);
    assertThat(locked.description()).isEqualTo("Locked");
    assertThat(locked.category()).isEqualTo(ErrorCategory.DEVICE_BUSY);
    assertThat(locked.retryable()).isTrue();
    assertThat(locked.status()).isEqualTo(423);
    assertThat(locked.wireValue()).isEqualTo("423");
  }

  @Test
  void onlyTransientStatusesAreRetryable() {
    assertThat(Arrays.stream(NukiHttpStatus.values()).filter(NukiHttpStatus::retryable).map(NukiHttpStatus::status))
        .containsExactlyInAnyOrder(423, 429, 500, 502, 503);
  }

  @Test
  void clientErrorsAreNotRetryable() {
    assertThat(NukiHttpStatus.fromWire("401")).isSameAs(NukiHttpStatus.UNAUTHORIZED);
    assertThat(NukiHttpStatus.UNAUTHORIZED.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(NukiHttpStatus.fromStatus(409).category()).isEqualTo(ErrorCategory.CONFLICT);
    assertThat(NukiHttpStatus.fromStatus(429).category()).isEqualTo(ErrorCategory.RATE_LIMITED);
    assertThat(NukiHttpStatus.fromStatus(400).retryable()).isFalse();
  }

  @Test
  void unknownStatusesAreUnknownToTheSdk() {
    assertThat(NukiHttpStatus.fromStatus(418)).isSameAs(NukiHttpStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(NukiHttpStatus.fromWire("abc")).isSameAs(NukiHttpStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(NukiHttpStatus.fromWire(null)).isSameAs(NukiHttpStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(NukiHttpStatus.UNKNOWN_TO_SDK_VERSION.status()).isEqualTo(-1);
  }

  @Test
  void holdsTheWebApiStatusesAndThreeServerErrors() {
    // 400 401 402 403 404 405 409 422 423 426 429 502 from Nuki's material, plus 500 and 503.
    assertThat(NukiHttpStatus.values().length - 1).isEqualTo(14);
    assertThat(Arrays.stream(NukiHttpStatus.values()).filter(NukiHttpStatus::isKnown))
        .allSatisfy(status -> assertThat(NukiHttpStatus.fromStatus(status.status())).isSameAs(status));
  }
}
