package dev.latchkey.core;

import java.util.Objects;

/**
 * One thing to do about an error, with its provenance.
 *
 * @param text the remedy, in the words of its source
 * @param source whether the vendor or Latchkey gives this advice
 */
public record Remedy(String text, RemedySource source) {

  /**
   * Checks that both parts are present.
   *
   * @param text the remedy, in the words of its source
   * @param source whether the vendor or Latchkey gives this advice
   * @throws NullPointerException when either is null
   */
  public Remedy {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /**
   * A remedy in the vendor's own words.
   *
   * @param text the vendor's text
   * @return a remedy whose source is {@link RemedySource#VENDOR}
   */
  public static Remedy vendor(String text) {
    return new Remedy(text, RemedySource.VENDOR);
  }

  /**
   * A remedy that is Latchkey's advice, not the vendor's.
   *
   * @param text Latchkey's advice
   * @return a remedy whose source is {@link RemedySource#LATCHKEY}
   */
  public static Remedy latchkey(String text) {
    return new Remedy(text, RemedySource.LATCHKEY);
  }

  /**
   * The text, prefixed with "Latchkey advice: " when the vendor did not give it.
   *
   * @return the text to show an operator, with its provenance
   */
  public String labelled() {
    return source == RemedySource.VENDOR ? text : "Latchkey advice: " + text;
  }
}
