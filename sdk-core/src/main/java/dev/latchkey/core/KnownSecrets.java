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

  static String scrub(String text, Collection<Secret> secrets, int minLength, int maxLevels, String mask) {
    List<String> values = new ArrayList<>();
    for (Secret secret : secrets) {
      if (secret != null && secret.reveal().length() >= minLength) {
        values.add(secret.reveal());
      }
    }
    if (values.isEmpty()) {
      return text;
    }
    String result = text;
    for (String value : values) {
      if (result.contains(value)) {
        result = result.replace(value, mask);
      }
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

  /** Text with, per character, the span [from, to) of the original text it stands for. */
  private static final class Decoded {
    final String text;
    // Null for the original text itself, where character i stands for [i, i + 1).
    final int[] from;
    final int[] to;

    private Decoded(String text, int[] from, int[] to) {
      this.text = text;
      this.from = from;
      this.to = to;
    }

    static Decoded identity(String text) {
      return new Decoded(text, null, null);
    }

    int from(int i) {
      return from == null ? i : from[i];
    }

    int to(int i) {
      return to == null ? i + 1 : to[i];
    }

    /** One level of JSON escapes undone; null when there is none to undo. */
    Decoded unescape() {
      String s = text;
      if (s.indexOf('\\') < 0) {
        return null;
      }
      StringBuilder out = new StringBuilder(s.length());
      int[] outFrom = new int[s.length()];
      int[] outTo = new int[s.length()];
      boolean changed = false;
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        int consumed = 1;
        if (c == '\\' && i + 1 < s.length()) {
          char e = s.charAt(i + 1);
          int hex = e == 'u' && i + 5 < s.length() ? hex4(s, i + 2) : -1;
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
        }
        changed |= consumed > 1;
        outFrom[out.length()] = from(i);
        outTo[out.length()] = to(i + consumed - 1);
        out.append(c);
        i += consumed;
      }
      return changed ? new Decoded(out.toString(), outFrom, outTo) : null;
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
        if (digit < 0) {
          return -1;
        }
        value = (value << 4) | digit;
      }
      return value;
    }
  }
}
