package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tour runs every tutorial, in order, and says it is done. */
class TourTest {

  @Test
  void runsEveryTutorialInOrder() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    int seam = output.indexOf("== 1/4 Seam: troubleshoot access codes");
    int nuki = output.indexOf("== 2/4 Nuki: a webhook receiver");
    int tapkey = output.indexOf("== 3/4 Tapkey: grant access with time restrictions");
    int handler = output.indexOf("== 4/4 One handler for every vendor");
    assertThat(seam).isNotNegative().isLessThan(nuki);
    assertThat(nuki).isLessThan(tapkey);
    assertThat(tapkey).isLessThan(handler);
    assertThat(output).contains("after the fixes: 2 access codes with problems",
        "5. retried [102]: success=true", "listing the grants got a new one (1 token request) and succeeded",
        "Seam: create Ada's code: done on attempt 2", "Tapkey: grant Ada lock-1 again: Duplicate [CONFLICT]");
    assertThat(output).endsWith("== The tour is done." + System.lineSeparator());
  }
}
