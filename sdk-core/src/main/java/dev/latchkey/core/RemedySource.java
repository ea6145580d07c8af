package dev.latchkey.core;

/** Where the text of a {@link Remedy} comes from. */
public enum RemedySource {
  /** The vendor's own words, transcribed from its documentation. */
  VENDOR,
  /** Latchkey's advice, for codes the vendor documents no remedy for. Shown labelled as such. */
  LATCHKEY
}
