package dev.latchkey.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes generated sources under an output directory, touching only files whose content changed (so IDEs and
 * incremental compilers see no change when there is none), and deletes files a previous run generated that this
 * run no longer does.
 */
final class GeneratedSourceWriter {

  private final Path outputDirectory;

  GeneratedSourceWriter(Path outputDirectory) {
    this.outputDirectory = outputDirectory;
  }

  /**
   * Writes the sources and removes stale ones.
   *
   * @param sources what this run generates
   * @param previouslyGenerated relative paths the previous run generated
   * @return how many files were written, left alone and deleted
   * @throws UncheckedIOException when a file cannot be written or deleted
   */
  Outcome write(List<GeneratedSource> sources, Collection<String> previouslyGenerated) {
    int written = 0;
    int unchanged = 0;
    Set<String> current = new HashSet<>();
    try {
      for (GeneratedSource source : sources) {
        current.add(source.relativePath());
        Path target = outputDirectory.resolve(source.relativePath());
        byte[] content = source.content().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
          unchanged++;
          continue;
        }
        Files.createDirectories(target.getParent());
        // Write beside the target and move, so a failed build never leaves a half-written source.
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
          Files.write(temporary, content);
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(temporary);
        }
        written++;
      }
      int deleted = 0;
      for (String stale : previouslyGenerated) {
        if (!current.contains(stale) && Files.deleteIfExists(outputDirectory.resolve(stale))) {
          deleted++;
          deleteEmptyParents(outputDirectory.resolve(stale).getParent());
        }
      }
      return new Outcome(written, unchanged, deleted);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write generated sources under " + outputDirectory, e);
    }
  }

  private void deleteEmptyParents(Path directory) throws IOException {
    Path current = directory;
    while (current != null && current.startsWith(outputDirectory) && !current.equals(outputDirectory)) {
      try (DirectoryStream<Path> children = Files.newDirectoryStream(current)) {
        if (children.iterator().hasNext()) {
          return;
        }
      }
      Files.delete(current);
      current = current.getParent();
    }
  }

  /** What {@link #write} did. */
  record Outcome(int written, int unchanged, int deleted) {}
}
