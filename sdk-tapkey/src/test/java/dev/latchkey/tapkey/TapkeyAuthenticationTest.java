package dev.latchkey.tapkey;

import static dev.latchkey.tapkey.TapkeyDouble.body;
import static dev.latchkey.tapkey.TapkeyDouble.json;
import static dev.latchkey.tapkey.TapkeyDouble.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RemedySource;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens, the token endpoint's errors and the three 401 cases, against a MockWebServer double. */
class TapkeyAuthenticationTest {

  private static final String SECRET = "cs-Very-Secret-4711";
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TapkeyDouble tapkey = new TapkeyDouble();
  private final TestClock clock = TestClock.at(START);
  private final List<Secret> rotated = new ArrayList<>();

  @BeforeEach
  void start() {
    server.setDispatcher(tapkey);
  }

  private TapkeyClient.Builder builder() {
    return TapkeyClient.builder()
        .baseUrl(server.url("/api/v1").toString())
        .tokenEndpoint(server.url(TapkeyDouble.TOKEN_PATH).toString())
        .environment(name -> null)
        .clock(clock)
        .retryPolicy(RetryPolicy.none())
        .refreshTokenListener(rotated::add);
  }

  private TapkeyClient clientCredentials() {
    return builder().clientCredentials("my-client", SECRET).scopes("read:owneraccounts", "read:grants").build();
  }

