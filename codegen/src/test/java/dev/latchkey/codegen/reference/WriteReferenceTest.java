package dev.latchkey.codegen.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.codegen.CatalogCodegen;
import dev.latchkey.codegen.CatalogProblemsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteReferenceTest {

  @TempDir
  Path directory;

  @Test
  void writesChangedPagesOnlyDeletesStaleGeneratedPagesAndLeavesOtherFilesAlone() throws Exception {
    Files.writeString(directory.resolve("notes.md"), "hand-written\n");
    Files.writeString(directory.resolve("acme-gone.md"), "<!-- Generated from acme/gone.yaml ... -->\n");
    CatalogCodegen codegen = new CatalogCodegen();
    CatalogCodegen.ReferenceRequest request = ReferenceGeneratorGoldenTest.request(directory);

    assertThat(codegen.writeReference(request)).containsExactly("acme-byte-codes.md", "acme-string-codes.md",
        "acme-http-statuses.md", "acme-code-list.md", "README.md", "acme-gone.md");
    assertThat(codegen.writeReference(request)).as("a second run").isEmpty();
    assertThat(directory.resolve("notes.md")).hasContent("hand-written");
    assertThat(directory.resolve("acme-gone.md")).doesNotExist();
    String page = Files.readString(directory.resolve("acme-byte-codes.md"), StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!-- Generated from valid/byte-codes.yaml")
        .contains("- Catalog: [`valid/byte-codes.yaml`](../valid/byte-codes.yaml)".replace("../",
            directory.relativize(ReferenceGeneratorGoldenTest.RESOURCES.toAbsolutePath()).toString() + "/"));
    assertThat(CatalogCodegen.generatedPages(directory)).extracting(p -> p.getFileName().toString())
        .containsExactly("README.md", "acme-byte-codes.md", "acme-code-list.md", "acme-http-statuses.md",
            "acme-string-codes.md");
  }

  @Test
  void anInvalidCatalogWritesNothing() {
    CatalogCodegen.ReferenceRequest request = new CatalogCodegen.ReferenceRequest(
        List.of("valid/byte-codes.yaml", "invalid/unknown-key.yaml"), ReferenceGeneratorGoldenTest.RESOURCES,
        directory, "./regenerate", getClass().getClassLoader());

    assertThatThrownBy(() -> new CatalogCodegen().writeReference(request))
        .isInstanceOf(CatalogProblemsException.class);
    assertThat(directory).isEmptyDirectory();
  }
}
