package dev.latchkey.nuki;

import static dev.latchkey.nuki.NukiClientMockWebServerTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.Secret;
import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.NukiOperationFailedException;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.OperationRetry;
import dev.latchkey.nuki.operation.PendingOperation;
import dev.latchkey.nuki.operation.SmartlockResult;
import dev.latchkey.nuki.webhook.HandledWebhook;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * From request to result against MockWebServer: an advanced authorization creation on three smartlocks, the
 * webhook Nuki would send (signed with the registered secret) through the handler, the partial failure with a
 * typed ERROR_UNKNOWN, and the retry helper re-issuing it for that one smartlock only.
 */
class NukiEndToEndTest {

  private static final String WEBHOOK_SECRET = "e2e-webhook-secret-7c41";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  /** Signs as Nuki does (HMAC-SHA256 of the body, hex), with the JDK's Mac rather than the SDK's helpers. */
  private static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static HandledWebhook deliver(NukiWebhookHandler handler, String body) throws Exception {
    Map<String, String> headers = Map.of("X-Nuki-Signature-SHA256", sign(body), "Content-Type", "application/json");
    return handler.handle(headers::get, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void advancedAuthCreationOnThreeSmartlocksOneOfflineThenRetriedForThatOneOnly() throws Exception {
    OperationDispatcher dispatcher = OperationDispatcher.create(InMemoryPendingOperationStore.builder()
        .sweepInterval(Duration.ZERO).build());
    NukiClient client = NukiClient.builder().baseUrl(server.url("/").toString()).apiToken("e2e-token")
        .environment(name -> null).dispatcher(dispatcher).build();
    NukiWebhookHandler handler = NukiWebhookHandler.create(
        NukiWebhookVerifier.create(Secret.of(WEBHOOK_SECRET)), client.dispatcher());
    AuthorizationRequest request = AuthorizationRequest.app("Cleaner", 4711).build();

    server.enqueue(json(200, "{\"requestId\":\"6565a1b2c3d4e5f60718293a\"}"));
    PendingOperation first = client.authorizations().createAdvanced(List.of(101L, 102L, 103L), request);
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getTarget()).isEqualTo("/smartlock/auth/advanced");
    assertThat(sent.getBody().utf8()).contains("\"smartlockIds\":[101,102,103]");
    assertThat(first.isDone()).isFalse();

    // Nuki's webhook lists the failed smartlock only (the seed's shape); 102 is offline.
    String webhook = "{\"detail\":[{\"smartlockId\":102,\"success\":false,\"errorCode\":\"ff\","
        + "\"id\":\"6565a1b2c3d4e5f60718293b\"}],\"type\":\"AuthCreation\","
        + "\"requestId\":\"6565a1b2c3d4e5f60718293a\",\"success\":false}";
    HandledWebhook handled = deliver(handler, webhook);
    assertThat(handled.outcome()).contains(DispatchOutcome.COMPLETED);
    // Nuki retries deliveries: the same webhook again completes nothing.
    assertThat(deliver(handler, webhook).outcome()).contains(DispatchOutcome.DUPLICATE);

    NukiOperationFailedException failure = catchThrowableOfType(NukiOperationFailedException.class, first::join);
    OperationResult result = failure.result();
    OfflineSmartlock.assertOnly102Failed(result);
    assertThat(failure.status()).isEmpty();
    assertThat(failure.getMessage()).contains("102 ff ERROR_UNKNOWN").contains("Implement a retry mechanism");

    // The retry re-issues for 102 only; its webhook arrives and reports success.
    List<Duration> waits = new ArrayList<>();
    List<Set<Long>> reissued = new ArrayList<>();
    OperationRetry retry = OperationRetry.builder().sleeper(waits::add).random(() -> 0.5).build();
    server.enqueue(json(200, "{\"requestId\":\"6565a1b2c3d4e5f60718293c\"}"));
    OperationResult settled = retry.retryFailed(result, ids -> {
      reissued.add(ids);
      PendingOperation again = client.authorizations().createAdvanced(ids, request);
      try {
        assertThat(deliver(handler, "{\"type\":\"AuthCreation\",\"requestId\":\"6565a1b2c3d4e5f60718293c\","
            + "\"success\":true,\"detail\":[{\"smartlockId\":102,\"success\":true,\"id\":\"a9\"}]}").outcome())
            .contains(DispatchOutcome.COMPLETED);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      return again;
    });
    assertThat(reissued).containsExactly(Set.of(102L));
    RecordedRequest second = server.takeRequest();
    assertThat(second.getTarget()).isEqualTo("/smartlock/auth/advanced");
    assertThat(second.getBody().utf8()).contains("\"smartlockIds\":[102]");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(waits).hasSize(1);
    assertThat(settled.success()).isTrue();
    assertThat(settled.smartlocks()).extracting(SmartlockResult::smartlockId).containsExactly(101L, 102L, 103L);
    assertThat(settled.smartlocks()).allMatch(SmartlockResult::success);
  }

  @Test
  void deviceWebhooksPassTheHandlerWithoutDispatching() throws Exception {
    OperationDispatcher dispatcher = OperationDispatcher.create(InMemoryPendingOperationStore.builder()
        .sweepInterval(Duration.ZERO).build());
    NukiWebhookHandler handler = NukiWebhookHandler.create(
        NukiWebhookVerifier.create(Secret.of(WEBHOOK_SECRET)), dispatcher);
    HandledWebhook handled = deliver(handler, "{\"feature\":\"DEVICE_STATUS\",\"smartlockId\":101,"
        + "\"state\":{\"state\":3}}");
    assertThat(handled.outcome()).isEmpty();
    assertThat(handled.webhook().feature().wireValue()).isEqualTo("DEVICE_STATUS");
    // A result nobody awaits here (another instance's) completes nothing.
    assertThat(deliver(handler, "{\"type\":\"UnlockAction\",\"requestId\":\"elsewhere\",\"smartlockId\":1,"
        + "\"success\":true}").outcome()).contains(DispatchOutcome.UNMATCHED);
  }
}
