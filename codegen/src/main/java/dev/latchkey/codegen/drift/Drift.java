package dev.latchkey.codegen.drift;

import dev.latchkey.codegen.drift.DriftReport.Bump;
import dev.latchkey.codegen.drift.DriftReport.Change;
import dev.latchkey.codegen.drift.DriftReport.Kind;
import dev.latchkey.codegen.drift.DriftReport.ListDrift;
import dev.latchkey.codegen.seamspec.CatalogYaml;
import dev.latchkey.codegen.seamspec.SeamCatalogImporter;
import dev.latchkey.codegen.seamspec.SeamSpec;
import dev.latchkey.codegen.seamspec.SeamSpecException;
import dev.latchkey.codegen.seamspec.SeamSpecList;
import dev.latchkey.codegen.seamspec.SpecCode;
import dev.latchkey.codegen.text.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inputs of a drift report, compares them and writes the report.
 *
 * <p>An input is a Seam spec ({@code .json}: the OpenAPI document of {@code @seamapi/types} or a subset of it) or
 * a Latchkey catalog ({@code .yaml}), compared with the spec list that feeds it. Typical uses: two spec versions,
 * to see what a vendor release changed; a catalog and the newest spec, in CI, to see that the catalog is behind.
 */
public final class Drift {

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((https?://[^)\\s]+)\\)");

  private Drift() {}

  /**
   * Reads one input.
   *
   * @param path the file: {@code .json} for a Seam spec, {@code .yaml} or {@code .yml} for a catalog
   * @param label how the report names it (a path relative to the repository keeps reports reproducible)
   * @return its code lists
   * @throws DriftException when the file cannot be read or is malformed, with {@code file:line:column}
   */
  public static Snapshot read(Path path, String label) throws DriftException {
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new DriftException(label + ": cannot read: " + e.getMessage(), e);
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      try {
        return fromSpec(SeamSpec.read(label, content, null));
      } catch (SeamSpecException e) {
        throw new DriftException(e.getMessage(), e);
      }
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      String text = Utf8.decode(content).orElseThrow(() -> new DriftException(label + ": not valid UTF-8", null));
      return fromCatalog(label, text);
    }
    throw new DriftException(label + ": not a Seam spec (.json) or a catalog (.yaml)", null);
  }

  /**
   * The code lists of a spec.
   *
   * @param spec the spec
   * @return its lists, keyed as {@code access_code.errors}
   */
  public static Snapshot fromSpec(SeamSpec spec) {
    Map<String, List<CodeFacts>> lists = new LinkedHashMap<>();
    spec.lists().forEach((list, codes) -> {
      List<CodeFacts> facts = new ArrayList<>();
      for (SpecCode code : codes) {
        Optional<String> successor = code.deprecation().flatMap(SeamCatalogImporter::successor);
        facts.add(new CodeFacts(code.code(), Optional.of(plain(code.description())), code.deprecated(), successor,
            successor.map(s -> "deprecation text: \"" + code.deprecation().orElseThrow() + "\""), code.levels()));
      }
      lists.put(list.key(), facts);
    });
    String origin = spec.retrievedFrom().map(from -> from + spec.retrievedOn().map(on -> ", retrieved " + on)
        .orElse("")).orElse(null);
    return new Snapshot(spec.file(), "@seamapi/types " + spec.version(), spec.version(), Optional.ofNullable(origin),
        false, lists);
  }

  /**
   * The code list of a catalog, under the key of the spec list that feeds it (its {@code type} when none does).
   * Descriptions count only for entries transcribed from a spec version; the version is the newest spec version
   * among the catalog's sources.
   *
   * @param label the catalog as named in the report
   * @param yaml the catalog's text
   * @return its one list
   * @throws DriftException when the catalog is not valid YAML or has no codes list
   */
  public static Snapshot fromCatalog(String label, String yaml) throws DriftException {
    Map<?, ?> catalog = catalogMap(label, yaml);
    String type = String.valueOf(catalog.get("type"));
    String key = SeamSpecList.forCatalogType(type).map(SeamSpecList::key).orElse(type);
    String version = "unknown";
    if (catalog.get("sources") instanceof List<?> sources) {
      for (Object source : sources) {
        if (source instanceof Map<?, ?> map && map.get("id") instanceof String id
            && id.startsWith(SeamCatalogImporter.SPEC_SOURCE_PREFIX)) {
          String candidate = id.substring(SeamCatalogImporter.SPEC_SOURCE_PREFIX.length()).replace('-', '.');
          version = version.equals("unknown") || newer(candidate, version) ? candidate : version;
        }
      }
    }
    if (!(catalog.get("codes") instanceof List<?> codes)) {
      throw new DriftException(label + ": the catalog has no codes list", null);
    }
    List<CodeFacts> facts = new ArrayList<>();
    for (Object item : codes) {
      if (!(item instanceof Map<?, ?> entry) || entry.get("code") == null) {
        throw new DriftException(label + ": every item of codes must be a map with a code", null);
      }
      boolean fromSpec = String.valueOf(entry.get("source")).startsWith(SeamCatalogImporter.SPEC_SOURCE_PREFIX);
      Optional<String> successor = Optional.ofNullable(entry.get("replaced_by")).map(String::valueOf);
      facts.add(new CodeFacts(String.valueOf(entry.get("code")),
          fromSpec ? Optional.ofNullable(entry.get("description")).map(String::valueOf) : Optional.empty(),
          Boolean.TRUE.equals(entry.get("deprecated")), successor,
          successor.map(s -> "replaced_by in " + label), levels(entry.get("attached_from"))));
    }
    return new Snapshot(label, "catalog " + type, version, Optional.empty(), true, Map.of(key, facts));
  }

  /**
   * Compares two inputs.
   *
   * @param from the older input (or the catalog)
   * @param to the newer input (or the spec the catalog should follow)
   * @param evidence catalogs read for their {@code replaced_by} only, as evidence of renames between two specs
   * @return the report
   */
  public static DriftReport compare(Snapshot from, Snapshot to, List<Snapshot> evidence) {
    List<ListDrift> lists = new ArrayList<>();
    List<String> notCompared = new ArrayList<>();
    for (String key : orderedKeys(from, to)) {
      if (!from.lists().containsKey(key) || !to.lists().containsKey(key)) {
        notCompared.add(key + " (only in " + (from.lists().containsKey(key) ? from.file() : to.file()) + ")");
        continue;
      }
      lists.add(compareList(key, from, to, evidence));
    }
    return new DriftReport(from, to, evidence.stream().map(Snapshot::file).toList(), lists, notCompared);
  }

  private static ListDrift compareList(String key, Snapshot from, Snapshot to, List<Snapshot> evidence) {
    Optional<String> catalogType = Arrays.stream(SeamSpecList.values()).filter(l -> l.key().equals(key)).findFirst()
        .flatMap(SeamSpecList::catalogType).or(() -> from.catalog() ? Optional.of(key) : Optional.empty())
        .filter(t -> t.contains("."));
    Map<String, CodeFacts> older = byCode(from.lists().get(key));
    Map<String, CodeFacts> newer = byCode(to.lists().get(key));
    boolean exactLevels = !from.catalog() && !to.catalog();
    Impact impact = new Impact(catalogType);
    List<Change> changes = new ArrayList<>();
    for (CodeFacts old : older.values()) {
      CodeFacts now = newer.get(old.code());
      if (now == null) {
        if (from.catalog() && old.deprecated()) {
          continue; // the catalog keeps what the vendor dropped, deprecated: already handled
        }
        Optional<String> elsewhere = listHolding(to, old.code(), key);
        Optional<String[]> successor = successor(old, key, evidence).filter(s -> holds(to, s[0]));
        if (successor.isPresent()) {
          changes.add(impact.change(Kind.RENAMED, old.code(), "successor `" + successor.get()[0] + "` ("
              + successor.get()[1] + ")" + (old.deprecated() ? "; it was deprecated already" : "")));
        } else if (elsewhere.isPresent()) {
          changes.add(impact.change(Kind.RELEVELED, old.code(), "moved: gone from this list; "
              + to.title() + " has it in " + elsewhere.get()));
        } else {
          changes.add(impact.change(Kind.REMOVED, old.code(), (old.deprecated() ? "it was deprecated already; " : "")
              + "no successor shown"));
        }
        continue;
      }
      if (!old.deprecated() && now.deprecated()) {
        changes.add(impact.change(Kind.DEPRECATED, old.code(), now.evidence().map(e -> e.startsWith("deprecation")
            ? e.substring(0, 1).toUpperCase(Locale.ROOT) + e.substring(1) : e).orElse("no successor named")));
      }
      boolean releveled = exactLevels ? !old.levels().equals(now.levels())
          : !old.levels().isEmpty() && !now.levels().isEmpty() && !old.levels().get(0).equals(now.levels().get(0));
      if (releveled) {
        changes.add(impact.change(Kind.RELEVELED, old.code(), "origin " + levels(old.levels()) + " -> "
            + levels(now.levels())));
      }
      if (old.description().isPresent() && now.description().isPresent()
          && !normal(old.description().get()).equals(normal(now.description().get()))) {
        changes.add(impact.change(Kind.REWORDED, old.code(), "was: \"" + old.description().get() + "\"; now: \""
            + now.description().get() + "\""));
      }
    }
    for (CodeFacts now : newer.values()) {
      if (!older.containsKey(now.code())) {
        Optional<String> before = listHolding(from, now.code(), key);
        changes.add(impact.change(Kind.ADDED, now.code(), "\"" + now.description().orElse("") + "\""
            + before.map(b -> " (" + from.title() + " had it in " + b + ")").orElse("")
            + (now.deprecated() ? " (deprecated from the start)" : "")));
      }
    }
    changes.sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
    return new ListDrift(key, catalogType, changes);
  }

  /**
   * Writes the report as Markdown and JSON. Both are rendered first and each file is replaced in one move, so a
   * failure leaves no half-written report.
   *
   * @param report the report
   * @param markdown where the Markdown goes
   * @param json where the JSON goes
   * @throws IOException when a file cannot be written
   */
  public static void write(DriftReport report, Path markdown, Path json) throws IOException {
    String md = DriftRenderer.markdown(report);
    String js = DriftRenderer.json(report);
    writeAtomically(markdown, md);
    writeAtomically(json, js);
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The successor and its evidence: the code's own input first, then the evidence catalogs. */
  private static Optional<String[]> successor(CodeFacts old, String key, List<Snapshot> evidence) {
    if (old.successor().isPresent()) {
      return Optional.of(new String[] {old.successor().get(), old.evidence().orElse("")});
    }
    for (Snapshot source : evidence) {
      for (CodeFacts facts : source.lists().getOrDefault(key, List.of())) {
        if (facts.code().equals(old.code()) && facts.successor().isPresent()) {
          return Optional.of(new String[] {facts.successor().get(), facts.evidence().orElse("")});
        }
      }
    }
    return Optional.empty();
  }

  private static boolean holds(Snapshot snapshot, String code) {
    return snapshot.lists().values().stream().flatMap(List::stream).anyMatch(f -> f.code().equals(code));
  }

  private static Optional<String> listHolding(Snapshot snapshot, String code, String except) {
    List<String> keys = snapshot.lists().entrySet().stream().filter(e -> !e.getKey().equals(except))
        .filter(e -> e.getValue().stream().anyMatch(f -> f.code().equals(code))).map(Map.Entry::getKey).toList();
    return keys.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", keys));
  }

  private static List<String> orderedKeys(Snapshot from, Snapshot to) {
    List<String> keys = new ArrayList<>();
    Arrays.stream(SeamSpecList.values()).map(SeamSpecList::key)
        .filter(k -> from.lists().containsKey(k) || to.lists().containsKey(k)).forEach(keys::add);
    from.lists().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    to.lists().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }

  private static Map<String, CodeFacts> byCode(List<CodeFacts> facts) {
    Map<String, CodeFacts> map = new LinkedHashMap<>();
    facts.forEach(f -> map.putIfAbsent(f.code(), f));
    return map;
  }

  private static String levels(List<String> levels) {
    return levels.isEmpty() ? "(none)" : String.join(" + ", levels);
  }

  private static List<String> levels(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private static String plain(String markdown) {
    Matcher matcher = LINK.matcher(markdown);
    return matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  private static String normal(String text) {
    return plain(text).strip().replaceAll("\\s+", " ");
  }

  /** Compares dotted versions numerically: 1.1038.0 is newer than 1.977.0. */
  private static boolean newer(String candidate, String current) {
    String[] a = candidate.split("\\.");
    String[] b = current.split("\\.");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length && a[i].matches("\\d+") ? Integer.parseInt(a[i]) : 0;
      int y = i < b.length && b[i].matches("\\d+") ? Integer.parseInt(b[i]) : 0;
      if (x != y) {
        return x > y;
      }
    }
    return false;
  }

  private static Map<?, ?> catalogMap(String label, String yaml) throws DriftException {
    try {
      return CatalogYaml.read(label, yaml);
    } catch (SeamSpecException e) {
      throw new DriftException(e.getMessage(), e);
    }
  }

  /** What a change means for apps, given whether a catalog (and so a generated enum) reads the list. */
  private record Impact(Optional<String> catalogType) {

    Change change(Kind kind, String code, String detail) {
      Optional<String> constant = catalogType.map(t -> t.substring(t.lastIndexOf('.') + 1) + "."
          + code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
      if (constant.isEmpty()) {
        return new Change(kind, code, constant, detail, "No Latchkey catalog reads this list: nothing changes in"
            + " the SDK.", Bump.NONE);
      }
      String c = "`" + constant.get() + "`";
      return switch (kind) {
        case ADDED -> new Change(kind, code, constant, detail, "New constant " + c + " (minor). Until apps upgrade,"
            + " the code arrives as UNKNOWN_TO_SDK_VERSION; a `switch` expression without `default` needs a new"
            + " case.", Bump.MINOR);
        case REMOVED -> new Change(kind, code, constant, detail, "Deleting " + c + " would break every `switch` and"
            + " comparison that names it (major): keep it, marked deprecated (minor), as the importer does.",
            Bump.MINOR);
        case RENAMED -> new Change(kind, code, constant, detail, "Deleting " + c + " would break every `switch` that"
            + " names it (major): keep it deprecated with `replaced_by` pointing at the successor (minor), and"
            + " have apps handle both.", Bump.MINOR);
        case DEPRECATED -> new Change(kind, code, constant, detail, c + " becomes @Deprecated (minor): code that"
            + " names it compiles with a warning.", Bump.MINOR);
        case RELEVELED -> detail.startsWith("moved:") ? new Change(kind, code, constant, detail, "Seam now reports"
            + " it in another list, so apps no longer see it here: keep " + c + ", marked deprecated (minor).",
            Bump.MINOR) : new Change(kind, code, constant, detail, c + ".attachedFrom() changes (minor): code that"
            + " branches on where an error comes from (the access code, its device or its account) takes another"
            + " branch.", Bump.MINOR);
        case REWORDED -> new Change(kind, code, constant, detail, c + ".description() and its javadoc change"
            + " (patch).", Bump.PATCH);
      };
    }
  }
}
