package dev.latchkey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookScriptTest {

  @Test
  void byDefaultAWebhookIsSentAtOnceOnce() {
    WebhookScript script = WebhookScript.builder().build();

    assertThat(script.delay()).isZero();
    assertThat(script.duplicates()).isZero();
    assertThat(script.lost()).isFalse();
    assertThat(Webhook.builder(URI.create("http://127.0.0.1:1/hook")).build().script())
        .hasToString(script.toString());
  }

  @Test
  void holdsWhatItWasGiven() {
    WebhookScript script =
        WebhookScript.builder().delay(Duration.ofSeconds(2)).duplicates(3).lost(true).build();

    assertThat(script.delay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(script.duplicates()).isEqualTo(3);
    assertThat(script.lost()).isTrue();
    assertThat(script).hasToString("WebhookScript[delay=PT2S, duplicates=3, lost=true]");
  }

  @Test
  void aWebhookCarriesItsScript() {
    WebhookScript script = WebhookScript.builder().duplicates(2).lost(true).build();

    Webhook webhook = Webhook.builder(URI.create("http://127.0.0.1:1/hook")).script(script).build();

    assertThat(webhook.script()).isSameAs(script);
    assertThat(webhook).hasToString("Webhook[http://127.0.0.1:1/hook, 0 bytes, lost, +2 duplicates]");
  }

  @Test
  void refusesNegativeDelaysAndCounts() {
    assertThatThrownBy(() -> WebhookScript.builder().delay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
    assertThatThrownBy(() -> WebhookScript.builder().duplicates(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicates");
    assertThatThrownBy(() -> WebhookScript.builder().delay(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Webhook.builder(URI.create("http://127.0.0.1:1/hook")).script(null))
        .isInstanceOf(NullPointerException.class);
  }
}
