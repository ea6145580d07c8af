package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlWordsTest {

  @Test
  void theWordsAreTheOnesTheCatalogFormatDocuments() {
    assertThat(YamlWords.all(CatalogKind.class)).containsExactly("errors", "codes");
    assertThat(YamlWords.all(WireKind.class)).containsExactly("byte", "string", "http-status");
    assertThat(YamlWords.all(ByteForm.class)).containsExactly("lower-hex", "upper-hex");
  }

  @Test
  void aWordReadsBackAsItsConstant() {
    for (WireKind kind : WireKind.values()) {
      assertThat(YamlWords.parse(WireKind.class, YamlWords.of(kind))).contains(kind);
    }
    assertThat(YamlWords.parse(ByteForm.class, "upper-hex")).contains(ByteForm.UPPER_HEX);
  }

  @Test
  void otherWordsAreNone() {
    assertThat(YamlWords.parse(WireKind.class, "HTTP_STATUS")).isEmpty();
    assertThat(YamlWords.parse(WireKind.class, "http_status")).isEmpty();
    assertThat(YamlWords.parse(WireKind.class, "Byte")).isEmpty();
    assertThat(YamlWords.parse(CatalogKind.class, "")).isEmpty();
  }
}
