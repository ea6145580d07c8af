package dev.latchkey.testkit;

import dev.latchkey.core.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour a {@link SimulatorServer} shows on the next matching request(s) instead of (or before) the
 * route's normal answer: an HTTP reply of the test's choosing, a dropped connection, or a delay.
 *
 * <p>Immutable and thread-safe; the modifiers return copies. Examples:
 * {@code InjectedFailure.reply(SimulatorReply.text(503, "busy")).times(2)},
 * {@code InjectedFailure.dropConnection().onPath("/oauth/token")},
 * {@code InjectedFailure.delay(Duration.ofSeconds(3))} (then the route answers as usual).
 */
public final class InjectedFailure {

  private final SimulatorReply reply;
  private final boolean drop;
  private final int truncateAt;
  private final Duration delay;
  private final int times;
  private final String path;

  private InjectedFailure(
      SimulatorReply reply, boolean drop, int truncateAt, Duration delay, int times, String path) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    this.reply = reply;
    this.drop = drop;
    this.truncateAt = truncateAt;
    this.delay = delay;
    this.times = times;
    this.path = path;
  }

  /**
   * Answers with this reply instead of the route's (and instead of any check the simulator runs first).
   *
   * @param reply the reply to send
   * @return the failure, for one request on any path
   */
  public static InjectedFailure reply(SimulatorReply reply) {
    return new InjectedFailure(Objects.requireNonNull(reply, "reply"), false, -1, Duration.ZERO, 1, null);
  }

  /**
   * Closes the connection after reading the request, without any response: the client sees the connection
   * end (an {@code IOException} such as "unexpected end of stream").
   *
   * @return the failure, for one request on any path
   */
  public static InjectedFailure dropConnection() {
    return new InjectedFailure(null, true, -1, Duration.ZERO, 1, null);
  }

  /**
   * Waits, then lets the request through to its route: a slow server, for client timeouts.
   *
   * @param delay how long to wait before answering, not negative
   * @return the failure, for one request on any path
   * @throws IllegalArgumentException when the delay is negative
   */
  public static InjectedFailure delay(Duration delay) {
    return new InjectedFailure(null, false, -1, Durations.requireNonNegative(delay, "delay"), 1, null);
  }

  /**
   * The same misbehaviour for the next {@code n} matching requests.
   *
   * @param n how many requests, at least 1 (default 1)
   * @return the new failure
   */
  public InjectedFailure times(int n) {
    return new InjectedFailure(reply, drop, truncateAt, delay, n, path);
  }

  /**
   * Only requests to this path match; others pass by and do not use up the count.
   *
   * @param path an exact path or a route pattern with {@code {name}} segments, such as {@code /smartlock/{id}}
   * @return the new failure
   */
  public InjectedFailure onPath(String path) {
    PathPattern.compile(path);
    return new InjectedFailure(reply, drop, truncateAt, delay, times, path);
  }

  /**
   * Waits this long before sending the reply or dropping the connection.
   *
   * @param wait how long to wait, not negative
   * @return the new failure
   * @throws IllegalArgumentException when the wait is negative
   */
  public InjectedFailure after(Duration wait) {
    return new InjectedFailure(reply, drop, truncateAt, Durations.requireNonNegative(wait, "wait"), times, path);
  }

  /**
   * Announces the reply's full length but closes the connection after its first {@code bytes} bytes: a body
   * cut off mid-way, which the client sees as an early end of stream.
   *
   * @param bytes how many body bytes are sent, less than the body's length
   * @return the new failure
   * @throws IllegalStateException when this failure sends no reply
   * @throws IllegalArgumentException when {@code bytes} is negative or not shorter than the body
   */
  public InjectedFailure truncatedAfter(int bytes) {
    if (reply == null) {
      throw new IllegalStateException("only a reply can be truncated");
    }
    if (bytes < 0 || bytes >= reply.bodyLength()) {
      throw new IllegalArgumentException("truncate within the body's " + reply.bodyLength() + " bytes: " + bytes);
    }
    return new InjectedFailure(reply, drop, bytes, delay, times, path);
  }

  /** {@return the reply sent instead of the route's, or null for a dropped connection or a plain delay} */
  public SimulatorReply replyOrNull() {
    return reply;
  }

  /** {@return whether the connection is dropped} */
  public boolean dropsConnection() {
    return drop;
  }

  /** {@return how long the server waits before it answers, drops or passes the request on (zero for no wait)} */
  public Duration delay() {
    return delay;
  }

  /** {@return how many matching requests get this misbehaviour} */
  public int times() {
    return times;
  }

  /** {@return the path (or route pattern) this failure is limited to, or null for every path} */
  public String path() {
    return path;
  }

  /** {@return how many body bytes are sent before the connection is closed, or -1 for the whole body} */
  public int truncatedAt() {
    return truncateAt;
  }

  /**
   * Describes the failure without the reply body.
   *
   * @return text such as {@code InjectedFailure[drop connection x2 on /oauth/token]}
   */
  @Override
  public String toString() {
    String what = drop ? "drop connection" : reply != null ? reply.toString() : "delay";
    if (truncateAt >= 0) {
      what += " cut after " + truncateAt + " bytes";
    }
    return "InjectedFailure[" + what + (delay.isZero() ? "" : " after " + delay) + " x" + times
        + (path == null ? "" : " on " + path) + "]";
  }
}
