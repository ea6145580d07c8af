package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginIdentityTest {

  @TempDir
  Path plugin;

  @Test
  void aChangedValidatorClassChangesTheIdentityNotOnlyTheGenerator() throws IOException {
    Path classes = plugin.resolve("dev/latchkey/codegen");
    Files.createDirectories(classes);
    Files.write(classes.resolve("EnumGenerator.class"), new byte[] {1, 2, 3});
    Files.write(classes.resolve("CatalogValidator.class"), new byte[] {4, 5, 6});
    String before = PluginIdentity.codeDigest(plugin).orElseThrow();

    Files.write(classes.resolve("CatalogValidator.class"), new byte[] {4, 5, 7});

    assertThat(PluginIdentity.codeDigest(plugin)).isPresent().get().isNotEqualTo(before);
  }

  @Test
  void aRenamedOrAddedClassChangesTheIdentityAndResourcesDoNot() throws IOException {
    Files.write(plugin.resolve("A.class"), new byte[] {1});
    String before = PluginIdentity.codeDigest(plugin).orElseThrow();
    Files.writeString(plugin.resolve("notes.txt"), "not code");
    assertThat(PluginIdentity.codeDigest(plugin)).contains(before);

    Files.write(plugin.resolve("B.class"), new byte[] {});
    assertThat(PluginIdentity.codeDigest(plugin)).isPresent().get().isNotEqualTo(before);
  }

  @Test
  void aJarIsDigestedByItsBytes() throws IOException {
    Path jar = plugin.resolve("plugin.jar");
    Files.write(jar, new byte[] {9, 9});
    String before = PluginIdentity.codeDigest(jar).orElseThrow();
    Files.write(jar, new byte[] {9, 8});

    assertThat(PluginIdentity.codeDigest(jar)).isPresent().get().isNotEqualTo(before);
  }

  @Test
  void theRunningPluginIsIdentifiedByVersionAndCodeDigest() {
    assertThat(PluginIdentity.current("1.2.3")).matches("1\\.2\\.3/[0-9a-f]{64}");
    assertThat(PluginIdentity.codeDigest(plugin.resolve("missing"))).isEmpty();
  }
}
