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

  /** Colour when standard output is a terminal, or the launcher's pager asks for it; see {@link #colour}. */
  static boolean terminal() {
    // No method reference here: explain's start-up path avoids the invokedynamic bootstrap.
    return colour(System.getenv("NO_COLOR"), System.getenv("LATCHKEY_COLOR"), System.console() != null);
  }

  /**
   * Whether to colour: never with {@code NO_COLOR} set (and not empty); always with {@code LATCHKEY_COLOR=always}
   * (the {@code ./latchkey} launcher sets it when it pipes a table into {@code less -R} on a terminal);
   * otherwise only on a terminal.
   */
  static boolean colour(String noColour, String latchkeyColour, boolean terminal) {
    if (noColour != null && !noColour.isEmpty()) {
      return false;
    }
    return terminal || "always".equals(latchkeyColour);
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
