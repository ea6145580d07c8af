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
    int seam = output.indexOf("== 1/3 Seam: troubleshoot access codes");
    int nuki = output.indexOf("== 2/3 Nuki: a webhook receiver");
    int handler = output.indexOf("== 3/3 One handler for every vendor");
    assertThat(seam).isNotNegative().isLessThan(nuki);
    assertThat(nuki).isLessThan(handler);
    assertThat(output).contains("after the fixes: 2 access codes with problems",
        "5. retried [102]: success=true", "Seam: create Ada's code: done on attempt 2");
    assertThat(output).endsWith("== The tour is done." + System.lineSeparator());
  }
}
