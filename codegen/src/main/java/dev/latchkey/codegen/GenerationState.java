package dev.latchkey.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful run generated, and from which inputs: a SHA-256 digest of everything that decides
 * the output, plus the generated files. A run whose digest matches and whose files all exist has nothing to do.
 *
 * @param digest the inputs' digest, in hex
 * @param files the generated files, relative to the output directory
 */
record GenerationState(String digest, List<String> files) {

  private static final String HEADER = "latchkey-codegen-state/1";

  GenerationState {
    files = List.copyOf(files);
  }

  /**
   * The digest of a run's inputs: the plugin's identity (its version and a digest of all its code, see
   * {@link PluginIdentity}, so any rebuilt snapshot plugin regenerates), the configuration, and each catalog's location and bytes.
   */
  static String digest(String generatorIdentity, String configuration, List<CatalogInput> inputs) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
    update(sha256, HEADER);
    update(sha256, generatorIdentity);
    update(sha256, configuration);
    for (CatalogInput input : inputs) {
      update(sha256, input.location());
      update(sha256, Integer.toString(input.content().length));
      sha256.update(input.content());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static void update(MessageDigest digest, String part) {
    digest.update(part.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0); // separator, so that ("ab", "c") and ("a", "bc") differ
  }

  /** The state stored at {@code file}, if there is a readable one. */
  static Optional<GenerationState> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("digest ")) {
        return Optional.empty();
      }
      List<String> files = new ArrayList<>();
      for (String line : lines.subList(2, lines.size())) {
        if (line.startsWith("file ")) {
          files.add(line.substring("file ".length()));
        }
      }
      return Optional.of(new GenerationState(lines.get(1).substring("digest ".length()), files));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // an unreadable state only costs a regeneration
    }
  }

  /** Stores the state at {@code file}. */
  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append("digest ").append(digest).append('\n');
    for (String generated : files) {
      text.append("file ").append(generated).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Whether every file this state lists exists under the output directory. */
  boolean outputsExist(Path outputDirectory) {
    return files.stream().allMatch(f -> Files.isRegularFile(outputDirectory.resolve(f)));
  }
}
