package dev.latchkey.examples;

import dev.latchkey.core.LatchkeyException;
import java.io.PrintStream;
import java.util.Map;

/**
 * The quick start's main job: every tutorial in turn on the embedded simulators (no account, nothing leaves
 * 127.0.0.1). Run it with {@code ./mvnw -q -Ptour -DskipTests -pl examples -am package}; the walkthroughs are
 * in {@code examples/README.md}.
 */
public final class Tour {

  private Tour() {}

  /**
   * Runs the tour and exits with its status.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int status = run(System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs every tutorial against the simulators, whatever the environment holds.
   *
   * @param out where the tour is printed
   * @return 0 when every tutorial ran, 1 when one failed (the others still run)
   */
  public static int run(PrintStream out) {
    // An empty environment: the tour never reaches a real vendor, even where credentials are set.
    Map<String, String> simulators = Map.of();
    int status = 0;
    status |= step(out, "1/4 Seam: troubleshoot access codes", () -> SeamTroubleshooting.run(out, simulators));
    status |= step(out, "2/4 Nuki: a webhook receiver", () -> NukiWebhookReceiver.run(out, simulators));
    status |= step(out, "3/4 Tapkey: grant access with time restrictions", () -> TapkeyGrants.run(out, simulators));
    status |= step(out, "4/4 One handler for every vendor", () -> OneHandler.run(out, simulators));
    out.println(status == 0 ? "== The tour is done." : "== The tour failed; see above.");
    return status;
  }

  private static int step(PrintStream out, String title, Runnable tutorial) {
    out.println("== " + title);
    try {
      tutorial.run();
      out.println();
      return 0;
    } catch (LatchkeyException e) {
      out.println("   failed: " + e.getMessage());
      return 1;
    }
  }
}
