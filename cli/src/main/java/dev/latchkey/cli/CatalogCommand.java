package dev.latchkey.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code latchkey catalog}: the maintainers' commands on the catalogs and the vendors' specs. */
@Command(name = "catalog",
    description = "Commands on the catalogs and the vendors' specs: diff.",
    subcommands = {CatalogDiff.class, CommandLine.HelpCommand.class})
final class CatalogCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Without a subcommand: the usage on standard error, and exit code {@value Latchkey#EXIT_USAGE}.
   *
   * @return {@value Latchkey#EXIT_USAGE}
   */
  @Override
  public Integer call() {
    return Latchkey.missingCommand(spec, "latchkey catalog: missing command (diff)");
  }
}
