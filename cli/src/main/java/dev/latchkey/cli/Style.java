package dev.latchkey.cli;

/**
 * ANSI colour for a terminal, nothing when the output is piped or {@code NO_COLOR} is set
 * (<a href="https://no-color.org/">no-color.org</a>).
 */
final class Style {

  private final boolean colour;

  Style(boolean colour) {
    this.colour = colour;
  }

  /** Colour when standard output is a terminal and {@code NO_COLOR} is unset or empty. */
  static boolean terminal() {
    String noColour = System.getenv("NO_COLOR");
    return System.console() != null && (noColour == null || noColour.isEmpty());
  }

  String bold(String text) {
    return wrap("1", text);
  }

  String dim(String text) {
    return wrap("2", text);
  }

  String red(String text) {
    return wrap("31", text);
  }

  String green(String text) {
    return wrap("32", text);
  }

  String yellow(String text) {
    return wrap("33", text);
  }

  private String wrap(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
