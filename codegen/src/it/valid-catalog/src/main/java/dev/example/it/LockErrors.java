package dev.example.it;

/** Hand-written code of the consumer that uses the generated enum. */
public final class LockErrors {

  private LockErrors() {}

  /** What an operator should do about a raw code from a webhook. */
  public static String advice(String raw) {
    LockErrorCode code = LockErrorCode.fromWire(raw);
    switch (code) {
      case ERROR_UNKNOWN:
      case BUSY:
        return code.firstRemedy().orElse("");
      case UNKNOWN_TO_SDK_VERSION:
        return "unknown code " + raw;
      default:
        return code.description();
    }
  }
}
