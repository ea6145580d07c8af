package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.testing.AcmeErrorDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Throws random answers at the transport from a raw socket server: random status lines, headers (framing,
 * content type, Retry-After, gzip, chunking), bodies and connection behaviour, with canary secrets echoed back
 * everywhere. Asserts that only {@link LatchkeyException}s leave, no canary shows in any exception, a request
 * reaches the server no more often than counted, and no call overshoots its deadline (issue 7).
 *
 * <p>Each run uses a new seed, printed in every failure; {@code -Dlatchkey.fuzz.seed=<seed>} replays one and
 * {@code -Dlatchkey.fuzz.cases=<n>} changes the number of cases (default 2,000).
 */
class TransportFuzzTest {

  /** The success body type. */
  private static final String API_KEY = "fuzzkey4d8e2b6a9c";
  private static final String PIN = "7391640528";
  private static final List<String> CANARIES = List.of(API_KEY, PIN);

  /** Far above any deadline used: a call slower than deadline + this is a hang. */
  private static final Duration HANG = Duration.ofSeconds(5);

  private final Map<Integer, Scenario> scenarios = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> heads = new ConcurrentHashMap<>();
  private final AtomicInteger freshConnectionsToDrop = new AtomicInteger();

  /** What the server does on one attempt of a case. */
  enum Behaviour { ANSWER, ANSWER_KEEP_ALIVE, CLOSE_AFTER_READING, CLOSE_MID_BODY, STALL_THEN_ANSWER }

  /**
   * One answer. Status line, headers and body may hold echo marks; the server replaces them with what the
   * request carried, then compresses and frames the body, so that lengths match the bytes actually sent.
   */
  record Answer(Behaviour behaviour, String statusLine, List<String> headers, byte[] body, String gzip,
      String framing, long seed, int stallMillis) {

    /** Head and body as sent, echo included. */
    byte[][] render(byte[] echo) {
      Random random = new Random(seed);
      byte[] bytes = withEcho(body, echo);
      if (gzip.equals("valid")) {
        bytes = TransportFuzzTest.gzip(bytes);
      }
      List<String> lines = new ArrayList<>(headers);
      byte[] framed = bytes;
      switch (framing) {
        case "length" -> lines.add("Content-Length: " + bytes.length);
        case "negative" -> lines.add("Content-Length: -5");
        case "huge" -> lines.add("Content-Length: " + pick(random, "9223372036854775807", "2147483648",
            "99999999999999999999999"));
        case "short" -> lines.add("Content-Length: " + Math.max(0, bytes.length - 1 - random.nextInt(5)));
        case "long" -> lines.add("Content-Length: " + (bytes.length + 1 + random.nextInt(50)));
        case "junk" -> lines.add("Content-Length: 12abc");
        case "chunked", "chunked-bad", "chunked-truncated" -> {
          lines.add("Transfer-Encoding: chunked");
          framed = chunked(bytes, framing, random);
        }
        default -> { }
      }
      Collections.shuffle(lines, random);
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.writeBytes(withEcho(statusLine.getBytes(StandardCharsets.ISO_8859_1), echo));
      for (String line : lines) {
        head.writeBytes(withEcho((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1), echo));
      }
      head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      return new byte[][] {head.toByteArray(), framed};
    }
  }

  /** The answers of one case, one per attempt (the last one repeats), and what the case sends. */
  record Scenario(int id, String description, List<Answer> answers, boolean retrySafe, String method) {
    Answer answer(int attempt) {
      return answers.get(Math.min(attempt, answers.size() - 1));
    }
  }

