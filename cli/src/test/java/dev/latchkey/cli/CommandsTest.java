package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.json.JsonValue;
import org.junit.jupiter.api.Test;

class CommandsTest {

  @Test
  void theTourRunsOnTheSimulators() {
    CliRun run = CliRun.run("tour");

    assertThat(run.exit()).as(run.err()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.out()).contains("== 1/4 Seam", "== 2/4 Nuki", "== 3/4 Tapkey", "== 4/4 One handler",
        "== The tour is done.");

    JsonValue json = CliRun.run("tour", "--json").json();
    assertThat(json.get("ok").booleanValue()).isTrue();
    assertThat(json.get("output").stringValue()).contains("== 3/4 Tapkey", "== 4/4 One handler",
        "== The tour is done.");
  }

  @Test
  void completionForBash() {
    CliRun run = CliRun.run("completion", "bash");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.out()).contains("complete -F", "latchkey", "explain", "decode", "--category");
    assertThat(CliRun.run("completion", "--json").json().get("script").stringValue()).contains("complete -F");

    CliRun fish = CliRun.run("completion", "fish");
    assertThat(fish.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(fish.err()).contains("no completion for the shell 'fish'");
  }

  @Test
  void withoutACommandTheUsageAndExitTwo() {
    CliRun run = CliRun.run();

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(run.err()).contains("missing command", "explain", "list", "decode", "tour", "Exit codes:");
  }

  @Test
  void anUnknownCommandOrOptionIsBadUsage() {
    CliRun command = CliRun.run("explian", "nuki", "ff");
    assertThat(command.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(command.err()).contains("explian");

    CliRun option = CliRun.run("list", "--colour");
    assertThat(option.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(option.err()).contains("--colour");
  }

  @Test
  void versionAndHelp() {
    assertThat(CliRun.run("--version").out()).startsWith("latchkey 0.");
    CliRun help = CliRun.run("help", "explain");
    assertThat(help.exit()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(help.out()).contains("nuki:0x13", "--json");
  }

  @Test
  void colourOnlyWhenAskedAndNeverInJson() {
    assertThat(CliRun.run(true, new byte[0], "explain", "nuki", "ff").out()).contains("\u001b[1m");
    assertThat(CliRun.run(false, new byte[0], "explain", "nuki", "ff").out()).doesNotContain("\u001b");
    assertThat(CliRun.run(true, new byte[0], "explain", "nuki", "ff", "--json").out()).doesNotContain("\u001b");
    assertThat(CliRun.run(true, new byte[0], "list", "tapkey").out()).contains("\u001b[");
  }
}
