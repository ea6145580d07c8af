package dev.latchkey.nuki.operation;

/**
 * The facts of the example webhook in the seed (docs.nuki.io, "Error Codes"): an {@code AuthCreation} that
 * failed, with one detail entry for smartlock 123456789, {@code errorCode "ff"}. Built by hand, not parsed.
 */
final class SeedExample {

  static final String REQUEST_ID = "68b142..........a584f103";
  static final String DETAIL_ID = "68b142..........a584f104";
  static final long SMARTLOCK_ID = 123456789L;

  private SeedExample() {}

  static OperationResult result() {
    return OperationResult.builder(REQUEST_ID, "AuthCreation")
        .success(false)
        .smartlock(SmartlockResult.failure(SMARTLOCK_ID, "ff").withEntityId(DETAIL_ID))
        .build();
  }
}
