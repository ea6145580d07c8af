package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.WebhookSignatures;
import dev.latchkey.core.testing.AcmeErrorDecoder;
import dev.latchkey.core.testing.CapturingLogProvider;
import dev.latchkey.core.testing.RecordingSleeper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Puts canary secrets into requests and into the vendor's answers, then checks that none of them shows up in
 * an exception message, in the {@code toString()} of any public value, or in the log.
 */
class CanarySecretTest {

  private static final String API_KEY = "CanaryApiKey7f3a9b";
  private static final String BEARER = "CanaryBearer2c4e6a";
  private static final String CLIENT_SECRET = "CanaryClientSecret9d8c";
  private static final String REFRESH_TOKEN = "CanaryRefresh5e5e";
  private static final String WEBHOOK_SECRET = "whsec_CanaryWebhook1a2b3c";
  private static final String PIN = "739164";
  private static final List<String> CANARIES =
      List.of(API_KEY, BEARER, CLIENT_SECRET, REFRESH_TOKEN, "CanaryWebhook1a2b3c", PIN);

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final List<String> observed = new ArrayList<>();
  private final List<ErrorResponse> decoded = new CopyOnWriteArrayList<>();

  @BeforeEach
  void clearLogs() {
    CapturingLogProvider.clear();
  }

  private HttpTransport transport(RequestAuthenticator authenticator) {
    AcmeErrorDecoder vendorDecoder = new AcmeErrorDecoder();
    return HttpTransport.builder()
        .baseUrl(server.url("/").toString())
        .vendor("acme")
        .authenticator(authenticator)
        .errorDecoder(response -> {
          decoded.add(response);
          return vendorDecoder.decode(response);
        })
        .sleeper(new RecordingSleeper())
        // What a vendor client registers: its configured credentials.
        .secrets(Secret.of(API_KEY), Secret.of(CLIENT_SECRET), Secret.of(WEBHOOK_SECRET))
        .build();
  }

  private static String everything() {
    // Bare client credentials, and request-level ones named the way vendors name them in prose.
    return "key " + API_KEY + " was used with Bearer " + BEARER + "; client " + CLIENT_SECRET
        + " refresh_token: " + REFRESH_TOKEN + " webhook " + WEBHOOK_SECRET + " pin " + PIN;
  }

  private void observe(LatchkeyException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      observed.add(t.getMessage());
      observed.add(t.toString());
    }
    observed.add(e.details().toString());
    observed.add(e.rawCode());
    e.requestId().ifPresent(observed::add);
  }

  @Test
  void canariesAppearInNoMessageToStringOrLogLine() {
    Secret apiKey = Secret.of(API_KEY);
    Secret pin = Secret.of(PIN);
    HttpTransport withKey = transport(RequestAuthenticator.header("X-API-Key", apiKey));
    HttpTransport withBearer = transport(RequestAuthenticator.bearer(Secret.of(BEARER)));

    // 1. A vendor error that echoes every secret in its message, to a request carrying a PIN.
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "Bearer " + BEARER)
        .body("{\"error\":{\"code\":\"" + PIN + "\",\"message\":\"" + everything() + "\"}}").build());
    ApiRequest createCode = ApiRequest.post("/access_codes/create")
        .jsonBody(Map.of("code", PIN, "name", "guest")).sensitive(pin).build();
    observe(catchThrowableOfType(LatchkeyException.class, () -> withKey.sendJson(createCode)));
    observed.add(createCode.toString());

    // 2. An OAuth token call with a client secret and refresh token, answered by a non-vendor-shaped 401.
    server.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
        .body("{\"error\":\"invalid_client\",\"error_description\":\"" + everything()
            + "\",\"access_token\":\"CanaryAccess77\",\"refresh_token\":\"" + REFRESH_TOKEN + "\"}").build());
    ApiRequest token = ApiRequest.post("/oauth/token").formField("grant_type", "refresh_token")
        .formField("refresh_token", Secret.of(REFRESH_TOKEN))
        .formField("client_secret", Secret.of(CLIENT_SECRET)).build();
    observe(catchThrowableOfType(LatchkeyException.class, () -> withBearer.sendJson(token)));
    observed.add(token.toString());

    // 3. A successful response holding the PIN that cannot be read (a bad token quoting it, then truncated).
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"code\":x" + PIN + "}").build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"code\":\"" + PIN).build());
    ApiRequest get = ApiRequest.get("/access_codes/get").query("pin", pin).build();
    observe(catchThrowableOfType(LatchkeyException.class, () -> withKey.sendJson(get)));
    observe(catchThrowableOfType(LatchkeyException.class, () -> withKey.sendJson(get)));
    observed.add(get.toString());

    // 4. Retried 503s whose bodies echo the secrets: every attempt is logged.
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/plain")
          .body(everything()).build());
    }
    observe(catchThrowableOfType(LatchkeyException.class,
        () -> withBearer.sendJson(ApiRequest.get("/devices/list").build())));

    // 5. A successful raw exchange holding secrets.
    server.enqueue(new MockResponse.Builder().code(200).body(everything()).build());
    ApiResponse raw = withKey.exchange(ApiRequest.get("/raw").build());
    assertThat(raw.bodyText()).contains(PIN);

    byte[] mac = WebhookSignatures.hmacSha256(Secret.of(WEBHOOK_SECRET), "{}".getBytes(StandardCharsets.UTF_8));
    observed.add(WebhookSignatures.toHex(mac));
    observed.add(raw.toString());
    observed.add(apiKey.toString());
    observed.add(Secret.of(WEBHOOK_SECRET).toString());
    observed.add(RetryPolicy.defaults().toString());
    decoded.forEach(response -> observed.add(response.toString()));
    decoded.forEach(response -> observed.add(response.snippet(10_000)));
    observed.addAll(CapturingLogProvider.lines());

    assertThat(decoded).hasSize(5);
    assertThat(CapturingLogProvider.lines()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(observed).hasSizeGreaterThan(30).allSatisfy(text -> assertThat(text).isNotNull()
        .doesNotContain(CANARIES.toArray(new String[0])).doesNotContain("CanaryAccess77"));
  }

  @Test
  void decodersSeeBodiesWithTheRequestSecretsRemoved() {
    server.enqueue(new MockResponse.Builder().code(409).setHeader("Content-Type", "application/json")
        .body("{\"error\":{\"code\":\"duplicate\",\"message\":\"code " + PIN + " exists\"}}").build());

    catchThrowableOfType(LatchkeyException.class, () -> transport(RequestAuthenticator.none())
        .sendJson(ApiRequest.post("/access_codes/create").jsonBody(Map.of("code", PIN))
            .sensitive(Secret.of(PIN)).build()));

    assertThat(decoded).singleElement().satisfies(r ->
        assertThat(r.bodyText()).contains("code [redacted] exists").doesNotContain(PIN));
  }
}
