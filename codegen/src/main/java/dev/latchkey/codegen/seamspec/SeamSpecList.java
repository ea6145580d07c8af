package dev.latchkey.codegen.seamspec;

import java.util.Arrays;
import java.util.Optional;

/** The error and warning lists of Seam's spec that Latchkey reads, and the catalog each one feeds, if any. */
public enum SeamSpecList {
  /** {@code access_code.errors}: access-code errors and the device and account errors attached to codes. */
  ACCESS_CODE_ERRORS("access_code", "errors", "dev.latchkey.seam.SeamAccessCodeErrorCode"),
  /** {@code access_code.warnings}. */
  ACCESS_CODE_WARNINGS("access_code", "warnings", "dev.latchkey.seam.SeamAccessCodeWarningCode"),
  /** {@code device.errors}; no catalog of its own: the ones that reach access codes are in access_code.errors. */
  DEVICE_ERRORS("device", "errors", null),
  /** {@code device.warnings}; no catalog yet. */
  DEVICE_WARNINGS("device", "warnings", null),
  /** {@code connected_account.errors}; no catalog of its own. */
  CONNECTED_ACCOUNT_ERRORS("connected_account", "errors", null),
  /** {@code connected_account.warnings}; no catalog yet. */
  CONNECTED_ACCOUNT_WARNINGS("connected_account", "warnings", null);

  private final String schema;
  private final String property;
  private final String catalogType;

  SeamSpecList(String schema, String property, String catalogType) {
    this.schema = schema;
    this.property = property;
    this.catalogType = catalogType;
  }

  /**
   * The OpenAPI schema that holds the list.
   *
   * @return {@code access_code}, {@code device} or {@code connected_account}
   */
  public String schema() {
    return schema;
  }

  /**
   * The property of the schema.
   *
   * @return {@code errors} or {@code warnings}
   */
  public String property() {
    return property;
  }

  /**
   * Whether the list holds errors (with {@code error_code}) rather than warnings.
   *
   * @return true for errors
   */
  public boolean errors() {
    return property.equals("errors");
  }

  /**
   * The list as written in reports.
   *
   * @return such as {@code access_code.errors}
   */
  public String key() {
    return schema + "." + property;
  }

  /**
   * The catalog fed from this list.
   *
   * @return the generated type of that catalog, or empty when no catalog reads the list
   */
  public Optional<String> catalogType() {
    return Optional.ofNullable(catalogType);
  }

  /**
   * The list a catalog is imported from.
   *
   * @param catalogType a catalog's {@code type}
   * @return the list, or empty for a catalog that no list feeds
   */
  public static Optional<SeamSpecList> forCatalogType(String catalogType) {
    return Arrays.stream(values()).filter(l -> catalogType.equals(l.catalogType)).findFirst();
  }
}
