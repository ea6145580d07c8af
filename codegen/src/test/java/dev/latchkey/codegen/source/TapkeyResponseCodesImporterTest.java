package dev.latchkey.codegen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TapkeyResponseCodesImporterTest {

  private static final String FILE = "tapkey-response-codes.txt";
  private final TapkeyResponseCodesImporter importer = new TapkeyResponseCodesImporter();

  @Test
  void readsTheStatusCauseAndErrorCodeTables() throws SourceFormatException {
    SourceDocument page = Resources.read(importer, FILE);

    assertThat(page.tables()).containsExactly("Error", "Authorization Errors", "Grant Error Codes");
    assertThat(page.table("Error")).containsExactly(
        new SourceEntry("400", Optional.of("BadRequest"), Optional.of("Returned when the request is invalid."),
            List.of(), Optional.empty(), "Error", new SourceLocation(FILE, 8)),
        new SourceEntry("404", Optional.of("NotFound"),
            Optional.of("Returned when the resource could not be found."), List.of(), Optional.empty(), "Error",
            new SourceLocation(FILE, 9)));
    assertThat(page.table("Authorization Errors")).containsExactly(
        new SourceEntry("Expired token", Optional.empty(), Optional.of("Expired token"),
            List.of("The client should refresh the token."), Optional.empty(), "Authorization Errors",
            new SourceLocation(FILE, 14)),
        new SourceEntry("The token does not have the scope(s) for the operation", Optional.empty(),
            Optional.of("The token does not have the scope(s) for the operation"), List.of("Check the scopes."),
            Optional.empty(), "Authorization Errors", new SourceLocation(FILE, 15)));
    assertThat(page.table("Grant Error Codes")).extracting(SourceEntry::code, entry -> entry.description().get())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Duplicate", "Indicates a duplicate grant."),
            org.assertj.core.groups.Tuple.tuple("CardCapacityExceeded", "The capacity of the card was exceeded."));
    assertThat(page.paragraph("Expired token")).contains(new SourceParagraph("Expired token",
        "In case the API returns a 401, refresh the token.", new SourceLocation(FILE, 19)));
  }

  @Test
  void missingHeadersAndUnreadableRowsAreReportedWithTheirLines() {
    String file = "tapkey-response-codes-malformed.txt";
    SourceFormatException e = catchThrowableOfType(SourceFormatException.class,
        () -> Resources.read(importer, file));

    assertThat(e.problems()).containsExactly(
        file + ":7: table 'Error': cannot read the row 'NotFound 404' as 'Name Code Description'",
        file + ":8: code 400 is listed twice in table 'Error' (first at line 6)",
        file + ":13: table 'Authorization Errors': cannot read the row 'expired token the client should refresh"
            + " the token.' as 'When / Why Recommended solution'",
        file + ":15: table 'Grant Error Codes' has no header line 'Code Description'",
        file + ":1: no ErrorCode table: a heading '<group> Error Codes' with the header line 'Code Description'"
            + " not found");
  }
}
