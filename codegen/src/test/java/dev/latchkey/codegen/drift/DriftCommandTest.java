package dev.latchkey.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit status 0 without drift, 1 with drift, 2 on a malformed input, with nothing written. */
class DriftCommandTest {

  private static final String FIXTURES = "src/test/resources/seamspec/";

  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return DriftCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void driftExitsOneAndWritesBothReports() throws Exception {
    String base = temp.resolve("report").toString();

    assertThat(run("drift", FIXTURES + "spec-1.0.0.json", FIXTURES + "spec-2.0.0.json", base)).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("@seamapi/types 1.0.0 -> @seamapi/types 2.0.0: drift, implied bump minor");
    assertThat(Files.readString(Path.of(base + ".md"))).startsWith("# Drift: @seamapi/types 1.0.0");
    assertThat(Files.readString(Path.of(base + ".json"))).contains("\"drift\": true");
  }

  @Test
  void noDriftExitsZero() {
    assertThat(run("drift", FIXTURES + "catalog-1.0.0.yaml", FIXTURES + "spec-1.0.0.json",
        temp.resolve("same").toString())).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no drift");
  }

  @Test
  void malformedInputExitsTwoNamesTheLineAndWritesNothing() {
    assertThat(run("drift", FIXTURES + "spec-1.0.0.json", FIXTURES + "malformed-syntax.json",
        temp.resolve("bad").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(FIXTURES + "malformed-syntax.json:9:3: not valid JSON: ");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void importRewritesTheCatalogsOnlyWhenAllMerge() throws Exception {
    Path catalog = temp.resolve("catalog.yaml");
    Files.copy(Path.of(FIXTURES + "catalog-1.0.0.yaml"), catalog);
    Path broken = temp.resolve("broken.yaml");
    Files.writeString(broken, "codes: [\n");

    assertThat(run("import-seam-spec", FIXTURES + "spec-2.0.0.json", catalog.toString(), broken.toString()))
        .isEqualTo(2);
    assertThat(catalog).hasSameTextualContentAs(Path.of(FIXTURES + "catalog-1.0.0.yaml"));

    assertThat(run("import-seam-spec", FIXTURES + "spec-2.0.0.json", catalog.toString())).isEqualTo(0);
    assertThat(Files.readString(catalog)).contains("  - code: new_code\n");
  }

  @Test
  void unknownCommandPrintsTheUsage() {
    assertThat(run("sync")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: drift <from> <to>");
  }
}
