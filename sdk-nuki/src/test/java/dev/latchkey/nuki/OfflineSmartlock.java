package dev.latchkey.nuki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.Remedy;
import dev.latchkey.core.RemedySource;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.SmartlockResult;

/**
 * The partial failure the end-to-end runs (on the simulator and on MockWebServer) both end in: an advanced call
 * on smartlocks 101, 102 and 103 while 102 is offline, which Nuki reports as error {@code ff}.
 */
final class OfflineSmartlock {

  private OfflineSmartlock() {}

  /** Asserts that 102 alone failed, as offline, retryable and with Nuki's two remedies. */
  static void assertOnly102Failed(OperationResult result) {
    assertThat(result.isPartialFailure()).isTrue();
    assertThat(result.succeeded()).extracting(SmartlockResult::smartlockId).containsExactly(101L, 103L);
    assertThat(result.failed()).singleElement().satisfies(offline -> {
      assertThat(offline.smartlockId()).isEqualTo(102L);
      assertThat(offline.errorCode()).contains(NukiErrorCode.ERROR_UNKNOWN);
      assertThat(offline.retryable()).isTrue();
      assertThat(offline.remedies()).containsExactly(
          new Remedy("Implement a retry mechanism", RemedySource.VENDOR),
          new Remedy("Check if the smart lock is in an optimised network", RemedySource.VENDOR));
    });
  }
}
