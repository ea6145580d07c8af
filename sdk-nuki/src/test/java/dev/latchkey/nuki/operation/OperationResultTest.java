package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.Remedy;
import dev.latchkey.nuki.NukiErrorCode;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationResultTest {

  @Test
  void seedExampleIsATypedFailureWithTheCatalogRemedies() {
    OperationResult result = SeedExample.result();

    assertThat(result.requestId()).isEqualTo(SeedExample.REQUEST_ID);
    assertThat(result.type()).isEqualTo("AuthCreation");
    assertThat(result.success()).isFalse();
    assertThat(result.isPartialFailure()).isFalse();
    assertThat(result.succeeded()).isEmpty();
    SmartlockResult failed = result.failed().get(0);
    assertThat(failed.smartlockId()).isEqualTo(123456789L);
    assertThat(failed.success()).isFalse();
    assertThat(failed.errorCode()).contains(NukiErrorCode.ERROR_UNKNOWN);
    assertThat(failed.rawErrorCode()).isEqualTo("ff");
    assertThat(failed.entityId()).contains(SeedExample.DETAIL_ID);
    assertThat(failed.retryable()).isTrue();
    assertThat(failed.remedies()).isEqualTo(NukiErrorCode.ERROR_UNKNOWN.remedies());
    assertThat(failed.remedies()).extracting(Remedy::text).contains("Implement a retry mechanism");
  }

  @Test
  void detailListingOnlyTheFailureIsCoveredForTheRequestedSmartlocks() {
    OperationResult covered = SeedExample.result().covering(List.of(111L, SeedExample.SMARTLOCK_ID, 222L));

    assertThat(covered.isPartialFailure()).isTrue();
    assertThat(covered.success()).isFalse();
    assertThat(covered.smartlocks()).extracting(SmartlockResult::smartlockId)
        .containsExactly(111L, SeedExample.SMARTLOCK_ID, 222L);
    assertThat(covered.succeeded()).extracting(SmartlockResult::smartlockId).containsExactly(111L, 222L);
    assertThat(covered.failedSmartlockIds()).containsExactly(SeedExample.SMARTLOCK_ID);
    assertThat(covered.failed().get(0).entityId()).contains(SeedExample.DETAIL_ID);
  }

  @Test
  void aResultListingExactlyTheRequestedSmartlocksCoversThemAsItIsAndOtherwiseInTheRequestsOrder() {
    OperationResult two = OperationResult.builder("r2", "AuthCreation").success(false)
        .smartlock(SmartlockResult.success(1L)).smartlock(SmartlockResult.failure(2L, "ff")).build();

    assertThat(two.covering(new LinkedHashSet<>(List.of(1L, 2L)))).isEqualTo(two);
    assertThat(two.covering(new LinkedHashSet<>(List.of(2L, 1L))).smartlocks())
        .extracting(SmartlockResult::smartlockId).containsExactly(2L, 1L);
    assertThat(two.covering(List.of(1L, 1L, 2L)).smartlocks())
        .extracting(SmartlockResult::smartlockId).containsExactly(1L, 2L);
  }

  @Test
  void failureWithoutDetailFailsEveryRequestedSmartlockWithoutACode() {
    OperationResult bare = OperationResult.builder("r1", "UnlockAction").success(false).build();

    OperationResult covered = bare.covering(List.of(5L, 6L));

    assertThat(covered.failedSmartlockIds()).containsExactlyInAnyOrder(5L, 6L);
    assertThat(covered.failed().get(0).errorCode()).contains(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(covered.failed().get(0).rawErrorCode()).isEmpty();
    assertThat(covered.failed().get(0).retryable()).isFalse();
  }

  @Test
  void unknownByteIsKeptBesideTheUnknownConstant() {
    SmartlockResult unknown = SmartlockResult.failure(7L, "7a");

    assertThat(unknown.errorCode()).contains(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(unknown.rawErrorCode()).isEqualTo("7a");
    assertThat(unknown.retryable()).isFalse();
  }

  @Test
  void reportedSuccessWithAFailedSmartlockIsNotASuccess() {
    OperationResult contradictory = OperationResult.builder("r2", "AuthCreation")
        .success(true)
        .smartlock(SmartlockResult.success(1L))
        .smartlock(SmartlockResult.failure(2L, NukiErrorCode.K_ERROR_BUSY))
        .build();

    assertThat(contradictory.success()).isFalse();
    assertThat(contradictory.isPartialFailure()).isTrue();
  }

  @Test
  void unknownTypesAreKept() {
    OperationResult result = OperationResult.builder("r3", "SomethingNew").success(true).build();

    assertThat(result.type()).isEqualTo("SomethingNew");
    assertThat(result.success()).isTrue();
  }

  @Test
  void requestIdIsBounded() {
    assertThatThrownBy(() -> OperationResult.builder(" ", "t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OperationResult.builder("x".repeat(OperationResult.MAX_REQUEST_ID_LENGTH + 1), "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failureExceptionNamesFailedSmartlocksAndFirstCodeAndRemedyOnOneLine() {
    OperationResult partial = SeedExample.result().covering(List.of(111L, SeedExample.SMARTLOCK_ID, 222L));

    NukiOperationFailedException e = new NukiOperationFailedException(partial);

    assertThat(e.getMessage())
        .doesNotContain("\n")
        .startsWith("nuki: ff - AuthCreation failed on 1 of 3 smartlocks: 123456789 ff ERROR_UNKNOWN")
        .contains("Remedy: Implement a retry mechanism")
        .contains("request id " + SeedExample.REQUEST_ID);
    assertThat(e.result()).isSameAs(partial);
    assertThat(e.isPartialFailure()).isTrue();
    assertThat(e.code()).contains(NukiErrorCode.ERROR_UNKNOWN);
    assertThat(e.rawCode()).isEqualTo("ff");
    assertThat(e.category()).isEqualTo(ErrorCategory.DEVICE_UNREACHABLE);
    assertThat(e.retryable()).isTrue();
    assertThat(e.requestId()).contains(SeedExample.REQUEST_ID);
  }

  @Test
  void failureExceptionOfAnUnknownByteSaysSo() {
    OperationResult result = OperationResult.builder("r4", "UnlockAction")
        .smartlock(SmartlockResult.failure(9L, "7a"))
        .build();

    NukiOperationFailedException e = new NukiOperationFailedException(result);

    assertThat(e.getMessage()).startsWith("nuki: unknown code '7a' - UnlockAction failed on 1 of 1 smartlock: 9 7a");
    assertThat(e.retryable()).isFalse();
  }
}
