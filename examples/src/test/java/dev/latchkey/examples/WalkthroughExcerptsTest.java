package dev.latchkey.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ```java block of the walkthroughs must be a run of consecutive lines of a tutorial's source (compared
 * without leading and trailing blanks), so a walkthrough cannot show code the tutorial no longer has.
 */
class WalkthroughExcerptsTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^[ \\t]*```java\\R(.*?)^[ \\t]*```", Pattern.DOTALL);

  /** The tutorials' walkthroughs; the README is an index without code. */
  static List<Path> walkthroughs() throws IOException {
    try (Stream<Path> files = Files.list(MODULE)) {
      return files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("walkthroughs")
  void everyExcerptIsInTheSources(Path walkthrough) throws IOException {
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/java"))) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.add(trimmed(Files.readString(source)));
      }
    }
    Matcher block = JAVA_BLOCK.matcher(Files.readString(walkthrough));
    int excerpts = 0;
    while (block.find()) {
      excerpts++;
      List<String> excerpt = trimmed(block.group(1));
      assertThat(sources.stream().anyMatch(source -> contains(source, excerpt)))
          .as("%s: excerpt not found in src/main/java:%n%s", walkthrough.getFileName(), String.join("\n", excerpt))
          .isTrue();
    }
    assertThat(excerpts).as("java excerpts in %s", walkthrough.getFileName()).isGreaterThan(2);
  }

  private static List<String> trimmed(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static boolean contains(List<String> source, List<String> excerpt) {
    return !excerpt.isEmpty() && Collections.indexOfSubList(source, excerpt) >= 0;
  }
}
