package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedFailure;
import dev.latchkey.testkit.seam.SimulatedProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
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
    try (SeamSimulator seam = SeamSimulator.builder().apiKey(API_KEY).start()) {
      String device = seam.deviceIds().get(0);
      SeamClient client = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(API_KEY)
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
      SeamClient wrongKey = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(API_KEY + "x")
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

  private static final String ECHO_PIN = "918273";

  /** Each character as a JSON unicode escape: what a server that escapes everything sends. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
    return out.toString();
  }

  /**
   * A Seam that echoes the key into every field it answers, and the PIN into every answer about a request that
   * sent it (the update's attempt included), verbatim and JSON-escaped.
   */
  private static final class EchoingSeam extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String echo = "code (" + ECHO_PIN + ") for key " + API_KEY + " / " + escaped(ECHO_PIN) + " " + escaped(API_KEY);
      String requestId = "req-" + API_KEY + "-" + ECHO_PIN;
      return switch (request.getUrl().encodedPath()) {
        case "/access_codes/update" -> json(200, requestId, "{\"action_attempt\":{\"action_attempt_id\":\"aa_1\","
            + "\"action_type\":\"UPDATE_ACCESS_CODE\",\"status\":\"pending\"},\"ok\":true}");
        case "/action_attempts/get" -> json(200, requestId, "{\"action_attempt\":{\"action_attempt_id\":\"aa_1\","
            + "\"action_type\":\"UPDATE_ACCESS_CODE\",\"status\":\"error\",\"error\":{\"type\":\"rejected_"
            + ECHO_PIN + "\",\"message\":\"Could not set " + echo + "\"}},\"ok\":true}");
        case "/access_codes/create" -> json(599, requestId, "{\"error\":{\"type\":\"t_" + ECHO_PIN
            + "\",\"message\":\"" + echo + "\"},\"ok\":false}");
        default -> new MockResponse.Builder().code(429).addHeader("seam-request-id", "req-" + API_KEY)
            .addHeader("Retry-After", "1").addHeader("Content-Type", "text/html")
            .body("<html>key " + API_KEY + " / " + escaped(API_KEY) + "</html>").build();
      };
    }

    private static MockResponse json(int status, String requestId, String body) {
      return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
          .addHeader("seam-request-id", requestId).body(body).build();
    }
  }

  @Test
  void aServerEchoingTheKeyAndPinIntoEveryFieldGetsNeitherThrough() throws Exception {
    List<Throwable> thrown = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new EchoingSeam());
      server.start();
      SeamClient client = SeamClient.builder().baseUrl(server.url("/").toString()).apiKey(API_KEY)
          .environment(name -> null).retryPolicy(RetryPolicy.none()).build();
      CreateAccessCodeRequest create = CreateAccessCodeRequest.builder("d").code(ECHO_PIN).build();
      thrown.add(catchThrowable(() -> client.accessCodes().create(create)));
      ActionAttempt attempt = client.accessCodes().update(
          UpdateAccessCodeRequest.builder("ac").code(ECHO_PIN).build());
      thrown.add(catchThrowable(() -> client.actionAttempts().waitUntilDone(attempt)));
      thrown.add(catchThrowable(() -> client.actionAttempts().waitUntilDone("aa_1")));
      thrown.add(catchThrowable(() -> client.devices().list()));
      thrown.add(catchThrowable(() -> client.accessCodes().delete("ac")));
    } finally {
      System.setErr(originalErr);
    }
    assertThat(thrown).doesNotContainNull().allSatisfy(e -> assertThat(e).isInstanceOf(LatchkeyException.class));
    assertThat(thrown.get(1)).isInstanceOf(SeamActionAttemptFailedException.class)
        .hasMessageContaining("Could not set code (");
    assertThat(thrown.get(3)).isInstanceOfSatisfying(SeamException.class, e -> assertThat(e.isRateLimited()).isTrue());
    for (Throwable error : thrown) {
      List<String> texts = new ArrayList<>();
      for (Throwable t = error; t != null; t = t.getCause()) {
        texts.add(t.toString());
        texts.add(String.valueOf(t.getMessage()));
        for (Throwable suppressed : t.getSuppressed()) {
          texts.add(suppressed.toString());
        }
        if (t instanceof LatchkeyException latchkey) {
          texts.add(latchkey.details().toString());
          texts.add(latchkey.rawCode());
          texts.add(latchkey.requestId().orElse(""));
          latchkey.remedies().forEach(r -> texts.add(r.text()));
        }
      }
      for (String text : texts) {
        assertThat(text).as(error.getClass().getSimpleName())
            .doesNotContain(API_KEY).doesNotContain(ECHO_PIN)
            .doesNotContainIgnoringCase(escaped(ECHO_PIN)).doesNotContainIgnoringCase(escaped(API_KEY));
      }
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("/access_codes/create").doesNotContain(API_KEY).doesNotContain(ECHO_PIN);
  }
}
