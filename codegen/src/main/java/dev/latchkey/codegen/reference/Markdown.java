package dev.latchkey.codegen.reference;

/** Text from a catalog made safe for Markdown: it renders as written, on one line. */
final class Markdown {

  private Markdown() {}

  /** Escapes the characters that would start code, emphasis, links, HTML or a table cell; joins lines. */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
    for (int i = 0; i < oneLine.length(); i++) {
      char ch = oneLine.charAt(i);
      switch (ch) {
        case '\\', '`', '*', '[', ']', '<', '>', '|' -> out.append('\\').append(ch);
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A code span, with a fence longer than any run of backticks inside. */
  static String code(String text) {
    String fence = text.contains("`") ? "`` " : "`";
    String close = text.contains("`") ? " ``" : "`";
    return fence + text + close;
  }

  /** A link whose target is written as is (URLs and relative paths contain no spaces or parentheses here). */
  static String link(String label, String target) {
    return "[" + label + "](" + target.replace(" ", "%20").replace("(", "%28").replace(")", "%29") + ")";
  }
}
