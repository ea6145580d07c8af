package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.seam.SeamAccessCodeWarningCode;
import dev.latchkey.seam.SeamHttpErrorType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the tour as a user would and checks that every step shows what the walkthrough promises. */
class SeamTroubleshootingTourTest {

  private static String output;

  @BeforeAll
  static void runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeamTroubleshootingTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void diagnosisListsGenericErrorFirstWithTheGuidesRemedy() {
    String generic = "ERROR GENERIC from ACCESS_CODE: " + SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE.name();
    assertThat(output).contains(generic);
    assertThat(output.indexOf(generic))
        .isLessThan(output.indexOf(SeamAccessCodeErrorCode.DEVICE_DISCONNECTED.name()));
    assertThat(output).contains(SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE.firstRemedy().orElseThrow());
  }

  @Test
  void deviceErrorIsTreatedAsSpecific() {
    assertThat(output).contains("ERROR SPECIFIC from DEVICE: DEVICE_DISCONNECTED");
  }

  @Test
  void unknownCodeIsKeptWithAFallbackRemedy() {
    assertThat(output).contains("unknown code 'keypad_battery_critical'");
    assertThat(output).containsPattern("unknown code 'keypad_battery_critical'\\R\\s+-> Latchkey advice: ");
  }

  @Test
  void warningIsReportedAfterErrors() {
    assertThat(output.indexOf(SeamAccessCodeWarningCode.DELAY_IN_SETTING_ON_DEVICE.name()))
        .isGreaterThan(output.indexOf("unknown code 'keypad_battery_critical'"));
  }

  @Test
  void duplicatePinIsATypedConflictWithRequestId() {
    assertThat(output).contains(SeamHttpErrorType.DUPLICATE_ACCESS_CODE + " (HTTP 409, request id ");
    assertThat(output).doesNotContain("request id none");
  }

  @Test
  void rateLimitedReadIsRetried() {
    // One create... then two gets in step 2 and 4: the 429 answer plus the retried call make three in total.
    assertThat(output).containsPattern("got \\S+ after 3 requests to /access_codes/get");
  }

  @Test
  void pinNeverAppearsInTheOutput() {
    assertThat(output).doesNotContain("4821");
  }

  @Test
  void otherVendorsDecodeIntoTheSameShape() {
    assertThat(output).contains("Nuki webhook errorCode \"ff\" -> ERROR_UNKNOWN [DEVICE_UNREACHABLE, retryable]");
    assertThat(output).contains(NukiErrorCode.ERROR_UNKNOWN.firstRemedy().orElseThrow());
    assertThat(output).contains("Tapkey ErrorCode \"Duplicate\" -> DUPLICATE");
  }
}
