package dev.latchkey.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code latchkey tour}: the examples' tour against the embedded simulators, no account needed. */
@Command(name = "tour",
    description = {"The main job on the embedded simulators (no vendor account, no network): every tutorial of",
        "examples/ in turn (Seam access-code troubleshooting, a Nuki webhook receiver, one failure policy",
        "for every vendor). Exit code 4 when one fails."})
final class Tour extends JsonCommand {

  @Override
  int run() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OutputStream sink = json ? captured : new LineWriter(out());
    PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
    // The examples' Tour runs every tutorial, prints each failure in place and reports any with its status.
    int status = dev.latchkey.examples.Tour.run(stream);
    stream.flush();
    String failure = status == 0 ? null : "a tutorial failed (its error is printed above)";
    if (json) {
      Map<String, Object> top = new LinkedHashMap<>();
      top.put("ok", failure == null);
      top.put("output", captured.toString(StandardCharsets.UTF_8));
      top.put("failure", failure);
      printJson(top);
    }
    if (failure != null) {
      err().println("latchkey tour: the tour failed: " + failure);
      return Latchkey.EXIT_TOUR_FAILED;
    }
    return Latchkey.EXIT_OK;
  }

  /** Passes what the tour prints to the command's writer line by line, as it comes. */
  private static final class LineWriter extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineWriter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public void flush() {
      out.print(line.toString(StandardCharsets.UTF_8));
      out.flush();
      line.reset();
    }
  }
}
