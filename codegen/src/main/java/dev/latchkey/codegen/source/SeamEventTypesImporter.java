package dev.latchkey.codegen.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads Seam's list of event types saved as JSON: an array of objects with {@code event_type} and
 * {@code description}. Each object is an entry of the table {@value #TABLE}.
 *
 * <p>Problems: invalid JSON, an item that is not an object with the two strings, an event type listed twice.
 */
public final class SeamEventTypesImporter implements SourceImporter {

  /** The title the entries carry. */
  public static final String TABLE = "event types";

  /** Creates the importer; it holds no state. */
  public SeamEventTypesImporter() {}

  @Override
  public SourceDocument read(String file, String text) throws SourceFormatException {
    Problems problems = new Problems(file);
    Optional<Node> root;
    try {
      // JSON is YAML 1.2: the YAML parser keeps each node's line for the messages.
      root = new Compose(LoadSettings.builder().setLabel(file).setUseMarks(true).build()).composeString(text);
    } catch (YamlEngineException e) {
      throw new SourceFormatException(List.of(file + ": not valid JSON: " + e.getMessage().strip()));
    }
    if (root.isEmpty() || !(root.get() instanceof SequenceNode items)) {
      problems.add(1, "expected a JSON array of {event_type, description} objects");
      return problems.result(List.of(), List.of());
    }
    List<SourceEntry> entries = new ArrayList<>();
    for (Node item : items.getValue()) {
      int line = line(item);
      Map<String, String> fields = new HashMap<>();
      if (item instanceof MappingNode object) {
        for (NodeTuple tuple : object.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
            fields.put(key.getValue(), value.getValue());
          }
        }
      }
      String type = fields.get("event_type");
      String description = fields.get("description");
      if (type == null || description == null) {
        problems.add(line, "expected an object with the strings event_type and description");
        continue;
      }
      problems.code(TABLE, type, line);
      entries.add(new SourceEntry(type, Optional.empty(), Optional.of(description), List.of(), Optional.empty(),
          TABLE, problems.at(line)));
    }
    return problems.result(entries, List.of());
  }

  private static int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
  }
}
