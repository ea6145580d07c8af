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

  /** A Seam error envelope {@code {"error": {"type", "message"}, "ok": false}} with the given status. */
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

  /** 429 {@code rate_limited} with a {@code Retry-After} header in whole seconds. */
  public static SimulatedFailure rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return new SimulatedFailure(
        429, "rate_limited", "Rate limited", retryAfter, null, null, 1, null);
  }

  /** 503 {@code service_unavailable}. */
  public static SimulatedFailure serviceUnavailable() {
    return new SimulatedFailure(
        503, "service_unavailable", "Service unavailable", null, null, null, 1, null);
  }

  /** A response with a body the test chooses byte for byte (HTML from a proxy, truncated JSON, ...). */
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

  /** The same failure for the next {@code n} matching requests (default 1). */
  public SimulatedFailure times(int n) {
    return new SimulatedFailure(status, type, message, retryAfter, rawBody, contentType, n, path);
  }

  /** Only requests to this route (such as {@code "/access_codes/get"}) match; others pass through. */
  public SimulatedFailure onPath(String route) {
    return new SimulatedFailure(
        status, type, message, retryAfter, rawBody, contentType, times, Objects.requireNonNull(route));
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The Seam error type, or null for a raw body. */
  public String type() {
    return type;
  }

  /** The error message, or null for a raw body. */
  public String message() {
    return message;
  }

  /** The {@code Retry-After} delay, or null when none is sent. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The raw body, or null for a Seam error envelope. */
  public String rawBody() {
    return rawBody;
  }

  /** The content type of a raw body, or null. */
  public String contentType() {
    return contentType;
  }

  /** How many matching requests get this failure. */
  public int times() {
    return times;
  }

  /** The route this failure is limited to, or null for any route. */
  public String path() {
    return path;
  }

  @Override
  public String toString() {
    return "SimulatedFailure[" + status + " " + (type == null ? "raw body" : type) + " x" + times
        + (path == null ? "" : " on " + path) + "]";
  }
}
