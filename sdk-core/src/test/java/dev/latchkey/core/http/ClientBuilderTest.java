package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
import dev.latchkey.core.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  /** The smallest vendor builder: the inherited setters, a default base URL and its variable. */
  static final class AcmeClientBuilder extends ClientBuilder<AcmeClientBuilder> {

    AcmeClientBuilder() {
      super("https://api.acme.example", "ACME_ENDPOINT");
    }

    HttpTransport build() {
      return applyTransportSettings(HttpTransport.builder().baseUrl(baseUrl()).vendor("acme")).build();
    }

    String builtBaseUrl() {
      return baseUrl();
    }

    Clock builtClock() {
      return clock();
    }

    Sleeper builtSleeper() {
      return sleeper();
    }

    Optional<Secret> key(Secret given) {
      return secretOrEnv(given, "ACME_API_KEY");
    }

    LatchkeyException missingKey() {
      return noCredentials("acme", "no API key: pass one to apiKey(...) or set ACME_API_KEY");
    }
  }

  /** A vendor whose base URL no environment variable overrides. */
  static final class FixedClientBuilder extends ClientBuilder<FixedClientBuilder> {

    FixedClientBuilder() {
      super("https://api.fixed.example");
    }

    String builtBaseUrl() {
      return baseUrl();
    }
  }

  @Test
  void aSecretSetOnTheBuilderWinsOverTheEnvironment() {
    AcmeClientBuilder builder = new AcmeClientBuilder().environment(Map.of("ACME_API_KEY", "from-env")::get);

    assertThat(builder.key(Secret.of("given"))).hasValue(Secret.of("given"));
    assertThat(builder.key(Secret.of("  "))).hasValue(Secret.of("from-env"));
    assertThat(builder.key(null)).hasValue(Secret.of("from-env"));
  }

  @Test
  void aSecretFromTheEnvironmentIsStrippedAndABlankOneIsNone() {
    assertThat(new AcmeClientBuilder().environment(Map.of("ACME_API_KEY", " k-1\n")::get).key(null))
        .hasValue(Secret.of("k-1"));
    assertThat(new AcmeClientBuilder().environment(Map.of("ACME_API_KEY", " \t")::get).key(null)).isEmpty();
    assertThat(new AcmeClientBuilder().environment(name -> null).key(null)).isEmpty();
  }

  @Test
  void theBaseUrlComesFromTheBuilderElseTheEnvironmentElseTheDefault() {
    AcmeClientBuilder withEnv = new AcmeClientBuilder()
        .environment(Map.of("ACME_ENDPOINT", " http://127.0.0.1:9/ ")::get);
    AcmeClientBuilder withoutEnv = new AcmeClientBuilder().environment(Map.of("ACME_ENDPOINT", "")::get);

    assertThat(withEnv.baseUrl(" http://127.0.0.1:8/\n").builtBaseUrl()).isEqualTo("http://127.0.0.1:8/");
    assertThat(withEnv.baseUrl(null).builtBaseUrl()).isEqualTo("http://127.0.0.1:9/");
    assertThat(withoutEnv.baseUrl(" ").builtBaseUrl()).isEqualTo("https://api.acme.example");
  }

  @Test
  void aVendorWithoutABaseUrlVariableReadsNone() {
    FixedClientBuilder builder = new FixedClientBuilder().environment(name -> "http://127.0.0.1:9/");

    assertThat(builder.builtBaseUrl()).isEqualTo("https://api.fixed.example");
    assertThat(builder.baseUrl("http://127.0.0.1:8/").builtBaseUrl()).isEqualTo("http://127.0.0.1:8/");
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRejectedWithoutItsCredentials() {
    for (String url : new String[] {"ftp://user:pw_Canary1@files.test/", "https://user:pw_Canary1@/x?k=pw_Canary1",
        "not a url pw_Canary1@host"}) {
      AcmeClientBuilder given = new AcmeClientBuilder().baseUrl(url);
      AcmeClientBuilder fromEnv = new AcmeClientBuilder().environment(Map.of("ACME_ENDPOINT", url)::get);

      for (AcmeClientBuilder builder : List.of(given, fromEnv)) {
        assertThatThrownBy(builder::build).as(url).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("not an http(s) URL: ").hasMessageNotContaining("Canary");
      }
    }
  }

  @Test
  void noCredentialsIsAnAuthenticationErrorOfTheVendorThatIsNotRetried() {
    LatchkeyException e = new AcmeClientBuilder().missingKey();

    assertThat(e.vendor()).isEqualTo("acme");
    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(e.retryable()).isFalse();
    assertThat(e.rawCode()).isEmpty();
    assertThat(e.getMessage()).contains("no API key: pass one to apiKey(...) or set ACME_API_KEY");
  }

  @Test
  void theEnvironmentIsTheProcessesByDefault() {
    String path = System.getenv("PATH");

    assertThat(new AcmeClientBuilder().env("PATH")).isEqualTo(Optional.ofNullable(path).map(String::strip)
        .filter(p -> !p.isEmpty()));
  }

  /** The timeouts OkHttp applied to one call: connect, read, write, call (ms). */
  record Timeouts(long connect, long read, long write, long call) {}

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final List<Timeouts> seen = new CopyOnWriteArrayList<>();

  /** A user's client whose interceptor records the timeouts each call ran with. */
  private OkHttpClient recordingClient() {
    return new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(new Timeouts(chain.connectTimeoutMillis(), chain.readTimeoutMillis(),
              chain.writeTimeoutMillis(), TimeUnit.NANOSECONDS.toMillis(chain.call().timeout().timeoutNanos())));
          return chain.proceed(chain.request());
        })
        .build();
  }

  @Test
  void everySettingReachesTheTransport() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(2).jitter(RetryPolicy.Jitter.NONE).build();
    RecordingSleeper sleeper = new RecordingSleeper();
    String in7s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plusSeconds(7),
        ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", in7s).build());
    server.enqueue(new MockResponse.Builder().code(503).build());

    // Inherited setters return the vendor's type, so its own setters chain after them.
    HttpTransport transport = new AcmeClientBuilder()
        .okHttpClient(recordingClient())
        .retryPolicy(policy)
        .connectTimeout(Duration.ofSeconds(3))
        .readTimeout(Duration.ofSeconds(4))
        .callTimeout(Duration.ofSeconds(5))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(sleeper)
        .baseUrl(server.url("/").toString())
        .build();

    assertThatThrownBy(() -> transport.send(ApiRequest.get("/devices").build()))
        .isInstanceOf(LatchkeyException.class);
    assertThat(transport.retryPolicy()).isSameAs(policy);
    assertThat(server.getRequestCount()).isEqualTo(2);                       // the policy's two attempts
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));    // the date read on the clock
    assertThat(seen).hasSize(2).allSatisfy(t -> assertThat(t).isEqualTo(new Timeouts(3_000, 4_000, 4_000, 5_000)));
  }

  @Test
  void unsetOrNullTimeoutsLeaveTheClientsOwn() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    OkHttpClient client = recordingClient();

    new AcmeClientBuilder().okHttpClient(client).readTimeout(Duration.ofSeconds(4)).readTimeout(null)
        .baseUrl(server.url("/").toString()).build().send(ApiRequest.get("/devices").build());

    // The client has no call timeout; the call's deadline (default 2 minutes) still bounds each attempt.
    assertThat(seen).singleElement().satisfies(t -> {
      assertThat(t.connect()).isEqualTo(client.connectTimeoutMillis());
      assertThat(t.read()).isEqualTo(client.readTimeoutMillis());
      assertThat(t.write()).isEqualTo(client.writeTimeoutMillis());
      assertThat(client.callTimeoutMillis()).isZero();
      assertThat(t.call()).isGreaterThan(60_000).isLessThanOrEqualTo(120_000);
    });
  }

  @Test
  void defaults() {
    AcmeClientBuilder builder = new AcmeClientBuilder();
    assertThat(builder.baseUrl(server.url("/").toString()).build().retryPolicy())
        .isEqualTo(RetryPolicy.defaults());
    assertThat(builder.builtClock()).isEqualTo(Clock.systemUTC());
    assertThat(builder.builtSleeper()).isSameAs(Sleeper.SYSTEM);
  }

  @Test
  void rejectsNullsAtOnceAndBadTimeoutsWhenBuilt() {
    AcmeClientBuilder builder = new AcmeClientBuilder().baseUrl(server.url("/").toString());
    assertThatThrownBy(() -> builder.okHttpClient(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.retryPolicy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.sleeper(null)).isInstanceOf(NullPointerException.class);

    builder.readTimeout(Duration.ZERO);   // accepted here; the transport builder validates
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
  }
}
