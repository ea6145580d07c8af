package dev.latchkey.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPathsTest {

  @Test
  void aFileInsideTheProjectIsNamedRelativeToIt(@TempDir Path dir) {
    File basedir = dir.resolve("project").toFile();
    File spec = dir.resolve("project/catalog/sources/../sources/seam/spec.json").toFile();

    assertThat(ProjectPaths.label(basedir, spec)).isEqualTo("catalog/sources/seam/spec.json");
  }

  @Test
  void aFileOutsideTheProjectOrWithoutOneIsNamedAbsolutely(@TempDir Path dir) {
    File basedir = dir.resolve("project").toFile();
    File sibling = dir.resolve("project-other/spec.json").toFile();
    String absolute = sibling.toPath().toAbsolutePath().normalize().toString().replace('\\', '/');

    assertThat(ProjectPaths.label(basedir, sibling)).isEqualTo(absolute);
    assertThat(ProjectPaths.label(null, sibling)).isEqualTo(absolute);
  }
}
