package dev.latchkey.catalog;

import dev.latchkey.codegen.source.SourceDocument;
import dev.latchkey.codegen.source.SourceEntry;
import dev.latchkey.codegen.source.SourceFormatException;
import dev.latchkey.codegen.source.SourceFormats;
import dev.latchkey.codegen.source.SourceImporter;
import dev.latchkey.codegen.source.SourceLocation;
import dev.latchkey.codegen.source.SourceParagraph;
import dev.latchkey.codegen.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Holds each catalog against the documents in {@code sources/} it is transcribed from: every code of a source is
 * in its catalog, the catalog's words match where it quotes the vendor (descriptions, remedies with
 * {@code remedy_source: vendor}, names), and no code the catalog takes from a source is missing from it (unless
 * deprecated). The documents are read with the plugin's importers; the tables each catalog is checked against
 * are named below, per document format.
 */
final class SourceCheck {

  static final String SEAM_GENERIC_TABLE = "Access Code Error Handling";
  static final String SEAM_REMEDIES_TABLE = "Suggested Access Code Remedies";
  static final String TAPKEY_STATUS_TABLE = "Error";
  static final String TAPKEY_CAUSE_TABLE = "Authorization and Authentication Errors";
  static final String TAPKEY_EXPIRED_PARAGRAPH = "Expired authentication token";
  static final String TAPKEY_SCOPES_PARAGRAPH = "Lack of required scopes";

  private final Path catalogDirectory;

  /** Checks the catalogs and sources of the catalog module at {@code catalogDirectory}. */
  SourceCheck(Path catalogDirectory) {
    this.catalogDirectory = catalogDirectory;
  }

  /**
   * A source's provenance file ({@code <document>.source.yaml}).
   *
   * @param name the provenance file, relative to the module ({@code sources/nuki/error-codes.source.yaml})
   * @param document the document, relative to the module
   * @param values the file's keys
   * @param catalogs the catalogs transcribed from the document, each with the id the catalog gives it
   */
  record Provenance(String name, String document, Map<String, Object> values, Map<String, String> catalogs) {

    String string(String key) {
      Object value = values.get(key);
      return value == null ? "" : value.toString();
    }

    /** The document as named in messages: from the repository's root. */
    String displayName() {
      return "catalog/" + document;
    }
  }

  /** The Seam spec subsets: read by the plugin's Seam spec importer and drift report, not by this check. */
  static final String SEAM_SPEC = "sources/seam/spec/";

