package dev.latchkey.codegen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeamEventTypesImporterTest {

  private final SeamEventTypesImporter importer = new SeamEventTypesImporter();

  @Test
  void readsTypesAndDescriptionsWithTheirLines() throws SourceFormatException {
    SourceDocument list = Resources.read(importer, "event-types.json");

    assertThat(list.entries()).containsExactly(
        new SourceEntry("widget.spun", Optional.empty(),
            Optional.of("A [widget](https://example.test/w) spun."), List.of(), Optional.empty(), "event types",
            new SourceLocation("event-types.json", 2)),
        new SourceEntry("widget.stopped", Optional.empty(), Optional.of("A widget stopped."), List.of(),
            Optional.empty(), "event types", new SourceLocation("event-types.json", 6)));
  }

  @Test
  void duplicatesAndIncompleteItemsAreReported() {
    SourceFormatException e = catchThrowableOfType(SourceFormatException.class,
        () -> Resources.read(importer, "event-types-malformed.json"));

    assertThat(e.problems()).containsExactly(
        "event-types-malformed.json:6: code widget.spun is listed twice in table 'event types' (first at line 2)",
        "event-types-malformed.json:10: expected an object with the strings event_type and description");
  }

  @Test
  void invalidJsonIsAFormatProblem() {
    SourceFormatException e = catchThrowableOfType(SourceFormatException.class,
        () -> importer.read("broken.json", "[ {\"event_type\": "));

    assertThat(e.problems()).singleElement().asString().startsWith("broken.json: not valid JSON: ");
  }

  @Test
  void everyFormatHasItsImporter() {
    assertThat(SourceFormats.names()).containsExactly("nuki-error-codes-text", "seam-event-types-json",
        "seam-guide-markdown", "tapkey-response-codes-text");
    assertThat(SourceFormats.importer("seam-guide-markdown")).containsInstanceOf(SeamGuideImporter.class);
    assertThat(SourceFormats.importer("nope")).isEmpty();
  }
}
