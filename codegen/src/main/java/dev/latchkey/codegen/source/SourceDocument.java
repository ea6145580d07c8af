package dev.latchkey.codegen.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an importer read from one vendor document: the rows of its code tables and the paragraphs it was asked
 * for. Only a whole document is ever returned: an importer that finds a problem returns nothing.
 *
 * @param file the document as named in messages
 * @param entries the rows of the document's tables, in document order
 * @param paragraphs the paragraphs under the headings the importer knows, in document order
 */
public record SourceDocument(String file, List<SourceEntry> entries, List<SourceParagraph> paragraphs) {

  /**
   * Copies the lists.
   *
   * @param file the document as named in messages
   * @param entries the rows of the document's tables, in document order
   * @param paragraphs the paragraphs under the headings the importer knows, in document order
   */
  public SourceDocument {
    Objects.requireNonNull(file, "file");
    entries = List.copyOf(entries);
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * The rows of one table.
   *
   * @param table the table's title
   * @return its rows in document order; empty when the document has no such table
   */
  public List<SourceEntry> table(String table) {
    return entries.stream().filter(entry -> entry.table().equals(table)).toList();
  }

  /**
   * The titles of the document's tables.
   *
   * @return the distinct titles, in document order
   */
  public List<String> tables() {
    return entries.stream().map(SourceEntry::table).distinct().toList();
  }

  /**
   * The paragraph under a heading.
   *
   * @param heading the heading, as written
   * @return the paragraph; empty when the importer found none under it
   */
  public Optional<SourceParagraph> paragraph(String heading) {
    return paragraphs.stream().filter(paragraph -> paragraph.heading().equals(heading)).findFirst();
  }
}
