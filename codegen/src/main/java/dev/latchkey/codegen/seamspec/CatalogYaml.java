package dev.latchkey.codegen.seamspec;

import dev.latchkey.codegen.text.JsonStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a catalog into plain maps and lists, and writes them back in the catalogs' one style: two-space
 * indentation, a blank line before each entry of {@code codes} and before {@code unknown}, short lists of
 * tokens and small maps of tokens in flow style ({@code [generic, specific]}, {@code { kind: string }}),
 * strings plain unless YAML needs quotes, then double-quoted. Writing what was read gives the same text for
 * every catalog already in this style, so an import changes only what it means to change.
 */
public final class CatalogYaml {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final List<String> BLOCK_LISTS = List.of("remedies", "codes", "sources", "attributes");

  private CatalogYaml() {}

  /**
   * Reads a catalog as plain maps, lists and scalars (YAML's core schema); maps keep their key order. Checks
   * only that the text is YAML without duplicate keys and that its root is a map: the plugin's validator judges
   * the rest.
   *
   * @param file the catalog as named in messages
   * @param text the catalog's text
   * @return the catalog's root map
   * @throws SeamSpecException when the text is not YAML or its root is not a map, with {@code file:line:column}
   */
  public static Map<String, Object> read(String file, String text) throws SeamSpecException {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false).setUseMarks(true).build();
    Object root;
    try {
      root = new Load(settings).loadFromString(text);
    } catch (YamlEngineException e) {
      throw SeamSpecException.syntax(file, "YAML syntax error", e);
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw SeamSpecException.at(file, 1, 1, "a catalog must be a map with schema, vendor, type, ...");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> catalog = (Map<String, Object>) map;
    return catalog;
  }

  /** Writes a catalog in the canonical style. */
  static String write(Map<String, Object> catalog) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> field : catalog.entrySet()) {
      if (field.getKey().equals("unknown")) {
        out.append('\n');
      }
      writeField(out, 0, field.getKey(), field.getValue());
    }
    return out.toString();
  }

  private static void writeField(StringBuilder out, int indent, String key, Object value) {
    out.append(" ".repeat(indent)).append(key).append(':');
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      if (isFlowMap(map)) {
        out.append(" { ");
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.append(first ? "" : ", ").append(e.getKey()).append(": ").append(scalar(e.getValue()));
          first = false;
        }
        out.append(" }\n");
      } else {
        out.append('\n');
        map.forEach((k, v) -> writeField(out, indent + 2, (String) k, v));
      }
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      if (!BLOCK_LISTS.contains(key) && list.stream().allMatch(CatalogYaml::isToken)) {
        out.append(" [");
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
        }
        out.append("]\n");
      } else {
        out.append('\n');
        for (Object item : list) {
          if (key.equals("codes")) {
            out.append('\n');
          }
          writeItem(out, indent + 2, item);
        }
      }
    } else if (value instanceof Map<?, ?>) {
      out.append(" {}\n");
    } else if (value instanceof List<?>) {
      out.append(" []\n");
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static void writeItem(StringBuilder out, int indent, Object item) {
    if (item instanceof Map<?, ?> map && !map.isEmpty()) {
      StringBuilder nested = new StringBuilder();
      map.forEach((k, v) -> writeField(nested, indent + 2, (String) k, v));
      // The first key goes on the dash's line: "  - code: x".
      out.append(" ".repeat(indent)).append("- ").append(nested.substring(indent + 2));
    } else {
      out.append(" ".repeat(indent)).append("- ").append(scalar(item)).append('\n');
    }
  }

  private static boolean isFlowMap(Map<?, ?> map) {
    return map.size() <= 3 && map.values().stream().allMatch(CatalogYaml::isToken);
  }

  private static boolean isToken(Object value) {
    return value instanceof String s ? TOKEN.matcher(s).matches() && isPlain(s)
        : value instanceof Number || value instanceof Boolean;
  }

  /** A scalar, plain when YAML reads it back as the same string, else double-quoted. */
  static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (!(value instanceof String text)) {
      return String.valueOf(value);
    }
    return isPlain(text) ? text : JsonStrings.quote(text);
  }

  private static boolean isPlain(String text) {
    if (text.isEmpty() || text.strip().length() != text.length() || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0
        || text.contains(": ") || text.contains(" #") || text.endsWith(":") || text.chars().anyMatch(c -> c < 0x20)) {
      return false;
    }
    try {
      Object back = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString("k: " + text);
      return back instanceof Map<?, ?> map && text.equals(map.get("k"));
    } catch (YamlEngineException e) {
      return false;
    }
  }

  /** A deep, mutable copy, so merging never changes what was read. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, copy(v)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return (T) copy;
    }
    return value;
  }
}
