package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.testing.RecordingSleeper;
import dev.latchkey.core.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** One deadline bounds all attempts of a call and the waits between them (issue 7, finding 6). */
class DeadlineTest {

  /** The response body type. */
  /** Far longer than any deadline below: a call that waits for it has ignored its deadline. */
  private static final long STALL_SECONDS = 20;

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<Long> callTimeoutsMillis = new CopyOnWriteArrayList<>();

  /** A user's client with no call timeout, whose interceptor records each attempt's call timeout. */
  private OkHttpClient recordingClient() {
    return new OkHttpClient.Builder().callTimeout(0, TimeUnit.SECONDS).addInterceptor(chain -> {
      callTimeoutsMillis.add(TimeUnit.NANOSECONDS.toMillis(chain.call().timeout().timeoutNanos()));
      return chain.proceed(chain.request());
    }).build();
  }

  private HttpTransport.Builder transport() {
    return HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme").sleeper(sleeper)
        .okHttpClient(recordingClient())
        .readTimeout(Duration.ofSeconds(STALL_SECONDS * 2))
        .callTimeout(Duration.ofSeconds(STALL_SECONDS * 2));
  }

  private void enqueueStalls(int count) {
    for (int i = 0; i < count; i++) {
      server.enqueue(new MockResponse.Builder().headersDelay(STALL_SECONDS, TimeUnit.SECONDS).body("{}").build());
    }
  }

  @Test
  void theClientsDeadlineCutsAnAttemptThatWouldOutlastIt() {
    enqueueStalls(3);
    long started = System.nanoTime();

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class,
        () -> transport().deadline(Duration.ofMillis(400)).build()
            .sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("deadline of PT0.4S", "GET /devices/get");
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(callTimeoutsMillis).singleElement().satisfies(t -> assertThat(t).isBetween(1L, 400L));
    // A hang detector, not a timing test: the stalled answer would take 20 s per attempt.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(STALL_SECONDS / 2));
  }

  @Test
  void aRequestsOwnDeadlineOverridesTheClients() {
    enqueueStalls(1);

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class,
        () -> transport().deadline(Duration.ofMinutes(10)).build()
            .sendJson(ApiRequest.get("/devices/get").options(deadline(Duration.ofMillis(300))).build()));

    assertThat(e.getMessage()).contains("deadline of PT0.3S");
    assertThat(callTimeoutsMillis).singleElement().satisfies(t -> assertThat(t).isBetween(1L, 300L));
  }

  @Test
  void noRetryIsWaitedForWhenItWouldPassTheDeadline() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "5").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"too late\"}").build());

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport().deadline(Duration.ofSeconds(2)).build()
            .sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.httpStatus()).hasValue(503);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesWithinTheDeadlineStillHappen() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"d1\"}").build());

    JsonValue device = transport().deadline(Duration.ofSeconds(30)).build()
        .sendJson(ApiRequest.get("/devices/get").build());

    assertThat(device.get("id").stringValue()).isEqualTo("d1");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void theDefaultDeadlineIsTwoMinutesAndBoundsTheCallTimeout() {
    server.enqueue(new MockResponse.Builder().code(204).build());

    HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme").okHttpClient(recordingClient())
        .build().send(ApiRequest.get("/devices/get").build());

    assertThat(HttpTransport.DEFAULT_DEADLINE).isEqualTo(Duration.ofMinutes(2));
    assertThat(callTimeoutsMillis).singleElement()
        .satisfies(t -> assertThat(t).isGreaterThan(60_000L).isLessThanOrEqualTo(120_000L));
  }

  @Test
  void theClientBuildersDeadlineReachesTheTransport() {
    enqueueStalls(1);
    ClientBuilderTest.AcmeClientBuilder builder = new ClientBuilderTest.AcmeClientBuilder();
    builder.okHttpClient(recordingClient()).deadline(Duration.ofMillis(300))
        .retryPolicy(RetryPolicy.defaults()).sleeper(sleeper);

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class,
        () -> builder.baseUrl(server.url("/").toString()).build()
            .sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.getMessage()).contains("deadline of PT0.3S");
  }

  @Test
  void deadlinesMustBePositive() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> HttpTransport.builder().deadline(Duration.ZERO))).hasMessageContaining("deadline");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> deadline(Duration.ofSeconds(-1)))).hasMessageContaining("deadline");
    assertThat(ApiRequest.get("/a").options(deadline(Duration.ofSeconds(3))).build().toBuilder().build().deadline())
        .contains(Duration.ofSeconds(3));
  }

  private static RequestOptions deadline(Duration deadline) {
    return RequestOptions.builder().deadline(deadline).build();
  }
}
