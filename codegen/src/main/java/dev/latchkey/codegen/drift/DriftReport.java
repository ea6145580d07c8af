package dev.latchkey.codegen.drift;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What changed between two inputs, per list, with what each change means for apps.
 *
 * @param from the older input
 * @param to the newer input
 * @param evidence further inputs read only for evidence of renames (catalogs' {@code replaced_by})
 * @param lists the compared lists, each with its changes (also the lists without changes)
 * @param notCompared the lists only one input has
 */
public record DriftReport(
    Snapshot from, Snapshot to, List<String> evidence, List<ListDrift> lists, List<String> notCompared) {

  /**
   * Copies the lists.
   *
   * @param from the older input
   * @param to the newer input
   * @param evidence the evidence inputs
   * @param lists the compared lists
   * @param notCompared the lists only one side has
   */
  public DriftReport {
    evidence = List.copyOf(evidence);
    lists = List.copyOf(lists);
    notCompared = List.copyOf(notCompared);
  }

  /**
   * Whether anything changed.
   *
   * @return true when some list has a change
   */
  public boolean hasDrift() {
    return lists.stream().anyMatch(list -> !list.changes().isEmpty());
  }

  /**
   * The version bump the changes imply for Latchkey, when the catalogs are updated the Latchkey way (codes the
   * vendor dropped are kept, deprecated).
   *
   * @return the largest bump of any change
   */
  public Bump bump() {
    return lists.stream().map(ListDrift::bump).max(Comparator.naturalOrder()).orElse(Bump.NONE);
  }

  /** A semantic-versioning bump, smallest first. */
  public enum Bump {
    /** Nothing an app can see. */
    NONE,
    /** Text only: descriptions and javadoc. */
    PATCH,
    /** New or deprecated constants, changed metadata: compatible. */
    MINOR,
    /** Source-incompatible: a constant deleted. */
    MAJOR;

    /**
     * The bump as written in reports.
     *
     * @return {@code none}, {@code patch}, {@code minor} or {@code major}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What happened to a code. */
  public enum Kind {
    /** New in the newer input. */
    ADDED,
    /** Gone, with no successor shown. */
    REMOVED,
    /** Gone, with a successor shown by the evidence. */
    RENAMED,
    /** Newly marked deprecated. */
    DEPRECATED,
    /** Its origin changed: from the access code to the device or account, or to another list. */
    RELEVELED,
    /** Its description changed. */
    REWORDED;

    /**
     * The kind as written in reports.
     *
     * @return such as {@code re-leveled}
     */
    public String label() {
      return switch (this) {
        case RELEVELED -> "re-leveled";
        case REWORDED -> "re-worded";
        default -> name().toLowerCase(Locale.ROOT);
      };
    }
  }

  /**
   * One change.
   *
   * @param kind what happened
   * @param code the wire code
   * @param constant the generated constant, such as {@code SeamAccessCodeErrorCode.FAILED_TO_ISSUE}, when a catalog
   *     reads the list
   * @param detail the facts: old and new values, the successor and its evidence
   * @param impact what it means for apps and what to do
   * @param bump the version bump it implies
   */
  public record Change(Kind kind, String code, Optional<String> constant, String detail, String impact, Bump bump) {}

  /**
   * The changes of one list.
   *
   * @param list the list key, such as {@code access_code.errors}
   * @param catalogType the generated type of the catalog fed from it, if any
   * @param changes its changes, by kind, then in the inputs' order
   */
  public record ListDrift(String list, Optional<String> catalogType, List<Change> changes) {

    /**
     * Copies the changes.
     *
     * @param list the list
     * @param catalogType the catalog type
     * @param changes the changes
     */
    public ListDrift {
      changes = List.copyOf(changes);
    }

    /**
     * The largest bump of the list's changes.
     *
     * @return the bump
     */
    public Bump bump() {
      return changes.stream().map(Change::bump).max(Comparator.naturalOrder()).orElse(Bump.NONE);
    }
  }
}
