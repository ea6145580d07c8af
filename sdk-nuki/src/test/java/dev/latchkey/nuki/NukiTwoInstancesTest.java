package dev.latchkey.nuki;

import static dev.latchkey.nuki.NukiClientMockWebServerTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.Secret;
import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.PendingOperation;
import dev.latchkey.nuki.operation.Reconciler;
import dev.latchkey.nuki.operation.Reconciliation;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Two application instances, each with its own client and dispatcher and no shared state: the webhook for
 * instance A's request lands on instance B, which awaits nothing for it; A settles its operation from the
 * webhook log read through its client ({@link WebhookLogs#source(long)}).
 */
class NukiTwoInstancesTest {

  private static final String SECRET = "two-instances-secret";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private NukiClient instance() {
    OperationDispatcher dispatcher = OperationDispatcher.create(InMemoryPendingOperationStore.builder()
        .sweepInterval(Duration.ZERO).build());
    return NukiClient.builder().baseUrl(server.url("/").toString()).apiToken("t").environment(name -> null)
        .dispatcher(dispatcher).build();
  }

  private static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theWebhookLandsOnTheOtherInstanceAndTheLogSettlesIt() throws Exception {
    NukiClient a = instance();
    NukiClient b = instance();
    NukiWebhookHandler handlerB = NukiWebhookHandler.create(NukiWebhookVerifier.create(Secret.of(SECRET)),
        b.dispatcher());

    server.enqueue(json(200, "{\"requestId\":\"req-on-a\"}"));
    PendingOperation unlock = a.actions().unlockAdvanced(11);
    server.takeRequest();

    String webhook = "{\"type\":\"UnlockAction\",\"requestId\":\"req-on-a\",\"smartlockId\":11,\"success\":true}";
    Map<String, String> headers = Map.of("X-Nuki-Signature", sign(webhook));
    assertThat(handlerB.handle(headers::get, webhook.getBytes(StandardCharsets.UTF_8)).outcome())
        .contains(DispatchOutcome.UNMATCHED);
    assertThat(unlock.isDone()).isFalse();

    // Instance A, once the grace period has passed, reads Nuki's log of that delivery.
    server.enqueue(json(200, "[{\"id\":\"log-2\",\"accountId\":1,\"apiKeyId\":9,\"created\":\""
        + java.time.Instant.now() + "\",\"updated\":\"x\",\"requestId\":\"req-on-a\",\"succeeded\":true,"
        + "\"responseStatus\":200,\"request\":" + webhook + "},"
        + "{\"id\":\"log-1\",\"accountId\":1,\"apiKeyId\":9,\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"x\","
        + "\"requestId\":\"\",\"request\":{\"feature\":\"DEVICE_STATUS\"}}]"));
    Reconciler reconciler = Reconciler.builder(a.dispatcher(), a.webhookLogs().source(9))
        .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)))
        .build();
    Reconciliation pass = reconciler.reconcile();
    RecordedRequest logRequest = server.takeRequest();
    assertThat(logRequest.getTarget()).isEqualTo("/api/key/9/webhook/logs?limit=100");
    assertThat(pass).isEqualTo(new Reconciliation(1, 1, 1));
    OperationResult result = unlock.join(Duration.ofSeconds(5));
    assertThat(result.success()).isTrue();
    assertThat(result.requestId()).isEqualTo("req-on-a");
    assertThat(a.dispatcher().store().size()).isZero();
  }
}
