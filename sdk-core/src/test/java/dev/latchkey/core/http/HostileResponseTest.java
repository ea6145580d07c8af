package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.LatchkeyResponseException.Problem;
import dev.latchkey.core.testing.AcmeErrorDecoder;
import dev.latchkey.core.testing.AcmeException;
import dev.latchkey.core.testing.RecordingSleeper;
import dev.latchkey.core.testing.TestCode;
import dev.latchkey.core.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures that used to escape untyped or mislabelled (issue 7, finding 4). */
class HostileResponseTest {

  /** The response body type. */
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private HttpTransport.Builder transport(String baseUrl) {
    return HttpTransport.builder().baseUrl(baseUrl).vendor("acme").errorDecoder(new AcmeErrorDecoder())
        .sleeper(sleeper);
  }

  private HttpTransport transport() {
    return transport(server.url("/").toString()).build();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 500})
  void aNegativeContentLengthIsATypedUnreadableBody(int status) throws Exception {
    try (RawServer raw = new RawServer(connection -> {
      connection.read();
      connection.write("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n"
          + "{\"id\":\"d\"}");
      connection.close();
    })) {
      Throwable thrown = catchThrowable(() -> transport(raw.url()).build()
          .sendJson(ApiRequest.post("/x").build()));

      assertThat(thrown).isInstanceOf(LatchkeyException.class);
      LatchkeyException e = (LatchkeyException) thrown;
      assertThat(e.httpStatus()).hasValue(status);
      assertThat(e.retryable()).isFalse();
      if (status == 200) {
        assertThat(e).isInstanceOfSatisfying(LatchkeyResponseException.class,
            r -> assertThat(r.problem()).isEqualTo(Problem.UNREADABLE));
        assertThat(e.getMessage()).contains("could not be read");
      } else {
        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(e.getMessage()).contains("unreadable body");
      }
    }
  }

  /**
   * OkHttp cannot read, discard or close a body framed by a negative Content-Length (Okio rejects the negative
   * byte count), so the call would keep its socket until the garbage collector finds it. The transport cancels
   * such a call: the server sees the connection close as soon as the caller has its exception.
   */
  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 500})
  void aBodyThatCannotBeClosedDoesNotKeepItsConnection(int status) throws Exception {
    CountDownLatch clientClosed = new CountDownLatch(1);
    try (RawServer raw = new RawServer(connection -> {
      connection.read();
      connection.write("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: -5\r\n"
          + "Connection: keep-alive\r\n\r\n{\"id\":\"d\"}");
      try {
        if (connection.read() == null) {
          clientClosed.countDown();
        }
      } catch (java.net.SocketException reset) {
        clientClosed.countDown();
      }
    })) {
      Throwable thrown = catchThrowable(() -> transport(raw.url()).retryPolicy(dev.latchkey.core.RetryPolicy.none())
          .build().sendJson(ApiRequest.get("/x").build()));

      assertThat(thrown).isInstanceOf(LatchkeyException.class);
      assertThat(clientClosed.await(10, TimeUnit.SECONDS)).as("the client closed its connection").isTrue();
    }
  }

  @Test
  void anAlreadyInterruptedCallerGetsATypedExceptionAndKeepsItsInterruptFlag() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"d\"}").build());
    HttpTransport transport = transport();

    Thread.currentThread().interrupt();
    Throwable thrown = catchThrowable(() -> transport.sendJson(ApiRequest.get("/devices/get").build()));
    boolean stillInterrupted = Thread.interrupted();

    assertThat(thrown).isInstanceOf(LatchkeyInterruptedException.class);
    assertThat(stillInterrupted).isTrue();
    assertThat(((LatchkeyException) thrown).retryable()).isFalse();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aCallerInterruptedWhileWaitingForTheServerGetsATypedException() throws Exception {
    CountDownLatch requestRead = new CountDownLatch(1);
    try (RawServer raw = new RawServer(connection -> {
      connection.read();
      requestRead.countDown();
      // Blocking socket reads ignore interrupts: the client notices once the server gives up.
      Thread.sleep(500);
    })) {
      Thread caller = Thread.currentThread();
      Thread interrupter = new Thread(() -> {
        try {
          if (requestRead.await(10, TimeUnit.SECONDS)) {
            caller.interrupt();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      interrupter.start();

      Throwable thrown = catchThrowable(() -> transport(raw.url()).readTimeout(Duration.ofSeconds(20)).build()
          .sendJson(ApiRequest.get("/devices/get").build()));
      boolean stillInterrupted = Thread.interrupted();
      interrupter.join();

      assertThat(thrown).isInstanceOf(LatchkeyInterruptedException.class);
      assertThat(stillInterrupted).isTrue();
      assertThat(raw.count("GET", "/devices/get")).isEqualTo(1);
    }
  }

  @Test
  void anInterruptWhileWaitingToRetryIsTypedAndKeepsTheStatus() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport transport = transport(server.url("/").toString()).sleeper(d -> {
      throw new InterruptedException("shutting down");
    }).build();

    Throwable thrown = catchThrowable(() -> transport.sendJson(ApiRequest.get("/devices/get").build()));
    boolean stillInterrupted = Thread.interrupted();

    assertThat(thrown).isInstanceOfSatisfying(LatchkeyInterruptedException.class, e -> {
      assertThat(e.httpStatus()).hasValue(503);
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).contains("interrupted", "waiting to retry");
    });
    assertThat(stillInterrupted).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void jsonBehindAUtf8ByteOrderMarkIsRead() {
    Buffer body = new Buffer().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
        .writeUtf8("{\"id\":\"d1\"}");
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build());

    assertThat(transport().sendJson(ApiRequest.get("/devices/get").build()).get("id").stringValue()).isEqualTo("d1");
  }

  @Test
  void aBodyStartingWithAHighByteIsMalformedNotEmpty() {
    Buffer body = new Buffer().write(new byte[] {(byte) 0xFF, (byte) 0xC3, '{', '}'});
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
  }

  @Test
  void invalidGzipIsAnUnreadableBodyAndNotRetried() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .setHeader("Content-Encoding", "gzip").body("this is not gzip at all").build());
    }

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.problem()).isEqualTo(Problem.UNREADABLE);
    assertThat(e.httpStatus()).hasValue(200);
    assertThat(e.retryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("not valid gzip").doesNotContain("could not reach");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void validGzipIsInflatedForSuccessAndErrorBodies() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(gzip("{\"id\":\"d1\"}"))).build());
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzip("{\"error\":{\"code\":\"bad_name\"}}"))).build());
    HttpTransport transport = transport();

    JsonValue device = transport.sendJson(ApiRequest.get("/devices/get").build());
    AcmeException e = catchThrowableOfType(AcmeException.class,
        () -> transport.sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(device.get("id").stringValue()).isEqualTo("d1");
    assertThat(e.code()).contains(TestCode.BAD_NAME);
    assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void invalidGzipOnAnErrorStatusKeepsTheStatus() {
    server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Encoding", "gzip").body("garbage")
        .build());

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
        () -> transport().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.httpStatus()).hasValue(404);
    assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
    assertThat(e.getMessage()).contains("unreadable body");
  }

  @Test
  void aGzipBombIsCutAtTheLimit() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(gzip("[" + "0,".repeat(600_000) + "0]")))
        .build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport(server.url("/").toString()).maxResponseBytes(1024 * 1024).build()
            .sendJson(ApiRequest.get("/devices/list").build()));

    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
    assertThat(e.getMessage()).contains("decompressed");
  }

  @Test
  void anUnreadableAnswerAfterRetriesCountsEveryAttempt() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":").build());

    LatchkeyResponseException e = catchThrowableOfType(LatchkeyResponseException.class,
        () -> transport().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aHugeRetryAfterOnA503IsTypedNotANumberFormatException() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "99999999999").build());

    Throwable thrown = catchThrowable(() -> transport().sendJson(ApiRequest.get("/devices/get").build()));

    assertThat(thrown).isInstanceOfSatisfying(LatchkeyException.class, e -> {
      assertThat(e.httpStatus()).hasValue(503);
      assertThat(e.attempts()).isEqualTo(1);   // the wait asked for exceeds maxRetryAfter: no retry
    });
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
