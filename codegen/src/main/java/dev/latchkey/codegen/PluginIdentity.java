package dev.latchkey.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The identity of the running plugin for the up-to-date digest: its version and a SHA-256 of all its code (the
 * plugin jar's bytes, or every class file when it runs from a directory, as in tests), so that any rebuilt
 * snapshot (a changed validator, loader or generator) forces a regeneration.
 */
final class PluginIdentity {

  private PluginIdentity() {}

  /**
   * The identity of the plugin holding this class.
   *
   * @param pluginVersion the plugin's version
   * @return the version and the digest of the plugin's code; the version alone when the code cannot be read
   */
  static String current(String pluginVersion) {
    return location().flatMap(PluginIdentity::codeDigest)
        .map(digest -> pluginVersion + "/" + digest)
        .orElse(pluginVersion);
  }

  private static Optional<Path> location() {
    CodeSource source = PluginIdentity.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The SHA-256 of the code at {@code location}: a jar's bytes, or the relative paths and bytes of every
   * {@code .class} file under a directory, in path order.
   *
   * @param location a jar file or a classes directory
   * @return the digest in hex; empty when the location cannot be read
   */
  static Optional<String> codeDigest(Path location) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      if (Files.isRegularFile(location)) {
        sha256.update(Files.readAllBytes(location));
      } else if (Files.isDirectory(location)) {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(location)) {
          classes = files.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f))
              .sorted()
              .toList();
        }
        for (Path file : classes) {
          sha256.update(location.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          sha256.update((byte) 0);
          sha256.update(Files.readAllBytes(file));
        }
      } else {
        return Optional.empty();
      }
      return Optional.of(HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // the version alone still identifies a release
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
