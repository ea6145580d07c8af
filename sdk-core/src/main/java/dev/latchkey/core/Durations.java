package dev.latchkey.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks of a {@link Duration} given to a builder (a timeout, a deadline, a backoff, a grace period), with
 * one wording for every module: {@code "<name> must be positive, was PT0S"}. Vendor modules and simulators use
 * them instead of writing the two comparisons again.
 */
@VendorApi
public final class Durations {

  private Durations() {}

  /**
   * Checks that a duration is above zero.
   *
   * @param value the duration
   * @param name the setting's name, for the messages
   * @return the value
   * @throws NullPointerException when the value is null
   * @throws IllegalArgumentException when the value is zero or negative
   */
  public static Duration requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * Checks that a duration is zero or above.
   *
   * @param value the duration
   * @param name the setting's name, for the messages
   * @return the value
   * @throws NullPointerException when the value is null
   * @throws IllegalArgumentException when the value is negative
   */
  public static Duration requireNonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }
}
