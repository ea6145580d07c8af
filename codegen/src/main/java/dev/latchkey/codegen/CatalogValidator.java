package dev.latchkey.codegen;

import dev.latchkey.codegen.CatalogLoader.LoadedDocument;
import dev.latchkey.codegen.text.EditDistance;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Checks parsed catalogs against format {@code latchkey-catalog/2} (see {@code catalog/README.md}) and builds the
 * model. Collects every problem of every catalog instead of stopping at the first, each at the line and column of
 * the offending key or value.
 */
final class CatalogValidator {

  /** The only catalog format this plugin reads. */
  static final String SCHEMA = "latchkey-catalog/2";

  /** The previous format, which had Seam's, Nuki's and Tapkey's attributes built in; named in a hint. */
  static final String SCHEMA_1 = "latchkey-catalog/1";

  /**
   * The names of sdk-core's {@code ErrorCategory}, in its order. Held here because the plugin does not depend on
   * sdk-core at run time; a unit test keeps the two lists equal.
   */
  static final List<String> CATEGORIES = List.of(
      "AUTHENTICATION", "AUTHORIZATION", "INVALID_REQUEST", "NOT_FOUND", "CONFLICT", "RATE_LIMITED",
      "CAPACITY_EXCEEDED", "SUBSCRIPTION", "DEVICE_UNREACHABLE", "DEVICE_BUSY", "DEVICE_HARDWARE",
      "DEVICE_CONFIGURATION", "ACCESS_DENIED", "PROTOCOL", "EXTERNAL_CHANGE", "IN_PROGRESS", "INFORMATIONAL",
      "PROVIDER_ERROR", "SERVER_ERROR", "NETWORK", "UNEXPECTED_RESPONSE", "UNKNOWN");

  /** Constant and field names the generated enum declares itself. */
  static final Set<String> RESERVED_NAMES = Set.of("UNKNOWN_TO_SDK_VERSION", "VENDOR");

  /**
   * Accessor names an attribute may not take: the generated enum's own methods, {@code Enum}'s and
   * {@code Object}'s.
   */
  static final Set<String> RESERVED_ACCESSORS = Set.of(
      "vendor", "wireValue", "name", "description", "remedies", "category", "retryable", "docs", "deprecated",
      "replacedBy", "isKnown", "firstRemedy", "fromWire", "fromByte", "fromStatus", "byteValue", "status", "note",
      "httpStatuses", "knownValues", "values", "valueOf", "ordinal", "compareTo", "getDeclaringClass",
      "describeConstable", "hashCode", "equals", "toString", "getClass", "clone", "finalize", "notify",
      "notifyAll", "wait");

  private static final List<String> TOP_KEYS =
      List.of("schema", "vendor", "type", "kind", "summary", "wire", "attributes", "sources", "codes", "unknown");
  private static final List<String> ATTRIBUTE_KEYS = List.of("name", "description", "values", "list");
  /** Entry keys that only error catalogs have; a code list rejects them. */
  private static final List<String> ERROR_ONLY_KEYS =
      List.of("remedies", "remedy_source", "remedy_from", "category", "retryable");
  private static final List<String> WIRE_KEYS = List.of("kind", "form");
  private static final List<String> SOURCE_KEYS = List.of("id", "title", "url", "note");
  private static final List<String> REMEDY_KEYS = List.of("text", "source");
  private static final List<String> ENTRY_KEYS = List.of(
      "code", "name", "description", "remedies", "remedy_source", "category", "retryable", "source",
      "remedy_from", "docs", "deprecated", "replaced_by", "http_status", "note");
  private static final List<String> UNKNOWN_KEYS =
      List.of("description", "remedies", "remedy_source", "category", "retryable");
  private static final List<String> REMEDY_SOURCES = List.of("vendor", "latchkey");
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private static final Pattern VENDOR = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern INTEGER = Pattern.compile("[-+]?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)");

