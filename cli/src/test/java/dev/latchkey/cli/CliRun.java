package dev.latchkey.cli;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One in-process run of the CLI: exit code and what it printed on each stream. */
record CliRun(int exit, String out, String err) {

  static CliRun run(String... args) {
    return withInput(new byte[0], args);
  }

  static CliRun withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun withInput(byte[] stdin, String... args) {
    return run(false, stdin, args);
  }

  static CliRun run(boolean colour, byte[] stdin, String... args) {
    CommandLine commandLine = Latchkey.commandLine(new ByteArrayInputStream(stdin), colour);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** The run {@link Main} makes for {@code explain} without picocli. */
  static CliRun direct(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer exit = Main.runDirectly(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    if (exit == null) {
      throw new AssertionError("not run directly: " + String.join(" ", args));
    }
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Standard output parsed as JSON (sdk-core's reader, not the CLI's writer). */
  JsonValue json() {
    return Json.parse(out);
  }
}
