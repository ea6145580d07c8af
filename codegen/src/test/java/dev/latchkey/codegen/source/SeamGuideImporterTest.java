package dev.latchkey.codegen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeamGuideImporterTest {

  private final SeamGuideImporter importer = new SeamGuideImporter();

  @Test
  void readsEveryTableUnderItsHeading() throws SourceFormatException {
    SourceDocument guide = Resources.read(importer, "seam-guide.md");

    assertThat(guide.tables()).containsExactly("Widget Error Handling", "Suggested Widget Remedies");
    assertThat(guide.table("Widget Error Handling")).containsExactly(
        new SourceEntry("failed_to_spin", Optional.empty(), Optional.of("The widget did not spin. We will retry."),
            List.of(), Optional.empty(), "Widget Error Handling", new SourceLocation("seam-guide.md", 9)),
        new SourceEntry("widget_jammed", Optional.empty(), Optional.of("The widget is jammed | stuck."),
            List.of(), Optional.empty(), "Widget Error Handling", new SourceLocation("seam-guide.md", 10)));
    assertThat(guide.table("Suggested Widget Remedies")).containsExactly(
        new SourceEntry("failed_to_spin", Optional.empty(), Optional.empty(),
            List.of("Use a [backup widget](https://example.test/backup) or wait."), Optional.empty(),
            "Suggested Widget Remedies", new SourceLocation("seam-guide.md", 20)),
        new SourceEntry("acme_overheated", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            "Suggested Widget Remedies", new SourceLocation("seam-guide.md", 21)));
  }

  @Test
  void aMalformedTableNamesEveryProblemWithItsLineAndReturnsNothing() {
    SourceFormatException e = catchThrowableOfType(SourceFormatException.class,
        () -> Resources.read(importer, "seam-guide-malformed.md"));

    assertThat(e.problems()).containsExactly(
        "seam-guide-malformed.md:8: table 'Widget Error Handling': the row has 3 cells, the header 2",
        "seam-guide-malformed.md:9: table 'Widget Error Handling': the first cell 'widget_loose' is not a code in"
            + " backticks",
        "seam-guide-malformed.md:10: code failed_to_spin is listed twice in table 'Widget Error Handling' (first"
            + " at line 7)",
        "seam-guide-malformed.md:14: table 'Suggested Widget Remedies' has no header: expected a header row"
            + " followed by a separator row such as | --- | --- |",
        "seam-guide-malformed.md:18: table 'Other': column 'Colour' is neither a description nor remedies");
    assertThat(e).hasMessageStartingWith("5 problems in a source document:\nseam-guide-malformed.md:8: ");
  }

  @Test
  void plainTextKeepsLinkTextsAndCollapsesWhitespace() {
    assertThat(SourceText.plain("Use a [backup  widget](https://example.test/b)\n or  wait. "))
        .isEqualTo("Use a backup widget or wait.");
    assertThat(SourceText.firstLinkUrl("a [b](https://x.test/1) [c](https://x.test/2)"))
        .contains("https://x.test/1");
    assertThat(SourceText.firstLinkUrl("no link")).isEmpty();
    assertThat(SourceText.plain(null)).isEmpty();
  }
}
