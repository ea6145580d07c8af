package dev.latchkey.codegen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NukiErrorCodesImporterTest {

  private final NukiErrorCodesImporter importer = new NukiErrorCodesImporter();

  @Test
  void splitsTheGluedCellsAndReadsTheRemediationLines() throws SourceFormatException {
    SourceDocument page = Resources.read(importer, "nuki-error-codes.txt");
    String file = "nuki-error-codes.txt";

    assertThat(page.entries()).containsExactly(
        new SourceEntry("0xFD", Optional.of("ERROR_BAD_CRC"), Optional.empty(), List.of(), Optional.empty(),
            "Error Codes", new SourceLocation(file, 9)),
        new SourceEntry("0xFF", Optional.of("ERROR_UNKNOWN"), Optional.of("Device is most likely offline"),
            List.of("Implement a retry mechanism", "Check the network"), Optional.empty(), "Error Codes",
            new SourceLocation(file, 10)),
        new SourceEntry("0x13", Optional.of("P_ERROR_MAX_USER"), Optional.empty(), List.of(),
            Optional.of("The limit has been reached. Delete unused authorisations"), "Error Codes",
            new SourceLocation(file, 13)),
        new SourceEntry("0x2A", Optional.of("K_ERROR_CODE_ALREADY_EXISTS"), Optional.empty(), List.of(),
            Optional.empty(), "Error Codes", new SourceLocation(file, 14)));
  }

  @Test
  void rowsWithMissingOrBadCellsAndDuplicatesAreReportedWithTheirLines() {
    SourceFormatException e = catchThrowableOfType(SourceFormatException.class,
        () -> Resources.read(importer, "nuki-error-codes-malformed.txt"));

    assertThat(e.problems()).containsExactly(
        "nuki-error-codes-malformed.txt:3: cannot read the row '0xFD': expected a code (0x and two hex digits),"
            + " a NAME and optionally text",
        "nuki-error-codes-malformed.txt:4: cannot read the row '0xGGK_ERROR_BAD': expected a code (0x and two"
            + " hex digits), a NAME and optionally text",
        "nuki-error-codes-malformed.txt:5: code 0xFD is listed twice in table 'Error Codes' (first at line 2)");
  }

  @Test
  void aPageWithoutTheHeaderIsRejected() {
    SourceFormatException e = catchThrowableOfType(SourceFormatException.class,
        () -> Resources.read(importer, "nuki-error-codes-no-header.txt"));

    assertThat(e.problems()).containsExactly("nuki-error-codes-no-header.txt:1: no table header line 'Error"
        + " CodeDescriptionRecommended Remediation'");
  }
}