  @Test
  void onlyTypedExceptionsNoCanariesNoExtraSendsNoHangs() throws Exception {
    long seed = Long.getLong("latchkey.fuzz.seed", System.nanoTime());
    int cases = Integer.getInteger("latchkey.fuzz.cases", 2000);
    Random random = new Random(seed);
    String replay = " (replay with -Dlatchkey.fuzz.seed=" + seed + ")";

    try (RawServer server = new RawServer(this::serve)) {
      OkHttpClient eager = new OkHttpClient.Builder().retryOnConnectionFailure(true).followRedirects(true).build();
      OkHttpClient plain = new OkHttpClient();
      List<HttpTransport> transports = new ArrayList<>();
      for (OkHttpClient client : List.of(eager, plain)) {
        transports.add(HttpTransport.builder()
            .baseUrl(server.url())
            .vendor("acme")
            .okHttpClient(client)
            .authenticator(RequestAuthenticator.bearer(Secret.of(API_KEY)))
            .secrets(Secret.of(API_KEY))
            .errorDecoder(new AcmeErrorDecoder())
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofMillis(60))
            .callTimeout(Duration.ofSeconds(1))
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .sleeper(duration -> { })
            .build());
      }
      int thrown = 0;
      Map<String, Integer> outcomes = new java.util.TreeMap<>();
      long runStarted = System.nanoTime();
      for (int id = 0; id < cases; id++) {
        Scenario scenario = scenario(id, random);
        scenarios.put(id, scenario);
        heads.put(id, new AtomicInteger());
        if (random.nextInt(20) == 0) {
          // The next new connections are closed before their request is read; pooled ones must go first.
          (random.nextBoolean() ? eager : plain).connectionPool().evictAll();
          freshConnectionsToDrop.set(1 + random.nextInt(3));
        } else {
          freshConnectionsToDrop.set(0);
        }
        HttpTransport transport = transports.get(random.nextInt(2));
        Duration deadline = List.of(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(3))
            .get(random.nextInt(3));
        ApiRequest request = request(scenario, deadline);
        String context = "case " + id + " of seed " + seed + replay + ": " + scenario.description();

        long started = System.nanoTime();
        Throwable failure = null;
        try {
          transport.sendJson(request);
        } catch (Throwable t) {
          failure = t;
          thrown++;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        outcomes.merge(failure == null ? "success" : failure.getClass().getSimpleName(), 1, Integer::sum);

        assertThat(Thread.interrupted()).as("interrupt flag set by " + context).isFalse();
        assertThat(took).as("time taken by " + context).isLessThan(deadline.plus(HANG));
        if (failure != null) {
          assertThat(failure).as("type thrown by " + context).isInstanceOf(LatchkeyException.class);
          assertNoCanary(failure, context);
        }
        int sent = heads.get(id).get();
        int counted = failure == null ? 3 : ((LatchkeyException) failure).attempts();
        if (scenario.retrySafe()) {
          assertThat(sent).as("requests sent by " + context).isLessThanOrEqualTo(counted);
        } else {
          assertThat(sent).as("requests sent by " + context).isLessThanOrEqualTo(1);
        }
        scenarios.remove(id);
      }
      System.out.printf("transport fuzz: %d cases in %d ms, seed %d: %s%n", cases,
          Duration.ofNanos(System.nanoTime() - runStarted).toMillis(), seed, outcomes);
      assertThat(thrown).as("cases that failed, seed " + seed).isPositive().isLessThan(cases);
      assertThat(server.handlerErrors()).as("fuzz server errors, seed " + seed).isEmpty();
    }
  }

