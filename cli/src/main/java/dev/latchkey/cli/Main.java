package dev.latchkey.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The entry point of {@code latchkey}. A class of its own, apart from {@link Latchkey}, so that {@code explain}
 * run directly loads no picocli class at all (the JVM's verifier would load {@code picocli.CommandLine}, a large
 * class, to check {@link Latchkey}'s methods).
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    boolean colour = Style.terminal();
    // UTF-8 whatever the locale says: --json output is read by scripts, and catalogs quote vendors verbatim.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Integer direct = runDirectly(args, out, err, colour);
    if (direct == null) {
      CommandLine commandLine = Latchkey.commandLine(System.in, colour);
      commandLine.setOut(out);
      commandLine.setErr(err);
      direct = commandLine.execute(args);
    }
    out.flush();
    err.flush();
    System.exit(direct);
  }

  /**
   * Runs {@code explain [vendor] code [--json]} without building picocli's model, when the arguments are just
   * those words (no other option, no {@code @file}): the command people and scripts type most, kept within
   * start-up budget. Picocli's model of six commands costs more start-up than the rest of {@code explain}
   * together, and its classes (Java 5 bytecode) cannot go into a class-data sharing archive. Any other command
   * line, help and errors included, goes through picocli; {@code ExplainTest} checks that both give the same
   * output.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @param colour whether to colour the output
   * @return the exit code, or null when picocli must parse these arguments
   */
  static Integer runDirectly(String[] args, PrintWriter out, PrintWriter err, boolean colour) {
    if (args.length < 2 || !args[0].equals("explain")) {
      return null;
    }
    List<String> words = new ArrayList<>(2);
    boolean json = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--json") && !json) {
        json = true;
      } else if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
        return null;
      } else {
        words.add(arg);
      }
    }
    if (words.isEmpty() || words.size() > 2) {
      return null;
    }
    Explain explain = new Explain();
    explain.words = words;
    explain.json = json;
    explain.direct(out, err, new Style(colour));
    return explain.call();
  }
}
