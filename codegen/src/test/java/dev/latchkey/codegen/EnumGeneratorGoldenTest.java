package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares the emitted source of one fixture catalog per wire kind with {@code src/test/resources/golden}.
 *
 * <p>After an intended change to the generator, refresh the goldens and review their diff:
 * {@code ./mvnw -B test -pl codegen -Dtest=EnumGeneratorGoldenTest -Dlatchkey.updateGoldens=true}.
 */
class EnumGeneratorGoldenTest {

  private static final Path GOLDEN_DIRECTORY = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @CsvSource({
      "valid/byte-codes.yaml, AcmeErrorCode.java.txt",
      "valid/string-codes.yaml, AcmeAccessCodeError.java.txt",
      "valid/http-statuses.yaml, AcmeHttpStatus.java.txt",
      "valid/code-list.yaml, AcmeEventType.java.txt"
  })
  void emittedSourceMatchesGolden(String catalog, String golden) throws IOException {
    GeneratedSource source = new EnumGenerator().generate(Fixtures.catalog(catalog));
    Path goldenFile = GOLDEN_DIRECTORY.resolve(golden);
    if (Boolean.getBoolean("latchkey.updateGoldens")) {
      Files.createDirectories(GOLDEN_DIRECTORY);
      Files.writeString(goldenFile, source.content(), StandardCharsets.UTF_8);
    }

    assertThat(source.content())
        .as("generated from %s; refresh with -Dlatchkey.updateGoldens=true if the change is intended", catalog)
        .isEqualTo(Files.readString(goldenFile, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
      "valid/byte-codes.yaml, dev/example/acme/AcmeErrorCode.java",
      "valid/http-statuses.yaml, dev/example/acme/AcmeHttpStatus.java"
  })
  void pathFollowsTheType(String catalog, String path) {
    assertThat(new EnumGenerator().generate(Fixtures.catalog(catalog)).relativePath()).isEqualTo(path);
  }

  @Test
  void referenceLinksFollowTheConfiguredBaseOrAreLeftOut() {
    String linked = new EnumGenerator("https://docs.example/ref/").generate(Fixtures.catalog("valid/byte-codes.yaml"))
        .content();
    String unlinked = new EnumGenerator(null).generate(Fixtures.catalog("valid/byte-codes.yaml")).content();

    assertThat(linked).contains("REFERENCE_PAGE = \"https://docs.example/ref/acme-byte-codes.md#\"")
        .contains("public Optional<URI> reference()");
    assertThat(unlinked).doesNotContain("REFERENCE_PAGE").doesNotContain("reference()")
        .doesNotContain("referenceAnchor");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a < b & c > d|a &lt; b &amp; c &gt; d",
      "end */ of comment|end *&#47; of comment",
      "@deprecated {@link X}|&#64;deprecated {&#64;link X}",
      "C:\\u0041|C:&#92;u0041",
      "a/b|a/b"
  })
  void javadocTextIsEscaped(String text, String escaped) {
    assertThat(EnumGenerator.html(text)).isEqualTo(escaped);
  }
}
