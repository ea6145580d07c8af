package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run without Maven: locations, the up-to-date check, stale files and failures. */
class CatalogCodegenTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir
  Path project;

  private Path output;
  private final List<String> debug = new ArrayList<>();

  @BeforeEach
  void copyFixtures() throws IOException {
    output = project.resolve("target/generated-sources/latchkey");
    Path catalogs = Files.createDirectories(project.resolve("catalogs"));
    for (String name : List.of("byte-codes.yaml", "string-codes.yaml", "http-statuses.yaml")) {
      Files.write(catalogs.resolve(name), Fixtures.input("valid/" + name).content());
    }
    Files.writeString(catalogs.resolve("README.md"), "not a catalog");
  }

  private CatalogCodegen.Outcome run(String... catalogs) throws Exception {
    CatalogCodegen.Request request = new CatalogCodegen.Request(List.of(catalogs), project, output,
        project.resolve("target/latchkey-codegen/default.state"), "1.0-test", getClass().getClassLoader());
    return new CatalogCodegen().run(request, debug::add);
  }

  @Test
  void directoryMeansEveryYamlFileInItSortedByName() throws Exception {
    CatalogCodegen.Outcome outcome = run("catalogs");

    assertThat(outcome.catalogs()).isEqualTo(3);
    assertThat(outcome.enums()).isEqualTo(3);
    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.written()).isEqualTo(3);
    assertThat(output.resolve("dev/example/acme/AcmeErrorCode.java")).isRegularFile();
    assertThat(output.resolve("dev/example/acme/AcmeAccessCodeError.java")).isRegularFile();
    assertThat(output.resolve("dev/example/acme/AcmeHttpStatus.java")).isRegularFile();
  }

  @Test
  void secondRunWithSameInputsWritesNothing() throws Exception {
    run("catalogs");
    Path generated = output.resolve("dev/example/acme/AcmeErrorCode.java");
    Files.setLastModifiedTime(generated, LONG_AGO);

    CatalogCodegen.Outcome second = run("catalogs");

    assertThat(second.upToDate()).isTrue();
    assertThat(second.summary(output)).isEqualTo("Latchkey catalogs unchanged (3 catalogs, 3 enums): nothing to generate");
    assertThat(Files.getLastModifiedTime(generated)).isEqualTo(LONG_AGO);
  }

  @Test
  void anotherReferenceBaseRegeneratesTheEnumsWithItsLinks() throws Exception {
    run("catalogs");
    CatalogCodegen.Outcome outcome = new CatalogCodegen().run(withBase(Optional.of("https://docs.example/ref/")),
        debug::add);

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.written()).isEqualTo(3);
    assertThat(Files.readString(output.resolve("dev/example/acme/AcmeErrorCode.java")))
        .contains("\"https://docs.example/ref/acme-byte-codes.md#\"");

    new CatalogCodegen().run(withBase(Optional.empty()), debug::add);
    assertThat(Files.readString(output.resolve("dev/example/acme/AcmeErrorCode.java"))).doesNotContain("reference");
  }

  @Test
  void referenceBaseMustBeAnAbsoluteFolderUri() {
    for (String base : List.of("docs/reference/", "https://docs.example/ref", "https://docs.example/ref/#x",
        "https://docs example/")) {
      assertThatThrownBy(() -> withBase(Optional.of(base))).as(base)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("referenceBase");
    }
  }

  private CatalogCodegen.Request withBase(Optional<String> base) {
    return new CatalogCodegen.Request(List.of("catalogs"), project, output,
        project.resolve("target/latchkey-codegen/default.state"), "1.0-test", getClass().getClassLoader(), base);
  }

  @Test
  void changedCatalogRewritesOnlyItsOwnEnum() throws Exception {
    run("catalogs");
    Path byteEnum = output.resolve("dev/example/acme/AcmeErrorCode.java");
    Path httpEnum = output.resolve("dev/example/acme/AcmeHttpStatus.java");
    Files.setLastModifiedTime(byteEnum, LONG_AGO);
    Files.setLastModifiedTime(httpEnum, LONG_AGO);
    Path catalog = project.resolve("catalogs/http-statuses.yaml");
    Files.writeString(catalog, Files.readString(catalog).replace("Not authorised.", "Not authorised!"));

    CatalogCodegen.Outcome outcome = run("catalogs");

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.written()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(byteEnum)).isEqualTo(LONG_AGO);
    assertThat(Files.readString(httpEnum)).contains("Not authorised!");
  }

  @Test
  void deletedOutputIsRegeneratedEvenWhenInputsAreUnchanged() throws Exception {
    run("catalogs");
    Path generated = output.resolve("dev/example/acme/AcmeErrorCode.java");
    Files.delete(generated);

    CatalogCodegen.Outcome outcome = run("catalogs");

    assertThat(outcome.upToDate()).isFalse();
    assertThat(generated).isRegularFile();
  }

  @Test
  void enumOfARemovedCatalogIsDeleted() throws Exception {
    run("catalogs");
    Files.delete(project.resolve("catalogs/string-codes.yaml"));

    CatalogCodegen.Outcome outcome = run("catalogs");

    assertThat(outcome.deleted()).isEqualTo(1);
    assertThat(output.resolve("dev/example/acme/AcmeAccessCodeError.java")).doesNotExist();
    assertThat(output.resolve("dev/example/acme/AcmeErrorCode.java")).isRegularFile();
  }

  @Test
  void classpathCatalogIsReadThroughTheClassLoader() throws Exception {
    CatalogCodegen.Outcome outcome = run("classpath:valid/http-statuses.yaml", "catalogs/byte-codes.yaml");

    assertThat(outcome.enums()).isEqualTo(2);
    assertThat(Files.readString(output.resolve("dev/example/acme/AcmeHttpStatus.java")))
        .contains("from <code>classpath:valid/http-statuses.yaml</code>");
  }

  @Test
  void missingLocationsAreReportedTogether() {
    assertThatThrownBy(() -> run("classpath:no/such.yaml", "nowhere", "catalogs/byte-codes.yaml"))
        .isInstanceOf(CatalogProblemsException.class)
        .hasMessage("2 problems in Latchkey catalogs:\n"
            + "classpath:no/such.yaml: no such resource on the plugin's classpath (add the jar that holds it as a"
            + " <dependency> of the plugin; classpath: names one .yaml file, not a directory)\n"
            + "nowhere: no such catalog file or directory");
    assertThat(output).doesNotExist();
  }

  @Test
  void invalidCatalogFailsWithEveryProblemAndWritesNothing() throws Exception {
    Files.write(project.resolve("catalogs/zz-broken.yaml"), Fixtures.input("invalid/wrong-type.yaml").content());

    assertThatThrownBy(() -> run("catalogs"))
        .isInstanceOfSatisfying(CatalogProblemsException.class, e -> assertThat(e.problems())
            .extracting(Problem::format)
            .containsExactly(
                "catalogs/zz-broken.yaml:3:7: type 'dev.example.acme.AcmeErrorCode' is also generated by"
                    + " catalogs/byte-codes.yaml:3:7",
                "catalogs/zz-broken.yaml:13:18: description must be a string, found a list",
                "catalogs/zz-broken.yaml:17:16: retryable must be true or false, found the string 'yes'"))
        .hasMessageStartingWith("3 problems in Latchkey catalogs:\ncatalogs/zz-broken.yaml:3:7: ");
    assertThat(output).doesNotExist();
  }

  @Test
  void emptyConfigurationIsAProblem() {
    assertThatThrownBy(this::run)
        .isInstanceOf(CatalogProblemsException.class)
        .hasMessageContaining("no catalogs configured");
  }
}
