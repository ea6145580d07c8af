package dev.latchkey.cli;

import dev.latchkey.core.ErrorCode;

/**
 * Where the generated error reference ({@code docs/reference/}) documents a code. The one place that names
 * reference pages and anchors, so that it can follow the reference generator's naming.
 *
 * <ul>
 *   <li>Page: the catalog's generated enum name in kebab case, {@code NukiErrorCode} to
 *       {@code docs/reference/nuki-error-code.md}, {@code SeamHttpErrorType} to
 *       {@code docs/reference/seam-http-error-type.md}: one page per catalog.</li>
 *   <li>Anchor: the code's wire value in lower case, every character other than a letter, digit, {@code _} or
 *       {@code -} made a {@code -}: {@code ff}, {@code failed_to_set_on_device}, {@code duplicate},
 *       {@code 401}. That is the anchor GitHub gives a heading that is the wire value alone.</li>
 * </ul>
 */
final class ReferenceLinks {

  /** The folder of the reference pages, relative to the repository root. */
  static final String FOLDER = "docs/reference/";

  private ReferenceLinks() {}

  /** The page of a catalog, such as {@code docs/reference/nuki-error-code.md}. */
  static String page(String enumSimpleName) {
    StringBuilder page = new StringBuilder(FOLDER);
    for (int i = 0; i < enumSimpleName.length(); i++) {
      char c = enumSimpleName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          page.append('-');
        }
        page.append(Character.toLowerCase(c));
      } else {
        page.append(c);
      }
    }
    return page.append(".md").toString();
  }

  /** The anchor of a code on its page, without the {@code #}. */
  static String anchor(String wireValue) {
    StringBuilder anchor = new StringBuilder(wireValue.length());
    for (int i = 0; i < wireValue.length(); i++) {
      char c = Character.toLowerCase(wireValue.charAt(i));
      boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
      anchor.append(kept ? c : '-');
    }
    return anchor.toString();
  }

  /** The link to a code: {@code docs/reference/<page>.md#<anchor>}. */
  static String of(Catalog catalog, ErrorCode code) {
    return page(catalog.typeName()) + "#" + anchor(code.wireValue());
  }
}
