package dev.latchkey.nuki.operation;

/** What {@link OperationDispatcher#dispatch(OperationResult)} did with a result. */
public enum DispatchOutcome {
  /** The result completed the pending operation of its request id. */
  COMPLETED,
  /**
   * The result's request id was seen recently (Nuki retries deliveries): nothing was completed a second time.
   */
  DUPLICATE,
  /**
   * No operation of this instance is pending for the request id: another instance's, late (timed out), or
   * forged. Nothing was completed; the result is kept for a short while in case its operation is registered
   * just after (a webhook that overtakes the advanced call's response).
   */
  UNMATCHED
}
