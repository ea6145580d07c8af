package dev.latchkey.tapkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.Secret;
import dev.latchkey.testkit.SimulatorRequest;
import dev.latchkey.testkit.tapkey.TapkeyErrorReply;
import dev.latchkey.testkit.tapkey.TapkeySimulator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call and each authentication case of the client against the Tapkey simulator. */
class TapkeyOnSimulatorTest {

  private static final Instant FROM = Instant.parse("2026-12-01T15:00:00Z");

  private TapkeySimulator tapkey;
  private final List<Secret> rotated = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    tapkey.close();
  }

  private TapkeyClient.Builder builder(TapkeySimulator.Builder simulator) {
    tapkey = simulator.start();
    return TapkeyClient.builder()
        .baseUrl(tapkey.baseUrl())
        .tokenEndpoint(tapkey.tokenEndpoint())
        .environment(name -> null)
        .refreshTokenListener(rotated::add);
  }

  private TapkeyClient client() {
    return builder(TapkeySimulator.builder()).clientCredentials(tapkey.clientId(), tapkey.clientSecret()).build();
  }

  private String owner() {
    return tapkey.ownerAccountId();
  }

  @Test
  void everyCall() {
    TapkeyClient client = client();
    for (int i = 4; i <= 8; i++) {
      tapkey.addBoundLock(owner(), "Door " + i);
    }

    assertThat(client.ownerAccounts().list()).extracting(OwnerAccount::id).containsExactly(owner());
    assertThat(client.boundLocks().get(owner(), "lock-2").title()).contains("Back door");
    assertThat(client.boundLocks().stream(owner(), ODataQuery.builder().pageSize(3).build())
        .map(l -> l.title().orElse("")).collect(Collectors.toList()))
        .containsExactly("Front door", "Back door", "Garage", "Door 4", "Door 5", "Door 6", "Door 7", "Door 8");
    assertThat(tapkey.requests().stream().filter(r -> r.path().endsWith("/BoundLocks"))
        .map(r -> r.queryParameter("$skip").orElse("-")))
        .containsExactly("0", "3", "6");

    Contact contact = client.contacts().createOrUpdate(owner(),
        ContactRequest.builder("bo@example.com").title("Bo").build());
    assertThat(client.contacts().get(owner(), contact.id()).title()).contains("Bo");
    assertThat(client.contacts().list(owner())).hasSize(2);

    Grant grant = client.grants().create(owner(),
        GrantRequest.builder("lock-1").contactId(contact.id()).validFrom(FROM).build());
    assertThat(client.grants().get(owner(), grant.id()).boundLockId()).contains("lock-1");
    assertThat(client.grants().list(owner())).extracting(Grant::id).containsExactly(grant.id());
    client.grants().revoke(owner(), grant.id());
    assertThat(tapkey.grantState(owner(), grant.id())).contains("revoked");
    assertThat(client.grants().get(owner(), grant.id()).state()).contains("revoked");

    assertThat(client.boundCards().list(owner())).singleElement()
        .satisfies(card -> assertThat(card.grantsCapacity()).hasValue(2));
    assertThatThrownBy(() -> client.boundLocks().get(owner(), "nope"))
        .isInstanceOfSatisfying(TapkeyException.class, e -> {
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.NOT_FOUND);
          assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        });
    assertThat(tapkey.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void aDuplicateGrantIsTypedWithItsRemedyAndTheUserMessageInTheRequestedLanguage() {
    TapkeyClient client = builder(TapkeySimulator.builder()).clientCredentials(tapkey.clientId(),
        tapkey.clientSecret()).acceptLanguage("de").build();
    GrantRequest grant = GrantRequest.builder("lock-1").contactId("contact-1").validFrom(FROM).build();
    client.grants().create(owner(), grant);

    assertThatThrownBy(() -> client.grants().create(owner(), grant))
        .isInstanceOfSatisfying(TapkeyException.class, e -> {
          assertThat(e.errorCode()).contains(TapkeyErrorCode.DUPLICATE);
          assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
          assertThat(e.remedies()).isEqualTo(TapkeyErrorCode.DUPLICATE.remedies());
          assertThat(e.getMessage()).contains("only one grant allowed per lock and user/card");
          assertThat(e.userErrorMessage()).contains(
              "Für dieses Schloss und diesen Benutzer gibt es bereits eine Berechtigung.");
        });
    RequestOptions english = RequestOptions.builder().header("Accept-Language", "en").build();
    assertThatThrownBy(() -> client.grants().create(owner(), grant, english))
        .isInstanceOfSatisfying(TapkeyException.class, e -> assertThat(e.userErrorMessage())
            .contains("There is already a grant for this lock and user."));
  }

  @Test
  void aFullCardAndAnyInjectedErrorCodeAreTyped() {
    TapkeyClient client = client();
    String card = tapkey.addBoundCard(owner(), "Badge", 1);
    client.grants().create(owner(), GrantRequest.builder("lock-1").boundCardId(card).validFrom(FROM).build());
    assertThatThrownBy(() -> client.grants().create(owner(),
        GrantRequest.builder("lock-2").boundCardId(card).validFrom(FROM).build()))
        .isInstanceOfSatisfying(TapkeyException.class,
            e -> assertThat(e.errorCode()).contains(TapkeyErrorCode.CARD_CAPACITY_EXCEEDED));

    tapkey.failNext(TapkeyErrorReply.builder(402, "InsufficientSmartphoneUserContingent").build());
    assertThatThrownBy(() -> client.contacts().list(owner()))
        .isInstanceOfSatisfying(TapkeyException.class, e -> {
          assertThat(e.errorCode()).contains(TapkeyErrorCode.INSUFFICIENT_SMARTPHONE_USER_CONTINGENT);
          assertThat(e.httpStatus()).hasValue(402);
        });
  }

  @Test
  void anExpiredTokenCostsOneTokenRequestAndOneRetry() {
    TapkeyClient client = client();
    client.ownerAccounts().list();
    tapkey.expireAccessTokens();

    assertThat(client.grants().list(owner())).isEmpty();

    assertThat(tapkey.tokenRequestCount()).isEqualTo(2);
    assertThat(tapkey.requests()).extracting(SimulatorRequest::path).containsExactly("/connect/token",
        "/api/v1/Owners", "/api/v1/Owners/owner-1/Grants", "/connect/token", "/api/v1/Owners/owner-1/Grants");
  }

  @Test
  void anInvalidTokenFailsAtOnceWithoutARefresh() {
    TapkeyClient client = client();
    client.ownerAccounts().list();
    tapkey.revokeAccessTokens();

    assertThatThrownBy(() -> client.ownerAccounts().list()).isInstanceOf(TapkeyInvalidTokenException.class);
    assertThat(tapkey.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void aMissingScopeFailsAtOnceNamingTheScope() {
    TapkeyClient client = builder(TapkeySimulator.builder().clientScopes("read:owneraccounts", "read:grants"))
        .clientCredentials(tapkey.clientId(), tapkey.clientSecret()).build();
    assertThatThrownBy(() -> client.grants().revoke(owner(), "g1"))
        .isInstanceOfSatisfying(TapkeyMissingScopeException.class, e -> {
          assertThat(e.requiredScope()).contains("write:grants");
          assertThat(e.remedies().get(0).text()).contains("write:grants");
        });
    assertThat(tapkey.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void aMissingScopeAnswered403NamesTheScopeToo() {
    TapkeyClient client = builder(TapkeySimulator.builder().clientScopes("read:owneraccounts")
        .insufficientScopeStatus(403)).clientCredentials(tapkey.clientId(), tapkey.clientSecret()).build();
    assertThatThrownBy(() -> client.boundLocks().list(owner()))
        .isInstanceOfSatisfying(TapkeyMissingScopeException.class,
            e -> assertThat(e.requiredScope()).contains("read:core:entities"));
  }

  @Test
  void rotatedRefreshTokensReachTheListenerAndARevokedOneSaysAuthenticateAgain() {
    TapkeyClient.Builder builder = builder(TapkeySimulator.builder());
    String first = tapkey.issueRefreshToken();
    TapkeyClient client = builder.clientId(tapkey.clientId()).refreshToken(first).build();

    client.ownerAccounts().list();
    tapkey.expireAccessTokens();
    client.ownerAccounts().list();
    assertThat(rotated).hasSize(2);

    // A restart with the persisted (latest) refresh token works; the first one was rotated away.
    TapkeyClient restarted = TapkeyClient.builder().baseUrl(tapkey.baseUrl()).tokenEndpoint(tapkey.tokenEndpoint())
        .environment(name -> null).clientId(tapkey.clientId()).refreshToken(rotated.get(1)).build();
    restarted.ownerAccounts().list();

    tapkey.revokeRefreshTokens();
    tapkey.expireAccessTokens();
    assertThatThrownBy(() -> restarted.ownerAccounts().list())
        .isInstanceOfSatisfying(TapkeyReauthenticationRequiredException.class,
            e -> assertThat(e.oauthError()).isEqualTo(TapkeyOAuthError.INVALID_GRANT));
  }

  @Test
  void fiftyThreadsOnAnExpiredTokenCauseOneTokenRequestAndAllSucceedHundredTimesOver() throws Exception {
    TapkeyClient client = client();
    client.ownerAccounts().list();
    int threads = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    try {
      for (int round = 1; round <= 100; round++) {
        tapkey.expireAccessTokens();
        List<Future<List<OwnerAccount>>> calls = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          calls.add(pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            return client.ownerAccounts().list();
          }));
        }
        for (Future<List<OwnerAccount>> call : calls) {
          assertThat(call.get(60, TimeUnit.SECONDS)).extracting(OwnerAccount::id).containsExactly(owner());
        }
        assertThat(tapkey.tokenRequestCount()).as("token requests after round %d", round).isEqualTo(1 + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
