package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.testkit.nuki.NukiSimulator;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Nuki webhook tutorial on the simulator and checks what the walkthrough promises. */
class NukiWebhookReceiverTest {

  private static String output;

  @BeforeAll
  static void runTutorial() {
    output = Printed.by(out -> NukiWebhookReceiver.run(out, Map.of()));
  }

  @Test
  void registersItsLoopbackEndpoint() {
    assertThat(output).containsPattern("1\\. registered webhook \\d+ for http://127\\.0\\.0\\.1:\\d+/nuki/webhook");
    assertThat(output).containsPattern("7\\. unregistered webhook \\d+");
  }

  @Test
  void aForgedDeliveryIsRefused() {
    assertThat(output).contains("2. forged delivery answered HTTP 401: ")
        .contains("The webhook signature does not match");
  }

  @Test
  void eachSmartlockGetsItsTypedResult() {
    assertThat(output).contains("3. lock requested on [101, 102, 103]");
    assertThat(output).contains("   smartlock 101: LockAction succeeded");
    assertThat(output).contains("   smartlock 102: LockAction failed with ff ERROR_UNKNOWN, retryable"
        + System.lineSeparator() + "      -> " + NukiErrorCode.ERROR_UNKNOWN.remedies().get(0).labelled());
  }

  @Test
  void theRetryableFailureIsRetriedAndSucceeds() {
    assertThat(output).contains("5. retried [102]: success=true");
  }

  @Test
  void theLostWebhookIsSettledFromTheLog() {
    assertThat(output).containsPattern("request \\S+ on \\[103\\]: no webhook yet \\(IN_PROGRESS\\)");
    assertThat(output).contains("6. reconciled from the webhook log: 1 overdue, 1 settled"
        + System.lineSeparator() + "   smartlock 103: LockAction succeeded");
  }

  @Test
  void withATokenButNoWebhookUrlItSaysWhatIsMissingBeforeAnyCall() {
    assertThatThrownBy(() -> NukiWebhookReceiver.run(new PrintStream(OutputStream.nullOutputStream()),
        Map.of("NUKI_API_TOKEN", "token-for-this-test-only")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Set NUKI_WEBHOOK_URL: ");
    assertThatThrownBy(() -> NukiWebhookReceiver.run(new PrintStream(OutputStream.nullOutputStream()),
        Map.of("NUKI_API_TOKEN", "token-for-this-test-only", "NUKI_WEBHOOK_URL", "https://app.example/nuki",
            "NUKI_API_KEY_ID", "twelve")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NUKI_API_KEY_ID must be a number, was 'twelve'");
  }

  @Test
  void noSecretIsPrinted() {
    assertThat(output).doesNotContain(NukiSimulator.DEFAULT_API_TOKEN);
  }
}