  @Test
  void clientCredentialsAreSentAsAFormPostAndTheTokenAsBearer() throws Exception {
    tapkey.api(json(200, "[{\"id\":\"o1\",\"name\":\"HQ\",\"active\":true}]"));

    List<OwnerAccount> owners = clientCredentials().ownerAccounts().list();

    assertThat(owners).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("o1");
      assertThat(o.name()).contains("HQ");
      assertThat(o.active()).isTrue();
    });
    RecordedRequest tokenRequest = tapkey.tokenRequests.get(0);
    assertThat(tokenRequest.getMethod()).isEqualTo("POST");
    assertThat(tokenRequest.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(body(tokenRequest)).isEqualTo("grant_type=client_credentials&client_id=my-client&client_secret="
        + SECRET + "&scope=read%3Aowneraccounts+read%3Agrants");
    assertThat(tapkey.apiRequests.get(0).getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
  }

  @Test
  void credentialsComeFromTheEnvironmentWhenTheBuilderHasNone() {
    Map<String, String> env = Map.of("TAPKEY_CLIENT_ID", "env-client", "TAPKEY_CLIENT_SECRET", SECRET);
    tapkey.api(json(200, "[]"));
    builder().environment(env::get).build().ownerAccounts().list();
    assertThat(body(tapkey.tokenRequests.get(0))).contains("client_id=env-client", "client_secret=" + SECRET);
  }

  @Test
  void noCredentialsFailsTheBuild() {
    assertThatThrownBy(() -> builder().build())
        .isInstanceOfSatisfying(LatchkeyException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
          assertThat(e.getMessage()).contains("TAPKEY_CLIENT_ID", "TAPKEY_CLIENT_SECRET");
        });
  }

  @Test
  void aUrlThatIsNotHttpIsRejectedWithoutItsCredentials() {
    for (TapkeyClient.Builder bad : List.of(builder().baseUrl("ftp://user:pw_Canary1@host.test/api"),
        builder().tokenEndpoint("ftp://user:pw_Canary1@host.test/token?client_secret=pw_Canary1"))) {
      assertThatThrownBy(() -> bad.clientCredentials("my-client", SECRET).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not an http(s) URL: ftp://host.test/")
          .hasMessageNotContaining("Canary");
    }
  }

  @Test
  void theTokenIsCachedAndReplacedAheadOfItsExpiry() {
    tapkey.handler(r -> json(200, "[]"));
    TapkeyClient client = clientCredentials();
    client.ownerAccounts().list();
    clock.advance(Duration.ofSeconds(3539)); // 61 s before expiry: still cached
    client.ownerAccounts().list();
    assertThat(tapkey.tokenRequests).hasSize(1);

    clock.advance(Duration.ofSeconds(2)); // 59 s before expiry: within the 60 s margin
    client.ownerAccounts().list();

    assertThat(tapkey.tokenRequests).hasSize(2);
    assertThat(tapkey.apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly("Bearer at-1", "Bearer at-1", "Bearer at-2");
  }

  @Test
  void aShortLivedTokenIsReplacedAtHalfItsLifetimeNotOnEveryCall() {
    tapkey.tokenResponse(token("short-1", 40, null)).handler(r -> json(200, "[]"));
    TapkeyClient client = clientCredentials();
    client.ownerAccounts().list();
    clock.advance(Duration.ofSeconds(19));
    client.ownerAccounts().list();
    assertThat(tapkey.tokenRequests).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    client.ownerAccounts().list();
    assertThat(tapkey.tokenRequests).hasSize(2);
  }

  @Test
  void aRotatedRefreshTokenReplacesTheOldOneAndReachesTheListener() {
    tapkey.tokenResponse(token("at-a", 3600, "rt-2")).tokenResponse(token("at-b", 3600, "rt-3"))
        .handler(r -> json(200, "[]"));
    TapkeyClient client = builder().clientId("app").refreshToken("rt-1")
        .accessToken("at-given", START.plusSeconds(30)).build();

    client.ownerAccounts().list(); // the given token is due (within the margin): refreshed first
    assertThat(rotated).extracting(Secret::reveal).containsExactly("rt-2");
    clock.advance(Duration.ofHours(1));
    client.ownerAccounts().list();

    assertThat(body(tapkey.tokenRequests.get(0))).isEqualTo("grant_type=refresh_token&client_id=app&refresh_token=rt-1");
    assertThat(body(tapkey.tokenRequests.get(1))).isEqualTo("grant_type=refresh_token&client_id=app&refresh_token=rt-2");
    assertThat(rotated).extracting(Secret::reveal).containsExactly("rt-2", "rt-3");
    assertThat(tapkey.apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly("Bearer at-a", "Bearer at-b");
  }

  @Test
  void aGivenAccessTokenIsUsedUntilItIsDue() {
    tapkey.handler(r -> json(200, "[]"));
    TapkeyClient client = builder().clientId("app").refreshToken("rt-1")
        .accessToken("at-given", START.plusSeconds(3600)).build();
    client.ownerAccounts().list();
    assertThat(tapkey.tokenRequests).isEmpty();
    assertThat(tapkey.apiRequests.get(0).getHeaders().get("Authorization")).isEqualTo("Bearer at-given");
  }

  @Test
  void invalidGrantSaysTheUserMustAuthenticateAgain() {
    tapkey.tokenResponse(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}"));
    TapkeyClient client = builder().clientId("app").refreshToken("rt-revoked-123").build();

    assertThatThrownBy(() -> client.grants().list("o1"))
        .isInstanceOfSatisfying(TapkeyReauthenticationRequiredException.class, e -> {
          assertThat(e.oauthError()).isEqualTo(TapkeyOAuthError.INVALID_GRANT);
          assertThat(e.getMessage()).contains("must authenticate again", "refresh token revoked");
          assertThat(e.errorDescription()).contains("refresh token revoked");
          assertThat(e.remedies()).isEqualTo(TapkeyOAuthError.INVALID_GRANT.remedies());
          assertThat(e.retryable()).isFalse();
        });
    assertThat(tapkey.apiRequests).isEmpty();
    assertThat(tapkey.tokenRequests).hasSize(1);
  }

  @Test
  void otherTokenEndpointErrorsAreTypedFromTheOAuthCatalog() {
    tapkey.tokenResponse(json(401, "{\"error\":\"invalid_client\"}"))
        .tokenResponse(json(400, "{\"error\":\"invalid_scope\",\"error_description\":\"unknown scope\"}"))
        .tokenResponse(json(400, "{\"error\":\"brand_new_error\"}"))
        .tokenResponse(new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html")
            .body("<html>down</html>").build());
    TapkeyClient client = clientCredentials();

    assertThatThrownBy(() -> client.ownerAccounts().list()).isExactlyInstanceOf(TapkeyTokenException.class)
        .satisfies(e -> assertThat(((TapkeyTokenException) e).oauthError()).isEqualTo(TapkeyOAuthError.INVALID_CLIENT));
    assertThatThrownBy(() -> client.ownerAccounts().list()).isExactlyInstanceOf(TapkeyTokenException.class)
        .satisfies(e -> {
          TapkeyTokenException t = (TapkeyTokenException) e;
          assertThat(t.oauthError()).isEqualTo(TapkeyOAuthError.INVALID_SCOPE);
          assertThat(t.remedies()).isEqualTo(TapkeyOAuthError.INVALID_SCOPE.remedies());
        });
    assertThatThrownBy(() -> client.ownerAccounts().list()).isExactlyInstanceOf(TapkeyTokenException.class)
        .satisfies(e -> {
          TapkeyTokenException t = (TapkeyTokenException) e;
          assertThat(t.oauthError()).isEqualTo(TapkeyOAuthError.UNKNOWN_TO_SDK_VERSION);
          assertThat(t.rawCode()).isEqualTo("brand_new_error");
        });
    assertThatThrownBy(() -> client.ownerAccounts().list()).isExactlyInstanceOf(TapkeyTokenException.class)
        .satisfies(e -> {
          TapkeyTokenException t = (TapkeyTokenException) e;
          assertThat(t.httpStatus()).hasValue(503);
          assertThat(t.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
          assertThat(t.getMessage()).contains("text/html");
        });
    // A token request is a write: never retried, whatever the status.
    assertThat(tapkey.tokenRequests).hasSize(4);
    assertThat(tapkey.apiRequests).isEmpty();
  }

  @Test
  void aTokenEndpointEchoingTheSecretsLeaksNoneOfThem() {
    String echo = "{\"error\":\"invalid_grant\",\"error_description\":\"bad refresh_token rt-Secret-Refresh-999"
        + " for client_secret " + SECRET + " (raw: rt-Secret-Refresh-999 / " + SECRET + ")\"}";
    tapkey.tokenResponse(json(400, echo)).tokenResponse(json(400, echo.replace("invalid_grant", "invalid_client")));
    TapkeyClient client = builder().clientCredentials("app", SECRET).refreshToken("rt-Secret-Refresh-999").build();

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> client.grants().list("o1")).isInstanceOfSatisfying(TapkeyTokenException.class,
          e -> assertLeaksNothing(e, SECRET, "rt-Secret-Refresh-999"));
    }
    assertThat(client.toString()).doesNotContain(SECRET);
  }

  @Test
  void anApiErrorEchoingTheAccessTokenLeaksNothing() {
    tapkey.tokenResponse(token("eyJhbGciOi.Access-Token-Value-12345.sig", 3600, null));
    tapkey.api(json(400, "{\"ErrorCode\":\"Generic\",\"ErrorMessage\":\"token eyJhbGciOi.Access-Token-Value-12345.sig"
        + " rejected\",\"ErrorDetails\":\"Authorization: Bearer eyJhbGciOi.Access-Token-Value-12345.sig\","
        + "\"UserErrorMessage\":\"eyJhbGciOi.Access-Token-Value-12345.sig\"}"));
    assertThatThrownBy(() -> clientCredentials().ownerAccounts().list())
        .isInstanceOfSatisfying(TapkeyException.class, e -> {
          assertLeaksNothing(e, "eyJhbGciOi.Access-Token-Value-12345.sig", "Access-Token-Value", SECRET);
          assertThat(e.errorCode()).contains(TapkeyErrorCode.GENERIC);
        });
  }

  static void assertLeaksNothing(TapkeyException e, String... secrets) {
    List<String> texts = new ArrayList<>();
    texts.add(e.getMessage());
    texts.add(e.toString());
    texts.add(e.details().toString());
    texts.add(e.rawCode());
    e.errorMessage().ifPresent(texts::add);
    e.errorDetails().ifPresent(texts::add);
    e.userErrorMessage().ifPresent(texts::add);
    e.remedies().forEach(r -> texts.add(r.text()));
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      texts.add(String.valueOf(c.getMessage()));
      texts.add(c.toString());
    }
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  // --- the three 401 cases ---

  private static MockResponse unauthorized(String wwwAuthenticate) {
    MockResponse.Builder response = new MockResponse.Builder().code(401);
    if (wwwAuthenticate != null) {
      response.addHeader("WWW-Authenticate", wwwAuthenticate);
    }
    return response.build();
  }

  private static final String EXPIRED = "Bearer error=\"invalid_token\", error_description=\"The token expired at "
      + "'11/22/2026 10:00:00'\"";

  @Test
  void anExpiredTokenIsRefreshedOnceAndTheRequestSentOnceMore() {
    tapkey.api(unauthorized(EXPIRED)).api(json(200, "[{\"id\":\"o1\"}]"));
    TapkeyClient client = clientCredentials();

    assertThat(client.ownerAccounts().list()).extracting(OwnerAccount::id).containsExactly("o1");

    assertThat(tapkey.tokenRequests).hasSize(2);
    assertThat(tapkey.apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly("Bearer at-1", "Bearer at-2");
  }

  @Test
  void anExpiredTokenIsRefreshedAndRetriedForAWriteToo() {
    tapkey.api(unauthorized(EXPIRED)).api(new MockResponse.Builder().code(204).build());
    clientCredentials().grants().revoke("o1", "g1");
    assertThat(tapkey.apiRequests).hasSize(2);
    assertThat(tapkey.tokenRequests).hasSize(2);
  }

  @Test
  void aSecondExpiryAfterTheRefreshIsTypedWithTheSeedsRemedyAndNotRetriedAgain() {
    tapkey.api(unauthorized(EXPIRED)).api(unauthorized(EXPIRED)).api(json(200, "[]"));
    TapkeyClient client = clientCredentials();

    assertThatThrownBy(() -> client.ownerAccounts().list())
        .isInstanceOfSatisfying(TapkeyTokenExpiredException.class, e -> {
          assertThat(e.code()).contains(TapkeyAuthFailure.EXPIRED_TOKEN);
          assertThat(e.remedies()).isEqualTo(TapkeyAuthFailure.EXPIRED_TOKEN.remedies());
          assertThat(e.remedies().get(0).source()).isEqualTo(RemedySource.VENDOR);
          assertThat(e.remedies().get(0).text()).startsWith("The client should refresh the authentication token");
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.UNAUTHORIZED);
          assertThat(e.attempts()).isEqualTo(2);
        });
    assertThat(tapkey.tokenRequests).hasSize(2);
    assertThat(tapkey.apiRequests).hasSize(2);
  }

  @Test
  void aRefreshWithARevokedRefreshTokenSaysAuthenticateAgain() {
    tapkey.tokenResponse(token("at-a", 3600, null))
        .tokenResponse(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}"));
    tapkey.api(json(200, "[]")).api(unauthorized(EXPIRED));
    TapkeyClient client = builder().clientId("app").refreshToken("rt-1").build();
    client.ownerAccounts().list();

    assertThatThrownBy(() -> client.ownerAccounts().list())
        .isInstanceOf(TapkeyReauthenticationRequiredException.class);
    assertThat(tapkey.tokenRequests).hasSize(2);
    assertThat(tapkey.apiRequests).hasSize(2);
  }

  @Test
  void aRefreshAfterA401ReportsTheRotatedRefreshToken() {
    tapkey.tokenResponse(token("at-a", 3600, "rt-2")).tokenResponse(token("at-b", 3600, "rt-3"));
    tapkey.api(unauthorized(EXPIRED)).api(json(200, "[]"));
    TapkeyClient client = builder().clientId("app").refreshToken("rt-1").build();
    client.ownerAccounts().list();
    assertThat(rotated).extracting(Secret::reveal).containsExactly("rt-2", "rt-3");
    assertThat(body(tapkey.tokenRequests.get(1))).endsWith("refresh_token=rt-2");
  }

  @Test
  void anInvalidTokenHeaderIsTypedAndCausesNoRefresh() {
    tapkey.api(unauthorized("Bearer realm=\"tapkey\", error=\"invalid_token\", error_description=\"The signature "
        + "is invalid\""));
    assertThatThrownBy(() -> clientCredentials().ownerAccounts().list())
        .isInstanceOfSatisfying(TapkeyInvalidTokenException.class, e -> {
          assertThat(e.code()).contains(TapkeyAuthFailure.INVALID_TOKEN);
          assertThat(e.remedies().get(0).text()).startsWith("The client should check the authentication token");
          assertThat(e.retryable()).isFalse();
        });
    assertThat(tapkey.tokenRequests).hasSize(1);
  }

  @Test
  void aMissingScopeNamesTheScopeFromTheHeader() {
    tapkey.api(unauthorized("Bearer error=\"insufficient_scope\", scope=\"write:grants\""));
    assertThatThrownBy(() -> clientCredentials().grants().revoke("o1", "g1"))
        .isInstanceOfSatisfying(TapkeyMissingScopeException.class, e -> {
          assertThat(e.requiredScope()).contains("write:grants");
          assertThat(e.code()).contains(TapkeyAuthFailure.INSUFFICIENT_SCOPE);
          assertThat(e.getMessage()).contains("write:grants");
          assertThat(e.remedies().get(0).text()).contains("write:grants");
          assertThat(e.remedies().subList(1, e.remedies().size()))
              .isEqualTo(TapkeyAuthFailure.INSUFFICIENT_SCOPE.remedies());
        });
  }

  @Test
  void a403WithAnInsufficientScopeChallengeIsAMissingScopeToo() {
    tapkey.api(new MockResponse.Builder().code(403)
        .addHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"").build());
    assertThatThrownBy(() -> clientCredentials().boundLocks().list("o1"))
        .isInstanceOfSatisfying(TapkeyMissingScopeException.class, e -> {
          assertThat(e.requiredScope()).contains("read:core:entities");
          assertThat(e.httpStatus()).hasValue(403);
        });
    assertThat(tapkey.tokenRequests).hasSize(1);
  }

  @Test
  void a403WithoutAChallengeStaysTapkeysForbidden() {
    tapkey.api(json(403, "{\"ErrorCode\":\"Forbidden\",\"ErrorMessage\":\"lock already bound\"}"));
    assertThatThrownBy(() -> clientCredentials().boundLocks().list("o1"))
        .isExactlyInstanceOf(TapkeyException.class)
        .satisfies(e -> assertThat(((TapkeyException) e).status()).isEqualTo(TapkeyHttpStatus.FORBIDDEN));
  }

  @Test
  void aMissingScopeWithoutAScopeInTheHeaderNamesTheEndpointsScope() {
    tapkey.api(unauthorized("Bearer error=\"insufficient_scope\""));
    GrantRequest grant = GrantRequest.builder("l1").contactId("c1").validFrom(START).build();
    assertThatThrownBy(() -> clientCredentials().grants().create("o1", grant))
        .isInstanceOfSatisfying(TapkeyMissingScopeException.class,
            e -> assertThat(e.requiredScope()).contains("write:grants"));
  }

  @Test
  void withoutAHeaderATokenJustObtainedIsInvalidNotExpired() {
    tapkey.api(unauthorized(null));
    assertThatThrownBy(() -> clientCredentials().ownerAccounts().list())
        .isInstanceOf(TapkeyInvalidTokenException.class);
    assertThat(tapkey.tokenRequests).hasSize(1);
  }

  @Test
  void withoutAHeaderAnOlderTokenIsTakenAsExpiredAndRefreshedOnce() {
    tapkey.api(json(200, "[]")).api(unauthorized(null)).api(json(200, "[]"));
    TapkeyClient client = clientCredentials();
    client.ownerAccounts().list();
    clock.advance(Duration.ofMinutes(10));
    client.ownerAccounts().list();
    assertThat(tapkey.tokenRequests).hasSize(2);
    assertThat(tapkey.apiRequests.get(2).getHeaders().get("Authorization")).isEqualTo("Bearer at-2");
  }

  @Test
  void withoutAHeaderATokenPastItsExpiryWithNoWayToRenewItSaysAuthenticateAgain() {
    tapkey.api(unauthorized(null));
    TapkeyClient client = builder().accessToken("at-given", START.minusSeconds(1)).build();
    assertThatThrownBy(() -> client.ownerAccounts().list())
        .isInstanceOfSatisfying(TapkeyTokenExpiredException.class,
            e -> assertThat(e.getMessage()).contains("authenticate again"));
    assertThat(tapkey.tokenRequests).isEmpty();
  }
}
