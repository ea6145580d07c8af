package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StyleTest {

  @Test
  void colourOnATerminalOrWhenThePagerAsksAndNeverWithNoColor() {
    assertThat(Style.colour(null, null, true)).isTrue();
    assertThat(Style.colour(null, null, false)).isFalse();
    assertThat(Style.colour(null, "always", false)).isTrue();
    assertThat(Style.colour(null, "never", false)).isFalse();
    assertThat(Style.colour("1", null, true)).isFalse();
    assertThat(Style.colour("1", "always", false)).isFalse();
    assertThat(Style.colour("", null, true)).isTrue();
  }
}