  /** Messages, toString(), causes and suppressed exceptions, all the way down. */
  private void assertNoCanary(Throwable thrown, String context) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>(List.of(thrown));
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      String where = t == thrown ? "the exception" : "a cause or suppressed " + t.getClass().getName();
      for (String canary : CANARIES) {
        assertThat(String.valueOf(t.getMessage())).as("message of " + where + " in " + context)
            .doesNotContain(canary);
        assertThat(t.toString()).as("toString of " + where + " in " + context).doesNotContain(canary);
      }
      if (t instanceof LatchkeyException e) {
        assertThat(e.details().toString()).as("details of " + where + " in " + context)
            .doesNotContain(CANARIES.toArray(new String[0]));
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        todo.push(suppressed);
      }
    }
  }

  private static ApiRequest request(Scenario scenario, Duration deadline) {
    ApiRequest.Builder b = scenario.method().equals("GET") ? ApiRequest.get("/devices/get")
        : ApiRequest.builder(scenario.method(), "/access_codes/create")
            .jsonBody(Map.of("device_id", "d1", "code", PIN)).sensitive(Secret.of(PIN));
    if (!scenario.method().equals("GET")) {
      b.retrySafe(scenario.retrySafe());
    }
    return b.options(RequestOptions.builder().header("X-Fuzz-Case", String.valueOf(scenario.id())).deadline(deadline)
        .build()).build();
  }

  // ---- the server -------------------------------------------------------------------------------------------

  private void serve(RawServer.Connection connection) throws IOException, InterruptedException {
    if (freshConnectionsToDrop.getAndDecrement() > 0) {
      connection.close();
      return;
    }
    for (RawServer.RequestHead request; (request = connection.read()) != null; ) {
      int id = Integer.parseInt(request.header("x-fuzz-case"));
      AtomicInteger count = heads.get(id);
      Scenario scenario = scenarios.get(id);
      if (count == null || scenario == null) {
        connection.close();   // a late request of a case already checked
        return;
      }
      Answer answer = scenario.answer(count.getAndIncrement());
      switch (answer.behaviour()) {
        case CLOSE_AFTER_READING -> {
          connection.close();
          return;
        }
        case STALL_THEN_ANSWER -> Thread.sleep(answer.stallMillis());
        default -> { }
      }
      byte[][] rendered = answer.render(echo(request));
      connection.write(rendered[0]);
      byte[] body = rendered[1];
      if (answer.behaviour() == Behaviour.CLOSE_MID_BODY) {
        connection.write(Arrays.copyOf(body, body.length / 2));
        connection.close();
        return;
      }
      connection.write(body);
      if (answer.behaviour() != Behaviour.ANSWER_KEEP_ALIVE) {
        connection.close();
        return;
      }
    }
  }

  /** What the server echoes back: the credential the request carried, or its body with the PIN. */
  private static byte[] echo(RawServer.RequestHead request) {
    String authorization = request.header("authorization");
    String body = new String(request.body(), StandardCharsets.UTF_8);
    return (authorization + " " + body).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static final byte[] ECHO_MARK = "@ECHO@".getBytes(StandardCharsets.ISO_8859_1);

  /** Replaces each echo mark with the echo; in gzip bodies the mark was replaced before compressing. */
  private static byte[] withEcho(byte[] bytes, byte[] echo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (i + ECHO_MARK.length <= bytes.length && Arrays.equals(bytes, i, i + ECHO_MARK.length,
          ECHO_MARK, 0, ECHO_MARK.length)) {
        out.writeBytes(echo);
        i += ECHO_MARK.length - 1;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  // ---- random scenarios -------------------------------------------------------------------------------------

  private static final int[] STATUSES = {200, 200, 200, 201, 204, 301, 302, 307, 308, 400, 401, 403, 404, 408,
      409, 422, 429, 500, 502, 503, 503, 504};

  private static Scenario scenario(int id, Random random) {
    String method = List.of("GET", "POST", "POST", "DELETE").get(random.nextInt(4));
    boolean retrySafe = method.equals("GET") || random.nextInt(3) == 0;
    int count = 1 + random.nextInt(3);
    List<Answer> answers = new ArrayList<>();
    StringBuilder description = new StringBuilder(method + (retrySafe ? " retry-safe" : " not retry-safe"));
    for (int i = 0; i < count; i++) {
      Answer answer = answer(random, description);
      answers.add(answer);
    }
    return new Scenario(id, description.toString(), answers, retrySafe, method);
  }

  private static Answer answer(Random random, StringBuilder description) {
    int roll = random.nextInt(100);
    Behaviour behaviour = roll < 45 ? Behaviour.ANSWER : roll < 75 ? Behaviour.ANSWER_KEEP_ALIVE
        : roll < 85 ? Behaviour.CLOSE_MID_BODY : roll < 95 ? Behaviour.CLOSE_AFTER_READING
        : Behaviour.STALL_THEN_ANSWER;
    int stall = random.nextInt(120);

    byte[] body = body(random);
    List<String> headers = new ArrayList<>();
    String contentType = pick(random, "application/json", "application/json; charset=utf-8", "text/html",
        "text/plain", "application/problem+json", "garbage/@ECHO@", null);
    if (contentType != null) {
      headers.add("Content-Type: " + contentType);
    }
    String gzip = random.nextInt(6) != 0 ? "none" : random.nextBoolean() ? "valid" : "invalid";
    if (!gzip.equals("none")) {
      headers.add("Content-Encoding: gzip");
    }
    String retryAfter = pick(random, null, null, null, "0", "1", "-1", "soon", "99999999999999999999",
        "3600", rfc1123(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1)),
        rfc1123(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2)), "@ECHO@");
    if (retryAfter != null) {
      headers.add("Retry-After: " + retryAfter);
    }
    if (random.nextInt(4) == 0) {
      headers.add(pick(random, "Location: http://" + API_KEY + ".example/steal?pin=@ECHO@", "Location: /moved",
          "Location: ::garbage::", "X-Request-Id: @ECHO@", "X-Echo: @ECHO@", "Set-Cookie: s=@ECHO@"));
    }
    String framing = pick(random, "length", "length", "length", "none", "negative", "huge", "short", "long",
        "junk", "chunked", "chunked-bad", "chunked-truncated");
    if (behaviour == Behaviour.ANSWER_KEEP_ALIVE) {
      headers.add("Connection: keep-alive");
    } else if (random.nextBoolean()) {
      headers.add("Connection: close");
    }
    String statusLine = statusLine(random);
    description.append(" | ").append(behaviour).append(' ').append(statusLine.strip()).append(' ')
        .append(headers).append(" gzip=").append(gzip).append(" framing=").append(framing).append(" body=")
        .append(body.length).append('B');
    return new Answer(behaviour, statusLine, List.copyOf(headers), body, gzip, framing, random.nextLong(), stall);
  }

  private static String statusLine(Random random) {
    if (random.nextInt(25) == 0) {
      return pick(random, "HTTP/1.1 2x0 OK\r\n", "FOO\r\n", "HTTP/1.1 200\r\n", "HTTP/9.9 200 OK\r\n",
          "HTTP/1.1 @ECHO@\r\n", "\r\n");
    }
    int status = random.nextInt(15) == 0 ? 100 + random.nextInt(900) : STATUSES[random.nextInt(STATUSES.length)];
    String reason = pick(random, "OK", "Whatever", "@ECHO@", "", "Bad \u00e9 reason");
    return "HTTP/1.1 " + status + " " + reason + "\r\n";
  }

  private static byte[] body(Random random) {
    String json = "{\"id\":\"d" + random.nextInt(1000) + "\",\"name\":\"Front door\"}";
    switch (random.nextInt(9)) {
      case 0:
        return new byte[0];
      case 1: {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
      }
      case 2:
        return json.substring(0, random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8);
      case 3:
        return ("\u00ef\u00bb\u00bf" + json).getBytes(StandardCharsets.ISO_8859_1);   // a UTF-8 byte order mark
      case 4:
        return "{\"error\":{\"code\":\"bad_name\",\"message\":\"@ECHO@\"}}".getBytes(StandardCharsets.UTF_8);
      case 5:
        return ("{\"error\":{\"code\":\"" + pick(random, "device_offline", "new_code", "") + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
      case 6:
        return "<html><body>proxy error: @ECHO@</body></html>".getBytes(StandardCharsets.UTF_8);
      case 7:
        return "[1,2,{\"id\":null}]".getBytes(StandardCharsets.UTF_8);
      default:
        return json.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] chunked(byte[] body, String framing, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int size = Math.min(body.length - at, 1 + random.nextInt(64));
      String sizeLine = framing.equals("chunked-bad") && random.nextInt(3) == 0 ? "zz" : Integer.toHexString(size);
      out.writeBytes((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, at, size);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      at += size;
    }
    if (!framing.equals("chunked-truncated")) {
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  private static String rfc1123(ZonedDateTime time) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(time);
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
