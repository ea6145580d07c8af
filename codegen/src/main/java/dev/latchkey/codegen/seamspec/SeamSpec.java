package dev.latchkey.codegen.seamspec;

import dev.latchkey.codegen.text.Utf8;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * The error and warning lists of one version of Seam's OpenAPI document.
 *
 * @param file the document as named in messages and reports
 * @param version the {@code @seamapi/types} version ({@code info.x-seamapi-types-version})
 * @param retrievedFrom where the document was taken from ({@code info.x-latchkey-retrieved-from}), if recorded
 * @param retrievedOn when ({@code info.x-latchkey-retrieved-on}), if recorded
 * @param lists the codes of each list present in the document, in the document's order
 */
public record SeamSpec(
    String file, String version, Optional<String> retrievedFrom, Optional<String> retrievedOn,
    Map<SeamSpecList, List<SpecCode>> lists) {

  // The whole @seamapi/types document is tens of megabytes; the YAML default limit is 3 MB.
  private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;
  private static final List<String> LEVELS = List.of("access_code", "device", "connected_account");

  /**
   * Copies the lists.
   *
   * @param file the file
   * @param version the version
   * @param retrievedFrom the origin
   * @param retrievedOn the date
   * @param lists the lists
   */
  public SeamSpec {
    Map<SeamSpecList, List<SpecCode>> copy = new EnumMap<>(SeamSpecList.class);
    lists.forEach((list, codes) -> copy.put(list, List.copyOf(codes)));
    lists = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The codes of one list.
   *
   * @param list the list
   * @return its codes in the document's order; empty when the document does not have the list
   */
  public List<SpecCode> codes(SeamSpecList list) {
    return lists.getOrDefault(list, List.of());
  }

  /**
   * Reads a spec: the OpenAPI document of {@code @seamapi/types} as JSON, or a subset of it with the same shape.
   *
   * @param file the document as named in messages
   * @param content the document's bytes (UTF-8 JSON)
   * @param version the version to record when the document does not say ({@code info.x-seamapi-types-version});
   *     may be null when the document says
   * @return the lists found
   * @throws SeamSpecException when the document is not JSON or its lists do not have the spec's shape, with the
   *     {@code file:line:column} of the problem
   */
  public static SeamSpec read(String file, byte[] content, String version) throws SeamSpecException {
    String text = Utf8.decode(content).orElseThrow(() -> SeamSpecException.at(file, 0, 0, "not valid UTF-8"));
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file)
        .setSchema(new JsonSchema())
        .setCodePointLimit(MAX_CODE_POINTS)
        .setAllowDuplicateKeys(false)
        .setUseMarks(true)
        .build();
    Node root;
    try {
      root = new Compose(settings).composeString(text)
          .orElseThrow(() -> SeamSpecException.at(file, 1, 1, "empty document: expected Seam's OpenAPI JSON"));
    } catch (YamlEngineException e) {
      throw SeamSpecException.syntax(file, "not valid JSON", e);
    }
    return new Reader(file).read(root, version);
  }

  /** Walks the node tree; every shape problem names the node's position. */
  private record Reader(String file) {

    SeamSpec read(Node root, String givenVersion) throws SeamSpecException {
      Map<String, Node> document = map(root, "the document");
      Map<String, Node> info = document.containsKey("info") ? map(document.get("info"), "info") : Map.of();
      Optional<String> version = optionalString(info, "x-seamapi-types-version");
      if (version.isEmpty() && givenVersion == null) {
        throw error(root, "the document does not say its version (info.x-seamapi-types-version) and none was given");
      }
      Map<String, Node> schemas = map(required(map(required(document, root, "components"), "components"),
          document.get("components"), "schemas"), "components.schemas");
      Map<SeamSpecList, List<SpecCode>> lists = new EnumMap<>(SeamSpecList.class);
      for (SeamSpecList list : SeamSpecList.values()) {
        Node schema = schemas.get(list.schema());
        if (schema == null) {
          continue;
        }
        Map<String, Node> properties = map(required(map(schema, list.schema()), schema, "properties"),
            list.schema() + ".properties");
        Node property = properties.get(list.property());
        if (property != null) {
          lists.put(list, codes(list, property));
        }
      }
      if (lists.isEmpty()) {
        throw error(root, "no errors or warnings of access_code, device or connected_account in"
            + " components.schemas: is this Seam's OpenAPI document?");
      }
      return new SeamSpec(file, givenVersion != null && version.isEmpty() ? givenVersion : version.orElseThrow(),
          optionalString(info, "x-latchkey-retrieved-from"), optionalString(info, "x-latchkey-retrieved-on"),
          lists);
    }

    private List<SpecCode> codes(SeamSpecList list, Node property) throws SeamSpecException {
      String where = list.key();
      Map<String, Node> items = map(required(map(property, where), property, "items"), where + ".items");
      Node itemsNode = map(property, where).get("items");
      List<Node> variants = items.containsKey("oneOf") ? sequence(items.get("oneOf"), where + ".items.oneOf")
          : List.of(itemsNode);
      String codeField = list.errors() ? "error_code" : "warning_code";
      List<SpecCode> codes = new ArrayList<>();
      Map<String, Node> seen = new LinkedHashMap<>();
      for (Node variant : variants) {
        Map<String, Node> fields = map(variant, "a variant of " + where);
        Map<String, Node> props = map(required(fields, variant, "properties"), "the properties of a " + where
            + " variant");
        Node codeNode = required(props, variant, codeField);
        List<Node> values = sequence(required(map(codeNode, codeField), codeNode, "enum"), codeField + ".enum");
        if (values.size() != 1 || !(values.get(0) instanceof ScalarNode scalar)) {
          throw error(codeNode, codeField + ".enum must hold exactly one code, found " + values.size() + " values");
        }
        String code = scalar.getValue();
        if (seen.put(code, variant) != null) {
          throw error(variant, "the code '" + code + "' appears twice in " + where);
        }
        String description = optionalString(fields, "description").orElse("");
        boolean deprecated = fields.containsKey("deprecated") && bool(fields.get("deprecated"), "deprecated");
        Optional<String> deprecation = optionalString(fields, "x-deprecated");
        List<String> levels = new ArrayList<>();
        if (list.errors()) {
          optionalString(fields, "x-resource-type").filter(LEVELS::contains).ifPresent(levels::add);
          for (String level : LEVELS) {
            Node flag = props.get("is_" + level + "_error");
            if (flag != null && isTrueFlag(flag) && !levels.contains(level)) {
              levels.add(level);
            }
          }
        }
        codes.add(new SpecCode(code, description, deprecated, deprecation, levels, line(variant)));
      }
      return codes;
    }

    /** A flag property is {@code {"enum": [true], "type": "boolean"}} when the error sets it. */
    private boolean isTrueFlag(Node flag) throws SeamSpecException {
      Node values = map(flag, "a flag").get("enum");
      if (values == null) {
        return false;
      }
      List<Node> items = sequence(values, "a flag's enum");
      return !items.isEmpty() && items.stream().allMatch(n -> n instanceof ScalarNode s && s.getValue().equals("true"));
    }

    private Map<String, Node> map(Node node, String what) throws SeamSpecException {
      if (!(node instanceof MappingNode mapping)) {
        throw error(node, what + " must be an object, found " + describe(node));
      }
      Map<String, Node> fields = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          fields.put(key.getValue(), tuple.getValueNode());
        }
      }
      return fields;
    }

    private List<Node> sequence(Node node, String what) throws SeamSpecException {
      if (!(node instanceof SequenceNode sequence)) {
        throw error(node, what + " must be an array, found " + describe(node));
      }
      return sequence.getValue();
    }

    private Node required(Map<String, Node> fields, Node parent, String key) throws SeamSpecException {
      Node value = fields.get(key);
      if (value == null) {
        throw error(parent, "missing '" + key + "'");
      }
      return value;
    }

    private Optional<String> optionalString(Map<String, Node> fields, String key) throws SeamSpecException {
      Node value = fields.get(key);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof ScalarNode scalar)) {
        throw error(value, key + " must be a string, found " + describe(value));
      }
      return Optional.of(scalar.getValue());
    }

    private boolean bool(Node node, String key) throws SeamSpecException {
      if (node instanceof ScalarNode scalar && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
        return scalar.getValue().equals("true");
      }
      throw error(node, key + " must be true or false, found " + describe(node));
    }

    private static String describe(Node node) {
      if (node instanceof MappingNode) {
        return "an object";
      }
      if (node instanceof SequenceNode) {
        return "an array";
      }
      return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static int line(Node node) {
      return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private SeamSpecException error(Node node, String message) {
      Optional<Mark> mark = node.getStartMark();
      return SeamSpecException.at(file, mark.map(m -> m.getLine() + 1).orElse(0),
          mark.map(m -> m.getColumn() + 1).orElse(0), message);
    }
  }
}
