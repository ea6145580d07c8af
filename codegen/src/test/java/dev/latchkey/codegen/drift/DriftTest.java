package dev.latchkey.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.codegen.drift.DriftReport.Bump;
import dev.latchkey.codegen.drift.DriftReport.Change;
import dev.latchkey.codegen.drift.DriftReport.Kind;
import dev.latchkey.codegen.drift.DriftReport.ListDrift;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift report on fixture specs: each kind of change, its meaning for apps, and malformed inputs. */
class DriftTest {

  private static final Path FIXTURES = Paths.get("src/test/resources/seamspec");

  @TempDir
  Path temp;

  private static Snapshot read(String name) throws DriftException {
    return Drift.read(FIXTURES.resolve(name), name);
  }

  private static List<String> changes(ListDrift list) {
    return list.changes().stream().map(c -> c.kind().label() + " " + c.code() + ": " + c.detail()).toList();
  }

  @Test
  void twoSpecVersionsShowEveryKindOfChangePerList() throws Exception {
    DriftReport report = Drift.compare(read("spec-1.0.0.json"), read("spec-2.0.0.json"), List.of());

    assertThat(report.lists()).extracting(ListDrift::list)
        .containsExactly("access_code.errors", "access_code.warnings", "device.errors");
    assertThat(changes(report.lists().get(0))).containsExactly(
        "added generic_code: \"Generic code.\"",
        "added new_code: \"A new code; see the guide.\"",
        "removed dropped_code: no successor shown",
        "renamed old_brand_code: successor `generic_code` (deprecation text: \"Use `generic_code` instead.\");"
            + " it was deprecated already",
        "re-leveled moving_code: origin access_code -> connected_account + device",
        "re-worded kept_code: was: \"Old words for the kept code.\"; now: \"New words for the kept code.\"");
    assertThat(changes(report.lists().get(1))).containsExactly(
        "deprecated slow_warning: no successor named");
    assertThat(changes(report.lists().get(2))).containsExactly(
        "added moving_code: \"Moving code.\" (@seamapi/types 1.0.0 had it in access_code.errors)");
    assertThat(report.hasDrift()).isTrue();
    assertThat(report.bump()).isEqualTo(Bump.MINOR);
  }

  @Test
  void eachChangeSaysWhatItMeansForApps() throws Exception {
    List<Change> changes = Drift.compare(read("spec-1.0.0.json"), read("spec-2.0.0.json"), List.of())
        .lists().get(0).changes();

    assertThat(changes).extracting(Change::bump)
        .containsExactly(Bump.MINOR, Bump.MINOR, Bump.MINOR, Bump.MINOR, Bump.MINOR, Bump.PATCH);
    assertThat(changes.get(1).constant()).contains("SeamAccessCodeErrorCode.NEW_CODE");
    assertThat(changes.get(1).impact()).startsWith("New constant `SeamAccessCodeErrorCode.NEW_CODE` (minor)");
    assertThat(changes.get(2).impact()).contains("break every `switch`", "(major)", "keep it, marked deprecated");
    assertThat(changes.get(3).impact()).contains("break every `switch`", "replaced_by");
  }

  @Test
  void listsWithoutACatalogChangeNothingInTheSdk() throws Exception {
    ListDrift device = Drift.compare(read("spec-1.0.0.json"), read("spec-2.0.0.json"), List.of()).lists().get(2);

    assertThat(device.catalogType()).isEmpty();
    assertThat(device.bump()).isEqualTo(Bump.NONE);
  }

