package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedFailure;
import dev.latchkey.testkit.seam.SimulatedProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The API key and PINs never show in exception messages, toString() or the SDK's log lines. */
@Tag("debug-log") // run by sdk-seam's pom in a JVM of its own whose SDK loggers are at DEBUG
class SecretCanaryTest {

  private static final String API_KEY = "seam_canary_Kq7Zx93Lw";
  private static final String PIN = "913579";
  private static final String NEW_PIN = "864213";

  @Test
  void secretsNeverLeak() {
    List<Object> shown = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (SeamSimulator seam = SeamSimulator.builder().apiKey(API_KEY).build()) {
      String device = seam.deviceIds().get(0);
      SeamClient client = SeamClient.builder().endpoint(seam.baseUrl()).apiKey(API_KEY)
          .environment(name -> null).retryPolicy(RetryPolicy.none()).build();
      shown.add(client);

      CreateAccessCodeRequest create = CreateAccessCodeRequest.builder(device).name("Guest").code(PIN).build();
      shown.add(create);
      AccessCode created = client.accessCodes().create(create);
      shown.add(created);
      seam.putProblem(created.accessCodeId(), SimulatedProblem.error("conflicting_external_modification")
          .message("Code changed to " + NEW_PIN).modifiedField("code", PIN, NEW_PIN).build());
      AccessCode fetched = client.accessCodes().get(created.accessCodeId());
      shown.add(fetched);
      shown.addAll(fetched.errors());
      shown.addAll(fetched.errors().get(0).modifiedFields());
      shown.add(fetched.diagnose());
      shown.addAll(fetched.diagnose().findings());
      shown.add(catchThrowable(() -> client.accessCodes().create(create)));
      UpdateAccessCodeRequest update = UpdateAccessCodeRequest.builder(created.accessCodeId()).code(NEW_PIN).build();
      shown.add(update);
      shown.add(client.accessCodes().update(update));

      seam.failNext(SimulatedFailure.error(400, "invalid_input",
          "code " + PIN + " is invalid for key " + API_KEY));
      shown.add(catchThrowable(() -> client.accessCodes().create(create)));
      seam.failNext(SimulatedFailure.rawBody(502, "text/html",
          "<html>proxy saw Authorization: Bearer " + API_KEY + " code=" + PIN + "</html>"));
      shown.add(catchThrowable(() -> client.devices().list()));
      // A server that echoes the PIN of the request it answers: the client knows that PIN and scrubs it.
      seam.failNext(SimulatedFailure.rawBody(500, "application/json",
          "{\"error\":{\"type\":\"x\",\"message\":\"" + PIN + "\"},\"echo\":{\"code\":\"" + PIN + "\"}}"));
      shown.add(catchThrowable(() -> client.accessCodes().create(create)));
      SeamClient wrongKey = SeamClient.builder().endpoint(seam.baseUrl()).apiKey(API_KEY + "x")
          .environment(name -> null).build();
      shown.add(catchThrowable(() -> wrongKey.devices().list()));
    } finally {
      System.setErr(originalErr);
    }
    assertThat(shown).hasSizeGreaterThan(12).doesNotContainNull();
    for (Object value : shown) {
      List<String> texts = new ArrayList<>(List.of(value.toString()));
      if (value instanceof Throwable error) {
        texts.add(String.valueOf(error.getMessage()));
        if (error instanceof dev.latchkey.core.LatchkeyException latchkey) {
          texts.add(latchkey.details().toString());
          texts.add(latchkey.rawCode());
        }
      }
      for (String text : texts) {
        assertThat(text).as(value.getClass().getSimpleName())
            .doesNotContain(API_KEY).doesNotContain(PIN).doesNotContain(NEW_PIN);
      }
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).as("the SDK logs at debug level in this test").contains("/access_codes/create");
    assertThat(logged).doesNotContain(API_KEY).doesNotContain(PIN).doesNotContain(NEW_PIN);
  }
}
