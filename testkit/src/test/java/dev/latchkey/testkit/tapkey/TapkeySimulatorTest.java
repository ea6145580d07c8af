package dev.latchkey.testkit.tapkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.TestClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Tapkey simulator over raw HTTP: the token endpoint, the API, the 401 and 403 cases, injected errors. */
class TapkeySimulatorTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private TapkeySimulator tapkey;

  @AfterEach
  void stop() {
    if (tapkey != null) {
      tapkey.close();
    }
  }

  private TapkeySimulator start(TapkeySimulator.Builder builder) {
    tapkey = builder.start();
    return tapkey;
  }

  private HttpResponse<String> token(String... form) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < form.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&").append(form[i]).append('=')
          .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
    }
    return http.send(HttpRequest.newBuilder(URI.create(tapkey.tokenEndpoint()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String clientCredentialsToken(String... scope) throws Exception {
    List<String> form = new ArrayList<>(List.of("grant_type", "client_credentials", "client_id", tapkey.clientId(),
        "client_secret", tapkey.clientSecret()));
    if (scope.length > 0) {
      form.addAll(List.of("scope", String.join(" ", scope)));
    }
    HttpResponse<String> response = token(form.toArray(new String[0]));
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.parse(response.body()).path("access_token").stringValue();
  }

  private HttpResponse<String> api(String method, String path, String token, String body, String language)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tapkey.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void clientCredentialsGiveABearerTokenForTheApiAndAreCounted() throws Exception {
    start(TapkeySimulator.builder());
    HttpResponse<String> wrong = token("grant_type", "client_credentials", "client_id", tapkey.clientId(),
        "client_secret", "nope");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Json.parse(wrong.body()).path("error").stringValue()).isEqualTo("invalid_client");

    String token = clientCredentialsToken();
    HttpResponse<String> owners = api("GET", "/Owners", token, null, null);

    assertThat(owners.statusCode()).isEqualTo(200);
    assertThat(Json.parse(owners.body()).get(0).path("id").stringValue()).isEqualTo(tapkey.ownerAccountId());
    assertThat(tapkey.tokenRequestCount()).isEqualTo(2);
    assertThat(tapkey.requests()).extracting(r -> r.path()).containsExactly("/connect/token", "/connect/token",
        "/api/v1/Owners");
  }

  @Test
  void refreshTokensRotateAndARotatedOrRevokedOneIsInvalidGrant() throws Exception {
    start(TapkeySimulator.builder());
    String first = tapkey.issueRefreshToken();
    JsonValue refreshed = Json.parse(token("grant_type", "refresh_token", "client_id", tapkey.clientId(),
        "refresh_token", first).body());
    String second = refreshed.path("refresh_token").stringValue();
    assertThat(second).isNotEqualTo(first);
    assertThat(api("GET", "/Owners", refreshed.path("access_token").stringValue(), null, null).statusCode())
        .isEqualTo(200);

    HttpResponse<String> reused = token("grant_type", "refresh_token", "client_id", tapkey.clientId(),
        "refresh_token", first);
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(Json.parse(reused.body()).path("error").stringValue()).isEqualTo("invalid_grant");

    tapkey.revokeRefreshTokens();
    assertThat(Json.parse(token("grant_type", "refresh_token", "client_id", tapkey.clientId(), "refresh_token",
        second).body()).path("error").stringValue()).isEqualTo("invalid_grant");
    assertThat(token("grant_type", "password").statusCode()).isEqualTo(400);
  }

  @Test
  void expiredRevokedAndUnknownTokensAnswerTheRfc6750Challenges() throws Exception {
    start(TapkeySimulator.builder());
    String token = clientCredentialsToken();
    tapkey.expireAccessTokens();
    HttpResponse<String> expired = api("GET", "/Owners", token, null, null);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
        .startsWith("Bearer ").contains("error=\"invalid_token\"", "The token expired at '"));

    String other = clientCredentialsToken();
    assertThat(api("GET", "/Owners", other, null, null).statusCode()).isEqualTo(200);
    tapkey.revokeAccessTokens();
    assertThat(api("GET", "/Owners", other, null, null).headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).contains("invalid_token").doesNotContain("expired"));
    assertThat(api("GET", "/Owners", "made-up", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenPastItsLifetimeByTheClockHasExpired() throws Exception {
    TestClock clock = TestClock.at(Instant.parse("2026-11-22T10:00:00Z"));
    start(TapkeySimulator.builder().clock(clock).accessTokenLifetime(Duration.ofMinutes(5)));
    String token = clientCredentialsToken();
    assertThat(api("GET", "/Owners", token, null, null).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(5));
    assertThat(api("GET", "/Owners", token, null, null).headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).contains("expired"));
  }

  @Test
  void aClientLimitedToSomeScopesGetsInsufficientScopeNamingTheScope() throws Exception {
    start(TapkeySimulator.builder().clientScopes("read:owneraccounts", "read:grants"));
    assertThat(Json.parse(token("grant_type", "client_credentials", "client_id", tapkey.clientId(),
        "client_secret", tapkey.clientSecret(), "scope", "write:grants").body()).path("error").stringValue())
        .isEqualTo("invalid_scope");
    String token = clientCredentialsToken();
    assertThat(api("GET", "/Owners/owner-1/Grants", token, null, null).statusCode()).isEqualTo(200);

    HttpResponse<String> revoke = api("POST", "/Owners/owner-1/Grants/g/Revoke", token, null, null);
    assertThat(revoke.statusCode()).isEqualTo(401);
    assertThat(revoke.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
        .contains("error=\"insufficient_scope\"", "scope=\"write:grants\""));
    assertThat(api("GET", "/Owners/owner-1/BoundLocks", token, null, null).headers()
        .firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("read:core:entities"));
  }

  @Test
  void theScopeFailureStatusAndTheChallengeHeaderAreConfigurable() throws Exception {
    start(TapkeySimulator.builder().clientScopes("read:owneraccounts").insufficientScopeStatus(403)
        .challengeHeaders(false));
    HttpResponse<String> locks = api("GET", "/Owners/owner-1/BoundLocks", clientCredentialsToken(), null, null);
    assertThat(locks.statusCode()).isEqualTo(403);
    assertThat(locks.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThatThrownBy(() -> TapkeySimulator.builder().insufficientScopeStatus(400))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void grantsAreCreatedRevokedAndADuplicateIsLocalizedByAcceptLanguage() throws Exception {
    start(TapkeySimulator.builder());
    String token = clientCredentialsToken();
    String grant = "{\"boundLockId\":\"lock-1\",\"contactId\":\"contact-1\",\"validFrom\":\"2026-11-22T00:00:00Z\"}";
    JsonValue created = Json.parse(api("PUT", "/Owners/owner-1/Grants", token, grant, null).body());
    String id = created.path("id").stringValue();
    assertThat(tapkey.grantState("owner-1", id)).contains("granted");

    HttpResponse<String> german = api("PUT", "/Owners/owner-1/Grants", token, grant, "de-AT, de;q=0.9, en;q=0.5");
    assertThat(german.statusCode()).isEqualTo(400);
    JsonValue body = Json.parse(german.body());
    assertThat(body.path("ErrorCode").stringValue()).isEqualTo("Duplicate");
    assertThat(body.path("ErrorMessage").stringValue()).isEqualTo("only one grant allowed per lock and user/card");
    assertThat(body.path("UserErrorMessage").stringValue()).startsWith("Für dieses Schloss");
    HttpResponse<String> english = api("PUT", "/Owners/owner-1/Grants", token, grant, "de;q=0.1, en");
    assertThat(Json.parse(english.body()).path("UserErrorMessage").stringValue()).startsWith("There is already");

    assertThat(api("POST", "/Owners/owner-1/Grants/" + id + "/Revoke", token, null, null).statusCode())
        .isEqualTo(204);
    assertThat(tapkey.grantState("owner-1", id)).contains("revoked");
    assertThat(api("PUT", "/Owners/owner-1/Grants", token, grant, null).statusCode()).isEqualTo(200);
    assertThat(api("GET", "/Owners/owner-1/Grants/nope", token, null, "de").body()).contains("\"NotFound\"",
        "nicht gefunden");
  }

  @Test
  void aFullCardIsCardCapacityExceeded() throws Exception {
    start(TapkeySimulator.builder());
    String card = tapkey.addBoundCard("owner-1", "Badge", 1);
    String token = clientCredentialsToken();
    String grant = "{\"boundLockId\":\"%s\",\"boundCardId\":\"" + card + "\",\"validFrom\":\"2026-11-22T00:00:00Z\"}";
    assertThat(api("PUT", "/Owners/owner-1/Grants", token, grant.formatted("lock-1"), null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> full = api("PUT", "/Owners/owner-1/Grants", token, grant.formatted("lock-2"), null);
    assertThat(full.statusCode()).isEqualTo(400);
    assertThat(Json.parse(full.body()).path("ErrorCode").stringValue()).isEqualTo("CardCapacityExceeded");
  }

  @Test
  void anyErrorCodeOnAnyCallAsOftenAsAsked() throws Exception {
    start(TapkeySimulator.builder());
    String token = clientCredentialsToken();
    tapkey.failNext(TapkeyErrorReply.builder(402, "InsufficientSmartphoneUserContingent").on("GET", "/BoundLocks")
        .userMessage("de", "Kontingent erschöpft").times(2).build());

    assertThat(api("GET", "/Owners", token, null, null).statusCode()).isEqualTo(200);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> failed = api("GET", "/Owners/owner-1/BoundLocks", token, null, "de");
      assertThat(failed.statusCode()).isEqualTo(402);
      assertThat(Json.parse(failed.body()).path("UserErrorMessage").stringValue()).isEqualTo("Kontingent erschöpft");
      assertThat(Json.parse(failed.body()).path("ErrorCode").stringValue())
          .isEqualTo("InsufficientSmartphoneUserContingent");
    }
    assertThat(api("GET", "/Owners/owner-1/BoundLocks", token, null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void listsArePagedWithTopAndSkip() throws Exception {
    start(TapkeySimulator.builder());
    for (int i = 4; i <= 10; i++) {
      tapkey.addBoundLock("owner-1", "Door " + i);
    }
    String token = clientCredentialsToken();
    JsonValue page = Json.parse(api("GET", "/Owners/owner-1/BoundLocks?%24top=4&%24skip=8", token, null, null)
        .body());
    assertThat(page.size()).isEqualTo(2);
    assertThat(page.get(0).path("title").stringValue()).isEqualTo("Door 9");
    assertThat(api("GET", "/Owners/owner-1/BoundLocks?$top=x", token, null, null).statusCode()).isEqualTo(400);
    assertThat(api("GET", "/Owners/nobody/BoundLocks", token, null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void contactsAreCreatedOrUpdatedByIdentifier() throws Exception {
    start(TapkeySimulator.builder());
    String token = clientCredentialsToken();
    String first = Json.parse(api("PUT", "/Owners/owner-1/Contacts", token,
        "{\"ipId\":\"tapkey\",\"identifier\":\"bo@example.com\"}", null).body()).path("id").stringValue();
    JsonValue again = Json.parse(api("PUT", "/Owners/owner-1/Contacts", token,
        "{\"ipId\":\"tapkey\",\"identifier\":\"bo@example.com\",\"title\":\"Bo\"}", null).body());
    assertThat(again.path("id").stringValue()).isEqualTo(first);
    assertThat(again.path("title").stringValue()).isEqualTo("Bo");
    assertThat(Json.parse(api("GET", "/Owners/owner-1/Contacts", token, null, null).body()).size()).isEqualTo(2);
    assertThat(api("PUT", "/Owners/owner-1/Contacts", token, "{not json", null).body()).contains("\"Generic\"");
  }
}
