package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-authentication on 401 (issue 8, part 6), with an OAuth-like test double: an API that tells an expired
 * token from an invalid one and a missing scope, and an authenticator on {@link RefreshingCredential}.
 */
class ReauthenticationTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  /** The API's view of tokens: the one it accepts, and those it has issued and since expired. */
  private volatile String validToken = "";
  private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();
  private final List<String> sentTokens = new CopyOnWriteArrayList<>();
  private final AtomicInteger fetches = new AtomicInteger();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void api() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String authorization = request.getHeaders().get("Authorization");
        String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
        sentTokens.add(token);
        if (request.getUrl().encodedPath().equals("/admin")) {
          return unauthorized("insufficient_scope", "the token lacks the scope admin");
        }
        if (token.equals(validToken)) {
          return new MockResponse.Builder().addHeader("Content-Type", "application/json").body("{\"ok\":true}")
              .build();
        }
        if (expiredTokens.contains(token)) {
          return unauthorized("invalid_token", "The access token expired");
        }
        return unauthorized("invalid_token", "The access token is invalid");
      }
    });
  }

  private static MockResponse unauthorized(String error, String description) {
    return new MockResponse.Builder().code(401)
        .addHeader("WWW-Authenticate", "Bearer error=\"" + error + "\", error_description=\"" + description + "\"")
        .addHeader("Content-Type", "application/json")
        .body("{\"error\":\"" + error + "\"}")
        .build();
  }

  /** The token endpoint of the test double: issues a new token and makes it the valid one. */
  private Secret issueToken(Duration timeout) {
    String token = "tok-" + fetches.incrementAndGet();
    validToken = token;
    return Secret.of(token);
  }

  /** Expires the token the API accepts, as time would. */
  private void expireToken() {
    expiredTokens.add(validToken);
    validToken = "";
  }

  /** The authenticator from {@link RequestAuthenticator}'s javadoc. */
  static final class OAuthAuthenticator implements RequestAuthenticator {
    final RefreshingCredential<Secret> token;

    OAuthAuthenticator(RefreshingCredential.Fetcher<Secret> fetcher) {
      this.token = new RefreshingCredential<>("acme", fetcher);
    }

    @Override
    public void authenticate(ApiRequest request, AuthHeaders headers) {
      Secret current = token.get(headers.remaining());
      headers.set("Authorization", Secret.of("Bearer " + current.reveal()));
      headers.sensitive(current);
    }

    @Override
    public boolean onUnauthorized(Unauthorized unauthorized) {
      boolean expired = unauthorized.response().header("WWW-Authenticate")
          .filter(challenge -> challenge.contains("expired")).isPresent();
      if (!expired) {
        return false;
      }
      token.refreshIf(current -> unauthorized.sentHeader("Authorization")
          .map(sent -> sent.equals(Secret.of("Bearer " + current.reveal()))).orElse(true),
          unauthorized.remaining());
      return true;
    }
  }

  private HttpTransport transport(RequestAuthenticator authenticator, RetryPolicy policy) {
    return HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme").sleeper(sleeper)
        .retryPolicy(policy).authenticator(authenticator).build();
  }

  private HttpTransport transport(RequestAuthenticator authenticator) {
    return transport(authenticator, RetryPolicy.defaults());
  }

  @Test
  void anExpiredTokenIsRefreshedOnceAndTheWriteSentOnceMore() {
    OAuthAuthenticator auth = new OAuthAuthenticator(this::issueToken);
    HttpTransport transport = transport(auth, RetryPolicy.none());
    transport.send(ApiRequest.get("/things").build());
    expireToken();

    // A write, with retries off: the 401 retry is neither a policy retry nor refused to writes.
    ApiResponse response = transport.exchange(ApiRequest.post("/things").jsonBody(Map.of("name", "door")).build());

    assertThat(response.attempts()).isEqualTo(2);
    assertThat(fetches).hasValue(2);
    assertThat(sentTokens).containsExactly("tok-1", "tok-1", "tok-2");
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aSecond401AfterTheRetryIsThrownWithoutAnotherRefresh() {
    // Every token the double issues is expired on arrival.
    OAuthAuthenticator auth = new OAuthAuthenticator(timeout -> {
      Secret token = issueToken(timeout);
      expireToken();
      return token;
    });
    HttpTransport transport = transport(auth);

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport.send(ApiRequest.get("/things").build()));

    assertThat(e.httpStatus()).hasValue(401);
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(fetches).hasValue(2);
    assertThat(sentTokens).containsExactly("tok-1", "tok-2");
    assertThat(e.getMessage()).doesNotContain("tok-");
  }

  @Test
  void aFailedRefreshIsThrownTypedAndNothingIsResent() {
    AtomicInteger calls = new AtomicInteger();
    OAuthAuthenticator auth = new OAuthAuthenticator(timeout -> {
      if (calls.incrementAndGet() == 1) {
        return issueToken(timeout);
      }
      throw new LatchkeyException(LatchkeyException.Details.builder().vendor("acme")
          .message("the token endpoint refused the refresh token").category(ErrorCategory.AUTHENTICATION)
          .retryable(false).build());
    });
    HttpTransport transport = transport(auth);
    transport.send(ApiRequest.get("/things").build());
    expireToken();

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport.send(ApiRequest.get("/things").build()));

    assertThat(e.getMessage()).contains("refused the refresh token");
    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(sentTokens).containsExactly("tok-1", "tok-1");
    assertThat(calls).hasValue(2);
  }

  @Test
  void aRefreshThatThrowsUntypedIsTypedWithoutItsMessage() {
    AtomicInteger calls = new AtomicInteger();
    OAuthAuthenticator auth = new OAuthAuthenticator(timeout -> {
      if (calls.incrementAndGet() == 1) {
        return issueToken(timeout);
      }
      throw new IllegalStateException("refresh token rt-secret-123 rejected");
    });
    HttpTransport transport = transport(auth);
    transport.send(ApiRequest.get("/things").build());
    expireToken();

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport.send(ApiRequest.get("/things").build()));

    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(e.getMessage()).contains("IllegalStateException").doesNotContain("rt-secret-123");
    assertThat(e.getCause()).isNull();
    assertThat(sentTokens).hasSize(2);
  }

  @Test
  void anInvalidTokenOrAMissingScopeFailsAtOnce() {
    OAuthAuthenticator auth = new OAuthAuthenticator(this::issueToken);
    HttpTransport transport = transport(auth);
    transport.send(ApiRequest.get("/things").build());
    validToken = "someone-elses";

    LatchkeyException invalid = catchThrowableOfType(LatchkeyException.class,
        () -> transport.send(ApiRequest.get("/things").build()));
    LatchkeyException scope = catchThrowableOfType(LatchkeyException.class,
        () -> transport.send(ApiRequest.get("/admin").build()));

    assertThat(invalid.httpStatus()).hasValue(401);
    assertThat(invalid.attempts()).isEqualTo(1);
    assertThat(scope.attempts()).isEqualTo(1);
    assertThat(fetches).hasValue(1);
    assertThat(sentTokens).containsExactly("tok-1", "tok-1", "tok-1");
  }

  @Test
  void anAuthenticatorThatDoesNotReauthenticateGetsNoRetry() {
    HttpTransport transport = transport(RequestAuthenticator.bearer(Secret.of("static-key")));

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport.send(ApiRequest.get("/things").build()));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(sentTokens).containsExactly("static-key");
  }

  @Test
  void theRefreshRunsWithinTheCallsDeadlineAndARefreshThatUsesItUpSendsNothingMore() {
    List<Duration> given = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    OAuthAuthenticator auth = new OAuthAuthenticator(timeout -> {
      given.add(timeout);
      if (calls.incrementAndGet() > 1) {
        // A token endpoint that answers only when the caller's time is up.
        sleepQuietly(timeout.plusMillis(20));
      }
      return issueToken(timeout);
    });
    HttpTransport transport = transport(auth);
    transport.send(ApiRequest.get("/things").build());
    expireToken();

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class,
        () -> transport.send(ApiRequest.get("/things")
            .options(RequestOptions.builder().deadline(Duration.ofMillis(300)).build()).build()));

    assertThat(given.get(1)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(300));
    assertThat(e.getMessage()).contains("deadline");
    assertThat(sentTokens).containsExactly("tok-1", "tok-1");
  }

  @Test
  void aThreadInterruptedDuringTheRefreshGetsATypedExceptionAndNoRetry() {
    RequestAuthenticator interruptedWhileRefreshing = new RequestAuthenticator() {
      @Override
      public void authenticate(ApiRequest request, AuthHeaders headers) {
        headers.set("Authorization", Secret.of("Bearer stale"));
      }

      @Override
      public boolean onUnauthorized(Unauthorized unauthorized) {
        Thread.currentThread().interrupt();
        return true;
      }
    };
    expiredTokens.add("stale");

    LatchkeyInterruptedException e = catchThrowableOfType(LatchkeyInterruptedException.class,
        () -> transport(interruptedWhileRefreshing).send(ApiRequest.post("/things").build()));

    assertThat(Thread.interrupted()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.httpStatus()).hasValue(401);
    assertThat(sentTokens).containsExactly("stale");
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void fiftyThreadsOnAStaleTokenCauseOneRefresh() throws Exception {
    OAuthAuthenticator auth = new OAuthAuthenticator(this::issueToken);
    int threads = 50;
    // Connections kept for every thread, so that the rounds do not spend their time connecting.
    HttpTransport transport = HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme")
        .authenticator(auth).okHttpClient(new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES)).build())
        .build();
    transport.send(ApiRequest.get("/things").build());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 1; round <= 100; round++) {
        expireToken();
        int before = fetches.get();
        sentTokens.clear();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          calls.add(pool.submit(() -> {
            start.await();
            return transport.exchange(ApiRequest.get("/things").build());
          }));
        }
        for (Future<ApiResponse> call : calls) {
          assertThat(call.get(30, TimeUnit.SECONDS).attempts()).isBetween(1, 2);
        }
        assertThat(fetches.get() - before).as("refreshes in round %d", round).isEqualTo(1);
        // Each call sent the stale token at most once and the fresh one once.
        assertThat(sentTokens).hasSizeBetween(threads, 2 * threads);
        assertThat(sentTokens.stream().filter(validToken::equals).count()).isEqualTo(threads);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
