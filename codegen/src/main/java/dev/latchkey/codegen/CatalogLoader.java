package dev.latchkey.codegen;

import dev.latchkey.codegen.text.Utf8;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses a catalog into a YAML node tree whose nodes keep their line and column.
 *
 * <p>Composes to nodes rather than constructing Java objects: every value keeps its mark for messages, and
 * YAML 1.2's core schema decides what is an integer ({@code 0xFF}) or a boolean ({@code yes} is a string).
 * Duplicate keys are checked here, because snakeyaml-engine checks them only when constructing objects.
 */
final class CatalogLoader {

  /** Loads one catalog: a document (absent after a syntax error or for an empty file) and its problems. */
  LoadedDocument load(CatalogInput input) {
    String file = input.location();
    Optional<String> decoded = Utf8.decode(input.content());
    if (decoded.isEmpty()) {
      return new LoadedDocument(file, Optional.empty(), List.of(Problem.inFile(file, "not valid UTF-8")));
    }
    String text = decoded.get();
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file)
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setUseMarks(true)
        .build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark =
          e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
      String context = e.getContext() == null ? "" : e.getContext()
          + e.getContextMark().filter(m -> e.getProblemMark().isPresent())
              .map(m -> " started at line " + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("")
          + ": ";
      return new LoadedDocument(file, Optional.empty(),
          List.of(Problem.at(file, mark, "YAML syntax error: " + context + what.strip())));
    } catch (YamlEngineException e) {
      return new LoadedDocument(file, Optional.empty(),
          List.of(Problem.inFile(file, "YAML syntax error: " + e.getMessage())));
    }
    if (root.isEmpty()) {
      return new LoadedDocument(file, Optional.empty(),
          List.of(new Problem(file, 1, 1, "empty catalog: expected a map with schema, vendor, type, ...")));
    }
    List<Problem> problems = new ArrayList<>();
    findDuplicateKeys(file, root.get(), problems, new IdentityHashMap<>());
    return new LoadedDocument(file, root, List.copyOf(problems));
  }

  private static void findDuplicateKeys(
      String file, Node node, List<Problem> problems, Map<Node, Boolean> visited) {
    if (visited.put(node, Boolean.TRUE) != null) {
      return; // an alias to a node already checked
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Node> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          Node first = seen.putIfAbsent(key.getValue(), key);
          if (first != null) {
            problems.add(Problem.at(file, key, "duplicate key '" + key.getValue() + "' (first at line "
                + first.getStartMark().map(m -> m.getLine() + 1).orElse(0) + ")"));
          }
        }
        findDuplicateKeys(file, tuple.getValueNode(), problems, visited);
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        findDuplicateKeys(file, item, problems, visited);
      }
    }
  }

  /**
   * A parsed catalog.
   *
   * @param file the catalog's location, as shown in messages
   * @param root the document's root node; absent when the file could not be parsed
   * @param problems syntax errors and duplicate keys
   */
  record LoadedDocument(String file, Optional<Node> root, List<Problem> problems) {}
}
