package dev.latchkey.codegen.text;

/** The Levenshtein distance, for suggesting the nearest known word to a misspelt one. */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The fewest single-character insertions, deletions and substitutions that turn one text into the other.
   * Case-sensitive; compares UTF-16 chars. Takes time proportional to the product of the lengths and memory
   * proportional to the second.
   *
   * @param a one text
   * @param b the other text
   * @return the distance, 0 when the texts are equal
   */
  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
