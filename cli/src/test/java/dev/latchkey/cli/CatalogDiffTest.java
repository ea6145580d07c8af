package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latchkey catalog diff} on the Seam spec subsets committed in {@code catalog/sources/seam/spec/}. */
class CatalogDiffTest {

  private static final String SPECS = "../catalog/sources/seam/spec/";
  private static final String OLD = SPECS + "seam-openapi-1.977.0-subset.json";
  private static final String NEW = SPECS + "seam-openapi-1.1038.0-subset.json";
  private static final String ERRORS = "../catalog/seam/access-code-errors.yaml";
  private static final String WARNINGS = "../catalog/seam/access-code-warnings.yaml";

  @Test
  void twoSpecVersionsShowTheCodesSeamAddedAndExitWithDrift() {
    CliRun run = CliRun.run("catalog", "diff", OLD, NEW);

    assertThat(run.exit()).as(run.err()).isEqualTo(Latchkey.EXIT_DRIFT);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("# Drift: @seamapi/types 1.977.0 -> @seamapi/types 1.1038.0",
        "- Drift: yes", "### Added (4)", "- `failed_to_issue`: ",
        "New constant `SeamAccessCodeErrorCode.FAILED_TO_ISSUE` (minor)",
        "- `insufficient_permissions`: origin access_code -> connected_account");
  }

  @Test
  void jsonParsesBackWithEveryChange() {
    CliRun run = CliRun.run("catalog", "diff", OLD, NEW, "--json", "--evidence", ERRORS, WARNINGS);
    JsonValue report = run.json();

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_DRIFT);
    assertThat(report.get("drift").booleanValue()).isTrue();
    assertThat(report.get("bump").stringValue()).isEqualTo("minor");
    assertThat(report.get("from").get("version").stringValue()).isEqualTo("1.977.0");
    assertThat(report.get("evidence").items()).extracting(JsonValue::stringValue).containsExactly(ERRORS, WARNINGS);
    JsonValue errors = report.get("lists").items().stream()
        .filter(list -> list.get("list").stringValue().equals("access_code.errors")).findFirst().orElseThrow();
    assertThat(errors.get("catalog").stringValue()).isEqualTo("dev.latchkey.seam.SeamAccessCodeErrorCode");
    List<String> added = errors.get("changes").items().stream()
        .filter(change -> change.get("kind").stringValue().equals("added"))
        .map(change -> change.get("code").stringValue()).toList();
    assertThat(added).containsExactlyInAnyOrder("code_constraints_violated", "failed_to_issue", "failed_to_update",
        "failed_to_expire");
  }

  @Test
  void noDriftExitsZero() {
    CliRun run = CliRun.run("catalog", "diff", NEW, NEW, "--json");

    assertThat(run.exit()).as(run.err()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.json().get("drift").booleanValue()).isFalse();
    assertThat(CliRun.run("catalog", "diff", NEW, NEW).out()).contains("- Drift: no");
  }

  @Test
  void aMissingFileIsBadUsage() {
    CliRun run = CliRun.run("catalog", "diff", OLD, SPECS + "seam-openapi-9.9.9-subset.json");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("latchkey catalog diff: cannot read " + SPECS + "seam-openapi-9.9.9-subset.json: no such"
        + " file");
  }

  @Test
  void malformedJsonNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("spec.json");
    Files.writeString(bad, "{\n  \"info\": {\"version\": \"1.0.0\"},\n  \"components\": [1, 2,,]\n}\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.run("catalog", "diff", OLD, bad.toString());
    CliRun json = CliRun.run("catalog", "diff", OLD, bad.toString(), "--json");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(run.err()).startsWith("latchkey catalog diff: " + bad + ":3:");
    assertThat(json.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(json.json().get("error").get("kind").stringValue()).isEqualTo("undecodable_input");
    assertThat(json.json().get("error").get("message").stringValue()).startsWith(bad + ":3:");
  }

  @Test
  void withoutItsArgumentsOrSubcommandItIsBadUsage() {
    assertThat(CliRun.run("catalog", "diff", OLD).exit()).isEqualTo(Latchkey.EXIT_USAGE);
    CliRun bare = CliRun.run("catalog");
    assertThat(bare.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(bare.err()).contains("missing command", "diff");
  }

  @Test
  void theDriftClassesNeedNoMavenApi() {
    // The plugin's Maven dependencies are provided-scope: the tests above ran with none of them on the class path.
    assertThatThrownBy(() -> Class.forName("org.apache.maven.plugin.AbstractMojo"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.apache.maven.project.MavenProject"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
