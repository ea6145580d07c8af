package dev.latchkey.testkit.seam;

import dev.latchkey.core.Durations;
import dev.latchkey.testkit.InjectedFailure;
import dev.latchkey.testkit.SimulatorReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP failures Seam answers with, as {@link InjectedFailure}s for {@link SeamSimulator#failNext}: the
 * simulator sends one instead of the normal response to the next request, or with the failure's
 * {@link InjectedFailure#times times} and {@link InjectedFailure#onPath onPath}, to the next matching ones.
 *
 * <p>Examples: {@code SimulatedFailure.error(409, "duplicate_access_code", "...")},
 * {@code SimulatedFailure.rateLimited(Duration.ofSeconds(2))}, {@code SimulatedFailure.serviceUnavailable().times(2)}.
 */
public final class SimulatedFailure {

  private SimulatedFailure() {
  }

  /**
   * A Seam error envelope {@code {"error": {"type", "message"}, "ok": false}} with the given status.
   *
   * @param status the HTTP status
   * @param type the Seam error type, such as {@code device_not_found}
   * @param message the error message
   * @return the failure, for one request on any route
   * @throws IllegalArgumentException when the status is not 100 to 599
   */
  public static InjectedFailure error(int status, String type, String message) {
    return InjectedFailure.reply(SeamSimulator.error(status, type, message));
  }

  /**
   * 429 {@code rate_limited} with a {@code Retry-After} header in whole seconds.
   *
   * @param retryAfter the delay, not negative, sent in whole seconds
   * @return the failure, for one request on any route
   * @throws IllegalArgumentException when the delay is negative
   */
  public static InjectedFailure rateLimited(Duration retryAfter) {
    Durations.requireNonNegative(retryAfter, "retryAfter");
    return InjectedFailure.reply(SeamSimulator.error(429, "rate_limited", "Rate limited")
        .withHeader("Retry-After", Long.toString(retryAfter.toSeconds())));
  }

  /**
   * 503 {@code service_unavailable}.
   *
   * @return the failure, for one request on any route
   */
  public static InjectedFailure serviceUnavailable() {
    return error(503, "service_unavailable", "Service unavailable");
  }

  /**
   * A response with a body the test chooses byte for byte (HTML from a proxy, truncated JSON, ...).
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} header value
   * @param body the body text, sent as UTF-8
   * @return the failure, for one request on any route
   * @throws IllegalArgumentException when the status is not 100 to 599
   */
  public static InjectedFailure rawBody(int status, String contentType, String body) {
    return InjectedFailure.reply(SimulatorReply.bytes(status, Objects.requireNonNull(contentType, "contentType"),
        Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8)));
  }
}
