package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.Remedy;
import dev.latchkey.tapkey.TapkeyClient;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.testkit.SimulatorRequest;
import dev.latchkey.testkit.tapkey.TapkeySimulator;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Tapkey grants tutorial on the simulator and checks what the walkthrough promises. */
class TapkeyGrantsTest {

  private static final String NL = System.lineSeparator();
  private static String output;

  @BeforeAll
  static void runTutorial() {
    output = Printed.by(out -> TapkeyGrants.run(out, Map.of()));
  }

  private static String remedies(TapkeyErrorCode code) {
    StringBuilder lines = new StringBuilder();
    for (Remedy remedy : code.remedies()) {
      lines.append("      -> ").append(remedy.labelled()).append(NL);
    }
    return lines.toString();
  }

  @Test
  void signsInWithClientCredentialsOnce() {
    assertThat(output).contains("1. signed in with client credentials as " + TapkeySimulator.DEFAULT_CLIENT_ID
        + ": owner account owner-1 (1 token request)");
  }

  @Test
  void grantsAWeekOnWeekdaysWithAnIcalTimeRestriction() {
    assertThat(output).containsPattern("2\\. Ada, lock-1, the week of \\d{4}-\\d\\d-\\d\\d, weekdays 08:00-18:00 "
        + "Europe/Vienna:\\R   granted grant-\\S+ lock-1 for contact-1, \\S+Z to \\S+Z, with a time restriction");
    String ical = TapkeyGrants.weekdays(TapkeyGrants.nextMonday(), "08:00", "18:00");
    assertThat(ical).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nDTSTART;TZID=Europe/Vienna:")
        .contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n").endsWith("END:VCALENDAR\r\n");
  }

  @Test
  void aDuplicateIsTreatedAsDoneWithTheGermanUserMessage() {
    Matcher created = Pattern.compile("granted (grant-\\S+) lock-1 for contact-1").matcher(output);
    assertThat(created.find()).isTrue();
    assertThat(output).contains("3. Ada, lock-1, the same grant again:" + NL
        + "   " + TapkeyErrorCode.DUPLICATE.wireValue() + " [CONFLICT]" + NL
        + "   user message: Für dieses Schloss und diesen Benutzer gibt es bereits eine Berechtigung." + NL
        + remedies(TapkeyErrorCode.DUPLICATE)
        + "   treated as done: " + created.group(1) + " already gives this access");
  }

  @Test
  void aFullCardGetsItsExpiredGrantRevokedWithTheEnglishUserMessage() {
    assertThat(output).containsPattern("granted grant-\\S+ lock-2 for card-1");
    assertThat(output).contains("   " + TapkeyErrorCode.CARD_CAPACITY_EXCEEDED.wireValue() + " [CAPACITY_EXCEEDED]" + NL
        + "   user message: This card cannot hold any more grants." + NL
        + remedies(TapkeyErrorCode.CARD_CAPACITY_EXCEEDED)
        + "   revoked 1 expired grant(s) on the card, trying once more" + NL
        + "   granted grant-");
    assertThat(output).containsPattern("trying once more\\R   granted grant-\\S+ lock-3 for card-1");
  }

  @Test
  void aLockWithoutIcalSupportGetsTheGrantWithoutTheRestriction() {
    TapkeyErrorCode code = TapkeyErrorCode.TIME_RESTRICTION_ICAL_NOT_SUPPORTED_BY_LOCK;
    assertThat(code.remedies()).hasSize(2);
    assertThat(output).contains("   " + code.wireValue() + " [DEVICE_CONFIGURATION]" + NL
        + "   user message: This lock does not support time restrictions." + NL
        + remedies(code)
        + "   granting without the time restriction (validFrom/validBefore only) until the firmware is upgraded");
    assertThat(output).containsPattern("until the firmware is upgraded\\R   granted grant-\\S+ lock-2 for contact-\\S+,"
        + " \\S+Z to \\S+Z" + Pattern.quote(NL));
  }

