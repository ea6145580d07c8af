package dev.latchkey.nuki;

import static dev.latchkey.nuki.NukiClientMockWebServerTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API token, keypad codes and webhook secrets never appear in messages, toString() or cause chains. */
class NukiSecretCanaryTest {

  private static final String TOKEN = "CANARY-token-8d1f2c";
  private static final String KEYPAD = "385926";
  private static final String WEBHOOK_SECRET = "CANARY-whsecret-41b7";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private NukiClient client;

  @BeforeEach
  void build() {
    client = NukiClient.builder().baseUrl(server.url("/").toString()).apiToken(TOKEN)
        .environment(name -> null).retryPolicy(RetryPolicy.none()).build();
  }

  /** Every message, toString and suppressed/cause text in the chain. */
  private static String everything(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      text.append(t).append('\n').append(t.getMessage()).append('\n');
      for (Throwable s : t.getSuppressed()) {
        text.append(s).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void theTokenEchoedByTheServerIsRedacted() {
    server.enqueue(json(401, "{\"detailMessage\":\"Bearer " + TOKEN + " is not authorized\"}"));
    Throwable e = catchThrowable(() -> client.smartlocks().list());
    assertThat(e).isInstanceOf(NukiException.class);
    assertThat(everything(e)).doesNotContain(TOKEN);
    assertThat(client.toString()).doesNotContain(TOKEN);
  }

  @Test
  void theTokenInAnHtmlPageIsRedacted() {
    server.enqueue(new MockResponse.Builder().code(400).body("token=" + TOKEN).build());
    assertThat(everything(catchThrowable(() -> client.smartlocks().get(1)))).doesNotContain(TOKEN);
  }

  @Test
  void theKeypadCodeEchoedByTheServerIsRedacted() {
    AuthorizationRequest request = AuthorizationRequest.keypadCode("Guest", Secret.of(KEYPAD)).build();
    server.enqueue(json(409, "{\"detailMessage\":\"keypad code " + KEYPAD + " already exists\"}"));
    Throwable create = catchThrowable(() -> client.authorizations().create(11, request));
    assertThat(create).isInstanceOf(NukiException.class);
    assertThat(everything(create)).doesNotContain(KEYPAD).contains("already exists");

    server.enqueue(json(422, "{\"code\":422,\"description\":\"code " + KEYPAD + " invalid\"}"));
    assertThat(everything(catchThrowable(() -> client.authorizations().create(List.of(11L, 12L), request))))
        .doesNotContain(KEYPAD);

    server.enqueue(json(409, "{\"detailMessage\":\"" + KEYPAD + "\"}"));
    assertThat(everything(catchThrowable(() -> client.authorizations().createAdvanced(List.of(11L), request))))
        .doesNotContain(KEYPAD);

    server.enqueue(json(409, "<html>" + KEYPAD + "</html>"));
    assertThat(everything(catchThrowable(() -> client.authorizations().update(11, "a1",
        AuthorizationUpdate.builder("Guest").keypadCode(Secret.of(KEYPAD)).build())))).doesNotContain(KEYPAD);

    assertThat(request.toString()).doesNotContain(KEYPAD);
    assertThat(AuthorizationUpdate.builder("G").keypadCode(Secret.of(KEYPAD)).build().toString())
        .doesNotContain(KEYPAD);
  }

  @Test
  void theWebhookSecretIsNeverShown() {
    server.enqueue(json(200, "{\"id\":5,\"secret\":\"" + WEBHOOK_SECRET + "\",\"webhookUrl\":\"https://x\","
        + "\"webhookFeatures\":[]}"));
    RegisteredWebhook hook = client.webhooks().register("https://x", Set.of(NukiWebhookFeature.DEVICE_AUTHS));
    assertThat(hook.toString()).doesNotContain(WEBHOOK_SECRET);
    assertThat(hook.secret().orElseThrow().toString()).doesNotContain(WEBHOOK_SECRET);

    NukiWebhookVerifier verifier = NukiWebhookVerifier.create(hook.secret().orElseThrow());
    assertThat(verifier.toString()).doesNotContain(WEBHOOK_SECRET);
    byte[] body = ("{\"echo\":\"" + WEBHOOK_SECRET + "\"}").getBytes(StandardCharsets.UTF_8);
    Throwable rejected = catchThrowable(() -> verifier.verify(Map.of("X-Nuki-Signature-SHA256", "00".repeat(32))::get,
        body));
    assertThat(rejected).isNotNull();
    assertThat(everything(rejected)).doesNotContain(WEBHOOK_SECRET);
  }
}
