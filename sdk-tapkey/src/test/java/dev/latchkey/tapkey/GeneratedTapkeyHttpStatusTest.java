package dev.latchkey.tapkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/tapkey/http-statuses.yaml} holds what the catalog says. */
class GeneratedTapkeyHttpStatusTest {

  @Test
  void paymentRequiredHasTheSeedsDescription() {
    TapkeyHttpStatus status = TapkeyHttpStatus.fromStatus(402);

    assertThat(status).isSameAs(TapkeyHttpStatus.PAYMENT_REQUIRED);
    assertThat(status.description()).startsWith(
        "Returned when the subscription does not have the sufficient means to access a certain resource");
    assertThat(status.category()).isEqualTo(ErrorCategory.SUBSCRIPTION);
  }

  @Test
  void conflictComesFromTheNewerRevision() {
    assertThat(TapkeyHttpStatus.fromWire("409")).isSameAs(TapkeyHttpStatus.CONFLICT);
    assertThat(TapkeyHttpStatus.CONFLICT.note()).isPresent();
  }

  @Test
  void onlyTheServerErrorIsRetryable() {
    assertThat(Arrays.stream(TapkeyHttpStatus.values()).filter(TapkeyHttpStatus::retryable))
        .containsExactly(TapkeyHttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(TapkeyHttpStatus.fromStatus(418)).isSameAs(TapkeyHttpStatus.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void holdsTheSevenDocumentedStatuses() {
    assertThat(TapkeyHttpStatus.values().length - 1).isEqualTo(7);
    assertThat(Arrays.stream(TapkeyHttpStatus.values()).filter(TapkeyHttpStatus::isKnown).map(TapkeyHttpStatus::status))
        .containsExactly(400, 401, 402, 403, 404, 409, 500);
  }

  @Test
  void keepsTheVendorsStatusNames() {
    assertThat(Arrays.stream(TapkeyHttpStatus.values()).filter(TapkeyHttpStatus::isKnown)
        .map(status -> status.statusName().orElseThrow()))
        .containsExactly("BadRequest", "Unauthorized", "PaymentRequired", "Forbidden", "NotFound", "Conflict",
            "InternalServerError");
    assertThat(TapkeyHttpStatus.UNKNOWN_TO_SDK_VERSION.statusName()).isEmpty();
  }
}
