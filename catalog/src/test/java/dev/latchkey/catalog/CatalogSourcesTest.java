package dev.latchkey.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.codegen.source.SourceFormatException;
import dev.latchkey.codegen.source.SourceFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds every catalog against the vendor documents in {@code sources/} (see {@code sources/README.md}): the
 * documents live in the repository, so this always runs. A source updated without its catalog fails here with
 * one line per difference: catalog, code, field, the catalog's words and the source's.
 */
class CatalogSourcesTest {

  private static final Path MODULE = Path.of("");
  private final SourceCheck check = new SourceCheck(MODULE);

  @Test
  void everyCatalogAgreesWithItsSources() throws SourceFormatException {
    List<SourceCheck.Provenance> provenances = check.provenances();
    assertThat(provenances).extracting(SourceCheck.Provenance::document).contains(
        "sources/seam/troubleshooting-access-codes.md", "sources/seam/access-code-event-types.json",
        "sources/nuki/error-codes.txt", "sources/tapkey/response-codes.txt");

    List<Difference> differences = new ArrayList<>();
    for (SourceCheck.Provenance provenance : provenances) {
      differences.addAll(check.check(provenance));
    }
    assertThat(differences)
        .as("the catalogs disagree with their sources; update the catalogs (or the sources):\n%s",
            differences.stream().map(Difference::format).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void everySourceHasItsProvenance() throws IOException {
    List<SourceCheck.Provenance> provenances = check.provenances();
    for (SourceCheck.Provenance provenance : provenances) {
      String name = provenance.name();
      assertThat(MODULE.resolve(provenance.document())).as("%s: the document", name).isRegularFile();
      assertThat(provenance.string("title")).as("%s: title", name).isNotBlank();
      assertThat(provenance.string("url")).as("%s: url", name).startsWith("https://");
      assertThat(LocalDate.parse(provenance.string("retrieved"))).as("%s: retrieved (an ISO date, not ahead)", name)
          .isBeforeOrEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
      assertThat(SourceFormats.importer(provenance.string("format"))).as("%s: format", name).isPresent();
      assertThat(provenance.catalogs()).as("%s: catalogs", name).isNotEmpty();
      provenance.catalogs().forEach((file, sourceId) -> {
        CatalogFile catalog = CatalogFile.load(MODULE, file);
        assertThat(catalog.sourceUrls).as("%s: the sources of %s", name, file)
            .containsEntry(sourceId, provenance.string("url"));
      });
    }
    // Every saved document has its provenance: nothing in sources/ is of unknown origin.
    try (Stream<Path> files = Files.walk(MODULE.resolve("sources"))) {
      List<String> documents = files.filter(Files::isRegularFile)
          .map(file -> MODULE.relativize(file).toString().replace('\\', '/'))
          .filter(file -> !file.endsWith(".source.yaml") && !file.endsWith("README.md"))
          .filter(file -> !file.startsWith(SourceCheck.SEAM_SPEC)) // the Seam spec keeps its own provenance
          .sorted()
          .toList();
      assertThat(provenances).extracting(SourceCheck.Provenance::document)
          .containsExactlyInAnyOrderElementsOf(documents);
    }
  }

  @Test
  void aNukiPageUpdatedWithoutTheCatalogListsEachDifference() throws Exception {
    List<String> differences = differencesAfter("sources/nuki/error-codes.txt", page -> page
        .replace("0xFFERROR_UNKNOWNDevice is most likely offline or not reachable",
            "0xFFERROR_UNKNOWNDevice is offline")
        .replace("0x45K_ERROR_BUSY", "0x45K_ERROR_LOCK_BUSY")
        .replace("0x61K_ERROR_DS_TIMEOUT", "0x61K_ERROR_DS_TIMEOUT\n0x62K_ERROR_DS_JAMMED")
        .replace("0x10P_ERROR_NOT_PAIRING\n", ""));

    assertThat(differences).containsExactly(
        "nuki/error-codes.yaml 0xFF description: catalog \"Device is most likely offline or not reachable\" vs"
            + " source \"Device is offline\" (catalog/sources/nuki/error-codes.txt:25)",
        "nuki/error-codes.yaml 0x45 name: catalog \"K_ERROR_BUSY\" vs source \"K_ERROR_LOCK_BUSY\""
            + " (catalog/sources/nuki/error-codes.txt:51)",
        "nuki/error-codes.yaml 0x62 code: catalog \"(none)\" vs source \"0x62\""
            + " (catalog/sources/nuki/error-codes.txt:68)",
        "nuki/error-codes.yaml 16 code: catalog \"16\" vs source \"(not listed: deprecate the code if the vendor"
            + " dropped it)\" (catalog/sources/nuki/error-codes.txt:1)");
  }

  @Test
  void aSeamGuideUpdatedWithoutTheCatalogListsEachDifference() throws Exception {
    List<String> differences = differencesAfter("sources/seam/troubleshooting-access-codes.md", guide -> guide
        .replace("Check the Salto user's subscription and your Salto site's subscription limit.",
            "Check the Salto user's subscription.")
        .replace("`failed_to_remove_from_device`", "`failed_to_delete_from_device`"));

    assertThat(differences).containsExactly(
        "seam/access-code-errors.yaml failed_to_delete_from_device code: catalog \"(none)\" vs source"
            + " \"failed_to_delete_from_device\" (catalog/sources/seam/troubleshooting-access-codes.md:14)",
        "seam/access-code-errors.yaml failed_to_delete_from_device code: catalog \"(none)\" vs source"
            + " \"failed_to_delete_from_device\" (catalog/sources/seam/troubleshooting-access-codes.md:220)",
        "seam/access-code-errors.yaml salto_site_user_not_subscribed remedies: catalog \"Check the Salto user's"
            + " subscription and your Salto site's subscription limit.\" vs source \"Check the Salto user's"
            + " subscription.\" (catalog/sources/seam/troubleshooting-access-codes.md:227)",
        "seam/access-code-errors.yaml failed_to_remove_from_device code: catalog \"failed_to_remove_from_device\""
            + " vs source \"(not listed: deprecate the code if the vendor dropped it)\""
            + " (catalog/sources/seam/troubleshooting-access-codes.md:1)");
  }

  @Test
  void aTapkeyPageUpdatedWithoutTheCatalogListsEachDifference() throws Exception {
    List<String> differences = differencesAfter("sources/tapkey/response-codes.txt", page -> page
        .replace("NotFound 404 Returned when the resource could not be found.",
            "NotFound 404 Returned when the resource does not exist.\nConflict 409 Returned on a conflict.")
        .replace("Invalid authentication token The client should check",
            "Invalid authentication token The client must check")
        .replace("CardCapacityExceeded The capacity", "CardFull The capacity"));

    assertThat(differences).containsExactly(
        "tapkey/http-statuses.yaml 404 description: catalog \"Returned when the resource could not be found.\" vs"
            + " source \"Returned when the resource does not exist.\" (catalog/sources/tapkey/response-codes.txt:26)",
        "tapkey/http-statuses.yaml 409 description: catalog \"The request was not executed because the desired"
            + " state is already present or the entity was modified by a simultaneous request.\" vs source"
            + " \"Returned on a conflict.\" (catalog/sources/tapkey/response-codes.txt:27)",
        "tapkey/auth-failures.yaml Invalid authentication token first vendor remedy: catalog \"The client should"
            + " check the authentication token which was sent to the API. Shouldn't happen during normal"
            + " operation.\" vs source \"The client must check the authentication token which was sent to the"
            + " API. Shouldn't happen during normal operation.\" (catalog/sources/tapkey/response-codes.txt:36)",
        "tapkey/error-codes.yaml CardFull code: catalog \"(none)\" vs source \"CardFull\""
            + " (catalog/sources/tapkey/response-codes.txt:87)",
        "tapkey/error-codes.yaml CardCapacityExceeded code: catalog \"CardCapacityExceeded\" vs source \"(not"
            + " listed: deprecate the code if the vendor dropped it)\" (catalog/sources/tapkey/response-codes.txt:1)");
  }

  @Test
  void aMalformedSourceFailsWithItsLine() throws Exception {
    SourceCheck.Provenance nuki = provenance("sources/nuki/error-codes.txt");
    String page = read(nuki).replace("0x13P_ERROR_MAX_USER", "0x13");

    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(SourceFormatException.class,
        () -> check.check(nuki, page)).problems()).singleElement().asString()
        .startsWith("catalog/sources/nuki/error-codes.txt:31: cannot read the row '0x13The limit");
  }

  /** What the check reports once a saved document is edited the way a vendor might have changed it. */
  private List<String> differencesAfter(String document, UnaryOperator<String> edit) throws Exception {
    SourceCheck.Provenance provenance = provenance(document);
    return check.check(provenance, edit.apply(read(provenance))).stream().map(Difference::format).toList();
  }

  private SourceCheck.Provenance provenance(String document) {
    return check.provenances().stream().filter(p -> p.document().equals(document)).findFirst().orElseThrow();
  }

  private static String read(SourceCheck.Provenance provenance) throws IOException {
    return Files.readString(MODULE.resolve(provenance.document()), StandardCharsets.UTF_8);
  }
}
