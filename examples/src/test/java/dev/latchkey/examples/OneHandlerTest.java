package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.examples.FailurePolicy.Action;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.testkit.tapkey.TapkeySimulator;
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
    assertThat(output).contains("  Tapkey: grant Ada lock-1: done" + System.lineSeparator()
        + "  Tapkey: grant Ada lock-1 again: Duplicate [CONFLICT] -> ASK_GUEST" + System.lineSeparator()
        + "    guest: " + TapkeyErrorCode.DUPLICATE.remedies().get(0).labelled());
  }

  @Test
  void aWrongCredentialAlertsAnOperatorWhateverTheVendor() {
    assertThat(output).contains("Seam: list devices with a revoked API key: unauthorized [AUTHENTICATION]"
        + " -> ALERT_OPERATOR" + System.lineSeparator() + "    operator alert (needs a person): ");
    assertThat(output).contains("Nuki: list smartlocks with a revoked token: 401 [AUTHENTICATION] -> ALERT_OPERATOR");
    assertThat(output).contains("Tapkey: list grants with a wrong client secret: invalid_client [AUTHENTICATION]"
        + " -> ALERT_OPERATOR" + System.lineSeparator() + "    operator alert (needs a person): ");
  }

  @Test
  void anOfflineLockIsRetriedThenEscalated() {
    assertThat(output.split("Nuki: lock 102 \\(offline\\): ff \\[DEVICE_UNREACHABLE\\] -> RETRY", -1)).hasSize(4);
    assertThat(output).contains("operator alert (still failing after 3 attempts): nuki: ff");
  }

  @Test
  void aFullCardAlertsAnOperatorWithTheCatalogsRemedy() {
    assertThat(output).contains("  Tapkey: grant the guest card lock-1: done" + System.lineSeparator()
        + "  Tapkey: grant the guest card lock-2 (it holds one grant): CardCapacityExceeded [CAPACITY_EXCEEDED]"
        + " -> ALERT_OPERATOR" + System.lineSeparator() + "    operator alert (needs a person): ");
    assertThat(output).contains("      -> "
        + TapkeyErrorCode.CARD_CAPACITY_EXCEEDED.remedies().get(0).labelled());
  }

  @Test
  void noSecretIsPrinted() {
    assertThat(output).doesNotContain("4821", "482137", "seam_revoked_key", "revoked-token", "wrong-client-secret",
        TapkeySimulator.DEFAULT_CLIENT_SECRET);
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
