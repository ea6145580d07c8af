package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.codegen.CatalogLoader.LoadedDocument;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The loader's own checks: encoding, syntax, document count, duplicate keys at any depth, YAML 1.2 scalars. */
class CatalogLoaderTest {

  private final CatalogLoader loader = new CatalogLoader();

  @Test
  void invalidUtf8IsAProblemOfTheFile() {
    LoadedDocument document = loader.load(new CatalogInput("bad.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3}));

    assertThat(document.root()).isEmpty();
    assertThat(document.problems()).extracting(Problem::format).containsExactly("bad.yaml: not valid UTF-8");
  }

  @Test
  void secondDocumentIsASyntaxErrorAtItsStart() {
    LoadedDocument document = loader.load(CatalogInput.ofText("two.yaml", "a: 1\n---\nb: 2\n"));

    assertThat(document.problems()).extracting(Problem::format).singleElement().asString()
        .startsWith("two.yaml:2:1: YAML syntax error: ");
  }

  @Test
  void duplicateKeysAreFoundInNestedMapsToo() {
    LoadedDocument document =
        loader.load(CatalogInput.ofText("dup.yaml", "wire:\n  kind: byte\n  kind: string\nwire: {}\n"));

    assertThat(document.problems()).extracting(Problem::format).containsExactly(
        "dup.yaml:3:3: duplicate key 'kind' (first at line 2)",
        "dup.yaml:4:1: duplicate key 'wire' (first at line 1)");
  }

  @Test
  void scalarsFollowTheYaml12CoreSchema() {
    LoadedDocument document =
        loader.load(CatalogInput.ofText("s.yaml", "hex: 0xFF\nyes_word: yes\nflag: true\nquoted: \"0xFF\"\n"));

    MappingNode root = (MappingNode) document.root().orElseThrow();
    assertThat(root.getValue()).extracting(tuple -> ((ScalarNode) tuple.getValueNode()).getTag())
        .containsExactly(Tag.INT, Tag.STR, Tag.BOOL, Tag.STR);
    assertThat(document.problems()).isEmpty();
  }
}
