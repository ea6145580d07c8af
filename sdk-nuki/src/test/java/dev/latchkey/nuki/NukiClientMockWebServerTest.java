package dev.latchkey.nuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyConnectionException;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.PendingOperation;
import dev.latchkey.nuki.operation.WebhookLogEntry;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NukiClientMockWebServerTest {

  static final String TOKEN = "nuki-token-5e0c1a7b9d";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final List<Duration> sleeps = new ArrayList<>();
  private OperationDispatcher dispatcher;
  private NukiClient client;

  @BeforeEach
  void build() {
    dispatcher = OperationDispatcher.create(InMemoryPendingOperationStore.builder().sweepInterval(Duration.ZERO)
        .build());
    client = NukiClient.builder()
        .baseUrl(server.url("/").toString())
        .apiToken(TOKEN)
        .environment(name -> null)
        .dispatcher(dispatcher)
        .retryPolicy(RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).build())
        .sleeper(sleeps::add)
        .build();
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    return request;
  }

  private static void assertRequest(RecordedRequest request, String method, String target, String body) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getTarget()).isEqualTo(target);
    if (body == null) {
      assertThat(request.getBody() == null ? 0 : request.getBody().size()).isZero();
    } else {
      assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(request.getBody().utf8()).isEqualTo(body);
    }
  }

  // ---- smartlocks

  @Test
  void listsSmartlocksWithTypedStates() throws Exception {
    server.enqueue(json(200, "[{\"smartlockId\":11,\"accountId\":1,\"type\":4,\"name\":\"Front\",\"serverState\":0,"
        + "\"state\":{\"state\":1,\"batteryCritical\":false,\"mode\":2}},"
        + "{\"smartlockId\":12,\"type\":2,\"name\":\"Opener\",\"serverState\":4,\"operationId\":\"op-7\","
        + "\"state\":{\"state\":3,\"batteryCritical\":true}},"
        + "{\"smartlockId\":13,\"type\":9,\"serverState\":7,\"future\":{}}]"));
    List<Smartlock> locks = client.smartlocks().list();
    assertRequest(take(), "GET", "/smartlock", null);
    assertThat(locks).hasSize(3);
    Smartlock front = locks.get(0);
    assertThat(front.smartlockId()).isEqualTo(11);
    assertThat(front.name()).isEqualTo("Front");
    assertThat(front.type()).isEqualTo(NukiDeviceType.SMARTLOCK_3);
    assertThat(front.serverState()).isEqualTo(NukiServerState.OK);
    assertThat(front.isBusy()).isFalse();
    assertThat(front.operationId()).isEmpty();
    assertThat(front.lockState()).hasValue(1);
    Smartlock opener = locks.get(1);
    assertThat(opener.type()).isEqualTo(NukiDeviceType.OPENER);
    assertThat(opener.serverState()).isEqualTo(NukiServerState.OFFLINE);
    assertThat(opener.isBusy()).isTrue();
    assertThat(opener.operationId()).contains("op-7");
    assertThat(opener.batteryCritical()).isTrue();
    Smartlock future = locks.get(2);
    assertThat(future.type()).isEqualTo(NukiDeviceType.UNKNOWN_TO_SDK_VERSION);
    assertThat(future.rawType()).isEqualTo(9);
    assertThat(future.serverState()).isEqualTo(NukiServerState.UNKNOWN_TO_SDK_VERSION);
    assertThat(future.rawServerState()).isEqualTo(7);
  }

  @Test
  void getsOneSmartlockAndRetriesTheReadOnA503() throws Exception {
    server.enqueue(json(503, ""));
    server.enqueue(json(200, "{\"smartlockId\":11,\"type\":0,\"serverState\":0,\"state\":{\"operationId\":\"x\"}}"));
    Smartlock lock = client.smartlocks().get(11);
    assertThat(lock.type()).isEqualTo(NukiDeviceType.KEYTURNER);
    assertThat(lock.isBusy()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertRequest(take(), "GET", "/smartlock/11", null);
    assertRequest(take(), "GET", "/smartlock/11", null);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void anAnswerOfTheWrongShapeIsAResponseException() {
    server.enqueue(json(200, "{\"not\":\"a list\"}"));
    assertThatThrownBy(() -> client.smartlocks().list()).isInstanceOf(LatchkeyResponseException.class);
    server.enqueue(json(200, "{\"name\":\"no id\"}"));
    assertThatThrownBy(() -> client.smartlocks().get(1)).isInstanceOf(LatchkeyResponseException.class)
        .hasMessageContaining("smartlockId");
  }

  // ---- actions

  @Test
  void plainActionsSendTheActionCodeAndAnswer204Accepted() throws Exception {
    for (int i = 0; i < 7; i++) {
      server.enqueue(noContent());
    }
    client.actions().unlock(11);
    client.actions().lock(11);
    client.actions().unlatch(11);
    client.actions().lockNGo(11);
    client.actions().lockNGoWithUnlatch(11);
    client.actions().perform(11, NukiLockAction.LOCK, EnumSet.of(NukiActionOption.FORCE, NukiActionOption.FULL_LOCK));
    client.actions().perform(12, NukiOpenerAction.ACTIVATE_CONTINUOUS_MODE);
    int[] actions = {1, 2, 3, 4, 5};
    for (int action : actions) {
      assertRequest(take(), "POST", "/smartlock/11/action", "{\"action\":" + action + ",\"option\":0}");
    }
    assertRequest(take(), "POST", "/smartlock/11/action", "{\"action\":2,\"option\":6}");
    assertRequest(take(), "POST", "/smartlock/12/action", "{\"action\":6,\"option\":0}");
  }

  @Test
  void advancedActionsReturnAPendingOperationTrackedByTheDispatcher() throws Exception {
    server.enqueue(json(200, "{\"requestId\":\"req-unlock-1\"}"));
    server.enqueue(json(200, "{\"requestId\":\"req-open-1\"}"));
    PendingOperation unlock = client.actions().unlockAdvanced(11);
    PendingOperation open = client.actions().performAdvanced(12, NukiOpenerAction.OPEN);
    assertRequest(take(), "POST", "/smartlock/11/action/advanced", "{\"action\":1,\"option\":0}");
    assertRequest(take(), "POST", "/smartlock/12/action/advanced", "{\"action\":3,\"option\":0}");
    assertThat(unlock.requestId()).isEqualTo("req-unlock-1");
    assertThat(unlock.smartlockIds()).containsExactly(11L);
    assertThat(unlock.isDone()).isFalse();
    assertThat(dispatcher.store().size()).isEqualTo(2);
    assertThat(open.requestId()).isEqualTo("req-open-1");
  }

  @Test
  void everyAdvancedActionVariantSendsItsCode() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(200, "{\"requestId\":\"r" + i + "\"}"));
    }
    client.actions().unlockAdvanced(1);
    client.actions().lockAdvanced(1);
    client.actions().unlatchAdvanced(1);
    client.actions().lockNGoAdvanced(1);
    client.actions().lockNGoWithUnlatchAdvanced(1);
    for (int action = 1; action <= 5; action++) {
      assertRequest(take(), "POST", "/smartlock/1/action/advanced", "{\"action\":" + action + ",\"option\":0}");
    }
  }

  @Test
  void anAdvancedAnswerWithoutARequestIdIsAResponseException() {
    server.enqueue(json(200, "{\"error\":\"nope\"}"));
    assertThatThrownBy(() -> client.actions().lockAdvanced(1)).isInstanceOf(LatchkeyResponseException.class)
        .hasMessageContaining("requestId");
    assertThat(dispatcher.store().size()).isZero();
  }

  @Test
  void unknownActionsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.actions().perform(1, NukiLockAction.UNKNOWN_TO_SDK_VERSION, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aWriteIsSentExactlyOnceOnA503() {
    server.enqueue(json(503, ""));
    server.enqueue(noContent());
    assertThatThrownBy(() -> client.actions().unlock(11)).isInstanceOf(NukiException.class)
        .satisfies(e -> assertThat(((NukiException) e).status()).contains(NukiHttpStatus.SERVICE_UNAVAILABLE));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aWriteIsSentExactlyOnceOnADroppedConnection() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, "{\"requestId\":\"second\"}"));
    assertThatThrownBy(() -> client.authorizations().createAdvanced(List.of(1L, 2L),
        AuthorizationRequest.app("Guest", 5).build()))
        .isInstanceOf(LatchkeyConnectionException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(dispatcher.store().size()).isZero();
  }

  @Test
  void aReadIsRetriedOnADroppedConnection() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, "[]"));
    assertThat(client.authorizations().list()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- authorizations

  @Test
  void listsAuthorizationsWithKeypadCodesAsSecrets() throws Exception {
    server.enqueue(json(200, "[{\"id\":\"a1\",\"smartlockId\":11,\"type\":13,\"name\":\"Guest\",\"enabled\":true,"
        + "\"remoteAllowed\":false,\"code\":385926,\"lockCount\":0},"
        + "{\"id\":\"a2\",\"smartlockId\":11,\"type\":0,\"name\":\"Anna\",\"enabled\":true,\"remoteAllowed\":true,"
        + "\"accountUserId\":5,\"lockCount\":3}]"));
    server.enqueue(json(200, "[]"));
    List<Authorization> auths = client.authorizations().list();
    assertThat(client.authorizations().list(11)).isEmpty();
    assertRequest(take(), "GET", "/smartlock/auth", null);
    assertRequest(take(), "GET", "/smartlock/11/auth", null);
    assertThat(auths.get(0).type()).isEqualTo(NukiAuthType.KEYPAD_CODE);
    assertThat(auths.get(0).keypadCode().map(Secret::reveal)).contains("385926");
    assertThat(auths.get(0).toString()).doesNotContain("385926");
    assertThat(auths.get(1).type()).isEqualTo(NukiAuthType.APP);
    assertThat(auths.get(1).accountUserId()).contains(5L);
    assertThat(auths.get(1).keypadCode()).isEmpty();
  }

  @Test
  void createsOnOneAndOnManySmartlocks() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    AuthorizationRequest keypad = AuthorizationRequest.keypadCode("Guest", Secret.of("385926"))
        .allowedFrom(Instant.parse("2026-12-01T15:00:00Z")).allowedUntil(Instant.parse("2026-12-03T11:00:00Z"))
        .allowedWeekDays(127).allowedTimes(0, 1439).build();
    client.authorizations().create(11, keypad);
    client.authorizations().create(List.of(11L, 12L), AuthorizationRequest.app("Anna", 5).remoteAllowed(false)
        .smartActionsEnabled(true).build());
    assertRequest(take(), "PUT", "/smartlock/11/auth", "{\"name\":\"Guest\",\"type\":13,\"code\":385926,"
        + "\"remoteAllowed\":true,\"allowedFromDate\":\"2026-12-01T15:00:00Z\","
        + "\"allowedUntilDate\":\"2026-12-03T11:00:00Z\",\"allowedWeekDays\":127,\"allowedFromTime\":0,"
        + "\"allowedUntilTime\":1439}");
    assertRequest(take(), "PUT", "/smartlock/auth", "{\"name\":\"Anna\",\"smartlockIds\":[11,12],\"type\":0,"
        + "\"accountUserId\":5,\"remoteAllowed\":false,\"smartActionsEnabled\":true}");
  }

  @Test
  void createsAdvancedOnManySmartlocks() throws Exception {
    server.enqueue(json(200, "{\"requestId\":\"req-auth-1\"}"));
    PendingOperation op = client.authorizations().createAdvanced(List.of(1L, 2L, 3L),
        AuthorizationRequest.app("Anna", 5).build());
    assertRequest(take(), "PUT", "/smartlock/auth/advanced", "{\"name\":\"Anna\",\"smartlockIds\":[1,2,3],"
        + "\"type\":0,\"accountUserId\":5,\"remoteAllowed\":true}");
    assertThat(op.requestId()).isEqualTo("req-auth-1");
    assertThat(op.smartlockIds()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void updatesAndDeletes() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    client.authorizations().update(11, "a1", AuthorizationUpdate.builder("Guest 2").enabled(false)
        .remoteAllowed(true).keypadCode(Secret.of("459371")).build());
    client.authorizations().delete(11, "a1");
    client.authorizations().delete(List.of("a1", "a2"));
    assertRequest(take(), "POST", "/smartlock/11/auth/a1", "{\"name\":\"Guest 2\",\"enabled\":false,"
        + "\"remoteAllowed\":true,\"code\":459371}");
    assertRequest(take(), "DELETE", "/smartlock/11/auth/a1", null);
    assertRequest(take(), "DELETE", "/smartlock/auth", "[\"a1\",\"a2\"]");
  }

  @Test
  void requestValuesAreValidated() {
    assertThatThrownBy(() -> AuthorizationRequest.keypadCode("Guest", Secret.of("120456")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("120456");
    assertThatThrownBy(() -> AuthorizationRequest.keypadCode("Guest", Secret.of("12345")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuthorizationRequest.app("x".repeat(33), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuthorizationRequest.of("Fob", NukiAuthType.KEYPAD_CODE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.authorizations().delete(11, "../smartlock"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.authorizations().createAdvanced(List.of(), AuthorizationRequest.app("A", 1)
        .build())).isInstanceOf(IllegalArgumentException.class);
    assertThat(AuthorizationRequest.of("Fob", NukiAuthType.FOB).build().type()).isEqualTo(NukiAuthType.FOB);
  }

  // ---- decentral webhooks and logs

  @Test
  void registersListsAndDeletesWebhooks() throws Exception {
    server.enqueue(json(200, "{\"id\":77,\"secret\":\"whsecret-abc123\",\"webhookUrl\":\"https://app.example/nuki\","
        + "\"webhookFeatures\":[\"DEVICE_STATUS\",\"DEVICE_AUTHS\"]}"));
    server.enqueue(json(200, "[{\"id\":77,\"webhookUrl\":\"https://app.example/nuki\","
        + "\"webhookFeatures\":[\"DEVICE_STATUS\",\"DEVICE_FUTURE\"]}]"));
    server.enqueue(noContent());
    RegisteredWebhook hook = client.webhooks().register("https://app.example/nuki",
        new java.util.LinkedHashSet<>(List.of(NukiWebhookFeature.DEVICE_STATUS, NukiWebhookFeature.DEVICE_AUTHS)));
    List<RegisteredWebhook> hooks = client.webhooks().list();
    client.webhooks().delete(77);
    assertRequest(take(), "PUT", "/api/decentralWebhook", "{\"webhookUrl\":\"https://app.example/nuki\","
        + "\"webhookFeatures\":[\"DEVICE_STATUS\",\"DEVICE_AUTHS\"]}");
    assertRequest(take(), "GET", "/api/decentralWebhook", null);
    assertRequest(take(), "DELETE", "/api/decentralWebhook/77", null);
    assertThat(hook.id()).isEqualTo(77);
    assertThat(hook.secret().map(Secret::reveal)).contains("whsecret-abc123");
    assertThat(hook.features()).containsExactly(NukiWebhookFeature.DEVICE_STATUS, NukiWebhookFeature.DEVICE_AUTHS);
    assertThat(hook.toString()).doesNotContain("whsecret-abc123");
    assertThat(hooks.get(0).secret()).isEmpty();
    assertThat(hooks.get(0).features())
        .containsExactly(NukiWebhookFeature.DEVICE_STATUS, NukiWebhookFeature.UNKNOWN_TO_SDK_VERSION);
    assertThat(hooks.get(0).rawFeatures()).containsExactly("DEVICE_STATUS", "DEVICE_FUTURE");
  }

  @Test
  void readsWebhookLogsAndServesThemAsALogSource() throws Exception {
    String page = "[{\"id\":\"l3\",\"accountId\":1,\"apiKeyId\":9,\"created\":\"2026-11-22T01:00:03.000Z\","
        + "\"updated\":\"2026-11-22T01:00:03.000Z\",\"requestId\":\"req-9\",\"succeeded\":false,\"responseStatus\":502,"
        + "\"request\":{\"type\":\"UnlockAction\",\"requestId\":\"req-9\",\"smartlockId\":11,\"success\":true}},"
        + "{\"id\":\"l2\",\"accountId\":1,\"apiKeyId\":9,\"created\":\"2026-11-22T01:00:02Z\",\"updated\":\"x\","
        + "\"requestId\":\"\",\"succeeded\":true,\"request\":\"{\\\"feature\\\":\\\"DEVICE_STATUS\\\"}\"},"
        + "{\"id\":\"l1\",\"accountId\":1,\"apiKeyId\":9,\"created\":\"2026-11-22T01:00:01Z\",\"updated\":\"x\","
        + "\"requestId\":\"req-8\",\"request\":\"not json\"}]";
    server.enqueue(json(200, page));
    server.enqueue(json(200, page));
    List<WebhookLog> logs = client.webhookLogs().list(9, null, 100);
    assertRequest(take(), "GET", "/api/key/9/webhook/logs?limit=100", null);
    assertThat(logs).hasSize(3);
    assertThat(logs.get(0).requestId()).isEqualTo("req-9");
    assertThat(logs.get(0).responseStatus()).hasValue(502);
    assertThat(logs.get(0).succeeded()).isFalse();
    assertThat(logs.get(0).created()).isEqualTo(Instant.parse("2026-11-22T01:00:03Z"));
    assertThat(logs.get(1).requestBody()).isEqualTo("{\"feature\":\"DEVICE_STATUS\"}");

    List<WebhookLogEntry> entries = client.webhookLogs().source(9).deliveries("l4", 50);
    assertRequest(take(), "GET", "/api/key/9/webhook/logs?limit=50&id=l4", null);
    assertThat(entries).extracting(WebhookLogEntry::logId).containsExactly("l3", "l2", "l1");
    assertThat(entries.get(0).result().orElseThrow().success()).isTrue();
    assertThat(entries.get(1).result()).isEmpty();
    assertThat(entries.get(2).result()).isEmpty();
    assertThat(entries.get(2).requestId()).isEqualTo("req-8");
    assertThatThrownBy(() -> client.webhookLogs().list(9, null, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- builder

  @Test
  void theTokenComesFromTheEnvironmentWhenNotGiven() throws Exception {
    server.enqueue(json(200, "[]"));
    NukiClient fromEnv = NukiClient.builder().baseUrl(server.url("/").toString())
        .environment(Map.of(NukiClient.API_TOKEN_ENV, " " + TOKEN + " ")::get).build();
    fromEnv.smartlocks().list();
    take();
  }

  @Test
  void noTokenIsAnAuthenticationError() {
    assertThatThrownBy(() -> NukiClient.builder().environment(name -> null).build())
        .isInstanceOf(LatchkeyException.class)
        .satisfies(e -> assertThat(((LatchkeyException) e).category()).isEqualTo(ErrorCategory.AUTHENTICATION))
        .hasMessageContaining(NukiClient.API_TOKEN_ENV);
  }

  @Test
  void defaultsAndToString() {
    NukiClient defaults = NukiClient.builder().apiToken(TOKEN).build();
    assertThat(defaults.baseUrl()).isEqualTo(NukiClient.DEFAULT_BASE_URL);
    assertThat(defaults.toString()).isEqualTo("NukiClient[https://api.nuki.io]").doesNotContain(TOKEN);
    assertThat(defaults.dispatcher()).isNotNull();
    assertThat(client.dispatcher()).isSameAs(dispatcher);
    assertThat(client.toString()).doesNotContain(TOKEN);
  }
}