  @Test
  void aCatalogInStepWithItsSpecHasNoDriftAndOneBehindHasSome() throws Exception {
    Snapshot catalog = read("catalog-1.0.0.yaml");

    DriftReport same = Drift.compare(catalog, read("spec-1.0.0.json"), List.of());
    assertThat(same.hasDrift()).isFalse();
    assertThat(same.bump()).isEqualTo(Bump.NONE);
    assertThat(same.lists()).extracting(ListDrift::list).containsExactly("access_code.errors");
    assertThat(catalog.version()).isEqualTo("1.0.0");

    DriftReport behind = Drift.compare(catalog, read("spec-2.0.0.json"), List.of());
    assertThat(changes(behind.lists().get(0))).containsExactly(
        "added generic_code: \"Generic code.\"",
        "added new_code: \"A new code; see the guide.\"",
        "removed dropped_code: no successor shown",
        "re-leveled moving_code: origin access_code -> connected_account + device",
        "re-worded kept_code: was: \"Old words for the kept code.\"; now: \"New words for the kept code.\"");
  }

  @Test
  void markdownAndJsonNameTheInputsAndTheBump() throws Exception {
    DriftReport report = Drift.compare(read("spec-1.0.0.json"), read("spec-2.0.0.json"), List.of());
    Path md = temp.resolve("out/drift.md");
    Path json = temp.resolve("out/drift.json");

    Drift.write(report, md, json);

    assertThat(Files.readString(md)).startsWith("# Drift: @seamapi/types 1.0.0 -> @seamapi/types 2.0.0\n\n"
        + "- From: `spec-1.0.0.json` (@seamapi/types 1.0.0)\n- To: `spec-2.0.0.json` (@seamapi/types 2.0.0)\n")
        .contains("- Implied Latchkey version bump: **minor**",
            "| `access_code.errors` | `dev.latchkey.seam.SeamAccessCodeErrorCode` | 2 | 1 | 1 | 0 | 1 | 1 | minor |",
            "### Renamed (1)\n\n- `old_brand_code`: successor `generic_code`");
    assertThat(Files.readString(json)).startsWith("{\n  \"from\": {\"file\": \"spec-1.0.0.json\","
        + " \"title\": \"@seamapi/types 1.0.0\", \"version\": \"1.0.0\", \"kind\": \"spec\", \"origin\": null},\n")
        .contains("\"drift\": true,\n  \"bump\": \"minor\",",
            "{\"kind\": \"renamed\", \"code\": \"old_brand_code\", \"constant\":"
                + " \"SeamAccessCodeErrorCode.OLD_BRAND_CODE\", \"bump\": \"minor\", \"detail\": \"successor"
                + " `generic_code` (deprecation text: \\\"Use `generic_code` instead.\\\"); it was deprecated"
                + " already\"");
    assertThat(temp.resolve("out")).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
  }

  @Test
  void malformedInputsNameFileLineAndColumnAndNothingIsWritten() throws Exception {
    Path md = temp.resolve("drift.md");
    Files.writeString(md, "the previous report");

    assertThatThrownBy(() -> Drift.compare(read("spec-1.0.0.json"), read("malformed-syntax.json"), List.of()))
        .isInstanceOf(DriftException.class)
        .hasMessageStartingWith("malformed-syntax.json:9:3: not valid JSON: ");
    assertThatThrownBy(() -> read("malformed-shape.json"))
        .isInstanceOf(DriftException.class)
        .hasMessage("malformed-shape.json:70:35: missing 'enum'");
    Path yaml = temp.resolve("broken.yaml");
    Files.writeString(yaml, "codes:\n  - code: a\n   name: A\n");
    assertThatThrownBy(() -> Drift.read(yaml, "broken.yaml"))
        .isInstanceOf(DriftException.class)
        .hasMessageStartingWith("broken.yaml:3:");
    Path list = temp.resolve("list.yaml");
    Files.writeString(list, "- code: a\n");
    assertThatThrownBy(() -> Drift.read(list, "list.yaml"))
        .isInstanceOf(DriftException.class)
        .hasMessage("list.yaml:1:1: a catalog must be a map with schema, vendor, type, ...");
    Path latin1 = temp.resolve("latin1.yaml");
    Files.write(latin1, "summary: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Drift.read(latin1, "latin1.yaml"))
        .isInstanceOf(DriftException.class)
        .hasMessage("latin1.yaml: not valid UTF-8");
    assertThat(Files.readString(md)).isEqualTo("the previous report");
    assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().equals("drift.json"));
  }
}