  /** Validates all catalogs together (two catalogs must not generate the same type). */
  Result validate(List<LoadedDocument> documents) {
    List<Problem> problems = new ArrayList<>();
    List<Catalog> catalogs = new ArrayList<>();
    Map<String, Problem> typeOwners = new HashMap<>();
    for (LoadedDocument document : documents) {
      problems.addAll(document.problems());
      if (document.root().isEmpty()) {
        continue;
      }
      FileValidation validation = new FileValidation(document.file());
      Optional<Catalog> catalog = validation.read(document.root().get());
      if (validation.typeNode != null) {
        Problem here = Problem.at(document.file(), validation.typeNode, "");
        Problem owner = typeOwners.putIfAbsent(validation.typeNode.getValue(), here);
        if (owner != null) {
          validation.problems.add(Problem.at(document.file(), validation.typeNode,
              "type '" + validation.typeNode.getValue() + "' is also generated by " + owner.file() + ":"
                  + owner.line() + ":" + owner.column()));
        }
      }
      problems.addAll(validation.problems);
      if (validation.problems.isEmpty() && document.problems().isEmpty()) {
        catalog.ifPresent(catalogs::add);
      }
    }
    problems.sort(Problem.BY_POSITION);
    return new Result(List.copyOf(catalogs), List.copyOf(problems));
  }

  /** The valid catalogs and every problem found; the build may generate only when there are no problems. */
  record Result(List<Catalog> catalogs, List<Problem> problems) {}

  /** The checks of one file; collects its problems. */
  private static final class FileValidation {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private ScalarNode typeNode;

    FileValidation(String file) {
      this.file = file;
    }

    Optional<Catalog> read(Node root) {
      Map<String, NodeTuple> top = mapping(root, "the catalog");
      if (top == null) {
        return Optional.empty();
      }
      checkKeys(top, TOP_KEYS);
      String schema = requiredString(top, root, "schema");
      if (schema != null && !SCHEMA.equals(schema)) {
        problem(top.get("schema").getValueNode(), "schema must be '" + SCHEMA + "', found '" + schema + "'"
            + (SCHEMA_1.equals(schema) ? " (format 2 has no built-in attributes: declare the entries' group,"
                + " provider, kind, attached_from under attributes:, see catalog/README.md)" : ""));
      }
      String vendor = requiredString(top, root, "vendor");
      if (vendor != null && !VENDOR.matcher(vendor).matches()) {
        problem(top.get("vendor").getValueNode(),
            "vendor '" + vendor + "' must be a lower-case id ([a-z][a-z0-9-]*)");
      }
      String type = requiredString(top, root, "type");
      if (type != null) {
        ScalarNode node = (ScalarNode) top.get("type").getValueNode();
        if (!type.contains(".") || !SourceVersion.isName(type)) {
          problem(node, "type '" + type + "' is not a qualified Java name such as dev.latchkey.nuki.NukiErrorCode");
        } else {
          typeNode = node;
        }
      }
      String kindName = optionalOneOf(top, "kind", YamlWords.all(CatalogKind.class));
      CatalogKind kind = kindName == null ? CatalogKind.ERRORS
          : YamlWords.parse(CatalogKind.class, kindName).orElseThrow();
      String summary = requiredString(top, root, "summary");
      Wire wire = readWire(top, root);
      Map<String, Attribute> attributes = readAttributes(top, type);
      Map<String, DocumentSource> sources = readSources(top, root);
      List<CatalogEntry.Builder> entries = readCodes(top, root, wire, kind, attributes, sources);
      Optional<UnknownCode> unknown = readUnknown(top, kind);
      if (!problems.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Catalog(file, vendor, type, kind, summary, wire.kind, Optional.ofNullable(wire.form),
          List.copyOf(attributes.values()), List.copyOf(sources.values()),
          entries.stream().map(CatalogEntry.Builder::build).toList(), unknown));
    }

    // ---- wire and sources

    private record Wire(WireKind kind, ByteForm form) {}

