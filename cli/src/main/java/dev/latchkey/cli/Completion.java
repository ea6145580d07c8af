package dev.latchkey.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code latchkey completion [bash|zsh]}: the shell completion script, from picocli. */
@Command(name = "completion",
    description = {"Prints the completion script for bash (zsh loads it too, through bashcompinit):",
        "  source <(./latchkey completion bash)"})
final class Completion extends JsonCommand {

  @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash", description = "bash (default) or zsh.")
  String shell;

  @Override
  int run() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw CliFailure.usage("no completion for the shell '" + printable(shell) + "': bash and zsh only");
    }
    String script = AutoComplete.bash("latchkey", spec.root().commandLine());
    if (json) {
      Map<String, Object> top = new LinkedHashMap<>();
      top.put("shell", shell);
      top.put("script", script);
      printJson(top);
    } else {
      out().print(script);
    }
    return Latchkey.EXIT_OK;
  }
}
