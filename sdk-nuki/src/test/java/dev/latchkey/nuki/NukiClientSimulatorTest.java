package dev.latchkey.nuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.Secret;
import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.NukiOperationFailedException;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.OperationRetry;
import dev.latchkey.nuki.operation.PendingOperation;
import dev.latchkey.nuki.operation.Reconciler;
import dev.latchkey.nuki.operation.Reconciliation;
import dev.latchkey.nuki.operation.SmartlockResult;
import dev.latchkey.nuki.operation.WebhookLogEntry;
import dev.latchkey.nuki.webhook.NukiOperationType;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import dev.latchkey.testkit.SimulatorRequest;
import dev.latchkey.testkit.WebhookDelivery;
import dev.latchkey.testkit.WebhookScript;
import dev.latchkey.testkit.nuki.NukiErrorBody;
import dev.latchkey.testkit.nuki.NukiSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link NukiClient} against testkit's {@link NukiSimulator}: every call, the error bodies, and the
 * asynchronous results delivered as signed webhooks to an application endpoint ({@link WebhookEndpoint}) that
 * runs {@link NukiWebhookHandler}, on one instance or two.
 */
class NukiClientSimulatorTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private NukiSimulator nuki;
  private final List<WebhookEndpoint> endpoints = new ArrayList<>();

  @BeforeEach
  void start() {
    nuki = NukiSimulator.start();
  }

  @AfterEach
  void stop() {
    endpoints.forEach(WebhookEndpoint::close);
    nuki.close();
  }

  /** One application instance: its own client and dispatcher. */
  private NukiClient instance(String token) {
    OperationDispatcher dispatcher = OperationDispatcher.create(InMemoryPendingOperationStore.builder()
        .sweepInterval(Duration.ZERO).build());
    return NukiClient.builder().baseUrl(nuki.baseUrl()).apiToken(token).environment(name -> null)
        .dispatcher(dispatcher).build();
  }

  /** Starts an endpoint for the instance, registers it with Nuki and keys its handler with the secret. */
  private WebhookEndpoint endpointFor(NukiClient client) {
    WebhookEndpoint endpoint = new WebhookEndpoint();
    endpoints.add(endpoint);
    RegisteredWebhook registered = client.webhooks().register(endpoint.url(),
        new LinkedHashSet<>(List.of(NukiWebhookFeature.DEVICE_STATUS)));
    endpoint.handler(NukiWebhookHandler.create(NukiWebhookVerifier.create(registered.secret().orElseThrow()),
        client.dispatcher()));
    return endpoint;
  }

  private List<String> bodiesOf(String method, String path) {
    return nuki.server().requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
        .map(SimulatorRequest::body).toList();
  }

  // ---- every call

  @Test
  void readsSmartlocksWithServerStateAndBusy() {
    NukiClient client = instance(nuki.apiToken());
    nuki.addSmartlock(200, "Opener", 2);
    nuki.setOnline(102, false);
    nuki.setBusy(103, "op-9");
    List<Smartlock> locks = client.smartlocks().list();
    assertThat(locks).extracting(Smartlock::smartlockId).containsExactly(101L, 102L, 103L, 200L);
    assertThat(locks.get(0).serverState()).isEqualTo(NukiServerState.OK);
    assertThat(locks.get(0).type()).isEqualTo(NukiDeviceType.SMARTLOCK_3);
    assertThat(locks.get(0).name()).isEqualTo("Front door");
    assertThat(locks.get(0).lockState()).hasValue(1);
    assertThat(locks.get(1).serverState()).isEqualTo(NukiServerState.OFFLINE);
    assertThat(locks.get(2).isBusy()).isTrue();
    assertThat(locks.get(2).operationId()).contains("op-9");
    assertThat(locks.get(3).type()).isEqualTo(NukiDeviceType.OPENER);
    Smartlock one = client.smartlocks().get(101);
    assertThat(one.isBusy()).isFalse();
    assertThatThrownBy(() -> client.smartlocks().get(999)).isInstanceOfSatisfying(NukiException.class,
        e -> assertThat(e.status()).contains(NukiHttpStatus.NOT_FOUND));
  }

  @Test
  void plainActionsAreAcceptedAndChangeTheLockState() {
    NukiClient client = instance(nuki.apiToken());
    nuki.addSmartlock(200, "Opener", 2);
    client.actions().unlock(101);
    assertThat(nuki.lockState(101)).isEqualTo(3);
    client.actions().lock(101);
    assertThat(nuki.lockState(101)).isEqualTo(1);
    client.actions().unlatch(101);
    assertThat(nuki.lockState(101)).isEqualTo(5);
    client.actions().lockNGo(101);
    client.actions().lockNGoWithUnlatch(101);
    client.actions().perform(101, NukiLockAction.LOCK, EnumSet.of(NukiActionOption.FORCE));
    client.actions().perform(200, NukiOpenerAction.ACTIVATE_CONTINUOUS_MODE);
    assertThat(bodiesOf("POST", "/smartlock/101/action")).containsExactly("{\"action\":1,\"option\":0}",
        "{\"action\":2,\"option\":0}", "{\"action\":3,\"option\":0}", "{\"action\":4,\"option\":0}",
        "{\"action\":5,\"option\":0}", "{\"action\":2,\"option\":2}");
    assertThat(bodiesOf("POST", "/smartlock/200/action")).containsExactly("{\"action\":6,\"option\":0}");
    assertThat(nuki.lockState(101)).isEqualTo(1);
  }

  @Test
  void everyAdvancedActionCompletesFromItsWebhook() {
    NukiClient client = instance(nuki.apiToken());
    WebhookEndpoint endpoint = endpointFor(client);
    nuki.addSmartlock(200, "Opener", 2);
    List<PendingOperation> operations = List.of(
        client.actions().unlockAdvanced(101),
        client.actions().lockAdvanced(101),
        client.actions().unlatchAdvanced(101),
        client.actions().lockNGoAdvanced(101),
        client.actions().lockNGoWithUnlatchAdvanced(101),
        client.actions().performAdvanced(101, NukiLockAction.LOCK, EnumSet.of(NukiActionOption.FULL_LOCK)),
        client.actions().performAdvanced(200, NukiOpenerAction.OPEN));
    for (PendingOperation operation : operations) {
      OperationResult result = operation.join(WAIT);
      assertThat(result.success()).isTrue();
      assertThat(result.requestId()).isEqualTo(operation.requestId());
      assertThat(result.smartlocks()).extracting(SmartlockResult::smartlockId)
          .containsExactlyElementsOf(operation.smartlockIds());
    }
    assertThat(operations.get(0).join().operationType()).isEqualTo(NukiOperationType.UNLOCK_ACTION);
    assertThat(operations.get(1).join().type()).isEqualTo("LockAction");
    // The simulator sends a result as soon as it answers, as Nuki may: a result that beats the client's
    // registration is UNMATCHED at the handler and completes the operation when it is tracked.
    nuki.server().awaitWebhookDeliveries(7, WAIT);
    assertThat(endpoint.outcomes()).hasSize(7).allMatch(o -> o.equals(Optional.of(DispatchOutcome.COMPLETED))
        || o.equals(Optional.of(DispatchOutcome.UNMATCHED)));
    assertThat(client.dispatcher().store().size()).isZero();
    assertThat(nuki.lockState(101)).isEqualTo(1);
  }

  @Test
  void anAdvancedActionOnAnOfflineLockFailsWithTheTypedByte() {
    NukiClient client = instance(nuki.apiToken());
    endpointFor(client);
    nuki.failNextOperation(101, 0x45);
    PendingOperation busyMotor = client.actions().unlockAdvanced(101);
    NukiOperationFailedException failure = catchThrowableOfType(NukiOperationFailedException.class,
        () -> busyMotor.join(WAIT));
    SmartlockResult failed = failure.result().failed().get(0);
    assertThat(failed.smartlockId()).isEqualTo(101);
    assertThat(failed.errorCode()).contains(NukiErrorCode.K_ERROR_BUSY);
    assertThat(nuki.lockState(101)).isEqualTo(1);
  }

  @Test
  void authorizationsAreCreatedListedUpdatedAndDeleted() {
    NukiClient client = instance(nuki.apiToken());
    client.authorizations().create(101, AuthorizationRequest.keypadCode("Guest", Secret.of("385926")).build());
    client.authorizations().create(List.of(102L, 103L), AuthorizationRequest.app("Anna", 5).build());
    List<Authorization> all = client.authorizations().list();
    assertThat(all).extracting(Authorization::smartlockId).containsExactly(101L, 102L, 103L);
    Authorization guest = all.get(0);
    assertThat(guest.type()).isEqualTo(NukiAuthType.KEYPAD_CODE);
    assertThat(guest.keypadCode().map(Secret::reveal)).contains("385926");
    assertThat(all.get(1).accountUserId()).contains(5L);
    assertThat(client.authorizations().list(102)).extracting(Authorization::name).containsExactly("Anna");
    assertThatThrownBy(() -> client.authorizations().create(List.of(101L, 102L),
        AuthorizationRequest.keypadCode("Other", Secret.of("385926")).build()))
        .isInstanceOfSatisfying(NukiException.class, e -> assertThat(e.status()).contains(NukiHttpStatus.CONFLICT));

    client.authorizations().update(101, guest.id(), AuthorizationUpdate.builder("Guest 2").enabled(false).build());
    Authorization updated = client.authorizations().list(101).get(0);
    assertThat(updated.name()).isEqualTo("Guest 2");
    assertThat(updated.enabled()).isFalse();

    client.authorizations().delete(101, guest.id());
    client.authorizations().delete(List.of(all.get(1).id(), all.get(2).id()));
    assertThat(client.authorizations().list()).isEmpty();
    assertThatThrownBy(() -> client.authorizations().delete(101, guest.id()))
        .isInstanceOfSatisfying(NukiException.class, e -> assertThat(e.status()).contains(NukiHttpStatus.NOT_FOUND));
  }

  @Test
  void webhooksAreRegisteredListedAndDeleted() {
    NukiClient client = instance(nuki.apiToken());
    RegisteredWebhook hook = client.webhooks().register("https://app.example/nuki",
        new LinkedHashSet<>(List.of(NukiWebhookFeature.DEVICE_STATUS, NukiWebhookFeature.DEVICE_AUTHS)));
    assertThat(hook.secret()).isPresent();
    assertThat(hook.url()).isEqualTo("https://app.example/nuki");
    List<RegisteredWebhook> listed = client.webhooks().list();
    assertThat(listed).extracting(RegisteredWebhook::id).containsExactly(hook.id());
    assertThat(listed.get(0).secret()).isEmpty();
    assertThat(listed.get(0).features())
        .containsExactly(NukiWebhookFeature.DEVICE_STATUS, NukiWebhookFeature.DEVICE_AUTHS);
    client.webhooks().delete(hook.id());
    assertThat(client.webhooks().list()).isEmpty();
  }

  @Test
  void webhookLogsListEveryDeliveryNewestFirstAndPage() {
    NukiClient client = instance(nuki.apiToken());
    endpointFor(client);
    String first = client.actions().lockAdvanced(101).requestId();
    String second = client.actions().unlockAdvanced(102).requestId();
    nuki.server().awaitWebhookDeliveries(2, WAIT);
    List<WebhookLog> logs = client.webhookLogs().list(nuki.apiKeyId(), null, 1);
    assertThat(logs).extracting(WebhookLog::requestId).containsExactly(second);
    assertThat(logs.get(0).succeeded()).isTrue();
    assertThat(logs.get(0).responseStatus()).hasValue(200);
    List<WebhookLogEntry> older = client.webhookLogs().source(nuki.apiKeyId()).deliveries(logs.get(0).id(), 10);
    assertThat(older).extracting(WebhookLogEntry::requestId).containsExactly(first);
    assertThat(older.get(0).result().orElseThrow().success()).isTrue();
  }

  // ---- errors

  @Test
  void aBadTokenIs401WithNukisMessage() {
    NukiClient client = instance("revoked-by-a-password-change");
    assertThatThrownBy(() -> client.smartlocks().list()).isInstanceOfSatisfying(NukiException.class, e -> {
      assertThat(e.status()).contains(NukiHttpStatus.UNAUTHORIZED);
      assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
      assertThat(e.getMessage()).contains("Your access token is not authorized");
    });
  }

  @Test
  void aBusyLockIs423AndTheActionIsSentOnce() {
    NukiClient client = instance(nuki.apiToken());
    nuki.setBusy(101, "op-1");
    assertThatThrownBy(() -> client.actions().unlock(101)).isInstanceOfSatisfying(NukiException.class, e -> {
      assertThat(e.status()).contains(NukiHttpStatus.LOCKED);
      assertThat(e.isLocked()).isTrue();
    });
    assertThatThrownBy(() -> client.authorizations().createAdvanced(List.of(101L, 102L),
        AuthorizationRequest.app("Anna", 5).build())).isInstanceOfSatisfying(NukiException.class,
            e -> assertThat(e.status()).contains(NukiHttpStatus.LOCKED));
    assertThat(nuki.server().requestCount("/smartlock/101/action")).isEqualTo(1);
    assertThat(nuki.lockState(101)).isEqualTo(1);
    assertThat(client.dispatcher().store().size()).isZero();
    nuki.setIdle(101);
    client.actions().unlock(101);
    assertThat(nuki.lockState(101)).isEqualTo(3);
  }

  @Test
  void theErrorBodiesNukiSendsAreTyped() {
    NukiClient client = instance(nuki.apiToken());
    String action = "/smartlock/{smartlockId}/action";
    nuki.failNext(action, NukiErrorBody.restlet(422, "Unprocessable Entity", "The code is not valid"));
    assertThatThrownBy(() -> client.actions().lock(101)).isInstanceOfSatisfying(NukiException.class, e -> {
      assertThat(e.status()).contains(NukiHttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(e.getMessage()).contains("The code is not valid");
    });
    nuki.failNext(action, NukiErrorBody.nginxHtml(502, "502 Bad Gateway"));
    assertThatThrownBy(() -> client.actions().lock(101)).isInstanceOfSatisfying(NukiException.class, e -> {
      assertThat(e.status()).contains(NukiHttpStatus.BAD_GATEWAY);
      assertThat(e.getMessage()).contains("'502 Bad Gateway'");
    });
    nuki.failNext(action, NukiErrorBody.detailMessage(409, "A keypad code with this code already exists"));
    assertThatThrownBy(() -> client.actions().lock(101)).isInstanceOfSatisfying(NukiException.class, e -> {
      assertThat(e.status()).contains(NukiHttpStatus.CONFLICT);
      assertThat(e.getMessage()).contains("already exists");
    });
    nuki.failNext(action, NukiErrorBody.empty(503));
    assertThatThrownBy(() -> client.actions().lock(101)).isInstanceOfSatisfying(NukiException.class, e -> {
      assertThat(e.status()).contains(NukiHttpStatus.SERVICE_UNAVAILABLE);
      assertThat(e.getMessage()).contains("empty body");
    });
    // Writes are never retried: each failure was one request, and the lock never moved.
    assertThat(nuki.server().requestCount(action)).isEqualTo(4);
    // Reads are: a 502 then the answer.
    nuki.failNext("/smartlock", NukiErrorBody.nginxHtml(502, "502 Bad Gateway"));
    assertThat(client.smartlocks().list()).hasSize(3);
    assertThat(nuki.server().requestCount("/smartlock")).isEqualTo(2);
  }

  // ---- from request to result

  @Test
  void advancedAuthCreationOnThreeSmartlocksOneOfflineThenRetriedOnceItIsBack() {
    NukiClient client = instance(nuki.apiToken());
    WebhookEndpoint endpoint = endpointFor(client);
    AuthorizationRequest request = AuthorizationRequest.app("Cleaner", 4711).build();
    nuki.setOnline(102, false);
    nuki.scriptNextWebhook(WebhookScript.builder().duplicates(2).build());

    PendingOperation first = client.authorizations().createAdvanced(List.of(101L, 102L, 103L), request);
    NukiOperationFailedException failure = catchThrowableOfType(NukiOperationFailedException.class,
        () -> first.join(WAIT));
    OperationResult result = failure.result();
    assertThat(result.requestId()).isEqualTo(first.requestId());
    assertThat(result.operationType()).isEqualTo(NukiOperationType.AUTH_CREATION);
    OfflineSmartlock.assertOnly102Failed(result);
    assertThat(nuki.authorizationNames(101)).containsExactly("Cleaner");
    assertThat(nuki.authorizationNames(102)).isEmpty();
    // Nuki's retries of the same delivery complete nothing twice.
    nuki.server().awaitWebhookDeliveries(3, WAIT);
    // (The first is UNMATCHED when it beat the client's registration, which then completed the operation.)
    assertThat(endpoint.outcomes()).hasSize(3).first()
        .isIn(Optional.of(DispatchOutcome.COMPLETED), Optional.of(DispatchOutcome.UNMATCHED));
    assertThat(endpoint.outcomes().subList(1, 3)).containsOnly(Optional.of(DispatchOutcome.DUPLICATE));

    // The lock comes back online while the retry helper backs off; the retry names 102 only.
    List<Duration> waits = new ArrayList<>();
    OperationRetry retry = OperationRetry.builder().random(() -> 0.5).sleeper(wait -> {
      waits.add(wait);
      nuki.setOnline(102, true);
    }).build();
    List<Set<Long>> reissued = new ArrayList<>();
    OperationResult settled = retry.retryFailed(result, ids -> {
      reissued.add(ids);
      return client.authorizations().createAdvanced(ids, request);
    });
    assertThat(waits).hasSize(1);
    assertThat(reissued).containsExactly(Set.of(102L));
    assertThat(bodiesOf("PUT", "/smartlock/auth/advanced")).hasSize(2)
        .last().asString().contains("\"smartlockIds\":[102]");
    assertThat(settled.success()).isTrue();
    assertThat(settled.smartlocks()).extracting(SmartlockResult::smartlockId).containsExactly(101L, 102L, 103L);
    assertThat(settled.smartlocks()).allMatch(SmartlockResult::success);
    assertThat(nuki.authorizationNames(102)).containsExactly("Cleaner");
    assertThat(nuki.authorizationNames(101)).containsExactly("Cleaner");
    assertThat(endpoint.rejections()).isEmpty();
  }

  @Test
  void twoInstancesTheWebhookLandsOnBAndASettlesFromTheLogs() {
    NukiClient a = instance(nuki.apiToken());
    NukiClient b = instance(nuki.apiToken());
    WebhookEndpoint endpointB = endpointFor(b);
    nuki.signWithLegacyHeader(true);

    PendingOperation unlock = a.actions().unlockAdvanced(101);
    List<WebhookDelivery> deliveries = nuki.server().awaitWebhookDeliveries(1, WAIT);
    assertThat(deliveries.get(0).accepted()).isTrue();
    assertThat(deliveries.get(0).headers()).containsKey("X-Nuki-Signature");
    assertThat(endpointB.outcomes()).containsExactly(Optional.of(DispatchOutcome.UNMATCHED));
    assertThat(unlock.isDone()).isFalse();

    Reconciler reconciler = Reconciler.builder(a.dispatcher(), a.webhookLogs().source(nuki.apiKeyId()))
        .clock(Clock.offset(Clock.systemUTC(), Reconciler.DEFAULT_GRACE_PERIOD.plusSeconds(1)))
        .build();
    assertThat(reconciler.reconcile()).isEqualTo(new Reconciliation(1, 1, 1));
    OperationResult result = unlock.join(WAIT);
    assertThat(result.success()).isTrue();
    assertThat(result.smartlocks()).extracting(SmartlockResult::smartlockId).containsExactly(101L);
    assertThat(a.dispatcher().store().size()).isZero();
    assertThat(b.dispatcher().store().size()).isZero();
  }

  @Test
  void aLostWebhookIsSettledFromTheLogs() {
    NukiClient client = instance(nuki.apiToken());
    WebhookEndpoint endpoint = endpointFor(client);
    nuki.setOnline(103, false);
    nuki.scriptNextWebhook(WebhookScript.builder().lost(true).build());

    PendingOperation lock = client.actions().lockAdvanced(103);
    assertThat(nuki.server().awaitWebhookDeliveries(1, WAIT).get(0).outcome())
        .isEqualTo(WebhookDelivery.Outcome.LOST);
    assertThat(endpoint.outcomes()).isEmpty();
    assertThat(lock.isDone()).isFalse();

    Reconciler reconciler = Reconciler.builder(client.dispatcher(), client.webhookLogs().source(nuki.apiKeyId()))
        .clock(Clock.offset(Clock.systemUTC(), Reconciler.DEFAULT_GRACE_PERIOD.plusSeconds(1)))
        .build();
    assertThat(reconciler.reconcile()).isEqualTo(new Reconciliation(1, 1, 1));
    NukiOperationFailedException failure = catchThrowableOfType(NukiOperationFailedException.class,
        () -> lock.join(WAIT));
    assertThat(failure.result().failed()).extracting(SmartlockResult::errorCode)
        .containsExactly(Optional.of(NukiErrorCode.ERROR_UNKNOWN));
  }
}
