package dev.latchkey.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Checks that every code of the three vendor documents the catalogs are transcribed from (the "seeds") is in
 * its catalog with the document's own words: descriptions and remedies, compared after turning markdown links
 * into their text and collapsing whitespace.
 *
 * <p>The seeds are read from the system property {@code latchkey.seeds.dir} (set by the module's POM to
 * {@code ../../shared/seeds}). Without them the test is skipped, except on CI ({@code CI=true}) where it fails.
 */
class SeedCoverageTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("latchkey.seeds.dir", "../../shared/seeds"));
  private static final Path CATALOGS = Path.of(System.getProperty("latchkey.catalog.dir", "."));

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|\\s*(.*?)\\s*\\|\\s*$", Pattern.MULTILINE);
  /** A Nuki table row: hex code, name and (glued to the name) a description or remedy, if any. */
  private static final Pattern NUKI_ROW =
      Pattern.compile("^0x([0-9A-Fa-f]{2})([A-Z0-9_]+?)((?:[A-Z][a-z].*)?)$");
  /** The footnote markers the Nuki page puts after a remedy, such as " (1, 2)". */
  private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\(\\d+(?:,\\s*\\d+)*\\)$");
  private static final Pattern TAPKEY_STATUS_ROW = Pattern.compile("^([A-Za-z]+) (\\d{3}) (.+)$");
  private static final Pattern TAPKEY_CODE_ROW = Pattern.compile("^([A-Z][A-Za-z]+) (.+)$");
  private static final Pattern TAPKEY_CODE_TABLE = Pattern.compile("^(.+) Error Codes$");

  @BeforeAll
  static void seedsArePresent() {
    boolean present = Files.isDirectory(SEEDS);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("Seed documents not found at %s (CI=true, so this is an error); set -Dlatchkey.seeds.dir",
          SEEDS.toAbsolutePath().normalize());
    }
    assumeTrue(present, () -> "Skipping the seed coverage checks: no seed documents at "
        + SEEDS.toAbsolutePath().normalize() + " (set -Dlatchkey.seeds.dir to check them)");
  }

  @Test
  void seamGuideCodesHaveTheGuideWording() {
    String guide = seed("# Troubleshooting Access Codes");
    Catalog errors = Catalog.load("seam/access-code-errors.yaml");
    Map<String, String> generic = tableRows(section(guide, "## Access Code Error Handling"));
    Map<String, String> remedies = tableRows(section(guide, "## Suggested Access Code Remedies"));
    assertThat(generic).as("generic errors table of the guide").isNotEmpty();
    assertThat(remedies).as("remedies table of the guide").isNotEmpty();

    SoftAssertions soft = new SoftAssertions();
    generic.forEach((code, description) -> errors.entry(code).ifPresentOrElse(entry -> {
      soft.assertThat(normalise(entry.string("description"))).as("description of %s", code)
          .isEqualTo(normalise(description));
      soft.assertThat(entry.string("kind")).as("kind of %s", code).isEqualTo("generic");
    }, () -> soft.fail("generic error %s of the guide is missing from %s", code, errors.file)));
    remedies.forEach((code, remedy) -> errors.entry(code).ifPresentOrElse(entry -> {
      soft.assertThat(entry.vendorRemedies()).as("vendor remedies of %s", code).contains(normalise(remedy));
      soft.assertThat(entry.string("kind")).as("kind of %s", code)
          .isEqualTo(generic.containsKey(code) ? "generic" : "specific");
      firstLinkUrl(remedy).ifPresent(url ->
          soft.assertThat(entry.string("docs")).as("docs of %s (the remedy's first link)", code).isEqualTo(url));
    }, () -> soft.fail("code %s of the guide's remedies table is missing from %s", code, errors.file)));
    soft.assertAll();
  }

  @Test
  void nukiTableCodesHaveTheirNamesAndRemedies() {
    String page = seed("P_ERROR_MAX_USER");
    Catalog codes = Catalog.load("nuki/error-codes.yaml");
    List<String> lines = page.lines().map(String::strip).collect(Collectors.toList());

    SoftAssertions soft = new SoftAssertions();
    int rowsSeen = 0;
    int rowsParsed = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("0x")) {
        continue;
      }
      rowsSeen++;
      Matcher row = NUKI_ROW.matcher(lines.get(i));
      if (!row.matches()) {
        soft.fail("cannot read the Nuki table row '%s'", lines.get(i));
        continue;
      }
      rowsParsed++;
      List<String> followingRemedies = new ArrayList<>();
      for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("0x"); j++) {
        if (!lines.get(j).isEmpty()) {
          followingRemedies.add(normalise(FOOTNOTE.matcher(lines.get(j)).replaceAll("")));
        }
      }
      String code = Integer.toString(Integer.parseInt(row.group(1), 16));
      String name = row.group(2);
      String text = normalise(row.group(3));
      codes.entry(code).ifPresentOrElse(entry -> {
        soft.assertThat(entry.string("name")).as("name of 0x%s", row.group(1)).isEqualTo(name);
        if (!text.isEmpty()) {
          soft.assertThat(text.equals(normalise(entry.string("description"))) || entry.vendorRemedies().contains(text))
              .as("0x%s: the page's text '%s' must be its description or a vendor remedy", row.group(1), text)
              .isTrue();
        }
        soft.assertThat(entry.vendorRemedies()).as("vendor remedies of 0x%s", row.group(1))
            .containsAll(followingRemedies);
      }, () -> soft.fail("Nuki code 0x%s (%s) is missing from %s", row.group(1), name, codes.file));
    }
    soft.assertThat(rowsSeen).as("rows of the Nuki table").isPositive().isEqualTo(rowsParsed);
    soft.assertAll();
  }

  @Test
  void tapkeyStatusesAndAuthFailuresHaveTheSeedWording() {
    String page = seed("InsufficientSmartphoneUserContingent");
    Catalog statuses = Catalog.load("tapkey/http-statuses.yaml");
    Catalog authFailures = Catalog.load("tapkey/auth-failures.yaml");
    List<String> lines = page.lines().map(String::strip).collect(Collectors.toList());

    SoftAssertions soft = new SoftAssertions();
    List<String> statusRows = rowsAfter(lines, "Name Code Description");
    soft.assertThat(statusRows).as("rows of the status table").isNotEmpty();
    for (String line : statusRows) {
      Matcher row = TAPKEY_STATUS_ROW.matcher(line);
      if (!row.matches()) {
        soft.fail("cannot read the Tapkey status row '%s'", line);
        continue;
      }
      statuses.entry(row.group(2)).ifPresentOrElse(entry -> {
        soft.assertThat(entry.string("name")).as("name of %s", row.group(2)).isEqualTo(upperSnake(row.group(1)));
        soft.assertThat(normalise(entry.string("description"))).as("description of %s", row.group(2))
            .isEqualTo(normalise(row.group(3)));
      }, () -> soft.fail("Tapkey status %s is missing from %s", row.group(2), statuses.file));
    }

    // A row of the 401 table is "<when / why> <recommended solution>": exactly one cause must read like it.
    List<String> causeRows = rowsAfter(lines, "When / Why Recommended solution");
    soft.assertThat(causeRows).as("rows of the 401 table").isNotEmpty();
    for (String line : causeRows) {
      List<String> matching = authFailures.entries.values().stream()
          .filter(entry -> !entry.vendorRemedies().isEmpty())
          .filter(entry -> normalise(line).equals(
              normalise(entry.string("description")) + " " + entry.vendorRemedies().get(0)))
          .map(entry -> entry.string("code"))
          .collect(Collectors.toList());
      soft.assertThat(matching).as("401 causes whose description and first remedy read '%s'", line).hasSize(1);
    }
    paragraphAfter(lines, "Expired authentication token").ifPresentOrElse(paragraph -> {
      Optional<Entry> expired = authFailures.entries.values().stream()
          .filter(entry -> "Expired authentication token".equals(entry.string("description"))).findFirst();
      soft.assertThat(expired).as("the expired-token cause").isPresent();
      expired.ifPresent(entry -> soft.assertThat(entry.vendorRemedies()).as("remedies of the expired-token cause")
          .contains(normalise(paragraph)));
    }, () -> soft.fail("no paragraph under 'Expired authentication token' in the Tapkey page"));
    paragraphAfter(lines, "Lack of required scopes").ifPresentOrElse(paragraph ->
        soft.assertThat(authFailures.entries.values()).as("a 401 cause with the 'Lack of required scopes' paragraph")
            .anySatisfy(entry -> assertThat(entry.vendorRemedies()).contains(normalise(paragraph))),
        () -> soft.fail("no paragraph under 'Lack of required scopes' in the Tapkey page"));
    soft.assertAll();
  }

  @Test
  void tapkeyErrorCodesHaveTheSeedWording() {
    String page = seed("InsufficientSmartphoneUserContingent");
    Catalog codes = Catalog.load("tapkey/error-codes.yaml");
    List<String> lines = page.lines().map(String::strip).collect(Collectors.toList());

    SoftAssertions soft = new SoftAssertions();
    int tables = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher heading = TAPKEY_CODE_TABLE.matcher(lines.get(i));
      List<String> rest = lines.subList(i + 1, lines.size());
      if (!heading.matches() || !rest.stream().filter(line -> !line.isEmpty()).findFirst()
          .filter("Code Description"::equals).isPresent()) {
        continue;
      }
      tables++;
      String group = heading.group(1).toLowerCase(Locale.ROOT).replace(' ', '-');
      for (String line : rowsAfter(rest, "Code Description")) {
        Matcher row = TAPKEY_CODE_ROW.matcher(line);
        if (!row.matches()) {
          soft.fail("cannot read the Tapkey error code row '%s'", line);
          continue;
        }
        codes.entry(row.group(1)).ifPresentOrElse(entry -> {
          soft.assertThat(normalise(entry.string("description"))).as("description of %s", row.group(1))
              .isEqualTo(normalise(row.group(2)));
          soft.assertThat(entry.string("group")).as("group of %s", row.group(1)).isEqualTo(group);
          // A vendor remedy must be the vendor's words: here, a sentence of the description.
          entry.vendorRemedies().forEach(remedy -> soft.assertThat(normalise(row.group(2)))
              .as("vendor remedy of %s", row.group(1)).contains(remedy));
        }, () -> soft.fail("Tapkey error code %s is missing from %s", row.group(1), codes.file));
      }
    }
    soft.assertThat(tables).as("error code tables in the Tapkey page").isPositive();
    soft.assertAll();
  }

  /** Markdown links become their text; runs of whitespace become one space. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return MARKDOWN_LINK.matcher(text).replaceAll("$1").replaceAll("\\s+", " ").strip();
  }

  private static Optional<String> firstLinkUrl(String text) {
    Matcher link = MARKDOWN_LINK.matcher(text);
    return link.find() ? Optional.of(link.group(2)) : Optional.empty();
  }

  private static String upperSnake(String pascalCase) {
    return pascalCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The markdown section that starts with {@code heading}, up to the next heading of the same level. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    assertThat(start).as("heading '%s' in the guide", heading).isNotNegative();
    int end = markdown.indexOf("\n## ", start + heading.length());
    return end < 0 ? markdown.substring(start) : markdown.substring(start, end);
  }

  private static Map<String, String> tableRows(String markdown) {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row = TABLE_ROW.matcher(markdown);
    while (row.find()) {
      rows.put(row.group(1), row.group(2));
    }
    return rows;
  }

  /** The non-blank lines after the line {@code header}, up to the next blank line. */
  private static List<String> rowsAfter(List<String> lines, String header) {
    int at = lines.indexOf(header);
    assertThat(at).as("line '%s' in the seed", header).isNotNegative();
    List<String> rows = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      rows.add(lines.get(i));
    }
    return rows;
  }

  /** The first non-blank line after the line that is exactly {@code heading}. */
  private static Optional<String> paragraphAfter(List<String> lines, String heading) {
    int at = lines.indexOf(heading);
    if (at < 0) {
      return Optional.empty();
    }
    return lines.subList(at + 1, lines.size()).stream().filter(line -> !line.isEmpty()).findFirst();
  }

  /** The one seed document that contains {@code marker}. */
  private static String seed(String marker) {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<String> matching = files.filter(file -> file.getFileName().toString().endsWith(".txt"))
          .sorted()
          .map(SeedCoverageTest::read)
          .filter(text -> text.contains(marker))
          .collect(Collectors.toList());
      assertThat(matching).as("seed documents in %s containing '%s'", SEEDS, marker).hasSize(1);
      return matching.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One catalog file: its entries by code (byte and status codes as decimal strings). */
  private static final class Catalog {
    final Path file;
    final Map<String, Entry> entries = new LinkedHashMap<>();

    private Catalog(Path file) {
      this.file = file;
    }

    @SuppressWarnings("unchecked")
    static Catalog load(String relative) {
      Catalog catalog = new Catalog(CATALOGS.resolve(relative));
      LoadSettings settings = LoadSettings.builder()
          .setLabel(relative)
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .build();
      Map<String, Object> root = (Map<String, Object>) new Load(settings).loadFromString(read(catalog.file));
      for (Object item : (List<Object>) root.get("codes")) {
        Entry entry = new Entry((Map<String, Object>) item);
        catalog.entries.put(entry.string("code"), entry);
      }
      return catalog;
    }

    Optional<Entry> entry(String code) {
      return Optional.ofNullable(entries.get(code));
    }
  }

  /** One entry of a catalog, read as plain YAML values. */
  private static final class Entry {
    private final Map<String, Object> values;

    Entry(Map<String, Object> values) {
      this.values = values;
    }

    String string(String key) {
      Object value = values.get(key);
      return value == null ? null : value.toString();
    }

    /** The remedies in the vendor's words (normalised), in order. */
    @SuppressWarnings("unchecked")
    List<String> vendorRemedies() {
      List<String> texts = new ArrayList<>();
      for (Object remedy : (List<Object>) values.getOrDefault("remedies", List.of())) {
        if (remedy instanceof Map) {
          Map<String, Object> map = (Map<String, Object>) remedy;
          if ("vendor".equals(map.get("source"))) {
            texts.add(normalise(Objects.toString(map.get("text"), "")));
          }
        } else if ("vendor".equals(values.get("remedy_source"))) {
          texts.add(normalise(remedy.toString()));
        }
      }
      return texts;
    }
  }
}
