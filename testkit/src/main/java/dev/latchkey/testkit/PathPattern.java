package dev.latchkey.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A route path such as {@code /smartlock/{id}/auth}: literal segments and {@code {name}} placeholders. */
final class PathPattern {

  private final String text;
  private final List<String> segments;

  private PathPattern(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
  }

  static PathPattern compile(String pattern) {
    Objects.requireNonNull(pattern, "path");
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("a path must start with /: " + pattern);
    }
    List<String> segments = new ArrayList<>(List.of(pattern.substring(1).split("/", -1)));
    for (String segment : segments) {
      if (isPlaceholder(segment) && segment.length() == 2) {
        throw new IllegalArgumentException("a placeholder needs a name: " + pattern);
      }
    }
    return new PathPattern(pattern, List.copyOf(segments));
  }

  /** The placeholder values when the path matches, or null when it does not. */
  Map<String, String> match(String path) {
    if (!path.startsWith("/")) {
      return null;
    }
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length != segments.size()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments.get(i);
      if (isPlaceholder(segment)) {
        if (parts[i].isEmpty()) {
          return null;
        }
        values.put(segment.substring(1, segment.length() - 1), parts[i]);
      } else if (!segment.equals(parts[i])) {
        return null;
      }
    }
    return values;
  }

  private static boolean isPlaceholder(String segment) {
    return segment.length() >= 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public String toString() {
    return text;
  }
}
