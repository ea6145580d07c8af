package dev.latchkey.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code latchkey} command: explain a vendor's error code, list the catalogs, decode a pasted error body
 * or webhook, run the tour. Started by {@code ./latchkey} at the repository root.
 *
 * <p>Exit codes: {@value #EXIT_OK} done; {@value #EXIT_NOT_FOUND} the code is unknown or nothing matched;
 * {@value #EXIT_USAGE} bad usage (unknown command, option or vendor, a code more than one vendor has, a file
 * that cannot be read); {@value #EXIT_UNDECODABLE} the input cannot be decoded (empty, not UTF-8 text, not
 * JSON, too large, no known shape, a spec or catalog that cannot be parsed); {@value #EXIT_TOUR_FAILED} the
 * tour failed; {@value #EXIT_DRIFT} {@code catalog diff} found drift; {@value #EXIT_BUG} a bug in the CLI.
 */
@Command(name = "latchkey",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Smart-lock vendor error codes (Seam, Nuki, Tapkey) from the vendors' own documentation.",
    subcommands = {Explain.class, ListCodes.class, Decode.class, Tour.class, CatalogCommand.class,
        Completion.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:unknown code, or nothing matched",
        "2:bad usage: unknown command, option or vendor; a code of several vendors; an unreadable file",
        "3:input that cannot be decoded: empty, not UTF-8 text, not JSON, over 1 MiB, no known shape;"
            + " a spec or catalog that cannot be parsed",
        "4:the tour failed",
        "5:catalog diff found drift",
        "70:a bug in latchkey"})
public final class Latchkey implements Callable<Integer> {

  /** Done. */
  public static final int EXIT_OK = 0;
  /** The code is unknown, or nothing matched. */
  public static final int EXIT_NOT_FOUND = 1;
  /** Bad usage. */
  public static final int EXIT_USAGE = 2;
  /** The input cannot be decoded. */
  public static final int EXIT_UNDECODABLE = 3;
  /** The tour failed. */
  public static final int EXIT_TOUR_FAILED = 4;
  /** {@code catalog diff} found drift between its inputs. */
  public static final int EXIT_DRIFT = 5;
  /** A bug in the CLI (an exception it did not expect). */
  public static final int EXIT_BUG = 70;

  private final InputStream stdin;
  private final Style style;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  private Latchkey(InputStream stdin, boolean colour) {
    this.stdin = stdin;
    this.style = new Style(colour);
  }

  /**
   * The command line, for {@link Main} and for tests that run commands in-process with captured output.
   *
   * @param stdin what {@code decode} reads when given no file or {@code -}
   * @param colour whether to colour the output
   * @return the command line; set its out and err writers, then {@code execute(args)}
   */
  public static CommandLine commandLine(InputStream stdin, boolean colour) {
    CommandLine commandLine = new CommandLine(new Latchkey(stdin, colour));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new BugHandler());
    return commandLine;
  }

  /** An exception no command expected: one line, exit code {@value #EXIT_BUG}. A lambda would cost start-up time. */
  private static final class BugHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
      PrintWriter err = commandLine.getErr();
      err.println("latchkey: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
      err.flush();
      return EXIT_BUG;
    }
  }

  /**
   * Without a subcommand: the usage on standard error, and exit code {@value #EXIT_USAGE}.
   *
   * @return {@value #EXIT_USAGE}
   */
  @Override
  public Integer call() {
    return missingCommand(spec, "latchkey: missing command");
  }

  /** A command group run without its subcommand: the message and the group's usage on standard error. */
  static int missingCommand(CommandLine.Model.CommandSpec group, String message) {
    PrintWriter err = group.commandLine().getErr();
    err.println(message);
    group.commandLine().usage(err);
    err.flush();
    return EXIT_USAGE;
  }

  InputStream stdin() {
    return stdin;
  }

  Style style() {
    return style;
  }
}
