package dev.latchkey.tapkey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.HttpTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The contract the re-authentication hook relies on: refresh(stale) replaces only the token a 401 rejected. */
class TapkeyTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration T = Duration.ofSeconds(10);

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private TapkeyTokens tokens(AccessToken initial, Secret refreshToken, List<Secret> told) {
    HttpTransport transport = HttpTransport.builder().vendor("tapkey").baseUrl(server.url("/token").toString())
        .retryPolicy(RetryPolicy.none()).errorDecoder(new OAuthErrorDecoder()).build();
    TokenEndpoint endpoint = new TokenEndpoint(transport, "app", null, List.of());
    return new TapkeyTokens(endpoint, initial, refreshToken, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(60),
        secret -> {
          told.add(secret);
          throw new IllegalStateException("the listener's own failure " + secret.reveal());
        });
  }

  private static MockResponse token(String access, String refresh) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"" + access + "\",\"expires_in\":3600,\"refresh_token\":\"" + refresh + "\"}")
        .build();
  }

  @Test
  void refreshingAStaleTokenThatWasAlreadyReplacedMakesNoTokenRequest() {
    server.enqueue(token("at-new", "rt-2"));
    List<Secret> told = new java.util.ArrayList<>();
    TapkeyTokens tokens = tokens(new AccessToken(Secret.of("at-old"), null, null), Secret.of("rt-1"), told);

    assertThat(tokens.current(T).value().reveal()).isEqualTo("at-old");
    AccessToken fresh = tokens.refresh(Secret.of("at-old"), T);
    AccessToken again = tokens.refresh(Secret.of("at-old"), T);

    assertThat(fresh.value().reveal()).isEqualTo("at-new");
    assertThat(again).isSameAs(fresh);
    assertThat(server.getRequestCount()).isEqualTo(1);
    // The listener's exception is swallowed: the new refresh token stays in use.
    assertThat(told).extracting(Secret::reveal).containsExactly("rt-2");
    assertThat(tokens.isJustObtained(fresh)).isTrue();
    assertThat(tokens.isExpired(fresh)).isFalse();
  }

  @Test
  void aTokenTheAppGaveIsHandedOutWithoutATokenRequestAndKeptWhenItCannotBeRenewed() {
    TapkeyTokens fixed = tokens(new AccessToken(Secret.of("at-given"), NOW.minusSeconds(5), null), null,
        new java.util.ArrayList<>());
    assertThat(fixed.current(T).value().reveal()).isEqualTo("at-given");
    assertThat(fixed.isExpired(fixed.current(T))).isTrue();
    assertThat(fixed.canObtain()).isFalse();
    assertThat(server.getRequestCount()).isZero();
  }
}
