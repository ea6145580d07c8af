package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.seam.SeamAccessCodeWarningCode;
import dev.latchkey.testkit.seam.SeamSimulator;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Seam troubleshooting tutorial on the simulator and checks what the walkthrough promises. */
class SeamTroubleshootingTest {

  private static String output;

  @BeforeAll
  static void runTutorial() {
    output = Printed.by(out -> SeamTroubleshooting.run(out, Map.of()));
  }

  @Test
  void listsOnlyTheCodesWithProblems() {
    assertThat(output).contains("4 access codes with problems");
    assertThat(output).doesNotContain("'Owner'").doesNotContain("'Backup 1'");
  }

  @Test
  void printsEachErrorWithTheGuidesRemedyGenericFirst() {
    String generic = "ERROR GENERIC from ACCESS_CODE: failed_to_set_on_device (Failed to set code on the lock)";
    String device = "ERROR SPECIFIC from DEVICE: device_disconnected (Device is disconnected)";
    assertThat(output).contains(generic, device);
    assertThat(output.indexOf(generic)).isLessThan(output.indexOf(device));
    assertThat(output).contains(generic + System.lineSeparator() + "      -> "
        + SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE.firstRemedy().orElseThrow());
    assertThat(output).contains("ERROR SPECIFIC from ACCESS_CODE: conflicting_external_modification");
    assertThat(output).contains(SeamAccessCodeErrorCode.CONFLICTING_EXTERNAL_MODIFICATION.firstRemedy().orElseThrow());
  }

  @Test
  void printsWarningsWithTheirRemedy() {
    assertThat(output).containsPattern("WARNING SPECIFIC from ACCESS_CODE: delay_in_setting_on_device .*\\R"
        + "\\s+-> " + Pattern.quote(SeamAccessCodeWarningCode.DELAY_IN_SETTING_ON_DEVICE.remedies().get(0).labelled()));
  }

  @Test
  void anUnknownGenericCodeGetsTheFallbackRemedyAndAnOperator() {
    assertThat(output).containsPattern("ERROR GENERIC from ACCESS_CODE: unknown code 'keypad_battery_critical' "
        + "\\(Keypad battery critical\\)\\R\\s+-> "
        + Pattern.quote(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION.remedies().get(0).labelled()));
    assertThat(output).containsPattern("fix 'Cleaner' \\S+: unknown error 'keypad_battery_critical', alert an operator");
  }

  @Test
  void anExternallyModifiedCodeIsDeletedAndRecreated() {
    assertThat(output).containsPattern("fix 'Guest Ada' \\S+: modified outside Seam \\(changed: code\\)");
    assertThat(output).containsPattern("fix 'Guest Ada' (\\S+): deleted and re-created as (?!\\1)\\S+");
  }

  @Test
  void aCodeThatCouldNotBeSetFallsBackToTheBackupCode() {
    assertThat(output).containsPattern("fix 'Guest Grace' \\S+: replaced by backup code \\S+, now named "
        + "'Guest Grace \\(backup\\)'");
  }

  @Test
  void whatIsLeftIsWhatNeedsAPerson() {
    assertThat(output).contains("after the fixes: 2 access codes with problems [Guest Linus, Cleaner]");
  }

  @Test
  void onARealWorkspaceItOnlyReportsUnlessFixesAreAllowed() {
    // The real-API path, pointed at a simulator through SEAM_ENDPOINT: nothing is changed without the opt-in.
    try (SeamSimulator workspace = SeamSimulator.start()) {
      SeamTroubleshooting.seedTheGuidesProblems(workspace);
      String report = Printed.by(out -> SeamTroubleshooting.run(out,
          Map.of("SEAM_API_KEY", workspace.apiKey(), "SEAM_ENDPOINT", workspace.baseUrl())));
      assertThat(report).startsWith("Seam: troubleshooting access codes with SeamClient[" + workspace.baseUrl() + "]");
      assertThat(report).containsPattern("fix 'Guest Ada' \\S+: would delete and re-create it "
          + "\\(set LATCHKEY_APPLY_FIXES=true\\)");
      assertThat(report).containsPattern("fix 'Guest Grace' \\S+: would hand over backup code \\S+");
      assertThat(report).contains("after the fixes: 4 access codes with problems");
      assertThat(workspace.requests()).noneMatch(r -> r.path().equals("/access_codes/delete")
          || r.path().equals("/access_codes/create") || r.path().equals("/access_codes/update"));
    }
  }

  @Test
  void anEndpointsCredentialsAreNotPrinted() {
    try (SeamSimulator workspace = SeamSimulator.start()) {
      String endpoint = workspace.baseUrl().replace("http://", "http://ops:hunter2@");
      String report = Printed.by(out -> SeamTroubleshooting.run(out,
          Map.of("SEAM_API_KEY", workspace.apiKey(), "SEAM_ENDPOINT", endpoint)));
      assertThat(report).startsWith("Seam: troubleshooting access codes with SeamClient[" + workspace.baseUrl() + "]")
          .doesNotContain("hunter2").doesNotContain("ops:");
    }
  }

  @Test
  void noPinIsEverPrinted() {
    assertThat(output).doesNotContain("4821", "1111", "3916", "6150", "2468", "5072", "7305");
  }
}
