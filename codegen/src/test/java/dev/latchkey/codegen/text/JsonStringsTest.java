package dev.latchkey.codegen.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.json.Json;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class JsonStringsTest {

  @Test
  void quotesAndEscapesQuotesAndBackslashes() {
    assertThat(JsonStrings.quote("plain words")).isEqualTo("\"plain words\"");
    assertThat(JsonStrings.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(JsonStrings.quote("C:\\dir")).isEqualTo("\"C:\\\\dir\"");
    assertThat(JsonStrings.quote("\u00e9t\u00e9 \u20ac \uD83D\uDD11"))
        .isEqualTo("\"\u00e9t\u00e9 \u20ac \uD83D\uDD11\"");
    assertThat(JsonStrings.quote("")).isEqualTo("\"\"");
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscaped() {
    assertThat(JsonStrings.quote("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    assertThat(JsonStrings.quote("\u0000\u0001\u001f\u007f\u0085\u009f"))
        .isEqualTo("\"\\u0000\\u0001\\u001f\\u007f\\u0085\\u009f\"");
    assertThat(JsonStrings.quote("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
    assertThat(JsonStrings.quote("\u00a0\u00ff")).isEqualTo("\"\u00a0\u00ff\"");
  }

  @Test
  void everyCharacterReadsBackAsJsonAndAsYaml() {
    Load yaml = new Load(LoadSettings.builder().build());
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      all.append(c);
    }
    for (char c = Character.MAX_SURROGATE + 1; c < 0xfffe; c++) {
      all.append(c);
    }
    String text = all + "\uD83D\uDD11"; // and a surrogate pair
    String quoted = JsonStrings.quote(text);

    assertThat(Json.parse("[" + quoted + "]").get(0).stringValue()).isEqualTo(text);
    assertThat(yaml.loadFromString(quoted)).isEqualTo(text);
  }
}
