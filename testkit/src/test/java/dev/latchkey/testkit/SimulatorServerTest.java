package dev.latchkey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<SimulatorServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(SimulatorServer::close);
  }

  private SimulatorServer start(SimulatorServer.Builder builder) {
    SimulatorServer server = builder.start();
    servers.add(server);
    return server;
  }

  private static SimulatorServer.Builder lockApi() {
    return SimulatorServer.builder()
        .route("GET", "/smartlock/{id}", request ->
            SimulatorReply.json(JsonValue.object().put("smartlockId", request.pathParameter("id")).build()))
        .route("POST", "/smartlock/{id}/action", request -> SimulatorReply.empty(204));
  }

  private HttpResponse<String> get(SimulatorServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(SimulatorServer server, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void routesByMethodAndPathPattern() throws Exception {
    SimulatorServer server = start(lockApi());
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());

    HttpResponse<String> lock = get(server, "/smartlock/42");
    assertThat(lock.statusCode()).isEqualTo(200);
    assertThat(lock.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
    assertThat(Json.parse(lock.body()).path("smartlockId").asString()).isEqualTo("42");

    assertThat(post(server, "/smartlock/42/action", "").statusCode()).isEqualTo(204);
    assertThat(server.requests().get(1).pathParameters()).isEqualTo(Map.of("id", "42"));
  }

  @Test
  void unknownRouteWrongMethodAndEmptySegmentAre404() throws Exception {
    SimulatorServer server = start(lockApi());
    HttpResponse<String> unknown = get(server, "/nothing/here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("no route for GET /nothing/here");
    assertThat(post(server, "/smartlock/42", "").statusCode()).isEqualTo(404);
    assertThat(get(server, "/smartlock/").statusCode()).isEqualTo(404);
    assertThat(get(server, "/smartlock/42/extra").statusCode()).isEqualTo(404);
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void fallbackBeforeAndAfterHooks() throws Exception {
    SimulatorServer server = start(lockApi()
        .before(request -> request.header("Authorization").equals(Optional.of("Bearer k"))
            ? Optional.empty()
            : Optional.of(SimulatorReply.text(401, "who are you")))
        .otherwise(request -> SimulatorReply.json(404, JsonValue.object().put("error", "nope").build()))
        .after((request, reply) -> reply.withHeader("x-request-id", "r" + request.sequence())));

    HttpResponse<String> anonymous = get(server, "/smartlock/1");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("x-request-id")).contains("r1");

    HttpRequest authorized = HttpRequest.newBuilder(URI.create(server.url() + "/elsewhere"))
        .header("Authorization", "Bearer k").build();
    HttpResponse<String> fallback = http.send(authorized, HttpResponse.BodyHandlers.ofString());
    assertThat(fallback.statusCode()).isEqualTo(404);
    assertThat(fallback.body()).isEqualTo("{\"error\":\"nope\"}");
    assertThat(fallback.headers().firstValue("x-request-id")).contains("r2");

    server.failNext(InjectedFailure.reply(SimulatorReply.text(503, "busy")));
    HttpResponse<String> injected = get(server, "/smartlock/1");
    assertThat(injected.statusCode()).isEqualTo(503);
    assertThat(injected.headers().firstValue("x-request-id")).contains("r3");
  }

  @Test
  void logKeepsMethodPathQueryHeadersAndBody() throws Exception {
    SimulatorServer server = start(SimulatorServer.builder()
        .route("POST", "/oauth/token", request -> SimulatorReply.json(JsonValue.object()
            .put("grant", request.formParameter("grant_type").orElse("?"))
            .put("lang", request.header("ACCEPT-LANGUAGE").orElse("?"))
            .build())));

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(server.url() + "/oauth/token?tenant=a%20b&x=1&x=2"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "de-AT")
            .POST(HttpRequest.BodyPublishers.ofString(
                "grant_type=client_credentials&client_secret=s3cr%2Bt&scope=read:core+write:core"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(Json.parse(response.body()))
        .isEqualTo(JsonValue.object().put("grant", "client_credentials").put("lang", "de-AT").build());

    SimulatorRequest request = server.requests().get(0);
    assertThat(request.sequence()).isEqualTo(1);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/oauth/token");
    assertThat(request.query()).isEqualTo("tenant=a%20b&x=1&x=2");
    assertThat(request.queryParameter("tenant")).contains("a b");
    assertThat(request.queryParameters().get("x")).containsExactly("1", "2");
    assertThat(request.headers()).containsKey("accept-language");
    assertThat(request.header("Content-Type")).contains("application/x-www-form-urlencoded");
    assertThat(request.form()).containsEntry("client_secret", List.of("s3cr+t"))
        .containsEntry("scope", List.of("read:core write:core"));
    assertThat(request.body()).startsWith("grant_type=client_credentials&");
    assertThat(request.toString()).isEqualTo("SimulatorRequest[#1 POST /oauth/token]").doesNotContain("s3cr");

    server.clearRequests();
    assertThat(server.requests()).isEmpty();
    get(server, "/x");
    assertThat(server.requests()).singleElement().extracting(SimulatorRequest::sequence).isEqualTo(2L);
  }

  @Test
  void formParsingKeepsOrderEmptyValuesAndBrokenEscapes() {
    assertThat(SimulatorRequest.parseForm("a=1&b&a=2&&c=%zz&d=%C3%A9"))
        .containsExactly(
            Map.entry("a", List.of("1", "2")),
            Map.entry("b", List.of("")),
            Map.entry("c", List.of("%zz")),
            Map.entry("d", List.of("é")));
    assertThat(SimulatorRequest.parseForm("")).isEmpty();
  }

  @Test
  void injectedRepliesAreCountedAndLimitedToTheirPath() throws Exception {
    SimulatorServer server = start(lockApi());
    server.failNext(InjectedFailure.reply(SimulatorReply.text(503, "busy").withHeader("Retry-After", "2"))
        .times(2).onPath("/smartlock/{id}"));
    server.failNext(InjectedFailure.reply(SimulatorReply.html(502, "<html>bad gateway</html>")));

    // The first failure is limited to lock reads: the action goes to the second one.
    HttpResponse<String> action = post(server, "/smartlock/7/action", "");
    assertThat(action.statusCode()).isEqualTo(502);
    assertThat(action.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(post(server, "/smartlock/7/action", "").statusCode()).isEqualTo(204);

    HttpResponse<String> first = get(server, "/smartlock/7");
    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.headers().firstValue("retry-after")).contains("2");
    assertThat(first.body()).isEqualTo("busy");
    assertThat(get(server, "/smartlock/8").statusCode()).isEqualTo(503);
    assertThat(get(server, "/smartlock/9").statusCode()).isEqualTo(200);
    assertThat(server.requestCount("/smartlock/{id}")).isEqualTo(3);
    assertThat(server.requestCount("/smartlock/7")).isEqualTo(1);
  }

  @Test
  void clearedFailuresAreNotUsed() throws Exception {
    SimulatorServer server = start(lockApi());
    server.failNext(InjectedFailure.reply(SimulatorReply.empty(500)).times(3));
    assertThat(get(server, "/smartlock/1").statusCode()).isEqualTo(500);
    server.clearFailures();
    assertThat(get(server, "/smartlock/1").statusCode()).isEqualTo(200);
  }

  @Test
  void droppedConnectionGivesTheClientNoResponse() throws Exception {
    SimulatorServer server = start(lockApi());
    server.failNext(InjectedFailure.dropConnection().onPath("/smartlock/{id}/action"));

    assertThatThrownBy(() -> post(server, "/smartlock/1/action", "{}")).isInstanceOf(IOException.class);
    assertThat(post(server, "/smartlock/1/action", "{}").statusCode()).isEqualTo(204);
    assertThat(server.requestCount("/smartlock/1/action")).isEqualTo(2);
  }

  @Test
  void truncatedBodyEndsTheStreamEarly() throws Exception {
    SimulatorServer server = start(lockApi());
    SimulatorReply full = SimulatorReply.json(JsonValue.object().put("smartlockId", "1").put("name", "x").build());
    server.failNext(InjectedFailure.reply(full).truncatedAfter(10));

    HttpRequest cut = HttpRequest.newBuilder(URI.create(server.url() + "/smartlock/1")).build();
    // The client's request timeout does not cover the body: bound the wait so a regression fails, not hangs.
    assertThatThrownBy(() -> http.sendAsync(cut, HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
    assertThat(get(server, "/smartlock/1").statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> InjectedFailure.reply(full).truncatedAfter(full.body().length))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InjectedFailure.dropConnection().truncatedAfter(1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void delayedRequestOutlastsTheClientTimeoutThenTheRouteAnswers() throws Exception {
    SimulatorServer server = start(lockApi());
    server.failNext(InjectedFailure.delay(Duration.ofSeconds(30)));

    HttpRequest slow = HttpRequest.newBuilder(URI.create(server.url() + "/smartlock/1"))
        .timeout(Duration.ofMillis(300)).build();
    assertThatThrownBy(() -> http.send(slow, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(get(server, "/smartlock/1").statusCode()).isEqualTo(200);
  }

  @Test
  void delayedReplyIsSentAfterTheWait() throws Exception {
    SimulatorServer server = start(lockApi());
    server.failNext(InjectedFailure.reply(SimulatorReply.text(429, "slow down")).after(Duration.ofMillis(50)));
    HttpResponse<String> response = get(server, "/smartlock/1");
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.body()).isEqualTo("slow down");
  }

  @Test
  void throwingHandlerAnswers500() throws Exception {
    SimulatorServer server = start(SimulatorServer.builder()
        .route("GET", "/boom", request -> {
          throw new IllegalStateException("simulator bug");
        }));
    HttpResponse<String> response = get(server, "/boom");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("IllegalStateException", "simulator bug");
  }

  @Test
  void withALockTheCheckRoutesAndFallbackRunHoldingItAndTheAfterHookDoesNot() throws Exception {
    Object lock = new Object();
    List<String> held = new CopyOnWriteArrayList<>();
    SimulatorServer server = start(SimulatorServer.builder()
        .lock(lock)
        .before(request -> {
          held.add("before " + Thread.holdsLock(lock));
          return Optional.empty();
        })
        .route("GET", "/state", request -> SimulatorReply.text(200, "route " + Thread.holdsLock(lock)))
        .otherwise(request -> SimulatorReply.text(404, "otherwise " + Thread.holdsLock(lock)))
        .after((request, reply) -> reply.withHeader("x-after", "after " + Thread.holdsLock(lock))));

    HttpResponse<String> route = get(server, "/state");
    HttpResponse<String> fallback = get(server, "/elsewhere");

    assertThat(route.body()).isEqualTo("route true");
    assertThat(fallback.body()).isEqualTo("otherwise true");
    assertThat(held).containsExactly("before true", "before true");
    assertThat(route.headers().firstValue("x-after")).contains("after false");
    SimulatorServer unlocked = start(SimulatorServer.builder()
        .route("GET", "/state", request -> SimulatorReply.text(200, "route " + Thread.holdsLock(lock))));
    assertThat(get(unlocked, "/state").body()).isEqualTo("route false");
  }

  @Test
  void aRefusalThrownAnywhereAnswersItsReplyThroughTheAfterHook() throws Exception {
    SimulatorServer server = start(SimulatorServer.builder()
        .before(request -> {
          if (request.path().equals("/locked")) {
            throw new Refusal(SimulatorReply.text(423, "locked"));
          }
          return Optional.empty();
        })
        .route("GET", "/smartlock/{id}", request -> {
          throw new Refusal(SimulatorReply.json(404,
              JsonValue.object().put("detailMessage", "no smartlock " + request.pathParameter("id")).build()));
        })
        .otherwise(request -> {
          throw new Refusal(SimulatorReply.text(400, "no such call"));
        })
        .after((request, reply) -> reply.withHeader("x-request-id", "r" + request.sequence())));

    HttpResponse<String> route = get(server, "/smartlock/7");
    assertThat(route.statusCode()).isEqualTo(404);
    assertThat(route.body()).isEqualTo("{\"detailMessage\":\"no smartlock 7\"}");
    assertThat(route.headers().firstValue("x-request-id")).contains("r1");
    HttpResponse<String> before = get(server, "/locked");
    assertThat(before.statusCode()).isEqualTo(423);
    assertThat(before.body()).isEqualTo("locked");
    assertThat(get(server, "/elsewhere").statusCode()).isEqualTo(400);
    assertThat(new Refusal(SimulatorReply.empty(409)))
        .hasMessage("SimulatorReply[409 no body, 0 bytes]")
        .hasNoCause()
        .satisfies(refusal -> assertThat(refusal.getStackTrace()).isEmpty());
  }

  @Test
  void replyHelpers() {
    SimulatorReply bytes = SimulatorReply.bytes(200, "application/json", new byte[] {'{', '"'});
    assertThat(bytes.bodyText()).isEqualTo("{\"");
    assertThat(bytes.headers()).containsEntry("content-type", "application/json");
    SimulatorReply empty = SimulatorReply.empty(204).withHeader("ETag", "1").withHeader("etag", "2");
    assertThat(empty.body()).isEmpty();
    assertThat(empty.headers()).containsExactly(Map.entry("ETag", "2"));
    assertThat(empty.toString()).isEqualTo("SimulatorReply[204 no body, 0 bytes]");
    assertThatThrownBy(() -> SimulatorReply.empty(600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InjectedFailure.delay(Duration.ofSeconds(1)).times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InjectedFailure.dropConnection().onPath("no-slash"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentRequestsAreAllAnsweredAndLogged() {
    AtomicInteger handled = new AtomicInteger();
    SimulatorServer server = start(SimulatorServer.builder()
        .route("POST", "/count", request ->
            SimulatorReply.text(200, request.body() + ":" + handled.incrementAndGet())));
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/count"))
          .POST(HttpRequest.BodyPublishers.ofString("c" + i)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    List<String> bodies = calls.stream().map(CompletableFuture::join).map(HttpResponse::body).toList();

    assertThat(bodies).hasSize(64).doesNotHaveDuplicates();
    assertThat(handled).hasValue(64);
    assertThat(server.requests()).hasSize(64);
    assertThat(server.requests().stream().map(SimulatorRequest::sequence).distinct()).hasSize(64);
    assertThat(server.requests().stream().map(SimulatorRequest::body))
        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 64).mapToObj(i -> "c" + i)
            .toList());
  }
}
