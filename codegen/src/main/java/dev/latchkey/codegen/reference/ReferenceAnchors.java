package dev.latchkey.codegen.reference;

import java.util.regex.Pattern;

/**
 * Where a code's reference lives: the page of its catalog and the anchor of the code on it. The one place that
 * names them: the page generator writes them, and the enum generator builds each code's {@code reference()} link
 * from them, which exceptions and the CLI show: {@code <base>/<page>#<anchor>}.
 */
public final class ReferenceAnchors {

  /** The anchor of the generated constant for codes a catalog does not list. */
  public static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

  /**
   * The published reference that generated enums link to unless configured otherwise: the project's
   * {@code docs/reference/} folder on GitHub.
   */
  public static final String DEFAULT_BASE = "https://github.com/latchkey/latchkey/blob/main/docs/reference/";

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private ReferenceAnchors() {}

  /**
   * The anchor of a code: its canonical wire value, with any character other than letters, digits, {@code .},
   * {@code _} and {@code -} replaced by {@code -} ({@code failed_to_set_on_device}, {@code ff}, {@code 404},
   * {@code access_code.created}). Stable as long as the wire value is.
   *
   * @param wireValue the code's canonical wire value
   * @return the anchor, without {@code #}
   */
  public static String anchor(String wireValue) {
    return UNSAFE.matcher(wireValue).replaceAll("-");
  }

  /**
   * The page of a catalog: the vendor and the catalog's file name ({@code seam/access-code-errors.yaml} of vendor
   * {@code seam} gives {@code seam-access-code-errors.md}).
   *
   * @param vendor the catalog's vendor id
   * @param catalogFile the catalog's location
   * @return the page's file name
   */
  public static String page(String vendor, String catalogFile) {
    String name = catalogFile.substring(catalogFile.lastIndexOf('/') + 1);
    if (name.endsWith(".yaml")) {
      name = name.substring(0, name.length() - ".yaml".length());
    }
    return anchor(vendor + "-" + name) + ".md";
  }

  /**
   * The link to a code's entry: the base, the catalog's {@link #page page} and the code's {@link #anchor anchor}.
   *
   * @param base where the pages are published, ending with {@code /}
   * @param vendor the catalog's vendor id
   * @param catalogFile the catalog's location
   * @param wireValue the code's canonical wire value; empty for {@link #UNKNOWN}, which links to the page's
   *     section on codes the catalog does not list
   * @return the link, such as {@code <base>nuki-error-codes.md#ff}
   */
  public static String link(String base, String vendor, String catalogFile, String wireValue) {
    return pageLink(base, vendor, catalogFile) + (wireValue.isEmpty() ? UNKNOWN : anchor(wireValue));
  }

  /**
   * The link to a catalog's page, up to and including the {@code #} that the code's anchor follows.
   *
   * @param base where the pages are published, ending with {@code /}
   * @param vendor the catalog's vendor id
   * @param catalogFile the catalog's location
   * @return the link, such as {@code <base>nuki-error-codes.md#}
   */
  public static String pageLink(String base, String vendor, String catalogFile) {
    return base + page(vendor, catalogFile) + "#";
  }
}
