package dev.latchkey.codegen.text;

/**
 * Quotes text as a JSON string. The result is also a valid YAML double-quoted scalar (YAML 1.2 reads JSON), so
 * the catalogs' writer quotes with it too.
 */
public final class JsonStrings {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /**
   * Quotes text: {@code "} and {@code \} escaped, newline, carriage return and tab as {@code \n}, {@code \r},
   * {@code \t}, and as {@code \}{@code uXXXX} the other control characters, DEL and the C1 controls (the YAML
   * spec does not allow them unescaped) and the line and paragraph separators U+2028 and U+2029 (line breaks to
   * YAML 1.1 readers and to JavaScript before ES2019). Everything else is kept as it is.
   *
   * @param text the text
   * @return the text in double quotes, escaped
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
