package dev.latchkey.codegen.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceAnchorsTest {

  @ParameterizedTest
  @CsvSource({
      "failed_to_set_on_device, failed_to_set_on_device",
      "ff, ff",
      "404, 404",
      "access_code.created, access_code.created",
      "Duplicate, Duplicate",
      "'a b/c#d', a-b-c-d"
  })
  void anAnchorIsTheWireValueWithUnsafeCharactersReplaced(String wireValue, String anchor) {
    assertThat(ReferenceAnchors.anchor(wireValue)).isEqualTo(anchor);
  }

  @Test
  void aPageIsNamedByVendorAndCatalogFile() {
    assertThat(ReferenceAnchors.page("seam", "seam/access-code-errors.yaml")).isEqualTo("seam-access-code-errors.md");
    assertThat(ReferenceAnchors.page("nuki", "classpath:latchkey-catalog/nuki/error-codes.yaml"))
        .isEqualTo("nuki-error-codes.md");
  }

  @Test
  void catalogTextCannotBreakTheMarkdown() {
    assertThat(Markdown.text("a | b <script> `x` *y* [z](u) \\ \n  next line"))
        .isEqualTo("a \\| b \\<script\\> \\`x\\` \\*y\\* \\[z\\](u) \\\\ next line");
    assertThat(Markdown.code("a`b")).isEqualTo("`` a`b ``");
  }
}
