package dev.latchkey.core.testing;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.Remedy;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one hand-made code family of core's tests, standing in for a generated enum: the fictional vendor "acme",
 * with a number per code as a byte-coded catalog (Nuki's) gives one.
 */
public enum TestCode implements ErrorCode {
  /** A transient fault the "catalog" marks retryable. */
  DEVICE_OFFLINE("device_offline", 0x01, "The device is offline.", List.of(Remedy.vendor("Check the hub.")),
      ErrorCategory.DEVICE_UNREACHABLE, true),
  /** A permanent fault with only Latchkey's advice. */
  BAD_NAME("bad_name", 0x0a, "The name is invalid.", List.of(Remedy.latchkey("Use a shorter name.")),
      ErrorCategory.INVALID_REQUEST, false),
  /** A code whose catalog remedy quotes a header, as Seam's {@code unauthorized} does. */
  UNAUTHORIZED("unauthorized", 0xff, "The API key is wrong.",
      List.of(Remedy.latchkey("Check the API key sent in Authorization: Bearer; create a new key.")),
      ErrorCategory.AUTHENTICATION, false),
  /** The stand-in for unknown codes. */
  UNKNOWN_TO_SDK_VERSION("", -1, "Unknown code.", List.of(), ErrorCategory.UNKNOWN, false);

  private final String wire;
  private final int number;
  private final String description;
  private final List<Remedy> remedies;
  private final ErrorCategory category;
  private final boolean retryable;

  TestCode(String wire, int number, String description, List<Remedy> remedies, ErrorCategory category,
      boolean retryable) {
    this.wire = wire;
    this.number = number;
    this.description = description;
    this.remedies = remedies;
    this.category = category;
    this.retryable = retryable;
  }

  /** {@return the code's number, as a byte-coded catalog gives one; -1 for the unknown code} */
  public int number() {
    return number;
  }

  /** Looks a wire value up; unknown input gives {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static TestCode fromWire(String raw) {
    for (TestCode code : values()) {
      if (code.isKnown() && code.wire.equals(raw)) {
        return code;
      }
    }
    return UNKNOWN_TO_SDK_VERSION;
  }

  @Override
  public String vendor() {
    return "acme";
  }

  @Override
  public String wireValue() {
    return wire;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Remedy> remedies() {
    return remedies;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }

  @Override
  public boolean retryable() {
    return retryable;
  }

  @Override
  public Optional<URI> docs() {
    return isKnown() ? Optional.of(URI.create("https://example.test/errors#" + wire)) : Optional.empty();
  }

  @Override
  public Optional<URI> reference() {
    return Optional.of(URI.create("https://example.test/reference/acme.md#" + (isKnown() ? wire : name())));
  }

  @Override
  public boolean deprecated() {
    return false;
  }

  @Override
  public Optional<? extends ErrorCode> replacedBy() {
    return Optional.empty();
  }

  @Override
  public boolean isKnown() {
    return this != UNKNOWN_TO_SDK_VERSION;
  }
}
