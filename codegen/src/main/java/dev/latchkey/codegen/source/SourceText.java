package dev.latchkey.codegen.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms in which catalogs quote a document's words. */
public final class SourceText {

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private SourceText() {}

  /**
   * The words as a catalog quotes them: Markdown links become their text, runs of whitespace one space.
   *
   * @param text the document's words; null reads as empty
   * @return the plain words, stripped
   */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    return WHITESPACE.matcher(MARKDOWN_LINK.matcher(text).replaceAll("$1")).replaceAll(" ").strip();
  }

  /**
   * The target of the first Markdown link in the words.
   *
   * @param text the document's words
   * @return the URL; empty when there is no link
   */
  public static Optional<String> firstLinkUrl(String text) {
    Matcher link = MARKDOWN_LINK.matcher(text);
    return link.find() ? Optional.of(link.group(2)) : Optional.empty();
  }
}
