package dev.latchkey.seam.internal;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import java.util.Optional;

/**
 * Reads the start of a JSON document that was cut off (an error body over the transport's limit): one linear
 * pass finds the last place where the text can be closed, the missing brackets are appended, and sdk-core's
 * reader parses the result. A string value cut in the middle is kept up to the cut. Internal.
 */
final class TruncatedJson {

  /** Deeper nesting is refused by sdk-core's reader anyway. */
  private static final int MAX_DEPTH = Json.MAX_DEPTH;

  private TruncatedJson() {}

  /**
   * Parses the complete part of a cut-off JSON object or array.
   *
   * @param prefix the text that arrived
   * @return the tree of what could be closed, or empty when nothing could
   */
  static Optional<JsonValue> parsePrefix(String prefix) {
    char[] stack = new char[MAX_DEPTH];
    int depth = 0;
    int safeEnd = -1;      // text before this index closes with the closers of the stack at that point
    int safeDepth = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean stringIsValue = false;
    int stringStart = -1;
    char lastToken = 0;    // the last structural character outside strings
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          inString = true;
          stringStart = i;
          // A string after ':' or inside an array is a value; after '{' or ',' in an object it is a key.
          stringIsValue = lastToken == ':' || depth > 0 && stack[depth - 1] == '[';
        }
        case '{', '[' -> {
          if (depth == MAX_DEPTH) {
            return Optional.empty();
          }
          stack[depth++] = c;
          safeEnd = i + 1;
          safeDepth = depth;
        }
        case '}', ']' -> {
          if (depth == 0) {
            return Optional.empty();
          }
          depth--;
          safeEnd = i + 1;
          safeDepth = depth;
        }
        case ',' -> {
          safeEnd = i;
          safeDepth = depth;
        }
        default -> { }
      }
      if (c == ':' || c == ',' || c == '{' || c == '[' || c == '}' || c == ']') {
        lastToken = c;
      }
    }
    if (inString && stringIsValue) {
      // Keep the cut string's start; drop a trailing escape sequence that may be incomplete.
      int end = prefix.length();
      int backslash = prefix.lastIndexOf('\\', end - 1);
      if (backslash > stringStart && end - backslash <= 6) {
        end = backslash;
      }
      Optional<JsonValue> kept = parse(prefix.substring(0, end) + '"', stack, depth);
      if (kept.isPresent()) {
        return kept;
      }
    }
    return safeEnd < 0 ? Optional.empty() : parse(prefix.substring(0, safeEnd), stack, safeDepth);
  }

  private static Optional<JsonValue> parse(String head, char[] stack, int depth) {
    StringBuilder text = new StringBuilder(head.length() + depth).append(head);
    for (int i = depth - 1; i >= 0; i--) {
      text.append(stack[i] == '{' ? '}' : ']');
    }
    try {
      return Optional.of(Json.parse(text.toString()));
    } catch (JsonException e) {
      return Optional.empty();
    }
  }
}
