package dev.latchkey.codegen.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.codegen.CatalogCodegen;
import dev.latchkey.codegen.CatalogProblemsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the reference pages of the fixture catalogs with {@code src/test/resources/golden/reference}.
 *
 * <p>After an intended change to the generator, refresh the goldens and review their diff:
 * {@code ./mvnw -B test -pl codegen -am -Dtest=ReferenceGeneratorGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlatchkey.updateGoldens=true}.
 */
class ReferenceGeneratorGoldenTest {

  static final Path RESOURCES = Path.of("src", "test", "resources");
  private static final Path GOLDEN_DIRECTORY = RESOURCES.resolve("golden/reference");

  static CatalogCodegen.ReferenceRequest request(Path referenceDirectory) {
    return new CatalogCodegen.ReferenceRequest(
        List.of("valid/byte-codes.yaml", "valid/string-codes.yaml", "valid/http-statuses.yaml",
            "valid/code-list.yaml"),
        RESOURCES, referenceDirectory, "./regenerate-the-reference", ReferenceGeneratorGoldenTest.class.getClassLoader());
  }

  @Test
  void pagesMatchTheGoldens() throws CatalogProblemsException, IOException {
    List<ReferencePage> pages = new CatalogCodegen().reference(request(RESOURCES.resolve("docs/reference")));
    if (Boolean.getBoolean("latchkey.updateGoldens")) {
      Files.createDirectories(GOLDEN_DIRECTORY);
      for (ReferencePage page : pages) {
        Files.writeString(GOLDEN_DIRECTORY.resolve(page.fileName() + ".txt"), page.content(), StandardCharsets.UTF_8);
      }
    }

    assertThat(pages).extracting(ReferencePage::fileName).containsExactly("acme-byte-codes.md",
        "acme-string-codes.md", "acme-http-statuses.md", "acme-code-list.md", "README.md");
    for (ReferencePage page : pages) {
      assertThat(page.content())
          .as("%s; refresh with -Dlatchkey.updateGoldens=true if the change is intended", page.fileName())
          .isEqualTo(Files.readString(GOLDEN_DIRECTORY.resolve(page.fileName() + ".txt"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theOutputIsTheSameOnEveryRun() throws CatalogProblemsException {
    Path directory = RESOURCES.resolve("docs/reference");
    assertThat(new CatalogCodegen().reference(request(directory)))
        .isEqualTo(new CatalogCodegen().reference(request(directory)));
  }
}
