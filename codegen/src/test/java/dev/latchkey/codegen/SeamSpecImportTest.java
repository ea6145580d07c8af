package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.codegen.seamspec.SeamCatalogImporter;
import dev.latchkey.codegen.seamspec.SeamSpec;
import dev.latchkey.codegen.seamspec.SeamSpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Seam spec importer on fixtures: what it takes from the spec, what it keeps, and that it is idempotent. */
class SeamSpecImportTest {

  private final SeamCatalogImporter importer = new SeamCatalogImporter();

  private static String text(String name) {
    try (InputStream in = SeamSpecImportTest.class.getClassLoader().getResourceAsStream("seamspec/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("no fixture " + name, e);
    }
  }

  private static SeamSpec spec(String name) throws SeamSpecException {
    return SeamSpec.read(name, text(name).getBytes(StandardCharsets.UTF_8), null);
  }

  private static List<String> problems(String name, String yaml) {
    return new CatalogValidator().validate(List.of(new CatalogLoader().load(
        new CatalogInput(name, yaml.getBytes(StandardCharsets.UTF_8))))).problems().stream()
        .map(Problem::format).toList();
  }

  @Test
  void importingTheVersionACatalogFollowsChangesNothing() throws Exception {
    String catalog = text("catalog-1.0.0.yaml");

    assertThat(importer.importInto("catalog-1.0.0.yaml", catalog, spec("spec-1.0.0.json"))).isEqualTo(catalog);
  }

  @Test
  void newVersionAddsDeprecatesAndRewordsKeepingHandWrittenFields() throws Exception {
    String imported = importer.importInto("catalog-1.0.0.yaml", text("catalog-1.0.0.yaml"), spec("spec-2.0.0.json"));

    // Reviewed by hand: kept_code re-worded with its remedy, category, docs, provider, kind and note kept;
    // dropped_code deprecated, not deleted; moving_code's origin re-leveled; generic_code and new_code added
    // with placeholder remedies; failed_to_set_on_device keeps the guide's words.
    assertThat(imported).isEqualTo(text("catalog-2.0.0.expected.yaml"));
  }

  @Test
  void importIsIdempotentByteForByte() throws Exception {
    SeamSpec spec = spec("spec-2.0.0.json");
    String once = importer.importInto("catalog.yaml", text("catalog-1.0.0.yaml"), spec);

    assertThat(importer.importInto("catalog.yaml", once, spec)).isEqualTo(once);
  }

  @Test
  void handWrittenFieldsSurviveAReimport() throws Exception {
    String edited = text("catalog-2.0.0.expected.yaml")
        .replace("A remedy a maintainer wrote.", "A remedy the maintainer rewrote.")
        .replace("    category: CONFLICT\n", "    category: DEVICE_BUSY\n")
        .replace("    note: A maintainer's note.\n", "    note: Another note.\n");

    assertThat(importer.importInto("catalog.yaml", edited, spec("spec-2.0.0.json"))).isEqualTo(edited);
  }

  @Test
  void theValidatorFlagsEachPlaceholderUntilAMaintainerWritesARemedy() throws Exception {
    String imported = text("catalog-2.0.0.expected.yaml");

    assertThat(problems("catalog.yaml", text("catalog-1.0.0.yaml"))).isEmpty();
    assertThat(problems("catalog.yaml", imported)).hasSize(2).allSatisfy(problem -> assertThat(problem)
        .matches("catalog\\.yaml:\\d+:9: placeholder remedy left by an importer: .*"));
    String written = imported.replaceAll("\"REMEDY NEEDED: [^\"]*\"", "Ask Seam support.");
    assertThat(problems("catalog.yaml", written)).isEmpty();
  }

  @Test
  void aCatalogNoSpecListFeedsIsRejected() {
    String other = text("catalog-1.0.0.yaml").replace("SeamAccessCodeErrorCode", "SeamDeviceErrorCode");

    assertThatThrownBy(() -> importer.importInto("other.yaml", other, spec("spec-2.0.0.json")))
        .isInstanceOf(SeamSpecException.class)
        .hasMessage("other.yaml: no list of Seam's spec feeds the catalog type dev.latchkey.seam.SeamDeviceErrorCode");
  }
}
