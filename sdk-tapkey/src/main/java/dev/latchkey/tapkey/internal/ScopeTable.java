package dev.latchkey.tapkey.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The scope each Management API endpoint this client calls needs, from Tapkey's operation pages (see
 * {@code reference/tapkey/endpoints.md}): owner accounts {@code read:owneraccounts}; bound locks, contacts and
 * bound cards {@code read:core:entities} / {@code write:core:entities}; grants {@code read:grants} /
 * {@code write:grants} (revoking included); log entries {@code read:logs}. GET reads, any other method writes.
 */
public final class ScopeTable {

  private ScopeTable() {}

  /**
   * The scope a call needs.
   *
   * @param method the HTTP method
   * @param path the path below the API base, such as {@code /Owners/o1/Grants/g1/Revoke}
   * @return the scope, empty for a path the table does not know
   */
  public static Optional<String> requiredScope(String method, String path) {
    if (method == null || path == null) {
      return Optional.empty();
    }
    String[] segments = path.replaceFirst("^/+", "").split("/");
    if (segments.length == 0 || !segments[0].equalsIgnoreCase("Owners")) {
      return Optional.empty();
    }
    String access = method.equalsIgnoreCase("GET") ? "read:" : "write:";
    if (segments.length <= 2) {
      return Optional.of(access + "owneraccounts");
    }
    if (segments[segments.length - 1].equalsIgnoreCase("RevokeGrants")) {
      return Optional.of("write:grants");
    }
    String family = null;
    // The last collection in the path decides: /Owners/o/BoundCards/c/Grants lists grants.
    for (int i = 2; i < segments.length; i += 2) {
      String collection = segments[i].toLowerCase(Locale.ROOT);
      family = switch (collection) {
        case "boundlocks", "contacts", "boundcards" -> "core:entities";
        case "grants" -> "grants";
        case "logentries" -> "logs";
        default -> family;
      };
    }
    return Optional.ofNullable(family).map(f -> access + f);
  }
}
