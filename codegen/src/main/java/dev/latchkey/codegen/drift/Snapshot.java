package dev.latchkey.codegen.drift;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input of the drift report: its code lists as one version of a spec or a catalog has them.
 *
 * @param file the input as named in the report (a path relative to the repository, for reproducible reports)
 * @param title what it is, such as {@code @seamapi/types 1.977.0}
 * @param version the vendor version it reflects
 * @param origin where it was retrieved from and when, if recorded
 * @param catalog whether it is a Latchkey catalog (its deprecated codes may be gone from the vendor already, and
 *     it may list more origins of an error than the spec)
 * @param lists the codes per list key ({@code access_code.errors}), in the input's order
 */
public record Snapshot(
    String file, String title, String version, Optional<String> origin, boolean catalog,
    Map<String, List<CodeFacts>> lists) {

  /**
   * Copies the lists, keeping their order.
   *
   * @param file the file
   * @param title the title
   * @param version the version
   * @param origin the origin
   * @param catalog whether a catalog
   * @param lists the lists
   */
  public Snapshot {
    Map<String, List<CodeFacts>> copy = new LinkedHashMap<>();
    lists.forEach((key, codes) -> copy.put(key, List.copyOf(codes)));
    lists = Collections.unmodifiableMap(copy);
  }
}
