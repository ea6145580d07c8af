package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.WireCode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every link a generated enum gives ({@code WireCode.reference()}, which explain, decode and exception messages
 * show) lands on an anchor of a page committed under {@code docs/reference/}, for every constant of every
 * generated enum, {@code UNKNOWN_TO_SDK_VERSION} included.
 */
class ReferenceAnchorsTest {

  private static final Path ROOT = Path.of("..");
  private static final Path REFERENCE = ROOT.resolve("docs/reference");
  private static final String PUBLISHED = "https://github.com/latchkey/latchkey/blob/main/docs/reference/";
  private static final Pattern ENUM = Pattern.compile("^- Enum: `([\\w.]+)`", Pattern.MULTILINE);
  private static final Pattern CATALOG = Pattern.compile("^- Catalog: \\[`([\\w./-]+)`\\]", Pattern.MULTILINE);

  @Test
  void everyConstantOfEveryGeneratedEnumLinksToAnAnchorOnItsCommittedPage() throws Exception {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages()) {
      String content = Files.readString(page, StandardCharsets.UTF_8);
      Matcher type = ENUM.matcher(content);
      assertThat(type.find()).as("%s names its enum", page).isTrue();
      for (Object constant : Class.forName(type.group(1)).getEnumConstants()) {
        WireCode code = (WireCode) constant;
        URI link = code.reference().orElseThrow(() -> new AssertionError(code + " has no reference link"));
        String text = link.toString();
        String expectedPage = PUBLISHED + page.getFileName() + "#";
        String anchor = text.substring(text.indexOf('#') + 1);
        if (!text.startsWith(expectedPage) || !content.contains("<a id=\"" + anchor + "\"></a>")) {
          broken.add(type.group(1) + "." + code.name() + " -> " + link);
        }
        checked++;
      }
    }
    assertThat(broken).as("links without their anchor").isEmpty();
    assertThat(checked).isGreaterThan(200);
  }

  @Test
  void everyCatalogHasACommittedPage() throws IOException {
    TreeSet<String> catalogs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("catalog"), 2)) {
      files.filter(file -> file.toString().endsWith(".yaml") && !file.getParent().endsWith("catalog"))
          .forEach(file -> catalogs.add(ROOT.resolve("catalog").relativize(file).toString().replace('\\', '/')));
    }
    TreeSet<String> documented = new TreeSet<>();
    for (Path page : pages()) {
      Matcher catalog = CATALOG.matcher(Files.readString(page, StandardCharsets.UTF_8));
      assertThat(catalog.find()).as("%s names its catalog", page).isTrue();
      documented.add(catalog.group(1));
    }
    assertThat(catalogs).hasSizeGreaterThan(10);
    assertThat(documented).isEqualTo(catalogs);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(REFERENCE)) {
      return files.filter(file -> file.toString().endsWith(".md") && !file.endsWith("README.md")).sorted().toList();
    }
  }
}
