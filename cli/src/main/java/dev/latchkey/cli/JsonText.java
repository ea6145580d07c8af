package dev.latchkey.cli;

import dev.latchkey.codegen.text.JsonStrings;
import java.util.List;
import java.util.Map;

/**
 * Writes the CLI's {@code --json} output: maps, lists, strings, booleans, numbers and null, pretty-printed. The
 * CLI's own small writer, so that {@code explain} and {@code list} start without loading a JSON library.
 */
final class JsonText {

  private JsonText() {}

  /** The value as indented JSON text, without a trailing newline. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out, 0);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      out.append(JsonStrings.quote(text));
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        indent(out, depth + 1);
        out.append(JsonStrings.quote(String.valueOf(entry.getKey())));
        out.append(": ");
        write(entry.getValue(), out, depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "\n" : ",\n");
        first = false;
        indent(out, depth + 1);
        write(item, out, depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else {
      out.append(JsonStrings.quote(value.toString()));
    }
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }
}