  @Test
  void aMalformedIcalIsReportedNotRetried() {
    TapkeyErrorCode code = TapkeyErrorCode.TIME_RESTRICTION_ICAL_MALFORMED;
    assertThat(output).contains("6. Ada, lock-3, an iCal with a space after 'DTSTART;':" + NL
        + "   " + code.wireValue() + " [INVALID_REQUEST]" + NL
        + "   user message: Der Vorgang konnte nicht abgeschlossen werden." + NL
        + remedies(code)
        + "   not granted: the app's iCal needs fixing, an operator is told");
  }

  @Test
  void anExpiredTokenCostsOneTokenRequestAndNoError() {
    assertThat(output).contains("7. the access token expired; listing the grants got a new one (1 token request)"
        + " and succeeded: 5 grants");
  }

  @Test
  void noSecretOrTokenIsPrinted() {
    String secret = "canary-client-secret-7f3a9c";
    try (TapkeySimulator simulator = TapkeySimulator.builder().clientCredentials("canary-client", secret).start()) {
      String printed = Printed.by(out -> TapkeyGrants.onSimulator(out, simulator));
      List<String> tokens = simulator.requests().stream().map(SimulatorRequest::headers)
          .flatMap(h -> h.entrySet().stream()).filter(e -> e.getKey().equalsIgnoreCase("Authorization"))
          .flatMap(e -> e.getValue().stream()).map(v -> v.substring(v.indexOf(' ') + 1)).distinct().toList();
      assertThat(tokens).hasSizeGreaterThanOrEqualTo(2);   // the first token and the one after the expiry
      assertThat(printed).contains("7. the access token expired").doesNotContain(secret);
      for (String token : tokens) {
        assertThat(printed).doesNotContain(token);
      }
    }
  }

  @Test
  void onTheRealApiItGrantsMeetsTheDuplicateAndRevokes() {
    // The real-API path, pointed at a simulator: the contact comes from TAPKEY_CONTACT_EMAIL.
    try (TapkeySimulator tapkey = TapkeySimulator.start()) {
      String report = Printed.by(out -> TapkeyGrants.run(out, Map.of(
          TapkeyClient.CLIENT_ID_ENV, tapkey.clientId(), TapkeyClient.CLIENT_SECRET_ENV, tapkey.clientSecret(),
          TapkeyGrants.BASE_URL_ENV, tapkey.baseUrl(), TapkeyGrants.TOKEN_ENDPOINT_ENV, tapkey.tokenEndpoint(),
          TapkeyGrants.CONTACT_EMAIL_ENV, "ada@example.com")));
      assertThat(report).startsWith("Tapkey: grant access with time restrictions on " + tapkey.baseUrl());
      Matcher created = Pattern.compile("granted (grant-\\S+) lock-1 for ").matcher(report);
      assertThat(created.find()).isTrue();
      String grant = created.group(1);
      assertThat(report).contains("3. the same grant again, for a German and for an English reader:" + NL
          + "   Duplicate [CONFLICT]" + NL
          + "   user message: Für dieses Schloss und diesen Benutzer gibt es bereits eine Berechtigung." + NL
          + remedies(TapkeyErrorCode.DUPLICATE)
          + "   treated as done: " + grant + " already gives this access" + NL
          + "   Duplicate [CONFLICT]" + NL
          + "   user message: There is already a grant for this lock and user." + NL
          + remedies(TapkeyErrorCode.DUPLICATE)
          + "   treated as done: " + grant + " already gives this access" + NL
          + "4. revoked " + grant);
      assertThat(tapkey.grantState(tapkey.ownerAccountId(), grant)).isEqualTo(Optional.of("revoked"));
      assertThat(report).doesNotContain(tapkey.clientSecret());
    }
  }

  @Test
  void onTheRealApiItSaysWhoToGrantBeforeAnyCall() {
    assertThatThrownBy(() -> TapkeyGrants.run(new PrintStream(OutputStream.nullOutputStream()),
        Map.of(TapkeyClient.CLIENT_ID_ENV, "id-for-this-test-only")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Set TAPKEY_CONTACT_EMAIL: ");
  }
}
