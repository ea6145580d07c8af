package dev.latchkey.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what a tutorial prints. */
final class Printed {

  private Printed() {}

  static String by(Consumer<PrintStream> tutorial) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tutorial.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
