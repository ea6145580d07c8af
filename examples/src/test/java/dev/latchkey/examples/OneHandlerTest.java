package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.examples.FailurePolicy.Action;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the one-handler tutorial on the simulators and checks each decision and its outcome. */
class OneHandlerTest {

  private static String output;

  @BeforeAll
  static void runTutorial() {
    output = Printed.by(out -> OneHandler.run(out, Map.of()));
  }

  @Test
  void aThrottledCreateIsRetriedAfterRetryAfterAndSucceeds() {
    assertThat(output).contains("  Seam: create Ada's code: rate_limited [RATE_LIMITED] -> RETRY"
        + System.lineSeparator() + "  Seam: create Ada's code: done on attempt 2");
  }

  @Test
  void aPinInUseAsksTheGuestWhateverTheVendor() {
    assertThat(output).contains("Seam: create Grace's code with the PIN Ada has: duplicate_access_code [CONFLICT]"
        + " -> ASK_GUEST" + System.lineSeparator() + "    guest: ");
    assertThat(output).contains("Nuki: give Grace the keypad code Ada has on 101: 409 [CONFLICT] -> ASK_GUEST"
        + System.lineSeparator() + "    guest: ");
    assertThat(output).contains("Nuki: give Ada keypad code on 101: done");
  }

  @Test
  void aWrongCredentialAlertsAnOperatorWhateverTheVendor() {
    assertThat(output).contains("Seam: list devices with a revoked API key: unauthorized [AUTHENTICATION]"
        + " -> ALERT_OPERATOR" + System.lineSeparator() + "    operator alert (needs a person): ");
    assertThat(output).contains("Nuki: list smartlocks with a revoked token: 401 [AUTHENTICATION] -> ALERT_OPERATOR");
  }

  @Test
  void anOfflineLockIsRetriedThenEscalated() {
    assertThat(output.split("Nuki: lock 102 \\(offline\\): ff \\[DEVICE_UNREACHABLE\\] -> RETRY", -1)).hasSize(4);
    assertThat(output).contains("operator alert (still failing after 3 attempts): nuki: ff");
  }

  @Test
  void tapkeyCodesDecideTheSameWay() {
    assertThat(output).contains("tapkey Duplicate [CONFLICT] -> ASK_GUEST",
        "tapkey CardCapacityExceeded [CAPACITY_EXCEEDED] -> ALERT_OPERATOR");
  }

  @Test
  void noSecretIsPrinted() {
    assertThat(output).doesNotContain("4821", "482137", "seam_revoked_key", "revoked-token");
  }

  @Test
  void thePolicyPlacesEveryCategory() {
    for (ErrorCategory category : ErrorCategory.values()) {
      assertThat(FailurePolicy.decide(category)).isNotNull();
    }
    assertThat(FailurePolicy.decide(ErrorCategory.RATE_LIMITED)).isEqualTo(Action.RETRY);
    assertThat(FailurePolicy.decide(ErrorCategory.CONFLICT)).isEqualTo(Action.ASK_GUEST);
    assertThat(FailurePolicy.decide(ErrorCategory.SUBSCRIPTION)).isEqualTo(Action.ALERT_OPERATOR);
  }
}
