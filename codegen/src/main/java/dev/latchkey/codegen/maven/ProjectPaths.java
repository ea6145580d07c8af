package dev.latchkey.codegen.maven;

import java.io.File;
import java.nio.file.Path;

/** How the goals name a file in their messages and reports. */
final class ProjectPaths {

  private ProjectPaths() {}

  /**
   * The file relative to the project's base directory when it lies inside it, else absolute; with {@code /}
   * separators, so that reports read the same on every machine.
   */
  static String label(File basedir, File file) {
    Path path = file.toPath().toAbsolutePath().normalize();
    Path base = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
    return (base != null && path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
  }
}
