package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.LatchkeyResponseException.Problem;
import dev.latchkey.core.testing.RecordingSleeper;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of unreadable 2xx body becomes a {@link LatchkeyResponseException} that quotes none of it. */
class BadBodyTest {

  private static final String TEN_MIB = "x".repeat(10 * 1024 * 1024);

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private HttpTransport transport() {
    return HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme").sleeper(sleeper).build();
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("empty", "application/json", "", Problem.EMPTY_BODY, "empty body"),
        Arguments.of("blank", "application/json", "  \n", Problem.EMPTY_BODY, "empty body"),
        Arguments.of("html", "text/html; charset=utf-8", "<html>Pin 4821 secret portal</html>",
            Problem.WRONG_CONTENT_TYPE, "text/html"),
        Arguments.of("html without type", null, "<html>Pin 4821</html>", Problem.WRONG_CONTENT_TYPE, "HTML"),
        Arguments.of("plain text", "text/plain", "code=4821", Problem.WRONG_CONTENT_TYPE, "text/plain"),
        Arguments.of("truncated", "application/json", "{\"id\":\"ac1\",\"code\":\"48", Problem.MALFORMED_JSON,
            "truncated JSON"),
        Arguments.of("garbled", "application/json", "{\"id\" \"ac1\", 4821}", Problem.MALFORMED_JSON,
            "malformed JSON"),
        Arguments.of("trailing garbage", "application/json", "{\"id\":\"ac1\"} 4821", Problem.MALFORMED_JSON,
            "malformed JSON"),
        Arguments.of("trailing second document", "application/json", "{\"id\":\"ac1\"} {\"code\":\"4821\"}",
            Problem.MALFORMED_JSON, "content after the JSON value at line 1, column 14"),
        Arguments.of("bad escape", "application/json", "{\"code\":\"48\\q21\"}", Problem.MALFORMED_JSON,
            "malformed JSON in the response to GET /access_codes/get at line 1, column"),
        Arguments.of("duplicate key", "application/json", "{\"code\":\"4821\",\"code\":\"0000\"}",
            Problem.MALFORMED_JSON, "duplicate key"),
        Arguments.of("nested 10,000 deep", "application/json", "[".repeat(10_000) + "4821" + "]".repeat(10_000),
            Problem.MALFORMED_JSON, "too deep"),
        Arguments.of("null", "application/json", "null", Problem.WRONG_SHAPE, "JSON null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void unreadableBodiesBecomeResponseExceptions(String name, String contentType, String body, Problem problem,
      String said) {
    MockResponse.Builder response = new MockResponse.Builder().code(200).body(body);
    if (contentType != null) {
      response.setHeader("Content-Type", contentType);
    }
    server.enqueue(response.build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport().sendJson(ApiRequest.get("/access_codes/get").build()));

    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
    assertThat(e.retryable()).isFalse();
    assertThat(e.httpStatus()).hasValue(200);
    assertThat(e.getMessage()).contains(said).contains("GET /access_codes/get").doesNotContain("4821");
    assertThat(e.getCause()).isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBodyOverTheLimitWithContentLengthFailsAndSaysTheLimit() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(TEN_MIB).build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport().sendJson(ApiRequest.get("/huge").build()));

    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
    assertThat(e.getMessage()).contains("too large", "maxResponseBytes = 8388608").doesNotContain("xxxx");
  }

  @Test
  void aChunkedBodyOverTheLimitIsReadOnlyUpToTheLimit() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(TEN_MIB, 64 * 1024).build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport().sendJson(ApiRequest.get("/huge").build()));

    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
    assertThat(e.getMessage()).contains("more than 8388608 bytes");
  }

  @Test
  void aSmallerConfiguredLimitApplies() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":\"" + "a".repeat(200) + "\"}").build());
    HttpTransport small = HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme")
        .maxResponseBytes(100).build();

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> small.sendJson(ApiRequest.get("/x").build()));

    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
  }

  @Test
  void aHugeErrorBodyIsCutForTheDecoder() {
    server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/plain")
        .body(TEN_MIB).build());
    List<ErrorResponse> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpTransport transport = HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme")
        .errorDecoder(r -> {
          seen.add(r);
          return ErrorDecoder.generic().decode(r);
        }).build();

    catchThrowableOfType(dev.latchkey.core.LatchkeyException.class,
        () -> transport.sendJson(ApiRequest.post("/x").build()));

    assertThat(seen).singleElement().satisfies(r -> {
      assertThat(r.bodyTruncated()).isTrue();
      assertThat(r.bodyText()).hasSize(64 * 1024);
    });
  }
}
