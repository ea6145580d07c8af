package dev.latchkey.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Removes the exact values of known secrets from text, verbatim and JSON-escaped: a server that echoes a PIN as
 * <code>&#92;u0039&#92;u0031&#92;u0038...</code> or a key with <code>&#92;/</code> or <code>&#92;u005f</code> in it must not get it through.
 *
 * <p>The escaped forms are found by undoing JSON escapes into a second string that remembers, for each of its
 * characters, the span of the original text it came from; a secret found there masks that span. Escapes of
 * escapes (JSON inside a JSON string) are undone again, a few levels deep. Each level is one linear pass.
 */
final class KnownSecrets {

  private KnownSecrets() {}

  /**
   * The text without the secrets' values.
   *
   * @param minVerbatim secrets at least this long are removed where they occur verbatim
   * @param minEscaped secrets at least this long are also removed where they occur JSON-escaped
   */
  static String scrub(String text, Collection<Secret> secrets, int minVerbatim, int minEscaped, int maxLevels,
      String mask) {
    List<String> values = new ArrayList<>();
    String result = text;
    for (Secret secret : secrets) {
      String value = secret == null ? "" : secret.reveal();
      if (!value.isEmpty() && value.length() >= minVerbatim && result.contains(value)) {
        result = result.replace(value, mask);
      }
      if (!value.isEmpty() && value.length() >= minEscaped) {
        values.add(value);
      }
    }
    if (values.isEmpty()) {
      return result;
    }
    if (result.indexOf('\\') < 0) {
      return result;
    }
    boolean[] masked = new boolean[result.length()];
    boolean any = false;
    Decoded level = Decoded.identity(result);
    for (int depth = 0; depth < maxLevels; depth++) {
      Decoded next = level.unescape();
      if (next == null) {
        break;
      }
      for (String value : values) {
        for (int at = next.text.indexOf(value); at >= 0; at = next.text.indexOf(value, at + 1)) {
          int from = next.from(at);
          int to = next.to(at + value.length() - 1);
          for (int i = from; i < to; i++) {
            masked[i] = true;
          }
          any = true;
        }
      }
      level = next;
    }
    if (!any) {
      return result;
    }
    StringBuilder out = new StringBuilder(result.length());
    for (int i = 0; i < result.length(); i++) {
      if (!masked[i]) {
        out.append(result.charAt(i));
      } else if (i == 0 || !masked[i - 1]) {
        out.append(mask);
      }
    }
    return out.toString();
  }

  /** Text with, per character, the span of the original text it stands for. */
  private static final class Decoded {
    final String text;
    // Where each character's span starts in the original text, plus one entry for the end of the text: the
    // span of character i is [start[i], start[i + 1]). Null for the original text itself.
    private final int[] start;

    private Decoded(String text, int[] start) {
      this.text = text;
      this.start = start;
    }

    static Decoded identity(String text) {
      return new Decoded(text, null);
    }

    int from(int i) {
      return start == null ? i : start[i];
    }

    int to(int i) {
      return start == null ? i + 1 : start[i + 1];
    }

    /** One level of JSON escapes undone; null when there is none to undo. */
    Decoded unescape() {
      String s = text;
      int n = s.length();
      int first = s.indexOf('\\');
      if (first < 0) {
        return null;
      }
      char[] out = new char[n];
      int[] outStart = new int[n + 1];
      s.getChars(0, first, out, 0);
      for (int i = 0; i < first; i++) {
        outStart[i] = from(i);
      }
      int length = first;
      boolean changed = false;
      int i = first;
      while (i < n) {
        char c = s.charAt(i);
        int consumed = 1;
        if (c == '\\' && i + 1 < n) {
          char e = s.charAt(i + 1);
          int hex = e == 'u' && i + 5 < n ? hex4(s, i + 2) : -1;
          if (hex >= 0) {
            c = (char) hex;
            consumed = 6;
          } else {
            char plain = simpleEscape(e);
            if (plain != 0) {
              c = plain;
              consumed = 2;
            }
          }
          changed |= consumed > 1;
        }
        outStart[length] = from(i);
        out[length++] = c;
        i += consumed;
      }
      if (!changed) {
        return null;
      }
      outStart[length] = to(n - 1);
      return new Decoded(new String(out, 0, length), outStart);
    }

    private static char simpleEscape(char e) {
      switch (e) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        default: return 0;
      }
    }

    private static int hex4(String s, int at) {
      int value = 0;
      for (int k = at; k < at + 4; k++) {
        int digit = Character.digit(s.charAt(k), 16);
        if (digit < 0 || s.charAt(k) > 'f') {
          return -1;
        }
        value = (value << 4) | digit;
      }
      return value;
    }
  }
}
