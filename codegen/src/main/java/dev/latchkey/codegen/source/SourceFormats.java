package dev.latchkey.codegen.source;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The importers by the name a source's provenance file gives as its {@code format}
 * ({@code catalog/sources/README.md}).
 */
public final class SourceFormats {

  private static final Map<String, SourceImporter> IMPORTERS = new TreeMap<>(Map.of(
      "seam-guide-markdown", new SeamGuideImporter(),
      "seam-event-types-json", new SeamEventTypesImporter(),
      "nuki-error-codes-text", new NukiErrorCodesImporter(),
      "tapkey-response-codes-text", new TapkeyResponseCodesImporter()));

  private SourceFormats() {}

  /**
   * The importer of a format.
   *
   * @param format the format's name, such as {@code seam-guide-markdown}
   * @return the importer; empty for an unknown name
   */
  public static Optional<SourceImporter> importer(String format) {
    return Optional.ofNullable(IMPORTERS.get(format));
  }

  /** {@return the known format names, sorted} */
  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(IMPORTERS.keySet());
  }
}
