package dev.latchkey.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.codegen.seamspec.SeamCatalogImporter;
import dev.latchkey.codegen.seamspec.SeamSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed Seam spec versions, drift reports and catalogs agree. The maintainer's loop runs through it (the
 * plugin cannot run its own goals in the reactor that builds it): {@code -Dlatchkey.drift.regenerate=true}
 * rewrites the reports, {@code -Dlatchkey.seam.import=true} imports the newest committed spec into the catalogs;
 * review the diff either way.
 */
class RealSeamDataTest {

  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final String SPECS = "catalog/sources/seam/spec/";
  private static final List<String> CATALOGS =
      List.of("catalog/seam/access-code-errors.yaml", "catalog/seam/access-code-warnings.yaml");

  @Test
  void report1841To1977IsUpToDate() throws Exception {
    checkReport("1.841.0", "1.977.0");
  }

  @Test
  void report1977To1038IsUpToDate() throws Exception {
    checkReport("1.977.0", "1.1038.0");
  }

  @Test
  void catalogsAreInStepWithTheNewestCommittedSpec() throws Exception {
    String newest = newestSpec();
    SeamSpec spec = SeamSpec.read(newest, Files.readAllBytes(ROOT.resolve(newest)), null);
    for (String catalog : CATALOGS) {
      if (Boolean.getBoolean("latchkey.seam.import")) {
        String before = Files.readString(ROOT.resolve(catalog), StandardCharsets.UTF_8);
        Files.writeString(ROOT.resolve(catalog), new SeamCatalogImporter().importInto(catalog, before, spec),
            StandardCharsets.UTF_8);
      }
      String text = Files.readString(ROOT.resolve(catalog), StandardCharsets.UTF_8);

      assertThat(new SeamCatalogImporter().importInto(catalog, text, spec))
          .as("importing %s into %s must change nothing: import it and write the remedies", newest, catalog)
          .isEqualTo(text);
      DriftReport drift = Drift.compare(Drift.read(ROOT.resolve(catalog), catalog),
          Drift.read(ROOT.resolve(newest), newest), List.of());
      assertThat(drift.hasDrift()).as(DriftRenderer.markdown(drift)).isFalse();
    }
  }

  @Test
  void theNewestSpecIs1038() throws Exception {
    assertThat(newestSpec()).isEqualTo(SPECS + "seam-openapi-1.1038.0-subset.json");
  }

  private static void checkReport(String from, String to) throws Exception {
    List<Snapshot> evidence = new ArrayList<>();
    for (String catalog : CATALOGS) {
      evidence.add(Drift.read(ROOT.resolve(catalog), catalog));
    }
    String fromFile = SPECS + "seam-openapi-" + from + "-subset.json";
    String toFile = SPECS + "seam-openapi-" + to + "-subset.json";
    DriftReport report = Drift.compare(Drift.read(ROOT.resolve(fromFile), fromFile),
        Drift.read(ROOT.resolve(toFile), toFile), evidence);
    Path markdown = ROOT.resolve("docs/drift/seam-" + from + "-to-" + to + ".md");
    Path json = ROOT.resolve("docs/drift/seam-" + from + "-to-" + to + ".json");
    if (Boolean.getBoolean("latchkey.drift.regenerate")) {
      Drift.write(report, markdown, json);
    }
    assertThat(read(markdown)).as("%s is stale: run this test with -Dlatchkey.drift.regenerate=true", markdown)
        .isEqualTo(DriftRenderer.markdown(report));
    assertThat(read(json)).as("%s is stale: run this test with -Dlatchkey.drift.regenerate=true", json)
        .isEqualTo(DriftRenderer.json(report));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
  }

  private static String newestSpec() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(SPECS))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("seam-openapi-[0-9.]+-subset\\.json"))
          .max(Comparator.comparing(RealSeamDataTest::versionKey)).map(n -> SPECS + n).orElseThrow();
    }
  }

  /** 1.1038.0 sorts after 1.977.0: each part zero-padded. */
  private static String versionKey(String name) {
    String version = name.replace("seam-openapi-", "").replace("-subset.json", "");
    StringBuilder key = new StringBuilder();
    for (String part : version.split("\\.")) {
      key.append(String.format("%08d.", Integer.parseInt(part)));
    }
    return key.toString();
  }
}