    private Wire readWire(Map<String, NodeTuple> top, Node root) {
      Node node = required(top, root, "wire");
      if (node == null) {
        return new Wire(null, null);
      }
      Map<String, NodeTuple> wire = mapping(node, "wire");
      if (wire == null) {
        return new Wire(null, null);
      }
      checkKeys(wire, WIRE_KEYS);
      WireKind kind = null;
      String kindName = requiredString(wire, node, "kind");
      if (kindName != null) {
        kind = YamlWords.parse(WireKind.class, kindName).orElse(null);
        if (kind == null) {
          problem(wire.get("kind").getValueNode(), unknownValue("wire kind", kindName,
              YamlWords.all(WireKind.class)));
        }
      }
      ByteForm form = null;
      if (kind == WireKind.BYTE) {
        String formName = requiredString(wire, node, "form");
        if (formName != null) {
          form = YamlWords.parse(ByteForm.class, formName).orElse(null);
          if (form == null) {
            problem(wire.get("form").getValueNode(),
                unknownValue("wire form", formName, YamlWords.all(ByteForm.class)));
          }
        }
      } else if (kind != null && wire.containsKey("form")) {
        problem(wire.get("form").getKeyNode(), "form applies only to wire kind byte");
      }
      return new Wire(kind, form);
    }

    private Map<String, DocumentSource> readSources(Map<String, NodeTuple> top, Node root) {
      Map<String, DocumentSource> sources = new LinkedHashMap<>();
      List<Node> items = requiredList(top, root, "sources");
      Map<String, Integer> idLines = new HashMap<>();
      for (Node item : items) {
        Map<String, NodeTuple> source = mapping(item, "a source");
        if (source == null) {
          continue;
        }
        checkKeys(source, SOURCE_KEYS);
        String id = requiredString(source, item, "id");
        String title = requiredString(source, item, "title");
        String url = requiredString(source, item, "url");
        if (url != null) {
          checkUrl(source.get("url").getValueNode(), "url", url);
        }
        String note = optionalString(source, "note");
        if (id != null) {
          Integer first = idLines.putIfAbsent(id, line(source.get("id").getValueNode()));
          if (first != null) {
            problem(source.get("id").getValueNode(), "duplicate source id '" + id + "' (first at line " + first + ")");
          } else if (title != null && url != null) {
            sources.put(id, new DocumentSource(id, title, url, Optional.ofNullable(note)));
          } else {
            // Keep the id known so that entries citing it do not get a second, misleading error.
            sources.put(id, new DocumentSource(id, "", "", Optional.empty()));
          }
        }
      }
      return sources;
    }

    // ---- declared attributes

    /** The {@code attributes:} block, by name; only the valid declarations (the problems say what is wrong). */
    private Map<String, Attribute> readAttributes(Map<String, NodeTuple> top, String type) {
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      NodeTuple tuple = top.get("attributes");
      if (tuple == null) {
        return attributes;
      }
      if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
        problem(tuple.getValueNode(), "attributes must be a list, found " + describe(tuple.getValueNode()));
        return attributes;
      }
      String simpleType = type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
      Map<String, Integer> nameLines = new HashMap<>();
      for (Node item : sequence.getValue()) {
        Map<String, NodeTuple> declaration = mapping(item, "an attribute");
        if (declaration == null) {
          continue;
        }
        checkKeys(declaration, ATTRIBUTE_KEYS);
        int before = problems.size();
        String name = requiredString(declaration, item, "name");
        String description = requiredString(declaration, item, "description");
        boolean list = Boolean.TRUE.equals(optionalBoolean(declaration, "list"));
        if (name != null) {
          Node nameNode = declaration.get("name").getValueNode();
          Attribute probe = new Attribute(name, "", List.of(), false);
          if (!ATTRIBUTE_NAME.matcher(name).matches() || name.endsWith("_") || name.contains("__")) {
            problem(nameNode, "attribute name '" + name + "' must be a lower-case snake_case word ([a-z][a-z0-9_]*)");
          } else if (ENTRY_KEYS.contains(name)) {
            problem(nameNode, "attribute name '" + name + "' is an entry key of the format itself");
          } else if (RESERVED_ACCESSORS.contains(probe.accessor()) || SourceVersion.isKeyword(probe.accessor())) {
            problem(nameNode, "attribute name '" + name + "' would generate the accessor " + probe.accessor()
                + "(), which the generated enum declares itself or Java reserves");
          } else if (probe.typeName().equals(simpleType) || probe.typeName().equals("WireIndex")) {
            problem(nameNode, "attribute name '" + name + "' would generate the nested type " + probe.typeName()
                + ", which clashes with the enum or its lookup index");
          } else {
            Integer first = nameLines.putIfAbsent(name, line(nameNode));
            if (first != null) {
              problem(nameNode, "duplicate attribute '" + name + "' (first at line " + first + ")");
            }
          }
        }
        List<String> values = readAttributeValues(declaration);
        if (problems.size() == before && name != null && description != null) {
          attributes.put(name, new Attribute(name, description, values, list));
        }
      }
      return attributes;
    }

