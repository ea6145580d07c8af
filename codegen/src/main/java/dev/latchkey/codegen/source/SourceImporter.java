package dev.latchkey.codegen.source;

/**
 * Reads the code tables of one kind of vendor document. Implementations are stateless and thread-safe.
 */
public interface SourceImporter {

  /**
   * Reads a document.
   *
   * @param file the document as named in messages ({@code catalog/sources/nuki/error-codes.txt})
   * @param text the document's text
   * @return every row of the document's code tables
   * @throws SourceFormatException when a table cannot be read; then nothing is returned
   */
  SourceDocument read(String file, String text) throws SourceFormatException;
}
