package dev.latchkey.nuki.operation;

/**
 * What one {@link Reconciler#reconcile()} pass did.
 *
 * @param overdue the operations that were still pending after the grace period when the pass began
 * @param settled how many of them the pass completed from the webhook log
 * @param pagesRead the pages of the webhook log read (0 when nothing was overdue)
 */
public record Reconciliation(int overdue, int settled, int pagesRead) {

  /**
   * The overdue operations the pass could not settle: their results are not in the log yet (or no longer).
   *
   * @return {@code overdue - settled}
   */
  public int unsettled() {
    return overdue - settled;
  }
}