  /** Every provenance file under {@code sources/} (but {@value #SEAM_SPEC}), sorted by name. */
  @SuppressWarnings("unchecked")
  List<Provenance> provenances() {
    Path sources = catalogDirectory.resolve("sources");
    try (Stream<Path> files = Files.walk(sources)) {
      List<Provenance> provenances = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".source.yaml"))
          .filter(f -> !relative(f).startsWith(SEAM_SPEC)).sorted().toList()) {
        Map<String, Object> values = (Map<String, Object>) new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> catalogs = new java.util.LinkedHashMap<>();
        for (Object item : (List<Object>) values.getOrDefault("catalogs", List.of())) {
          Map<String, Object> catalog = (Map<String, Object>) item;
          catalogs.put(String.valueOf(catalog.get("file")), String.valueOf(catalog.get("source")));
        }
        String relative = relative(file);
        String document = relative.substring(0, relative.lastIndexOf('/') + 1) + values.get("document");
        provenances.add(new Provenance(relative, document, values, catalogs));
      }
      return provenances;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The differences between a source's document as saved and its catalogs. */
  List<Difference> check(Provenance provenance) throws SourceFormatException {
    try {
      return check(provenance, Files.readString(catalogDirectory.resolve(provenance.document()),
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The differences between a source's document, given as {@code text}, and its catalogs. */
  List<Difference> check(Provenance provenance, String text) throws SourceFormatException {
    String format = provenance.string("format");
    SourceImporter importer = SourceFormats.importer(format)
        .orElseThrow(() -> new IllegalStateException(provenance.name() + ": unknown format " + format));
    SourceDocument document = importer.read(provenance.displayName(), text);
    Differences differences = new Differences();
    switch (format) {
      case "seam-guide-markdown" -> seamGuide(provenance, document, differences);
      case "seam-event-types-json" -> eventTypes(provenance, document, differences);
      case "nuki-error-codes-text" -> nukiErrorCodes(provenance, document, differences);
      case "tapkey-response-codes-text" -> tapkeyResponseCodes(provenance, document, differences);
      default -> throw new IllegalStateException(provenance.name() + ": no check for format " + format);
    }
    return differences.list;
  }

  private void seamGuide(Provenance provenance, SourceDocument guide, Differences out) {
    CatalogFile errors = catalog("seam/access-code-errors.yaml");
    List<SourceEntry> generic = out.table(guide, SEAM_GENERIC_TABLE, errors);
    List<SourceEntry> remedies = out.table(guide, SEAM_REMEDIES_TABLE, errors);
    Set<String> genericCodes = new HashSet<>(generic.stream().map(SourceEntry::code).toList());
    for (SourceEntry row : generic) {
      out.entry(errors, row.code(), row).ifPresent(entry -> {
        out.same(errors, row, "description", entry.string("description"), row.description().orElse(""));
        out.same(errors, row, "kind", entry.string("kind"), "generic");
      });
    }
    for (SourceEntry row : remedies) {
      out.entry(errors, row.code(), row).ifPresent(entry -> {
        row.remedies().forEach(remedy -> out.quoted(errors, row, entry, remedy));
        out.same(errors, row, "kind", entry.string("kind"), genericCodes.contains(row.code()) ? "generic" : "specific");
        row.remedies().stream().findFirst().flatMap(SourceText::firstLinkUrl)
            .ifPresent(url -> out.same(errors, row, "docs", entry.string("docs"), url));
      });
    }
    out.notInSource(errors, provenance, guide, Function.identity());
  }

  private void eventTypes(Provenance provenance, SourceDocument list, Differences out) {
    CatalogFile types = catalog("seam/access-code-event-types.yaml");
    for (SourceEntry row : list.entries()) {
      out.entry(types, row.code(), row).ifPresent(entry ->
          out.same(types, row, "description", entry.string("description"), row.description().orElse("")));
    }
    out.notInSource(types, provenance, list, Function.identity());
  }

  private void nukiErrorCodes(Provenance provenance, SourceDocument page, Differences out) {
    CatalogFile codes = catalog("nuki/error-codes.yaml");
    for (SourceEntry row : page.entries()) {
      out.entry(codes, decimal(row.code()), row).ifPresent(entry -> {
        out.same(codes, row, "name", entry.string("name"), row.name().orElse(""));
        row.description().ifPresent(description ->
            out.same(codes, row, "description", entry.string("description"), description));
        row.remedies().forEach(remedy -> out.quoted(codes, row, entry, remedy));
        // The flattened page lost the column of a lone cell: the catalog must quote it as one or the other.
        row.unplacedText().map(SourceText::plain).ifPresent(text -> {
          if (!text.equals(SourceText.plain(entry.string("description"))) && !entry.vendorRemedies().contains(text)) {
            out.add(codes, row, "description or remedies", entry.string("description"), text);
          }
        });
      });
    }
    // The page lists every code (names at least), whichever document the catalog took the words from.
    out.notInSource(codes, provenance, page, code -> Integer.toString(Integer.parseInt(code.substring(2), 16)),
        true);
  }

  private void tapkeyResponseCodes(Provenance provenance, SourceDocument page, Differences out) {
    CatalogFile statuses = catalog("tapkey/http-statuses.yaml");
    for (SourceEntry row : out.table(page, TAPKEY_STATUS_TABLE, statuses)) {
      out.entry(statuses, row.code(), row).ifPresent(entry -> {
        out.same(statuses, row, "status_name", entry.string("status_name"), row.name().orElse(""));
        out.same(statuses, row, "description", entry.string("description"), row.description().orElse(""));
      });
    }
    out.notInSource(statuses, provenance, page, Function.identity());

    // Tapkey names the 401 cases only in words: the catalog's codes are Latchkey's, matched by description.
    CatalogFile causes = catalog("tapkey/auth-failures.yaml");
    for (SourceEntry row : out.table(page, TAPKEY_CAUSE_TABLE, causes)) {
      Optional<CatalogFile.Entry> entry = causes.entries.values().stream()
          .filter(candidate -> SourceText.plain(candidate.string("description")).equals(SourceText.plain(row.code())))
          .findFirst();
      if (entry.isEmpty()) {
        out.add(causes, row, "description", "(none)", row.code());
      } else {
        String first = entry.get().vendorRemedies().stream().findFirst().orElse("(none)");
        out.same(causes, row.code(), row.location(), "first vendor remedy", first, row.remedies().get(0));
      }
    }
    Set<String> cases = new HashSet<>(page.table(TAPKEY_CAUSE_TABLE).stream()
        .map(row -> SourceText.plain(row.code())).toList());
    causes.entries.values().stream()
        .filter(entry -> provenance.catalogs().get(causes.name).equals(entry.string("source")))
        .filter(entry -> !entry.deprecated() && !cases.contains(SourceText.plain(entry.string("description"))))
        .forEach(entry -> out.list.add(new Difference(causes.name, entry.string("code"), "description",
            entry.string("description"), "(no such case in table '" + TAPKEY_CAUSE_TABLE + "')",
            new SourceLocation(page.file(), 1))));
    paragraph(page, TAPKEY_EXPIRED_PARAGRAPH, causes, out).ifPresent(paragraph ->
        causes.entries.values().stream()
            .filter(entry -> TAPKEY_EXPIRED_PARAGRAPH.equals(entry.string("description")))
            .findFirst()
            .ifPresentOrElse(entry -> out.quoted(causes, TAPKEY_EXPIRED_PARAGRAPH, paragraph.location(), entry,
                paragraph.text()),
                () -> out.add(causes, TAPKEY_EXPIRED_PARAGRAPH, paragraph.location(), "description", "(none)",
                    TAPKEY_EXPIRED_PARAGRAPH)));
    paragraph(page, TAPKEY_SCOPES_PARAGRAPH, causes, out).ifPresent(paragraph -> {
      String text = SourceText.plain(paragraph.text());
      if (causes.entries.values().stream().noneMatch(entry -> entry.vendorRemedies().contains(text))) {
        out.add(causes, TAPKEY_SCOPES_PARAGRAPH, paragraph.location(), "remedies", "(in no entry)", text);
      }
    });

    CatalogFile codes = catalog("tapkey/error-codes.yaml");
    for (String table : page.tables()) {
      if (!table.endsWith(" Error Codes")) {
        continue;
      }
      String group = table.substring(0, table.length() - " Error Codes".length()).toLowerCase(Locale.ROOT)
          .replace(' ', '-');
      for (SourceEntry row : page.table(table)) {
        out.entry(codes, row.code(), row).ifPresent(entry -> {
          String description = row.description().orElse("");
          out.same(codes, row, "description", entry.string("description"), description);
          out.same(codes, row, "group", entry.string("group"), group);
          // The page's only advice is in its descriptions: a vendor remedy must be a sentence of it.
          entry.vendorRemedies().stream().filter(remedy -> !SourceText.plain(description).contains(remedy))
              .forEach(remedy -> out.add(codes, row, "remedies", remedy, description));
        });
      }
    }
    out.notInSource(codes, provenance, page, Function.identity());
  }

  private static Optional<SourceParagraph> paragraph(
      SourceDocument page, String heading, CatalogFile catalog, Differences out) {
    Optional<SourceParagraph> paragraph = page.paragraph(heading);
    if (paragraph.isEmpty()) {
      out.list.add(new Difference(catalog.name, heading, "remedies", "(a vendor remedy)",
          "(no paragraph under the heading '" + heading + "')", new SourceLocation(page.file(), 1)));
    }
    return paragraph;
  }

  private CatalogFile catalog(String relative) {
    return CatalogFile.load(catalogDirectory, relative);
  }

  private String relative(Path file) {
    return catalogDirectory.relativize(file).toString().replace('\\', '/');
  }

  private static String decimal(String hexCode) {
    return Integer.toString(Integer.parseInt(hexCode.substring(2), 16));
  }

  /** Collects the differences of one document. */
  private static final class Differences {
    final List<Difference> list = new ArrayList<>();

    /** The rows of a table; a missing table is a difference. */
    List<SourceEntry> table(SourceDocument document, String table, CatalogFile catalog) {
      List<SourceEntry> rows = document.table(table);
      if (rows.isEmpty()) {
        list.add(new Difference(catalog.name, "(table)", "table", table, "(no table '" + table + "')",
            new SourceLocation(document.file(), 1)));
      }
      return rows;
    }

    Optional<CatalogFile.Entry> entry(CatalogFile catalog, String code, SourceEntry row) {
      Optional<CatalogFile.Entry> entry = catalog.entry(code);
      if (entry.isEmpty()) {
        add(catalog, row, "code", "(none)", row.code());
      }
      return entry;
    }

    void same(CatalogFile catalog, SourceEntry row, String field, String catalogText, String sourceText) {
      same(catalog, row.code(), row.location(), field, catalogText, sourceText);
    }

    void same(CatalogFile catalog, String code, SourceLocation at, String field, String catalogText,
        String sourceText) {
      if (!SourceText.plain(catalogText).equals(SourceText.plain(sourceText))) {
        add(catalog, code, at, field, catalogText, SourceText.plain(sourceText));
      }
    }

    /** The source's remedy must be one of the entry's vendor remedies, word for word. */
    void quoted(CatalogFile catalog, SourceEntry row, CatalogFile.Entry entry, String remedy) {
      quoted(catalog, row.code(), row.location(), entry, remedy);
    }

    void quoted(CatalogFile catalog, String code, SourceLocation at, CatalogFile.Entry entry, String remedy) {
      String text = SourceText.plain(remedy);
      if (!entry.vendorRemedies().contains(text)) {
        add(catalog, code, at, "remedies", entry.vendorRemedies().isEmpty() ? "(no vendor remedy)"
            : String.join(" / ", entry.vendorRemedies()), text);
      }
    }

    void add(CatalogFile catalog, SourceEntry row, String field, String catalogText, String sourceText) {
      add(catalog, row.code(), row.location(), field, catalogText, sourceText);
    }

    void add(CatalogFile catalog, String code, SourceLocation at, String field, String catalogText,
        String sourceText) {
      list.add(new Difference(catalog.name, code, field, catalogText, sourceText, at));
    }

    /**
     * The catalog's codes taken from this document that the document does not list: a source update removed
     * them, and the catalog must deprecate them (never drop them silently).
     */
    void notInSource(CatalogFile catalog, Provenance provenance, SourceDocument document,
        Function<String, String> catalogCode) {
      notInSource(catalog, provenance, document, catalogCode, false);
    }

    /** As above; with {@code everyCode}, for a source that lists all codes, whatever their {@code source}. */
    void notInSource(CatalogFile catalog, Provenance provenance, SourceDocument document,
        Function<String, String> catalogCode, boolean everyCode) {
      String sourceId = provenance.catalogs().get(catalog.name);
      Set<String> listed = new HashSet<>(document.entries().stream().map(SourceEntry::code).map(code -> {
        try {
          return catalogCode.apply(code);
        } catch (NumberFormatException e) {
          return code;
        }
      }).toList());
      catalog.entries.forEach((code, entry) -> {
        if ((everyCode || entry.string("source").equals(sourceId)) && !entry.deprecated()
            && !listed.contains(code)) {
          list.add(new Difference(catalog.name, code, "code", code,
              "(not listed: deprecate the code if the vendor dropped it)", new SourceLocation(document.file(), 1)));
        }
      });
    }
  }
}
