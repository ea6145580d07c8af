package dev.latchkey.testkit.nuki;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.WebhookDelivery;
import dev.latchkey.testkit.WebhookScript;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Nuki simulator over raw HTTP, with a JDK HttpServer as the webhook receiver. */
class NukiSimulatorTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private NukiSimulator nuki;
  private HttpServer receiver;

  @BeforeEach
  void start() throws IOException {
    nuki = NukiSimulator.start();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/nuki", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String sha = exchange.getRequestHeaders().getFirst("X-Nuki-Signature-SHA256");
      String legacy = exchange.getRequestHeaders().getFirst("X-Nuki-Signature");
      received.add(Map.of("body", body, "sha", sha == null ? "" : sha, "legacy", legacy == null ? "" : legacy));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stop() {
    nuki.close();
    receiver.stop(0);
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    return call(method, path, body, nuki.apiToken());
  }

  private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nuki.baseUrl() + path))
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String registerReceiver() throws Exception {
    HttpResponse<String> response = call("PUT", "/api/decentralWebhook", "{\"webhookUrl\":\"http://127.0.0.1:"
        + receiver.getAddress().getPort() + "/nuki\",\"webhookFeatures\":[\"DEVICE_STATUS\"]}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonValue json = Json.parse(response.body());
    assertThat(json.get("id").numberValue().longValue()).isEqualTo(1);
    assertThat(json.get("webhookFeatures").get(0).stringValue()).isEqualTo("DEVICE_STATUS");
    return json.get("secret").stringValue();
  }

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBadTokenIs401WithNukisDetailMessage() throws Exception {
    HttpResponse<String> response = call("GET", "/smartlock", null, "wrong");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Json.parse(response.body()).get("detailMessage").stringValue())
        .isEqualTo("Your access token is not authorized");
    assertThat(nuki.toString()).doesNotContain(nuki.apiToken());
  }

  @Test
  void smartlocksShowServerStateBusyAndLockState() throws Exception {
    nuki.setOnline(102, false);
    nuki.setBusy(103, "op-1");
    JsonValue list = Json.parse(call("GET", "/smartlock", null).body());
    assertThat(list.size()).isEqualTo(3);
    assertThat(list.get(0).get("serverState").numberValue().intValue()).isZero();
    assertThat(list.get(1).get("serverState").numberValue().intValue()).isEqualTo(4);
    assertThat(list.get(2).get("operationId").stringValue()).isEqualTo("op-1");
    assertThat(list.get(0).has("operationId")).isFalse();

    assertThat(call("POST", "/smartlock/101/action", "{\"action\":1,\"option\":0}").statusCode()).isEqualTo(204);
    JsonValue one = Json.parse(call("GET", "/smartlock/101", null).body());
    assertThat(one.get("state").get("state").numberValue().intValue()).isEqualTo(3);
    assertThat(nuki.lockState(101)).isEqualTo(3);

    HttpResponse<String> busy = call("POST", "/smartlock/103/action", "{\"action\":2,\"option\":0}");
    assertThat(busy.statusCode()).isEqualTo(423);
    assertThat(busy.body()).contains("detailMessage");
    nuki.setIdle(103);
    assertThat(call("POST", "/smartlock/103/action", "{\"action\":2,\"option\":0}").statusCode()).isEqualTo(204);
    assertThat(call("GET", "/smartlock/999", null).statusCode()).isEqualTo(404);
  }

  @Test
  void anAdvancedActionAnswersARequestIdAndDeliversASignedResult() throws Exception {
    String secret = registerReceiver();
    HttpResponse<String> response = call("POST", "/smartlock/101/action/advanced", "{\"action\":1,\"option\":0}");
    assertThat(response.statusCode()).isEqualTo(200);
    String requestId = Json.parse(response.body()).get("requestId").stringValue();

    nuki.server().awaitWebhookDeliveries(1, Duration.ofSeconds(5));
    assertThat(received).hasSize(1);
    String body = received.get(0).get("body");
    assertThat(received.get(0).get("sha")).isEqualTo(hmac(secret, body));
    assertThat(received.get(0).get("legacy")).isEmpty();
    assertThat(body).isEqualTo("{\"type\":\"UnlockAction\",\"requestId\":\"" + requestId
        + "\",\"smartlockId\":101,\"success\":true}");
  }

  @Test
  void anAuthCreationListsTheFailedSmartlocksWithTheirBytes() throws Exception {
    String secret = registerReceiver();
    nuki.setOnline(102, false);
    nuki.failNextOperation(103, 0x13);
    nuki.signWithLegacyHeader(true);
    HttpResponse<String> response = call("PUT", "/smartlock/auth/advanced",
        "{\"name\":\"Cleaner\",\"smartlockIds\":[101,102,103],\"type\":0,\"accountUserId\":5}");
    String requestId = Json.parse(response.body()).get("requestId").stringValue();

    nuki.server().awaitWebhookDeliveries(1, Duration.ofSeconds(5));
    JsonValue result = Json.parse(received.get(0).get("body"));
    assertThat(received.get(0).get("legacy")).isEqualTo(hmac(secret, received.get(0).get("body")));
    assertThat(received.get(0).get("sha")).isEmpty();
    assertThat(result.get("type").stringValue()).isEqualTo("AuthCreation");
    assertThat(result.get("requestId").stringValue()).isEqualTo(requestId);
    assertThat(result.get("success").booleanValue()).isFalse();
    assertThat(result.get("detail").size()).isEqualTo(2);
    assertThat(result.get("detail").get(0).get("smartlockId").numberValue().longValue()).isEqualTo(102);
    assertThat(result.get("detail").get(0).get("errorCode").stringValue()).isEqualTo("ff");
    assertThat(result.get("detail").get(1).get("errorCode").stringValue()).isEqualTo("13");
    assertThat(nuki.authorizationNames(101)).containsExactly("Cleaner");
    assertThat(nuki.authorizationNames(102)).isEmpty();

    // The scripted failure is used up: the next creation on 103 succeeds.
    call("PUT", "/smartlock/103/auth", "{\"name\":\"Guest\",\"type\":13,\"code\":385926}");
    assertThat(nuki.authorizationNames(103)).containsExactly("Guest");
    // A keypad code already on the lock is a conflict.
    HttpResponse<String> taken = call("PUT", "/smartlock/auth",
        "{\"name\":\"Other\",\"smartlockIds\":[101,103],\"type\":13,\"code\":385926}");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("already exists");
    assertThat(nuki.authorizationNames(101)).containsExactly("Cleaner");
  }

  @Test
  void authorizationsAreListedUpdatedAndDeleted() throws Exception {
    call("PUT", "/smartlock/auth", "{\"name\":\"Anna\",\"smartlockIds\":[101,102],\"type\":0}");
    JsonValue all = Json.parse(call("GET", "/smartlock/auth", null).body());
    assertThat(all.size()).isEqualTo(2);
    String first = all.get(0).get("id").stringValue();
    String second = all.get(1).get("id").stringValue();
    assertThat(first).matches("[0-9a-f]{24}");
    assertThat(Json.parse(call("GET", "/smartlock/102/auth", null).body()).size()).isEqualTo(1);

    assertThat(call("POST", "/smartlock/101/auth/" + first, "{\"name\":\"Anna B\",\"enabled\":false}")
        .statusCode()).isEqualTo(204);
    JsonValue updated = Json.parse(call("GET", "/smartlock/101/auth", null).body()).get(0);
    assertThat(updated.get("name").stringValue()).isEqualTo("Anna B");
    assertThat(updated.get("enabled").booleanValue()).isFalse();
    assertThat(call("POST", "/smartlock/102/auth/" + first, "{\"name\":\"x\"}").statusCode()).isEqualTo(404);

    assertThat(call("DELETE", "/smartlock/101/auth/" + first, null).statusCode()).isEqualTo(204);
    assertThat(call("DELETE", "/smartlock/auth", "[\"" + second + "\"]").statusCode()).isEqualTo(204);
    assertThat(call("GET", "/smartlock/auth", null).body()).isEqualTo("[]");
  }

  @Test
  void webhooksAreListedWithoutSecretsAndDeleted() throws Exception {
    String secret = registerReceiver();
    String list = call("GET", "/api/decentralWebhook", null).body();
    assertThat(list).contains("/nuki").doesNotContain(secret);
    assertThat(call("DELETE", "/api/decentralWebhook/1", null).statusCode()).isEqualTo(204);
    assertThat(call("GET", "/api/decentralWebhook", null).body()).isEqualTo("[]");
    assertThat(call("DELETE", "/api/decentralWebhook/1", null).statusCode()).isEqualTo(404);
    assertThat(call("PUT", "/api/decentralWebhook", "{\"webhookUrl\":\"ftp://x\",\"webhookFeatures\":[]}")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void scriptedWebhooksAreDuplicatedOrLostAndAllShowInTheLogsNewestFirst() throws Exception {
    registerReceiver();
    nuki.scriptNextWebhook(WebhookScript.builder().duplicates(1).build());
    nuki.scriptNextWebhook(WebhookScript.builder().lost(true).build());
    String first = Json.parse(call("POST", "/smartlock/101/action/advanced", "{\"action\":2,\"option\":0}")
        .body()).get("requestId").stringValue();
    String second = Json.parse(call("POST", "/smartlock/102/action/advanced", "{\"action\":1,\"option\":0}")
        .body()).get("requestId").stringValue();
    List<WebhookDelivery> deliveries = nuki.server().awaitWebhookDeliveries(3, Duration.ofSeconds(5));
    assertThat(deliveries).extracting(WebhookDelivery::outcome).containsExactly(WebhookDelivery.Outcome.DELIVERED,
        WebhookDelivery.Outcome.DELIVERED, WebhookDelivery.Outcome.LOST);
    assertThat(received).hasSize(2);

    String path = "/api/key/" + nuki.apiKeyId() + "/webhook/logs";
    JsonValue logs = Json.parse(call("GET", path + "?limit=2", null).body());
    assertThat(logs.size()).isEqualTo(2);
    JsonValue lost = logs.get(0);
    assertThat(lost.get("requestId").stringValue()).isEqualTo(second);
    assertThat(lost.get("succeeded").booleanValue()).isFalse();
    assertThat(lost.has("responseStatus")).isFalse();
    assertThat(lost.get("request").get("smartlockId").numberValue().longValue()).isEqualTo(102);
    assertThat(lost.get("created").stringValue()).endsWith("Z");
    assertThat(logs.get(1).get("requestId").stringValue()).isEqualTo(first);
    assertThat(logs.get(1).get("responseStatus").numberValue().intValue()).isEqualTo(200);
    assertThat(logs.get(1).get("succeeded").booleanValue()).isTrue();

    JsonValue older = Json.parse(call("GET", path + "?limit=10&id=" + logs.get(1).get("id").stringValue(), null)
        .body());
    assertThat(older.size()).isEqualTo(1);
    assertThat(older.get(0).get("requestId").stringValue()).isEqualTo(first);
    assertThat(call("GET", path + "?limit=101", null).statusCode()).isEqualTo(400);
    assertThat(call("GET", "/api/key/1234/webhook/logs", null).statusCode()).isEqualTo(403);
  }

  @Test
  void errorBodiesAreInjectedPerPath() throws Exception {
    nuki.failNext("/smartlock/{smartlockId}/action", NukiErrorBody.restlet(422, "Unprocessable Entity", "bad"));
    nuki.failNext("/smartlock", NukiErrorBody.nginxHtml(502, "502 Bad Gateway"));
    HttpResponse<String> html = call("GET", "/smartlock", null);
    assertThat(html.statusCode()).isEqualTo(502);
    assertThat(html.body()).contains("<title>502 Bad Gateway</title>");
    HttpResponse<String> restlet = call("POST", "/smartlock/101/action", "{\"action\":1,\"option\":0}");
    assertThat(restlet.statusCode()).isEqualTo(422);
    assertThat(Json.parse(restlet.body()).get("reasonPhrase").stringValue()).isEqualTo("Unprocessable Entity");
    nuki.failNext(NukiErrorBody.empty(503));
    HttpResponse<String> empty = call("GET", "/smartlock/auth", null);
    assertThat(empty.statusCode()).isEqualTo(503);
    assertThat(empty.body()).isEmpty();
    assertThat(call("GET", "/smartlock", null).statusCode()).isEqualTo(200);
  }
}