    /** The allowed values of a declaration; empty for free text. */
    private List<String> readAttributeValues(Map<String, NodeTuple> declaration) {
      NodeTuple tuple = declaration.get("values");
      if (tuple == null) {
        return List.of();
      }
      if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
        problem(tuple.getValueNode(), "values must be a list of strings, found " + describe(tuple.getValueNode()));
        return List.of();
      }
      if (sequence.getValue().isEmpty()) {
        problem(sequence, "values must not be empty (leave it out for free text)");
        return List.of();
      }
      List<String> values = new ArrayList<>();
      Map<String, String> constants = new HashMap<>();
      for (Node item : sequence.getValue()) {
        String value = nonBlank(item, "an attribute value");
        if (value == null) {
          continue;
        }
        String constant = Attribute.constant(value);
        if (!CONSTANT.matcher(constant).matches()) {
          problem(item, "value '" + value + "' gives no Java constant (it must start with a letter)");
          continue;
        }
        String first = constants.putIfAbsent(constant, value);
        if (first != null) {
          problem(item, "value '" + value + "' gives the same constant " + constant + " as '" + first + "'");
          continue;
        }
        values.add(value);
      }
      return values;
    }

    /** Reads the entry's declared attributes against their declarations. */
    private void readEntryAttributes(
        Map<String, NodeTuple> entry, Map<String, Attribute> attributes, CatalogEntry.Builder builder) {
      for (Attribute attribute : attributes.values()) {
        NodeTuple tuple = entry.get(attribute.name());
        if (tuple == null) {
          continue;
        }
        Node value = tuple.getValueNode();
        List<Node> items;
        if (value instanceof SequenceNode sequence) {
          if (!attribute.list()) {
            problem(value, attribute.name() + " takes one value, found a list (its declaration has no list: true)");
            continue;
          }
          items = sequence.getValue();
          if (items.isEmpty()) {
            problem(value, attribute.name() + " must not be an empty list (leave the key out)");
            continue;
          }
        } else {
          items = List.of(value);
        }
        List<String> values = new ArrayList<>();
        for (Node item : items) {
          String text = nonBlank(item, attribute.name());
          if (text == null) {
            continue;
          }
          if (attribute.closed() && !attribute.values().contains(text)) {
            problem(item, unknownValue(attribute.name(), text, attribute.values()));
          } else if (values.contains(text)) {
            problem(item, attribute.name() + " lists '" + text + "' twice");
          } else {
            values.add(text);
          }
        }
        builder.attribute(attribute.name(), values);
      }
    }

    private void checkEntryKeys(Map<String, NodeTuple> entry, CatalogKind kind, Map<String, Attribute> attributes) {
      List<String> allowed = new ArrayList<>(ENTRY_KEYS);
      if (kind == CatalogKind.CODES) {
        allowed.removeAll(ERROR_ONLY_KEYS);
      }
      allowed.addAll(attributes.keySet());
      for (Map.Entry<String, NodeTuple> key : entry.entrySet()) {
        if (allowed.contains(key.getKey())) {
          continue;
        }
        Node keyNode = key.getValue().getKeyNode();
        if (kind == CatalogKind.CODES && ERROR_ONLY_KEYS.contains(key.getKey())) {
          problem(keyNode, codeListRejects(key.getKey()));
        } else {
          String suggestion = closest(key.getKey(), allowed)
              .map(s -> "; did you mean '" + s + "'?")
              .orElse(" (not an entry key, and the catalog declares no such attribute under attributes:)");
          problem(keyNode, "unknown key '" + key.getKey() + "'" + suggestion);
        }
      }
    }

    // ---- entries

    private List<CatalogEntry.Builder> readCodes(Map<String, NodeTuple> top, Node root, Wire wire, CatalogKind kind,
        Map<String, Attribute> attributes, Map<String, DocumentSource> sources) {
      List<CatalogEntry.Builder> entries = new ArrayList<>();
      Map<String, Integer> codeLines = new HashMap<>();
      Map<String, Integer> nameLines = new HashMap<>();
      List<Replacement> replacements = new ArrayList<>();
      for (Node item : requiredList(top, root, "codes")) {
        Map<String, NodeTuple> entry = mapping(item, "an entry of codes");
        if (entry == null) {
          continue;
        }
        checkEntryKeys(entry, kind, attributes);
        CatalogEntry.Builder builder = CatalogEntry.builder();
        entries.add(builder);

        String ownWire = null;
        Node codeNode = required(entry, item, "code");
        if (codeNode != null && wire.kind != null) {
          Code code = code(codeNode, "code", wire);
          if (code != null) {
            ownWire = code.wire;
            builder.wire(code.wire, code.numeric);
            Integer first = codeLines.putIfAbsent(code.wire, line(codeNode));
            if (first != null) {
              problem(codeNode, "duplicate code " + text(codeNode) + " (first at line " + first + ")");
            }
          }
        }

        String name = requiredString(entry, item, "name");
        if (name != null) {
          Node nameNode = entry.get("name").getValueNode();
          if (!CONSTANT.matcher(name).matches() || SourceVersion.isKeyword(name)) {
            problem(nameNode, "name '" + name + "' is not an UPPER_SNAKE_CASE Java identifier ([A-Z][A-Z0-9_]*)");
          } else if (RESERVED_NAMES.contains(name)) {
            problem(nameNode, "name '" + name + "' is reserved: the generated enum declares it itself");
          } else {
            Integer first = nameLines.putIfAbsent(name, line(nameNode));
            if (first != null) {
              problem(nameNode, "duplicate name '" + name + "' (first at line " + first + ")");
            }
          }
          builder.name(name);
        }

        builder.description(requiredString(entry, item, "description"));
        if (kind == CatalogKind.ERRORS) {
          readRemedies(entry, item, true).forEach(builder::addRemedy);

          String category = requiredString(entry, item, "category");
          if (category != null && !CATEGORIES.contains(category)) {
            problem(entry.get("category").getValueNode(), unknownValue("category", category, CATEGORIES));
          }
          builder.category(category);

          Boolean retryable = requiredBoolean(entry, item, "retryable");
          builder.retryable(Boolean.TRUE.equals(retryable));
        }

        String sourceId = requiredString(entry, item, "source");
        if (sourceId != null) {
          DocumentSource source = sources.get(sourceId);
          if (source == null) {
            problem(entry.get("source").getValueNode(), dangling("source", sourceId, sources.keySet()));
          }
          builder.source(source);
        }
        String remedyFrom = kind == CatalogKind.ERRORS ? optionalString(entry, "remedy_from") : null;
        if (remedyFrom != null && !sources.containsKey(remedyFrom)) {
          problem(entry.get("remedy_from").getValueNode(), dangling("remedy_from", remedyFrom, sources.keySet()));
        }

        String docs = optionalString(entry, "docs");
        if (docs != null) {
          checkUrl(entry.get("docs").getValueNode(), "docs", docs);
          builder.docs(docs);
        }

        boolean deprecated = Boolean.TRUE.equals(optionalBoolean(entry, "deprecated"));
        builder.deprecated(deprecated);
        NodeTuple replacedBy = entry.get("replaced_by");
        if (replacedBy != null) {
          if (!deprecated) {
            problem(replacedBy.getKeyNode(), "replaced_by is allowed only with deprecated: true");
          }
          if (wire.kind != null) {
            Code successor = code(replacedBy.getValueNode(), "replaced_by", wire);
            if (successor != null) {
              builder.replacedBy(successor.wire);
              replacements.add(new Replacement(replacedBy.getValueNode(), successor.wire, ownWire));
            }
          }
        }

        readEntryAttributes(entry, attributes, builder);
        builder.note(optionalString(entry, "note"));
        readHttpStatuses(entry, builder);
      }
      for (Replacement replacement : replacements) {
        if (!codeLines.containsKey(replacement.target)) {
          problem(replacement.node, "replaced_by " + text(replacement.node) + " points to no code in this file");
        } else if (replacement.target.equals(replacement.ownWire)) {
          problem(replacement.node, "replaced_by " + text(replacement.node) + " points to the entry itself");
        }
      }
      return entries;
    }

    private record Replacement(Node node, String target, String ownWire) {}

    // ---- the unknown: block

    /** The optional {@code unknown:} block; empty when absent or invalid (the problems say why). */
    private Optional<UnknownCode> readUnknown(Map<String, NodeTuple> top, CatalogKind kind) {
      NodeTuple tuple = top.get("unknown");
      if (tuple == null) {
        return Optional.empty();
      }
      Node node = tuple.getValueNode();
      Map<String, NodeTuple> unknown = mapping(node, "unknown");
      if (unknown == null) {
        return Optional.empty();
      }
      if (kind == CatalogKind.CODES) {
        Map<String, NodeTuple> others = new LinkedHashMap<>(unknown);
        for (String key : ERROR_ONLY_KEYS) {
          NodeTuple errorOnly = others.remove(key);
          if (errorOnly != null) {
            problem(errorOnly.getKeyNode(), codeListRejects(key));
          }
        }
        checkKeys(others, List.of("description"));
        String description = requiredString(unknown, node, "description");
        return description == null ? Optional.empty()
            : Optional.of(new UnknownCode(description, List.of(), UnknownCode.DEFAULT_CATEGORY, false));
      }
      checkKeys(unknown, UNKNOWN_KEYS);
      String description = requiredString(unknown, node, "description");
      List<RemedyText> remedies = readRemedies(unknown, node, false);
      String category = optionalOneOf(unknown, "category", CATEGORIES);
      Boolean retryable = optionalBoolean(unknown, "retryable");
      if (description == null) {
        return Optional.empty();
      }
      return Optional.of(new UnknownCode(description, remedies,
          category == null ? UnknownCode.DEFAULT_CATEGORY : category, Boolean.TRUE.equals(retryable)));
    }

    /**
     * The remedies of an entry or of the {@code unknown:} block, with their provenance.
     *
     * @param required whether {@code remedies} must be present (entries) or may be left out ({@code unknown:})
     */
    private List<RemedyText> readRemedies(Map<String, NodeTuple> entry, Node item, boolean required) {
      List<RemedyText> remedies = new ArrayList<>();
      String remedySource = optionalOneOf(entry, "remedy_source", REMEDY_SOURCES);
      boolean hasPlainString = false;
      List<Node> items = required || entry.containsKey("remedies") ? requiredList(entry, item, "remedies") : List.of();
      for (Node remedy : items) {
        if (remedy instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
          hasPlainString = true;
          if (nonBlank(scalar, "a remedy") != null) {
            rejectPlaceholder(scalar, scalar.getValue());
            remedies.add(new RemedyText(scalar.getValue(), !"latchkey".equals(remedySource)));
          }
        } else if (remedy instanceof MappingNode) {
          Map<String, NodeTuple> map = mapping(remedy, "a remedy");
          checkKeys(map, REMEDY_KEYS);
          String text = requiredString(map, remedy, "text");
          String source = requiredString(map, remedy, "source");
          if (source != null && !REMEDY_SOURCES.contains(source)) {
            problem(map.get("source").getValueNode(), unknownValue("remedy source", source, REMEDY_SOURCES));
          }
          if (text != null) {
            rejectPlaceholder(map.get("text").getValueNode(), text);
          }
          if (text != null && source != null) {
            remedies.add(new RemedyText(text, "vendor".equals(source)));
          }
        } else {
          problem(remedy, "a remedy must be a string or a map {text, source}, found " + describe(remedy));
        }
      }
      if (hasPlainString && !entry.containsKey("remedy_source")) {
        problem(item, "missing required key 'remedy_source' (remedies has plain strings: are they the vendor's"
            + " words or Latchkey's advice?)");
      }
      return remedies;
    }

    /** An importer's placeholder must not ship: the maintainer writes the remedy. */
    private void rejectPlaceholder(Node node, String text) {
      if (RemedyPlaceholder.isPlaceholder(text)) {
        problem(node, "placeholder remedy left by an importer: write a real remedy (and check category and"
            + " retryable) in place of '" + text + "'");
      }
    }

    private void readHttpStatuses(Map<String, NodeTuple> entry, CatalogEntry.Builder builder) {
      NodeTuple tuple = entry.get("http_status");
      if (tuple == null) {
        return;
      }
      Node value = tuple.getValueNode();
      List<Node> items;
      if (value instanceof SequenceNode sequence) {
        items = sequence.getValue();
        if (items.isEmpty()) {
          problem(value, "http_status must not be an empty list");
        }
      } else {
        items = List.of(value);
      }
      for (Node item : items) {
        Integer status = integer(item);
        if (status == null || status < 100 || status > 599) {
          problem(item, "http_status must be an HTTP status 100..599 or a list of them, found " + describe(item));
        } else {
          builder.addHttpStatus(status);
        }
      }
    }

    // ---- codes

    private record Code(String wire, int numeric) {}

    private Code code(Node node, String key, Wire wire) {
      switch (wire.kind) {
        case BYTE: {
          Integer value = integer(node);
          if (value == null || value < 0 || value > 255) {
            problem(node, key + " must be a byte 0..255 written as 0xFF or 255, found " + describe(node));
            return null;
          }
          return new Code(wire.form == null ? Integer.toString(value) : wire.form.format(value), value);
        }
        case HTTP_STATUS: {
          Integer value = integer(node);
          if (value == null || value < 100 || value > 599) {
            problem(node, key + " must be an HTTP status 100..599, found " + describe(node));
            return null;
          }
          return new Code(Integer.toString(value), value);
        }
        default: {
          if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
            problem(node, key + " must be a string, found " + describe(node) + " (quote it)");
            return null;
          }
          String value = scalar.getValue();
          if (value.isEmpty()) {
            problem(node, key + " must not be empty");
            return null;
          }
          if (value.chars().anyMatch(Character::isWhitespace)) {
            problem(node, key + " '" + value + "' must not contain spaces");
            return null;
          }
          return new Code(value, -1);
        }
      }
    }

    /** The value of a YAML 1.2 core-schema integer in int range, else null. */
    private static Integer integer(Node node) {
      if (!(node instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())
          || !INTEGER.matcher(scalar.getValue()).matches()) {
        return null;
      }
      String text = scalar.getValue();
      boolean negative = text.startsWith("-");
      if (text.startsWith("-") || text.startsWith("+")) {
        text = text.substring(1);
      }
      BigInteger value;
      if (text.startsWith("0x")) {
        value = new BigInteger(text.substring(2), 16);
      } else if (text.startsWith("0o")) {
        value = new BigInteger(text.substring(2), 8);
      } else {
        value = new BigInteger(text);
      }
      if (negative) {
        value = value.negate();
      }
      return value.bitLength() < 32 ? value.intValue() : null;
    }

    // ---- generic readers

    private Map<String, NodeTuple> mapping(Node node, String what) {
      if (!(node instanceof MappingNode mapping)) {
        problem(node, what + " must be a map, found " + describe(node));
        return null;
      }
      Map<String, NodeTuple> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          map.putIfAbsent(key.getValue(), tuple); // duplicates are reported by the loader
        } else {
          problem(tuple.getKeyNode(), "keys must be plain words, found " + describe(tuple.getKeyNode()));
        }
      }
      return map;
    }

    private void checkKeys(Map<String, NodeTuple> map, List<String> allowed) {
      for (Map.Entry<String, NodeTuple> key : map.entrySet()) {
        if (!allowed.contains(key.getKey())) {
          String suggestion = closest(key.getKey(), allowed)
              .map(s -> "; did you mean '" + s + "'?")
              .orElse(" (allowed: " + String.join(", ", allowed) + ")");
          problem(key.getValue().getKeyNode(), "unknown key '" + key.getKey() + "'" + suggestion);
        }
      }
    }

    private Node required(Map<String, NodeTuple> map, Node parent, String key) {
      NodeTuple tuple = map.get(key);
      if (tuple == null) {
        problem(parent, "missing required key '" + key + "'");
        return null;
      }
      return tuple.getValueNode();
    }

    /** The value of a required key, read by {@code read}; null (and a problem) when it is missing. */
    private <T> T required(Map<String, NodeTuple> map, Node parent, String key, BiFunction<Node, String, T> read) {
      Node value = required(map, parent, key);
      return value == null ? null : read.apply(value, key);
    }

    /** The value of an optional key, read by {@code read}; null when it is absent. */
    private <T> T optional(Map<String, NodeTuple> map, String key, BiFunction<Node, String, T> read) {
      NodeTuple tuple = map.get(key);
      return tuple == null ? null : read.apply(tuple.getValueNode(), key);
    }

    private String requiredString(Map<String, NodeTuple> map, Node parent, String key) {
      return required(map, parent, key, this::nonBlank);
    }

    private String optionalString(Map<String, NodeTuple> map, String key) {
      return optional(map, key, this::nonBlank);
    }

    private String optionalOneOf(Map<String, NodeTuple> map, String key, List<String> allowed) {
      String value = optionalString(map, key);
      if (value != null && !allowed.contains(value)) {
        problem(map.get(key).getValueNode(), unknownValue(key, value, allowed));
        return null;
      }
      return value;
    }

    private String nonBlank(Node node, String key) {
      if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
        problem(node, key + " must be a string, found " + describe(node));
        return null;
      }
      if (scalar.getValue().isBlank()) {
        problem(node, key + " must not be empty");
        return null;
      }
      return scalar.getValue();
    }

    private Boolean requiredBoolean(Map<String, NodeTuple> map, Node parent, String key) {
      return required(map, parent, key, this::bool);
    }

    private Boolean optionalBoolean(Map<String, NodeTuple> map, String key) {
      return optional(map, key, this::bool);
    }

    private Boolean bool(Node node, String key) {
      if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
        return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
      }
      problem(node, key + " must be true or false, found " + describe(node));
      return null;
    }

    private List<Node> requiredList(Map<String, NodeTuple> map, Node parent, String key) {
      Node value = required(map, parent, key);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof SequenceNode sequence)) {
        problem(value, key + " must be a list, found " + describe(value));
        return List.of();
      }
      if (sequence.getValue().isEmpty()) {
        problem(value, key + " must not be empty");
      }
      return sequence.getValue();
    }

    private void checkUrl(Node node, String key, String value) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      problem(node, key + " '" + value + "' is not an absolute http(s) URL");
    }

    private void problem(Node node, String message) {
      problems.add(Problem.at(file, node, message));
    }
  }

  // ---- messages

  private static String codeListRejects(String key) {
    return key + " is not allowed in a code list (kind: codes); only error catalogs have remedies, category and"
        + " retryable";
  }

  private static String unknownValue(String what, String value, List<String> allowed) {
    return "unknown " + what + " '" + value + "'" + closest(value, allowed)
        .map(s -> "; did you mean '" + s + "'?")
        .orElse(" (expected one of: " + String.join(", ", allowed) + ")");
  }

  private static String dangling(String key, String value, Collection<String> ids) {
    return key + " '" + value + "' points to no source id" + closest(value, ids)
        .map(s -> "; did you mean '" + s + "'?")
        .orElse(ids.isEmpty() ? "" : " (known: " + String.join(", ", ids) + ")");
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return "an empty value";
    }
    String kind = Tag.INT.equals(tag) ? "the integer"
        : Tag.BOOL.equals(tag) ? "the boolean"
        : Tag.FLOAT.equals(tag) ? "the number"
        : "the string";
    return kind + " '" + scalar.getValue() + "'";
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : describe(node);
  }

  private static int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
  }

  /** The allowed value nearest to a misspelling (edit distance at most 2, or a case-only difference). */
  private static Optional<String> closest(String value, Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int distance = candidate.equalsIgnoreCase(value) ? 0 : EditDistance.between(value, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.min(2, Math.max(1, value.length() / 3)) ? Optional.ofNullable(best) : Optional.empty();
  }
}
