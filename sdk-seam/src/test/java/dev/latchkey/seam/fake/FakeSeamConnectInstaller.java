package dev.latchkey.seam.fake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Installs Seam's fake server for {@code FakeSeamConnectTest}: copies the committed {@code package.json},
 * {@code package-lock.json} and {@code loopback.cjs} to {@code target/fake-seam-connect} and runs
 * {@code npm ci} there. Run by exec-maven-plugin in {@code process-test-classes}.
 *
 * <p>Where npm is not on the PATH it prints why and returns (the test then skips), except when {@code CI=true},
 * where it fails the build. An install whose lock file has not changed is reused (npm's cache makes a fresh
 * one fast anyway).
 */
public final class FakeSeamConnectInstaller {

  private static final List<String> FILES = List.of("package.json", "package-lock.json", "loopback.cjs");

  private FakeSeamConnectInstaller() {}

  /**
   * Installs the fake server.
   *
   * @param args the folder holding the committed files, and the target folder
   * @throws Exception when npm fails, or is missing under {@code CI=true}
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: FakeSeamConnectInstaller <source dir> <target dir>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    Path marker = target.resolve("node_modules").resolve(".latchkey-installed-lock.json");
    boolean upToDate = Files.exists(marker)
        && Files.mismatch(marker, source.resolve("package-lock.json")) == -1;
    for (String file : FILES) {
      Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Optional<Path> npm = onPath(isWindows() ? "npm.cmd" : "npm");
    if (npm.isEmpty()) {
      if (isCi()) {
        throw new IllegalStateException("CI=true and npm is not on the PATH: cannot install"
            + " @seamapi/fake-seam-connect for FakeSeamConnectTest (install Node.js 20+)");
      }
      System.out.println("[latchkey] WARNING: npm is not on the PATH: @seamapi/fake-seam-connect is not"
          + " installed and FakeSeamConnectTest will be skipped (install Node.js 20+ to run it)");
      return;
    }
    if (upToDate) {
      System.out.println("[latchkey] @seamapi/fake-seam-connect is installed and up to date in " + target);
      return;
    }
    System.out.println("[latchkey] npm ci in " + target);
    Process process = new ProcessBuilder(
            npm.get().toString(), "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
        .directory(target.toFile())
        .inheritIO()
        .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("npm ci did not finish within 10 minutes in " + target);
    }
    if (process.exitValue() != 0) {
      throw new IOException("npm ci failed with exit code " + process.exitValue() + " in " + target);
    }
    Files.copy(source.resolve("package-lock.json"), marker, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Whether the build runs under CI ({@code CI=true}), where a missing Node.js is an error. */
  static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }

  /** Finds an executable on the PATH. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
