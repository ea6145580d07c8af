package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Per-call options (issue 8, part 6): headers, idempotency key, deadline and retry policy of one call. */
class RequestOptionsTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private HttpTransport transport() {
    return HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme").sleeper(sleeper)
        .authenticator(RequestAuthenticator.bearer(Secret.of("client-key"))).build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body("{}").build();
  }

  @Test
  void headersAndTheIdempotencyKeyReachTheServer() throws Exception {
    server.enqueue(ok());
    RequestOptions options = RequestOptions.builder()
        .header("Accept-Language", "de")
        .idempotencyKey("op-42")
        .header("Authorization", "Bearer from-options")
        .build();

    transport().send(ApiRequest.post("/things").jsonBody(Map.of())
        .options(RequestOptions.builder().header("Accept-Language", "en").build()).options(options).build());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().values("Accept-Language")).containsExactly("de");
    assertThat(recorded.getHeaders().get("Idempotency-Key")).isEqualTo("op-42");
    // Authentication stays the transport's.
    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer client-key");
  }

  @Test
  void aPerCallDeadlineAppliesToThatCallOnly() {
    server.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());
    server.enqueue(ok());
    HttpTransport transport = transport();
    RequestOptions options = RequestOptions.builder().deadline(Duration.ofMillis(200)).build();

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class,
        () -> transport.send(ApiRequest.get("/slow").options(options).build()));

    assertThat(e.getMessage()).contains("PT0.2S");
    transport.send(ApiRequest.get("/fast").build());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPerCallRetryPolicyReplacesTheClients() {
    server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
    server.enqueue(ok());

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> transport().send(
        ApiRequest.get("/things").options(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build())
            .build()));

    assertThat(e.httpStatus()).hasValue(503);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void secretLookingHeaderValuesAreScrubbedFromErrors() {
    String echoed = "{\"error\":\"bad key sk-opt-1234567 and session sess-abcdefg\"}";
    server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
        .body(echoed).build());
    RequestOptions options = RequestOptions.builder()
        .header("X-Api-Key", "sk-opt-1234567")
        .header("X-Session", Secret.of("sess-abcdefg"))
        .build();

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport().send(ApiRequest.get("/things").options(options).build()));

    assertThat(e.getMessage()).contains("bad key").doesNotContain("sk-opt-1234567").doesNotContain("sess-abcdefg");
    assertThat(options.toString()).contains("X-Api-Key", "X-Session").doesNotContain("sk-opt", "sess-");
  }

  @Test
  void optionsDoNotLeakIntoOtherCalls() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        // Answers with what the call sent, so that each caller checks its own request.
        String call = request.getHeaders().get("X-Call");
        String language = request.getHeaders().get("Accept-Language");
        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
            .body("{\"call\":\"" + call + "\",\"language\":\"" + language + "\"}").build();
      }
    });
    HttpTransport transport = transport();
    RequestOptions shared = RequestOptions.builder().header("Accept-Language", "fr").build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          ApiRequest.Builder request = ApiRequest.get("/things")
              .options(RequestOptions.builder().header("X-Call", Integer.toString(n)).build());
          if (n % 2 == 0) {
            request.options(shared.toBuilder().header("Accept-Language", "lang-" + n).build());
          }
          JsonValue body = transport.sendJson(request.build());
          String expected = n % 2 == 0 ? "lang-" + n : "null";
          return body.get("call").stringValue().equals(Integer.toString(n))
              && body.get("language").stringValue().equals(expected);
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared.headers()).containsExactly(Map.entry("Accept-Language", "fr"));
  }

  @Test
  void badHeadersFailWhenSetNotWhenSent() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatThrownBy(() -> builder.header("X-Bad", "line\r\nInjected: yes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Injected");
    assertThatThrownBy(() -> builder.header("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.header("Content-Length", "5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.idempotencyKey(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.deadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().headers()).isEmpty();
  }

  @Test
  void aHeaderSetAgainReplacesTheEarlierOneInAnyCase() {
    RequestOptions options = RequestOptions.builder().header("accept-language", "en").header("Accept-Language", "de")
        .idempotencyKey("k1").build();

    assertThat(options.headers()).containsExactly(Map.entry("Accept-Language", "de"),
        Map.entry("Idempotency-Key", "k1"));
    assertThat(options.idempotencyKey()).hasValue("k1");
    assertThat(RequestOptions.none().headers()).isEmpty();
  }
}
