package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyConnectionException;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.LatchkeyResponseException.Problem;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.RedactedCause;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.core.testing.AcmeErrorDecoder;
import dev.latchkey.core.testing.AcmeException;
import dev.latchkey.core.testing.CapturingLogProvider;
import dev.latchkey.core.testing.RecordingSleeper;
import dev.latchkey.core.testing.TestCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

  /** A body with no JSON form: the writer takes plain values only, never a bean. */
  static final class Unwritable {
    public String getValue() {
      return "not written";
    }
  }

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void clearLogs() {
    CapturingLogProvider.clear();
  }

  private HttpTransport.Builder transport() {
    return HttpTransport.builder()
        .baseUrl(server.url("/api/v1/").toString())
        .vendor("acme")
        .authenticator(RequestAuthenticator.bearer(Secret.of("token-abc-123")))
        .errorDecoder(new AcmeErrorDecoder())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(sleeper);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body)
        .build();
  }

  private static MockResponse status(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  @Test
  void readsJsonIgnoringUnknownFieldsAndSendsUserAgentAcceptAndAuth() throws Exception {
    server.enqueue(json(200, "{\"id\":\"d1\",\"name\":\"Front door\",\"added_later\":true}"));

    JsonValue device = transport().build().sendJson(ApiRequest.get("/devices/get").query("id", "d1").build());

    assertThat(device.path("id").stringValue()).isEqualTo("d1");
    assertThat(device.path("name").stringValue()).isEqualTo("Front door");
    RecordedRequest recorded = server.takeRequest();
    String expectedVersion = System.getProperty("latchkey.expectedVersion");
    assertThat(expectedVersion).isNotBlank();
    assertThat(recorded.getHeaders().get("User-Agent")).isEqualTo("latchkey-java/" + expectedVersion);
    assertThat(recorded.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer token-abc-123");
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/api/v1/devices/get");
    assertThat(recorded.getUrl().queryParameter("id")).isEqualTo("d1");
  }

  @Test
  void readsArraysAndSendsJsonAndFormBodies() throws Exception {
    server.enqueue(json(200, "[{\"id\":\"a\"},{\"id\":\"b\"}]"));
    server.enqueue(status(204));
    HttpTransport transport = transport().build();

    JsonValue devices = transport.sendJson(
        ApiRequest.post("/devices/list").jsonBody(Map.of("limit", 2)).retrySafe(true).build());
    transport.send(ApiRequest.post("/token").formField("grant_type", "refresh_token")
        .formField("refresh_token", Secret.of("rt-1")).build());

    assertThat(devices.items()).extracting(d -> d.path("id").stringValue()).containsExactly("a", "b");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getBody().utf8()).isEqualTo("{\"limit\":2}");
    assertThat(first.getHeaders().get("Content-Type")).startsWith("application/json");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getBody().utf8()).isEqualTo("grant_type=refresh_token&refresh_token=rt-1");
  }

  @Test
  void exchangeGivesTheRawResponse() {
    server.enqueue(new MockResponse.Builder().code(202).setHeader("X-Thing", "v").body("raw bytes").build());

    ApiResponse response = transport().build().exchange(ApiRequest.get("/raw").build());

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.header("x-thing")).contains("v");
    assertThat(response.bodyText()).isEqualTo("raw bytes");
    assertThat(response.toString()).doesNotContain("raw bytes");
  }

  @Test
  void honoursRetryAfterInSeconds() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    JsonValue device = transport().build().sendJson(ApiRequest.get("/devices/get").build());

    assertThat(device.path("id").stringValue()).isEqualTo("d1");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    String in5s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plusSeconds(5),
        ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", in5s).build());
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    transport().build().sendJson(ApiRequest.get("/devices/get").build());

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retriesA503ThenSucceedsWithJitteredBackoff() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    transport().build().sendJson(ApiRequest.get("/devices/get").build());

    assertThat(sleeper.sleeps()).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(200)));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void givesUpWhenRetryAfterExceedsTheCap() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
    server.enqueue(json(200, "{\"id\":\"never\"}"));

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport().build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.httpStatus()).hasValue(429);
    assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void exhaustedRetriesReportTheAttemptCount() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(502));
    }
    server.enqueue(json(200, "{\"id\":\"too late\"}"));

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport().build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.httpStatus()).hasValue(502);
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("HTTP 502", "3 attempts");
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void doesNotRetryANonIdempotentPost() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport().build()
        .sendJson(ApiRequest.post("/access_codes/create").jsonBody(Map.of("name", "x")).build()));

    assertThat(e.httpStatus()).hasValue(503);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesAPostTheVendorMarkedSafe() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    JsonValue device = transport().build()
        .sendJson(ApiRequest.post("/devices/get").jsonBody(Map.of("device_id", "d1")).retrySafe(true).build());

    assertThat(device.path("id").stringValue()).isEqualTo("d1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void noneRetryPolicyTurnsRetriesOff() {
    server.enqueue(status(503));

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport()
        .retryPolicy(RetryPolicy.none()).build().sendJson(ApiRequest.get("/x").build()));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void decodesVendorErrorsIntoTypedExceptions() {
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req-9").body("{\"error\":{\"code\":\"bad_name\",\"message\":\"too long\"}}")
        .build());

    AcmeException e = catchThrowableOfType(AcmeException.class,
        () -> transport().build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.code()).contains(TestCode.BAD_NAME);
    assertThat(e.requestId()).contains("req-9");
    assertThat(e.httpStatus()).hasValue(400);
    assertThat(e.getMessage()).isEqualTo(
        "acme: bad_name (HTTP 400) - too long - Latchkey advice: Use a shorter name. [request id req-9]");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesCodesTheCatalogMarksRetryableAndKeepsUnknownCodes() {
    server.enqueue(json(409, "{\"error\":{\"code\":\"device_offline\"}}"));
    server.enqueue(json(409, "{\"error\":{\"code\":\"device_offline\"}}"));
    server.enqueue(json(409, "{\"error\":{\"code\":\"from_the_future\",\"message\":\"new\"}}"));

    AcmeException e = catchThrowableOfType(AcmeException.class,
        () -> transport().build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.code()).contains(TestCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(e.rawCode()).isEqualTo("from_the_future");
    assertThat(e.getMessage()).contains("unknown code 'from_the_future'");
  }

  @Test
  void anHtmlGatewayPageOnAnErrorStatusFallsBackToTheGenericDecoder() {
    MockResponse page = new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
    server.enqueue(page);

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport()
        .retryPolicy(RetryPolicy.none()).build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e).isExactlyInstanceOf(LatchkeyException.class);
    assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
    assertThat(e.getMessage()).contains("HTTP 502", "text/html", "502 Bad Gateway");
  }

  @Test
  void aThrowingDecoderFallsBackToTheGenericOne() {
    server.enqueue(json(404, "{}"));

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport()
        .errorDecoder(response -> {
          throw new IllegalStateException("decoder bug");
        })
        .build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
    assertThat(e.httpStatus()).hasValue(404);
  }

  @Test
  void aResetConnectionIsRetriedThenReported() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    }

    LatchkeyConnectionException e = catchThrowableOfType(LatchkeyConnectionException.class,
        () -> transport().build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
    assertThat(e.retryable()).isTrue();
    assertThat(e.attempts()).isEqualTo(3);
    // The cause is a sanitised copy (RedactedCause) that names the original class.
    assertThat(e.getCause()).isInstanceOfSatisfying(RedactedCause.class, cause -> assertThat(cause.originalClassName())
        .satisfies(name -> assertThat(IOException.class).isAssignableFrom(classNamed(name))));
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void aResetConnectionThenSuccessSucceeds() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    JsonValue device = transport().build().sendJson(ApiRequest.get("/devices/get").build());

    assertThat(device.path("id").stringValue()).isEqualTo("d1");
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void aRefusedConnectionBecomesAConnectionException() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    LatchkeyConnectionException e = catchThrowableOfType(LatchkeyConnectionException.class,
        () -> transport().baseUrl("http://127.0.0.1:" + closedPort + "/").retryPolicy(RetryPolicy.none())
            .build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.getMessage()).contains("could not reach the API for GET /devices/get");
    assertThat(e.attempts()).isEqualTo(1);
  }

  @Test
  void aReadTimeoutBecomesATimeoutExceptionAndIsRetried() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    }

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class, () -> transport()
        .readTimeout(Duration.ofMillis(150)).retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
        .build().sendJson(ApiRequest.get("/slow").build()));

    assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.getMessage()).contains("timed out on GET /slow");
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void usesTheCallersOkHttpClientWithoutChangingIt() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient callers = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(chain.request().method() + " " + chain.request().header("User-Agent"));
          return chain.proceed(chain.request().newBuilder().header("X-Corporate-Proxy", "yes").build());
        })
        .connectTimeout(7, TimeUnit.SECONDS)
        .build();
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    transport().okHttpClient(callers).connectTimeout(Duration.ofSeconds(2)).build()
        .sendJson(ApiRequest.get("/devices/get").build());

    assertThat(seen).singleElement().asString().startsWith("GET latchkey-java/");
    assertThat(server.takeRequest().getHeaders().get("X-Corporate-Proxy")).isEqualTo("yes");
    assertThat(callers.connectTimeoutMillis()).isEqualTo(7000);
  }

  @Test
  void logsOneDebugLinePerAttemptWithoutQueryValuesOrHeaders() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    transport().build().sendJson(ApiRequest.get("/devices/get").query("device_id", "dev-777").build());

    List<String> lines = CapturingLogProvider.lines();
    assertThat(lines).filteredOn(l -> l.contains("GET /devices/get")).hasSize(2);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("-> 503 (attempt 1/3,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("-> 200 (attempt 2/3,"));
    assertThat(String.join("\n", lines)).doesNotContain("dev-777", "token-abc-123", "Bearer");
  }

  @Test
  void anUnserialisableRequestBodyIsATypedException() {
    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport().build()
        .sendJson(ApiRequest.post("/x").jsonBody(new Unwritable()).build()));

    assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getRequestsAreRetrySafeByDefaultAndPostsAreNot() {
    assertThat(ApiRequest.get("/a").build().retrySafe()).isTrue();
    assertThat(ApiRequest.builder("HEAD", "/a").build().retrySafe()).isTrue();
    assertThat(ApiRequest.post("/a").build().retrySafe()).isFalse();
    assertThat(ApiRequest.put("/a").build().retrySafe()).isFalse();
    assertThat(ApiRequest.delete("/a").retrySafe(true).build().retrySafe()).isTrue();
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterruptFlag() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":\"d1\"}"));
    HttpTransport transport = transport().sleeper(d -> {
      throw new InterruptedException("shutting down");
    }).build();

    try {
      LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
          () -> transport.sendJson(ApiRequest.get("/devices/get").build()));

      assertThat(e.httpStatus()).hasValue(503);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aFailingAuthenticatorBecomesATypedExceptionThatQuotesNothing() {
    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport()
        .authenticator((request, headers) -> {
          throw new IllegalStateException("token rt-secret-1 refused");
        })
        .build().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(e.getMessage()).contains("IllegalStateException").doesNotContain("rt-secret-1");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theAuthenticatorRunsOnEveryAttempt() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":\"d1\"}"));

    transport().authenticator((request, headers) ->
            headers.set("Authorization", Secret.of("Bearer fresh-" + calls.incrementAndGet())))
        .build().sendJson(ApiRequest.get("/devices/get").build());

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer fresh-1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer fresh-2");
  }

  @Test
  void parseReadsAnExchangedResponseWithTheSameChecks() {
    server.enqueue(json(200, "{\"id\":\"d1\"}"));
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<p>").build());
    HttpTransport transport = transport().build();

    ApiResponse ok = transport.exchange(ApiRequest.get("/a").build());
    ApiResponse html = transport.exchange(ApiRequest.get("/b").build());

    assertThat(transport.parse(ok).path("id").stringValue()).isEqualTo("d1");
    assertThat(catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport.parse(html)).problem())
        .isEqualTo(Problem.WRONG_CONTENT_TYPE);
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRejectedWithoutItsCredentials() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> HttpTransport.builder().baseUrl("ftp://svc:tok3n-canary@files.example/api?key=qk3y-canary#frag"));

    assertThat(e).hasMessageContaining("not an http(s) URL").hasMessageContaining("files.example")
        .hasMessageNotContaining("tok3n-canary").hasMessageNotContaining("qk3y-canary");
  }

  @Test
  void builderRejectsMissingOrInvalidSettings() {
    assertThat(catchThrowableOfType(IllegalStateException.class,
        () -> HttpTransport.builder().vendor("acme").build())).hasMessageContaining("baseUrl");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> HttpTransport.builder().baseUrl("ftp://nope"))).hasMessageContaining("not an http(s) URL");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> HttpTransport.builder().readTimeout(Duration.ZERO))).hasMessageContaining("readTimeout");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ApiRequest.get("/a?b=c"))).hasMessageContaining("query()");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ApiRequest.get("/a").jsonBody(Map.of()).build())).hasMessageContaining("cannot have a body");
  }

  @Test
  void aTricklingBodyHitsTheCallTimeout() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":\"" + "a".repeat(200) + "\"}").throttleBody(1, 50, TimeUnit.MILLISECONDS).build());

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class, () -> transport()
        .readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none())
        .build().sendJson(ApiRequest.get("/trickle").build()));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("timed out on GET /trickle");
  }

  private static Class<?> classNamed(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
