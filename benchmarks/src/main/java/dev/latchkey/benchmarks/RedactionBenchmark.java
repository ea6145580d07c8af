package dev.latchkey.benchmarks;

import dev.latchkey.core.Redaction;
import dev.latchkey.core.Secret;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (c) Redacting a 64 KiB body: every byte a server sends in an error can pass through
 * {@link Redaction#redact(CharSequence, java.util.Collection)}, so its cost on hostile text bounds what a
 * server can make a client spend. Target: under 5 ms per 64 KiB body.
 *
 * <p>The inputs: {@code pin} followed by 64 KiB of spaces (quadratic before: 22-25 s); {@code "code":"}
 * followed by 64 KiB of {@code a} (a StackOverflowError before); 64 KiB of escaped characters in a secret
 * JSON string; and 64 KiB of random printable text with planted secrets (known secrets verbatim and
 * JSON-escaped, PINs after "pin", bearer tokens, JSON secret fields), redacted with two known secrets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedactionBenchmark {

  private static final int SIZE = 64 * 1024;
  private static final List<Secret> KNOWN = List.of(Secret.of("918273"), Secret.of("seam_CanaryKey_9f8e"));

  private String pinSpaces;
  private String openCodeString;
  private String escapedString;
  private String randomWithSecrets;

  /** Builds the inputs, the random one from a fixed seed. */
  @Setup
  public void setUp() {
    pinSpaces = "pin" + " ".repeat(SIZE - 3);
    openCodeString = "\"code\":\"" + "a".repeat(SIZE - 8);
    escapedString = "{\"pin\":\"" + "\\a".repeat((SIZE - 8) / 2);
    Random random = new Random(42);
    String[] planted = {" 918273 ", " \\u0039\\u0031\\u0038\\u0032\\u0037\\u0033 ", " seam\\u005fCanaryKey_9f8e ",
        " pin 482193 ", " Bearer tok3nCanary ", " {\"access_token\":\"at-123\"} ", " refresh_token=rt-9 "};
    StringBuilder text = new StringBuilder(SIZE + 64);
    while (text.length() < SIZE) {
      if (random.nextInt(200) == 0) {
        text.append(planted[random.nextInt(planted.length)]);
      } else {
        text.append((char) (' ' + random.nextInt(95)));
      }
    }
    randomWithSecrets = text.substring(0, SIZE);
  }

  /** {@code pin} and 64 KiB of spaces. */
  @Benchmark
  public String pinThenSpaces() {
    return Redaction.redact(pinSpaces, KNOWN);
  }

  /** An unterminated secret JSON string of 64 KiB. */
  @Benchmark
  public String unterminatedCodeString() {
    return Redaction.redact(openCodeString, KNOWN);
  }

  /** A secret JSON string of 32 Ki escapes. */
  @Benchmark
  public String escapedCodeString() {
    return Redaction.redact(escapedString, KNOWN);
  }

  /** 64 KiB of random printable text with planted secrets. */
  @Benchmark
  public String randomTextWithPlantedSecrets() {
    return Redaction.redact(randomWithSecrets, KNOWN);
  }
}
