package dev.latchkey.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --json}, the output writers, the style, and the report of a
 * {@link CliFailure} (a line on standard error; with {@code --json} also an {@code error} object on standard
 * output, for scripts).
 */
abstract class JsonCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print JSON for scripts instead of text.")
  boolean json;

  @Spec
  CommandLine.Model.CommandSpec spec;

  /** Set instead of {@link #spec} when {@link Main#runDirectly} runs the command. */
  private PrintWriter directOut;
  private PrintWriter directErr;
  private Style directStyle;

  /** Prepares the command to run without picocli (see {@link Main#runDirectly}). */
  void direct(PrintWriter out, PrintWriter err, Style style) {
    this.directOut = out;
    this.directErr = err;
    this.directStyle = style;
  }

  /** Does the work; a {@link CliFailure} ends the command with its exit code. */
  abstract int run();

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (CliFailure failure) {
      report(failure);
      return failure.exitCode();
    } finally {
      out().flush();
      err().flush();
    }
  }

  PrintWriter out() {
    return directOut != null ? directOut : spec.commandLine().getOut();
  }

  PrintWriter err() {
    return directErr != null ? directErr : spec.commandLine().getErr();
  }

  Style style() {
    return json ? new Style(false) : directStyle != null ? directStyle : root().style();
  }

  /** The {@code latchkey} command this one runs under, directly or through a group such as {@code catalog}. */
  Latchkey root() {
    return (Latchkey) spec.root().userObject();
  }

  /** The command's name under {@code latchkey}, for messages: {@code explain}, {@code catalog diff}. */
  String name() {
    if (spec == null) {
      return getClass().getAnnotation(picocli.CommandLine.Command.class).name();
    }
    String qualified = spec.qualifiedName(" ");
    return qualified.substring(qualified.indexOf(' ') + 1);
  }

  void printJson(Object value) {
    out().println(JsonText.write(value));
  }

  private void report(CliFailure failure) {
    err().println("latchkey " + name() + ": " + failure.getMessage());
    for (String hint : failure.hints()) {
      err().println("  " + hint);
    }
    if (json) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("kind", failure.kind());
      error.put("exitCode", failure.exitCode());
      error.put("message", failure.getMessage());
      error.put("hints", failure.hints());
      if (failure.data() != null) {
        error.put("suggestions", failure.data());
      }
      Map<String, Object> top = new LinkedHashMap<>();
      top.put("error", error);
      printJson(top);
    }
  }

  /** The vendor a word names; a usage failure that lists the vendors when it names none. */
  static String requireVendor(String word) {
    String vendor = Catalog.vendorOf(word);
    if (vendor == null) {
      throw CliFailure.usage("unknown vendor '" + printable(word) + "'",
          "known vendors: " + String.join(", ", Catalog.vendors()));
    }
    return vendor;
  }

  /** The text with control characters shown as '?' and cut at 80 characters, for quoting input in messages. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 81));
    for (int i = 0; i < text.length() && i < 80; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return text.length() > 80 ? out.append('…').toString() : out.toString();
  }
}
