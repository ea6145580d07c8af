package dev.latchkey.core.http;

import dev.latchkey.core.VendorApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). The one
 * parser of the SDK: the transport uses it to wait, {@link ErrorResponse#toDetails()} to fill
 * {@link dev.latchkey.core.LatchkeyException#retryAfter()}.
 */
@VendorApi
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the header asks for.
   *
   * @param value the header value, possibly null
   * @param clock the clock to measure an HTTP-date against
   * @return the wait (zero for a date in the past), or empty when absent or unparseable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException | ArithmeticException tooLarge) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
