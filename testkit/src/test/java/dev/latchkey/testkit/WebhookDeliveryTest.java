package dev.latchkey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.WebhookSignatures;
import dev.latchkey.core.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final byte[] SECRET = "whsec-test".getBytes(StandardCharsets.US_ASCII);
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  /** Signs like Nuki: hex HMAC-SHA256 of the body, plus the delivery id and timestamp for the test to see. */
  private static final WebhookSigner SIGNER = (id, timestamp, body) -> Map.of(
      "X-Signature", WebhookSignatures.hmacSha256Hex(SECRET, body),
      "X-Delivery", id,
      "X-Timestamp", timestamp.toString());

  private final List<SimulatorServer> servers = new ArrayList<>();
  private SimulatorServer vendor;
  private SimulatorServer app;
  private URI callback;

  @BeforeEach
  void start() {
    vendor = SimulatorServer.builder().name("vendor").clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();
    // The application's webhook endpoint: verifies the signature like a real receiver would.
    app = SimulatorServer.builder()
        .route("POST", "/hook", request -> {
          byte[] expected = WebhookSignatures.hmacSha256(SECRET, request.body().getBytes(StandardCharsets.UTF_8));
          boolean valid = WebhookSignatures.matchesHex(expected, request.header("X-Signature").orElse(""));
          return valid ? SimulatorReply.empty(204) : SimulatorReply.text(401, "bad signature");
        })
        .route("POST", "/broken", request -> SimulatorReply.text(500, "down"))
        .start();
    servers.add(vendor);
    servers.add(app);
    callback = URI.create(app.url() + "/hook");
  }

  @AfterEach
  void stop() {
    servers.forEach(SimulatorServer::close);
  }

  private Webhook.Builder event(String name) {
    return Webhook.builder(callback).json(JsonValue.object().put("event", name).build()).signer(SIGNER);
  }

  @Test
  void deliversASignedWebhookAndLogsIt() {
    String id = vendor.deliver(event("DEVICE_STATUS").header("X-Event", "status").build());

    WebhookDelivery delivery = vendor.awaitWebhookDeliveries(1, Duration.ofSeconds(30)).get(0);
    assertThat(delivery.id()).isEqualTo(id).isEqualTo("whk_1");
    assertThat(delivery.attempt()).isEqualTo(1);
    assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
    assertThat(delivery.status()).isEqualTo(204);
    assertThat(delivery.response()).isEmpty();
    assertThat(delivery.accepted()).isTrue();
    assertThat(delivery.at()).isEqualTo(NOW);
    assertThat(delivery.body()).isEqualTo("{\"event\":\"DEVICE_STATUS\"}");
    assertThat(delivery.headers()).containsEntry("x-event", "status").containsKey("X-Signature");
    assertThat(delivery.toString()).isEqualTo("WebhookDelivery[whk_1 #1 DELIVERED 204]");

    SimulatorRequest received = app.requests().get(0);
    assertThat(received.body()).isEqualTo(delivery.body());
    assertThat(received.header("content-type")).contains("application/json");
    assertThat(received.header("x-event")).contains("status");
    assertThat(received.header("x-delivery")).contains("whk_1");
    assertThat(received.header("x-timestamp")).contains(NOW.toString());
  }

  @Test
  void duplicatesCarryTheSameIdAndAreEachSigned() {
    String id = vendor.deliver(event("LOCK_ACTION").id("evt_9").script(WebhookScript.builder().duplicates(2).build()).build());

    List<WebhookDelivery> log = vendor.awaitWebhookDeliveries(3, Duration.ofSeconds(30));
    assertThat(id).isEqualTo("evt_9");
    assertThat(log).extracting(WebhookDelivery::id).containsOnly("evt_9");
    assertThat(log).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3);
    assertThat(log).allMatch(WebhookDelivery::accepted);
    assertThat(app.requestCount("/hook")).isEqualTo(3);
    assertThat(app.requests()).extracting(r -> r.header("x-delivery").orElseThrow()).containsOnly("evt_9");
  }

  @Test
  void lostWebhookIsLoggedButNeverSent() {
    vendor.deliver(event("LOST").script(WebhookScript.builder().lost(true).duplicates(1).build()).build());
    vendor.deliver(event("KEPT").build());

    // One webhook thread, in order: once the kept one is logged, the lost one had its turn.
    List<WebhookDelivery> log = vendor.awaitWebhookDeliveries(3, Duration.ofSeconds(30));
    assertThat(log).extracting(WebhookDelivery::outcome).containsExactly(
        WebhookDelivery.Outcome.LOST, WebhookDelivery.Outcome.LOST, WebhookDelivery.Outcome.DELIVERED);
    assertThat(log.get(0).status()).isZero();
    assertThat(log.get(0).accepted()).isFalse();
    assertThat(app.requests()).singleElement()
        .extracting(SimulatorRequest::body).isEqualTo("{\"event\":\"KEPT\"}");
  }

  @Test
  void delayedWebhookArrivesAfterLaterOnes() {
    vendor.deliver(event("LATE").script(WebhookScript.builder().delay(Duration.ofMillis(500)).build()).build());
    vendor.deliver(event("EARLY").build());

    List<WebhookDelivery> log = vendor.awaitWebhookDeliveries(2, Duration.ofSeconds(30));
    assertThat(log).extracting(WebhookDelivery::body)
        .containsExactly("{\"event\":\"EARLY\"}", "{\"event\":\"LATE\"}");
    assertThat(app.requests()).extracting(SimulatorRequest::body)
        .containsExactly("{\"event\":\"EARLY\"}", "{\"event\":\"LATE\"}");
  }

  @Test
  void failingAndUnreachableCallbacksAreLogged() {
    SimulatorServer gone = SimulatorServer.builder().start();
    URI closedPort = URI.create(gone.url() + "/hook");
    gone.close();

    vendor.deliver(Webhook.builder(URI.create(app.url() + "/broken")).body("text/plain", "x").build());
    vendor.deliver(Webhook.builder(closedPort).body("text/plain", "x").build());
    vendor.deliver(Webhook.builder(callback).json(JsonValue.object().build())
        .signer((id, timestamp, body) -> Map.of("X-Signature", "00")).build());

    List<WebhookDelivery> log = vendor.awaitWebhookDeliveries(3, Duration.ofSeconds(30));
    assertThat(log.get(0).outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
    assertThat(log.get(0).status()).isEqualTo(500);
    assertThat(log.get(0).response()).isEqualTo("down");
    assertThat(log.get(0).accepted()).isFalse();
    assertThat(log.get(1).outcome()).isEqualTo(WebhookDelivery.Outcome.UNREACHABLE);
    assertThat(log.get(1).status()).isZero();
    assertThat(log.get(2).status()).isEqualTo(401);
    assertThat(log.get(2).response()).isEqualTo("bad signature");
  }

  @Test
  void awaitingMoreThanArrivesFailsTheTest() {
    vendor.deliver(event("ONE").build());
    assertThatThrownBy(() -> vendor.awaitWebhookDeliveries(2, Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected 2 webhook attempts");
  }

  @Test
  void aClosedServerDeliversNothing() {
    vendor.close();
    assertThatThrownBy(() -> vendor.deliver(event("LATE").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("vendor[" + vendor.url() + "] is closed");
  }

  @Test
  void callbacksOffLoopbackAreRefused() {
    assertThatThrownBy(() -> Webhook.builder(URI.create("http://example.com/hook")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Webhook.builder(URI.create("https://127.0.0.1/hook")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Webhook.builder(URI.create("http://localhost:1/hook")).build().url().getHost())
        .isEqualTo("localhost");
    assertThat(Webhook.builder(URI.create("http://[::1]:1/hook")).build().url().getPort()).isEqualTo(1);
  }
}
