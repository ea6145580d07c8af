package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/seam/http-errors.yaml} holds what the catalog says. */
class GeneratedSeamHttpErrorTypeTest {

  @Test
  void duplicateAccessCodeIsAConflictWith409() {
    SeamHttpErrorType type = SeamHttpErrorType.fromWire("duplicate_access_code");

    assertThat(type).isSameAs(SeamHttpErrorType.DUPLICATE_ACCESS_CODE);
    assertThat(type.httpStatuses()).containsExactly(409);
    assertThat(type.category()).isEqualTo(ErrorCategory.CONFLICT);
    assertThat(type.retryable()).isFalse();
  }

  @Test
  void typesSeenWithSeveralStatusesListThemAll() {
    assertThat(SeamHttpErrorType.WORKSPACE_NOT_FOUND.httpStatuses()).containsExactly(400, 401, 404);
    assertThat(SeamHttpErrorType.UNAUTHORIZED.httpStatuses()).containsExactly(401);
    assertThat(SeamHttpErrorType.INVALID_INPUT.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
  }

  @Test
  void onlyServerFailuresAndTheRateLimitAreRetryable() {
    assertThat(Arrays.stream(SeamHttpErrorType.values()).filter(SeamHttpErrorType::retryable))
        .containsExactlyInAnyOrder(SeamHttpErrorType.INTERNAL_SERVER_ERROR, SeamHttpErrorType.INVALID_RESPONSE,
            SeamHttpErrorType.RATE_LIMITED);
    assertThat(SeamHttpErrorType.COOL_MODE_NOT_AVAILABLE.httpStatuses()).containsExactly(500);
    assertThat(SeamHttpErrorType.COOL_MODE_NOT_AVAILABLE.retryable()).isFalse();
  }

  @Test
  void everyCatalogTypeIsKnownWithAStatusAndANote() {
    assertThat(SeamHttpErrorType.values().length - 1).isEqualTo(58);
    assertThat(SeamHttpErrorType.fromWire("rate_limited").httpStatuses()).containsExactly(429);
    assertThat(Arrays.stream(SeamHttpErrorType.values()).filter(SeamHttpErrorType::isKnown))
        .allSatisfy(type -> {
          assertThat(SeamHttpErrorType.fromWire(type.wireValue())).isSameAs(type);
          assertThat(type.httpStatuses()).isNotEmpty();
          assertThat(type.note()).isPresent();
        });
  }
}
