package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void hidesItsValueExceptWhenRevealed() {
    Secret secret = Secret.of("seam_live_key_123");

    assertThat(secret.toString()).isEqualTo("Secret[redacted]").doesNotContain("seam");
    assertThat(String.valueOf(secret)).doesNotContain("key_123");
    assertThat(secret.reveal()).isEqualTo("seam_live_key_123");
    assertThat(secret.revealBytes()).isEqualTo("seam_live_key_123".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void comparesByValue() {
    assertThat(Secret.of("a1b2")).isEqualTo(Secret.of(new StringBuilder("a1b2")))
        .isNotEqualTo(Secret.of("a1b3")).hasSameHashCodeAs(Secret.of("zzzz"));
    assertThat(Secret.of(" ").isBlank()).isTrue();
    assertThat(Secret.of("x").isBlank()).isFalse();
  }
}
