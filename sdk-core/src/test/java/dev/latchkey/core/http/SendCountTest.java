package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyConnectionException;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.LatchkeyResponseException.Problem;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.testing.RecordingSleeper;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request reaches the server at most as often as {@link LatchkeyException#attempts()} says, a request that is
 * not retry-safe exactly once, whatever OkHttp client the transport derives from (issue 7, finding 1).
 */
class SendCountTest {

  /** The response body type. */
  private static final String PIN = "482913";

  @StartStop
  final MockWebServer server = new MockWebServer();

  @StartStop
  final MockWebServer elsewhere = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  /** A user's client with OkHttp's own re-sends all on, as a user may well have it. */
  private static OkHttpClient eagerClient() {
    return new OkHttpClient.Builder().retryOnConnectionFailure(true).followRedirects(true)
        .followSslRedirects(true).build();
  }

  private HttpTransport transport(String baseUrl, boolean usersClient) {
    HttpTransport.Builder b = HttpTransport.builder().baseUrl(baseUrl).vendor("acme").sleeper(sleeper)
        .authenticator(RequestAuthenticator.bearer(Secret.of("key-canary-5h3j9w")));
    if (usersClient) {
      b.okHttpClient(eagerClient());
    }
    return b.build();
  }

  private static ApiRequest createCode() {
    return ApiRequest.post("/access_codes/create").jsonBody(Map.of("code", PIN)).sensitive(Secret.of(PIN)).build();
  }

  @ParameterizedTest(name = "user's client: {0}")
  @ValueSource(booleans = {false, true})
  void aWriteWhoseKeepAliveConnectionDiesAfterTheServerReadItIsNotResent(boolean usersClient) throws Exception {
    try (RawServer raw = new RawServer(connection -> {
      for (RawServer.RequestHead request; (request = connection.read()) != null; ) {
        if (request.method().equals("POST")) {
          connection.close();   // read the write, then die: the client cannot know whether it was applied
          return;
        }
        connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
            + "{\"id\":\"d\"}\n");
      }
    })) {
      HttpTransport transport = transport(raw.url(), usersClient);
      transport.sendJson(ApiRequest.get("/warm").build());   // leaves a pooled keep-alive connection

      LatchkeyConnectionException e = catchThrowableOfType(LatchkeyConnectionException.class,
          () -> transport.sendJson(createCode()));

      assertThat(raw.count("POST", "/access_codes/create")).isEqualTo(1);
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).contains("may have reached the API").doesNotContain(PIN);
      assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
      assertThat(raw.handlerErrors()).isEmpty();
    }
  }

  @ParameterizedTest(name = "user's client: {0}")
  @ValueSource(booleans = {false, true})
  void aReadOnADyingConnectionIsRetriedOnlyByTheSdkAndCounted(boolean usersClient) throws Exception {
    try (RawServer raw = new RawServer(connection -> {
      for (RawServer.RequestHead request; (request = connection.read()) != null; ) {
        if (request.path().equals("/flaky")) {
          connection.close();
          return;
        }
        connection.write("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"id\":\"d\"}\n");
      }
    })) {
      HttpTransport transport = transport(raw.url(), usersClient);
      transport.sendJson(ApiRequest.get("/warm").build());

      LatchkeyConnectionException e = catchThrowableOfType(LatchkeyConnectionException.class,
          () -> transport.sendJson(ApiRequest.get("/flaky").build()));

      assertThat(e.attempts()).isEqualTo(RetryPolicy.defaults().maxAttempts());
      assertThat(raw.count("GET", "/flaky")).isEqualTo(e.attempts());
    }
  }

  static Stream<Arguments> okHttpFollowUps() {
    return Stream.of(false, true).flatMap(usersClient -> Stream.of(
        Arguments.of(503, "0", "GET", usersClient),
        Arguments.of(503, "0", "POST", usersClient),
        Arguments.of(408, null, "GET", usersClient),
        Arguments.of(408, null, "POST", usersClient)));
  }

  @ParameterizedTest(name = "{0} Retry-After {1} on {2}, user's client: {3}")
  @MethodSource("okHttpFollowUps")
  void statusesOkHttpWouldRepeatOnItsOwnAreSentOnlyAsOftenAsCounted(int status, String retryAfter, String method,
      boolean usersClient) {
    for (int i = 0; i < 10; i++) {
      MockResponse.Builder response = new MockResponse.Builder().code(status);
      if (retryAfter != null) {
        response.setHeader("Retry-After", retryAfter);
      }
      server.enqueue(response.build());
    }
    ApiRequest request = method.equals("GET") ? ApiRequest.get("/devices/get").build() : createCode();

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport(server.url("/").toString(), usersClient).sendJson(request));

    assertThat(e.httpStatus()).hasValue(status);
    assertThat(e.attempts()).isEqualTo(method.equals("GET") ? 3 : 1);
    assertThat(server.getRequestCount()).isEqualTo(e.attempts());
    if (retryAfter != null) {
      assertThat(sleeper.sleeps()).allSatisfy(d -> assertThat(d).isZero());   // the SDK still sees the header
    }
  }

  @ParameterizedTest(name = "user's client: {0}")
  @ValueSource(booleans = {false, true})
  void aRedirectIsNotFollowedAndNamesOnlyTheOrigin(boolean usersClient) throws Exception {
    String target = elsewhere.url("/collect?token=abc").toString();
    server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", target).build());
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"stolen\"}").build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport(server.url("/").toString(), usersClient).sendJson(createCode()));

    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo(Problem.REDIRECT);
    assertThat(e.httpStatus()).hasValue(307);
    assertThat(e.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage())
        .contains("POST /access_codes/create", "redirect to http://" + elsewhere.url("/").host() + ":"
            + elsewhere.getPort())
        .doesNotContain("/collect", "token", PIN);
  }

  @ParameterizedTest(name = "user's client: {0}")
  @ValueSource(booleans = {false, true})
  void aSameOriginRedirectOfAReadIsNotFollowedEither(boolean usersClient) {
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/v2/devices/get").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"d\"}").build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport(server.url("/").toString(), usersClient).sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.problem()).isEqualTo(Problem.REDIRECT);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "retry-safe: {0}")
  @ValueSource(booleans = {false, true})
  void anInterceptorThatProceedsTwiceCannotSendAWriteTwice(boolean retrySafe) throws Exception {
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"d\"}").build());
    OkHttpClient twice = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response first = chain.proceed(chain.request());
      if (first.code() < 500) {
        return first;
      }
      first.close();
      return chain.proceed(chain.request());   // a home-made retry, blind to what the request does
    }).build();
    HttpTransport transport = HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme")
        .sleeper(sleeper).okHttpClient(twice).retryPolicy(RetryPolicy.none()).build();
    ApiRequest request = createCode().toBuilder().retrySafe(retrySafe).build();

    LatchkeyConnectionException e = catchThrowableOfType(LatchkeyConnectionException.class,
        () -> transport.sendJson(request));

    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getBody().utf8()).contains(PIN);
    assertThat(e.retryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("a second time").doesNotContain(PIN);
  }
}
