package dev.latchkey.codegen;

/**
 * The remedy an importer writes for a code it adds, so that nothing ships without a real remedy: the validator
 * reports every remedy that still starts with {@link #MARKER}, with its {@code file:line:column}, until a
 * maintainer replaces it.
 */
public final class RemedyPlaceholder {

  /** How every placeholder remedy starts. */
  public static final String MARKER = "REMEDY NEEDED:";

  private RemedyPlaceholder() {}

  /**
   * The placeholder for one added code.
   *
   * @param code the code the importer added
   * @return a remedy text that starts with {@link #MARKER} and says what the maintainer has to do
   */
  public static String forCode(String code) {
    return MARKER + " the importer added " + code + "; write what an app should do about it (from the vendor's"
        + " description and guide), and check its category and retryable";
  }

  /**
   * Whether a remedy is still a placeholder.
   *
   * @param remedy a remedy text
   * @return true when it starts with {@link #MARKER}
   */
  public static boolean isPlaceholder(String remedy) {
    return remedy.startsWith(MARKER);
  }
}
