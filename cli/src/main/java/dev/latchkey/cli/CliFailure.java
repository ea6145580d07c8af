package dev.latchkey.cli;

import java.util.List;

/**
 * Why a command could not do what was asked, with the exit code it ends with. Carries only text made from the
 * user's input and the catalogs, never a secret.
 */
final class CliFailure extends RuntimeException {

  private final int exitCode;
  private final String kind;
  private final List<String> hints;
  private final transient Object data;

  CliFailure(int exitCode, String kind, String message, List<String> hints, Object data) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.kind = kind;
    this.hints = List.copyOf(hints);
    this.data = data;
  }

  static CliFailure usage(String message, String... hints) {
    return new CliFailure(Latchkey.EXIT_USAGE, "usage", message, List.of(hints), null);
  }

  static CliFailure undecodable(String message, String... hints) {
    return new CliFailure(Latchkey.EXIT_UNDECODABLE, "undecodable_input", message, List.of(hints), null);
  }

  int exitCode() {
    return exitCode;
  }

  /** A stable word for scripts: {@code usage}, {@code unknown_code}, {@code undecodable_input}... */
  String kind() {
    return kind;
  }

  List<String> hints() {
    return hints;
  }

  /** Extra data for {@code --json} (the suggestions of an unknown code), or null. */
  Object data() {
    return data;
  }
}
