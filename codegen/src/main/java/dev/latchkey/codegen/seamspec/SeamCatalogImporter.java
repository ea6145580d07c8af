package dev.latchkey.codegen.seamspec;

import dev.latchkey.codegen.RemedyPlaceholder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Merges one list of Seam's spec into the catalog it feeds.
 *
 * <p>From the spec: which codes exist, the descriptions of entries transcribed from a spec version (source ids
 * starting {@value #SPEC_SOURCE_PREFIX}; words quoted from another document, such as Seam's guide, stay), the
 * deprecations, a {@code replaced_by} when the deprecation names a successor in the same catalog, and the
 * usual origin in {@code attached_from} (from {@code x-resource-type} and the {@code is_*_error} flags) when the
 * catalog declares that attribute: an entry whose first origin differs gets the spec's list. Kept as written: names, remedies, categories, retryability, notes, {@code docs},
 * {@code replaced_by}, {@code kind}, {@code provider} and any other attribute. A code the spec no longer has
 * is marked deprecated, never deleted. A new code is added after the last code the spec still has, with a
 * {@link RemedyPlaceholder} remedy that the validator rejects until a maintainer writes one.
 *
 * <p>The result is written in the catalogs' canonical style (see {@link CatalogYaml}); importing the same spec
 * again gives the same bytes.
 */
public final class SeamCatalogImporter {

  /** How the ids of the catalog sources that are spec versions start: {@code seam-types-1-1038-0}. */
  public static final String SPEC_SOURCE_PREFIX = "seam-types-";

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern SUCCESSOR = Pattern.compile("[Uu]se (?:the )?`([a-z0-9_]+)`");
  private static final List<String> FORMAT_KEYS_BEFORE_ATTRIBUTES = List.of("code", "name", "description",
      "remedies", "remedy_source", "category", "retryable", "source", "remedy_from", "docs", "deprecated",
      "replaced_by");
  private static final List<String> FORMAT_KEYS_AFTER_ATTRIBUTES = List.of("http_status", "note");

  /** Creates an importer; it holds no state. */
  public SeamCatalogImporter() {}

  /**
   * Imports a spec into a catalog.
   *
   * @param catalogFile the catalog as named in messages
   * @param catalogText the catalog's YAML
   * @param spec the spec to import
   * @return the catalog's new YAML text (the same text when nothing changed and the catalog is canonical)
   * @throws SeamSpecException when the catalog is not valid YAML, is not fed by a list of the spec, or has no
   *     {@code codes} list
   */
  public String importInto(String catalogFile, String catalogText, SeamSpec spec) throws SeamSpecException {
    Map<String, Object> catalog = CatalogYaml.copy(CatalogYaml.read(catalogFile, catalogText));
    String type = String.valueOf(catalog.get("type"));
    SeamSpecList list = SeamSpecList.forCatalogType(type).orElseThrow(() -> SeamSpecException.at(catalogFile, 0, 0,
        "no list of Seam's spec feeds the catalog type " + type));
    if (!(catalog.get("codes") instanceof List<?> rawCodes)) {
      throw SeamSpecException.at(catalogFile, 0, 0, "the catalog has no codes list");
    }
    List<String> attributes = attributeNames(catalog);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) rawCodes;
    String sourceId = SPEC_SOURCE_PREFIX + spec.version().replace('.', '-');
    addSource(catalog, sourceId, spec, list);

    Map<String, SpecCode> specCodes = new LinkedHashMap<>();
    spec.codes(list).forEach(code -> specCodes.put(code.code(), code));
    Set<String> catalogCodes = entries.stream().map(e -> String.valueOf(e.get("code"))).collect(Collectors.toSet());
    int insertAt = entries.size();
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> entry = entries.get(i);
      SpecCode specCode = specCodes.get(String.valueOf(entry.get("code")));
      if (specCode != null) {
        update(entry, specCode, sourceId, catalogCodes, attributes);
        insertAt = i + 1;
      } else if (!Boolean.TRUE.equals(entry.get("deprecated"))) {
        entry.put("deprecated", true);
        entry.putIfAbsent("note", "Not in @seamapi/types " + spec.version() + ".");
      }
    }
    List<Map<String, Object>> added = new ArrayList<>();
    for (SpecCode specCode : specCodes.values()) {
      if (!catalogCodes.contains(specCode.code())) {
        added.add(newEntry(specCode, sourceId, catalogCodes, attributes));
      }
    }
    entries.addAll(Math.min(insertAt, entries.size()), added);
    for (int i = 0; i < entries.size(); i++) {
      entries.set(i, canonicalOrder(entries.get(i), attributes));
    }
    return CatalogYaml.write(catalog);
  }

  private static void update(Map<String, Object> entry, SpecCode specCode, String sourceId, Set<String> catalogCodes,
      List<String> attributes) {
    String source = String.valueOf(entry.get("source"));
    if (source.startsWith(SPEC_SOURCE_PREFIX)) {
      Text text = Text.of(specCode.description());
      entry.put("description", text.plain());
      entry.put("source", sourceId);
      if (!entry.containsKey("docs")) {
        text.firstUrl().ifPresent(url -> entry.put("docs", url));
      }
    }
    if (specCode.deprecated()) {
      entry.put("deprecated", true);
      if (!entry.containsKey("replaced_by")) {
        successor(specCode, catalogCodes).ifPresent(next -> entry.put("replaced_by", next));
      }
    }
    // A maintainer may list further origins (a code Seam also reports in device.errors); the spec decides the
    // usual origin, the first.
    if (attributes.contains("attached_from") && !specCode.levels().isEmpty()) {
      List<String> current = levelList(entry.get("attached_from"));
      if (current.isEmpty() || !current.get(0).equals(specCode.levels().get(0))) {
        entry.put("attached_from", levels(specCode));
      }
    }
  }

  /**
   * The values of a list-valued attribute as written: a single value or a list.
   *
   * @param value the attribute's YAML value, or null
   * @return the values, empty when absent
   */
  static List<String> levelList(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private static Map<String, Object> newEntry(SpecCode specCode, String sourceId, Set<String> catalogCodes,
      List<String> attributes) {
    Text text = Text.of(specCode.description());
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("code", specCode.code());
    entry.put("name", constantName(specCode.code()));
    entry.put("description", text.plain());
    entry.put("remedies", new ArrayList<>(List.of(RemedyPlaceholder.forCode(specCode.code()))));
    entry.put("remedy_source", "latchkey");
    entry.put("category", "UNKNOWN");
    entry.put("retryable", false);
    entry.put("source", sourceId);
    text.firstUrl().ifPresent(url -> entry.put("docs", url));
    if (specCode.deprecated()) {
      entry.put("deprecated", true);
      successor(specCode, catalogCodes).ifPresent(next -> entry.put("replaced_by", next));
    }
    if (attributes.contains("attached_from") && !specCode.levels().isEmpty()) {
      entry.put("attached_from", levels(specCode));
    }
    return entry;
  }

  private static Object levels(SpecCode specCode) {
    return specCode.levels().size() == 1 ? specCode.levels().get(0) : new ArrayList<>(specCode.levels());
  }

  /** A successor named by the deprecation text ("Use `device_disconnected` instead."), when it is in this catalog. */
  static Optional<String> successor(SpecCode specCode, Set<String> codes) {
    Optional<String> named = successor(specCode.deprecation().orElse(""));
    return named.filter(codes::contains).filter(next -> !next.equals(specCode.code()));
  }

  /**
   * The code a deprecation text points to.
   *
   * @param deprecation a spec's {@code x-deprecated} text
   * @return the code in backquotes after "Use", if any
   */
  public static Optional<String> successor(String deprecation) {
    Matcher matcher = SUCCESSOR.matcher(deprecation);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String constantName(String code) {
    String name = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    return Character.isLetter(name.charAt(0)) ? name : "CODE_" + name;
  }

  private static void addSource(Map<String, Object> catalog, String sourceId, SeamSpec spec, SeamSpecList list) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sources = (List<Map<String, Object>>) catalog.computeIfAbsent("sources",
        k -> new ArrayList<>());
    if (sources.stream().anyMatch(s -> sourceId.equals(s.get("id")))) {
      return;
    }
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("id", sourceId);
    source.put("title", "@seamapi/types " + spec.version());
    source.put("url", "https://www.npmjs.com/package/@seamapi/types/v/" + spec.version());
    source.put("note", "OpenAPI components.schemas." + list.schema() + ".properties." + list.property()
        + ", imported from " + spec.file() + ".");
    sources.add(source);
  }

  private static List<String> attributeNames(Map<String, Object> catalog) {
    List<String> names = new ArrayList<>();
    if (catalog.get("attributes") instanceof List<?> declared) {
      for (Object attribute : declared) {
        if (attribute instanceof Map<?, ?> map && map.get("name") instanceof String name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The format's key order, the declared attributes in declaration order, then anything else as it was. */
  private static Map<String, Object> canonicalOrder(Map<String, Object> entry, List<String> attributes) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(FORMAT_KEYS_BEFORE_ATTRIBUTES);
    order.addAll(attributes);
    order.addAll(FORMAT_KEYS_AFTER_ATTRIBUTES);
    for (String key : order) {
      if (entry.containsKey(key)) {
        ordered.put(key, entry.get(key));
      }
    }
    entry.forEach(ordered::putIfAbsent);
    return ordered;
  }

  /** A spec description with its Markdown links reduced to their text, as the catalogs keep them. */
  private record Text(String plain, Optional<String> firstUrl) {

    static Text of(String markdown) {
      Matcher matcher = LINK.matcher(markdown);
      StringBuilder plain = new StringBuilder();
      String first = null;
      while (matcher.find()) {
        if (first == null) {
          first = matcher.group(2);
        }
        matcher.appendReplacement(plain, Matcher.quoteReplacement(matcher.group(1)));
      }
      matcher.appendTail(plain);
      return new Text(plain.toString(), Optional.ofNullable(first));
    }
  }
}
