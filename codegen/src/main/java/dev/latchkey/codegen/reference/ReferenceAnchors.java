package dev.latchkey.codegen.reference;

import java.util.regex.Pattern;

/**
 * Where a code's reference lives: the page of its catalog and the anchor of the code on it. Exception messages'
 * docs links and the CLI point at the same place: {@code docs/reference/<page>#<anchor>}.
 */
public final class ReferenceAnchors {

  /** The anchor of the generated constant for codes a catalog does not list. */
  public static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

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
}
