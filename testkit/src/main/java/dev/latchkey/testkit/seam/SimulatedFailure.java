package dev.latchkey.testkit.seam;

import java.time.Duration;
import java.util.Objects;

/**
 * An HTTP failure that the {@link SeamSimulator} answers instead of the normal response, for the next
 * request(s) (optionally only those to one route).
 *
 * <p>Immutable and thread-safe. Examples: {@code SimulatedFailure.error(409, "duplicate_access_code", "...")},
 * {@code SimulatedFailure.rateLimited(Duration.ofSeconds(2))}, {@code SimulatedFailure.serviceUnavailable().times(2)}.
 */
public final class SimulatedFailure {

  private final int status;
  private final String type;
  private final String message;
  private final Duration retryAfter;
  private final String rawBody;
  private final String contentType;
  private final int times;
  private final String path;

  private SimulatedFailure(
      int status,
      String type,
      String message,
      Duration retryAfter,
      String rawBody,
      String contentType,
      int times,
      String path) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    this.status = status;
    this.type = type;
    this.message = message;
    this.retryAfter = retryAfter;
    this.rawBody = rawBody;
    this.contentType = contentType;
    this.times = times;
    this.path = path;
  }

  /**
   * A Seam error envelope {@code {"error": {"type", "message"}, "ok": false}} with the given status.
   *
   * @param status the HTTP status
   * @param type the Seam error type, such as {@code device_not_found}
   * @param message the error message
   * @return the failure, for one request on any route
   */
  public static SimulatedFailure error(int status, String type, String message) {
    return new SimulatedFailure(
        status,
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(message, "message"),
        null,
        null,
        null,
        1,
        null);
  }

  /**
   * 429 {@code rate_limited} with a {@code Retry-After} header in whole seconds.
   *
   * @param retryAfter the delay, sent in whole seconds
   * @return the failure, for one request on any route
   */
  public static SimulatedFailure rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return new SimulatedFailure(
        429, "rate_limited", "Rate limited", retryAfter, null, null, 1, null);
  }

  /**
   * 503 {@code service_unavailable}.
   *
   * @return the failure, for one request on any route
   */
  public static SimulatedFailure serviceUnavailable() {
    return new SimulatedFailure(
        503, "service_unavailable", "Service unavailable", null, null, null, 1, null);
  }

  /**
   * A response with a body the test chooses byte for byte (HTML from a proxy, truncated JSON, ...).
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} header value
   * @param body the body text
   * @return the failure, for one request on any route
   */
  public static SimulatedFailure rawBody(int status, String contentType, String body) {
    return new SimulatedFailure(
        status,
        null,
        null,
        null,
        Objects.requireNonNull(body, "body"),
        Objects.requireNonNull(contentType, "contentType"),
        1,
        null);
  }

  /**
   * The same failure for the next {@code n} matching requests (default 1).
   *
   * @param n how many requests, at least 1
   * @return the new failure
   */
  public SimulatedFailure times(int n) {
    return new SimulatedFailure(status, type, message, retryAfter, rawBody, contentType, n, path);
  }

  /**
   * Only requests to this route (such as {@code "/access_codes/get"}) match; others pass through.
   *
   * @param route the route
   * @return the new failure
   */
  public SimulatedFailure onPath(String route) {
    return new SimulatedFailure(
        status, type, message, retryAfter, rawBody, contentType, times, Objects.requireNonNull(route));
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the Seam error type, or null for a raw body} */
  public String type() {
    return type;
  }

  /** {@return the error message, or null for a raw body} */
  public String message() {
    return message;
  }

  /** {@return the {@code Retry-After} delay, or null when none is sent} */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@return the raw body, or null for a Seam error envelope} */
  public String rawBody() {
    return rawBody;
  }

  /** {@return the content type of a raw body, or null} */
  public String contentType() {
    return contentType;
  }

  /** {@return how many matching requests get this failure} */
  public int times() {
    return times;
  }

  /** {@return the route this failure is limited to, or null for any route} */
  public String path() {
    return path;
  }

  /**
   * Describes the failure.
   *
   * @return text such as {@code SimulatedFailure[429 rate_limited x1]}
   */
  @Override
  public String toString() {
    return "SimulatedFailure[" + status + " " + (type == null ? "raw body" : type) + " x" + times
        + (path == null ? "" : " on " + path) + "]";
  }
}
