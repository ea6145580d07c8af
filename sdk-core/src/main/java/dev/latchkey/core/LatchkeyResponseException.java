package dev.latchkey.core;

import java.util.Objects;

/**
 * The vendor's API answered with something the SDK cannot read: an empty body, HTML from a proxy, truncated
 * JSON, JSON of the wrong shape, a wrong content type, a body over the size limit, an unreadable body or a
 * redirect. Category
 * {@link ErrorCategory#UNEXPECTED_RESPONSE}. The message describes the problem and, for error responses only,
 * carries a short redacted excerpt; the body of a successful response is never quoted (it may hold PINs).
 */
public class LatchkeyResponseException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /** What was wrong with the response. */
  public enum Problem {
    /** The body was empty where content was expected. */
    EMPTY_BODY,
    /** The content type was not the one expected (HTML from a proxy, plain text...). */
    WRONG_CONTENT_TYPE,
    /** The body is not well-formed JSON (truncated or garbled). */
    MALFORMED_JSON,
    /** The body is JSON, but not of the expected shape. */
    WRONG_SHAPE,
    /** The body is larger than the configured limit. */
    TOO_LARGE,
    /**
     * The body could not be read: it is not valid gzip although it says so, its framing is invalid (a negative
     * {@code Content-Length}, say), or the connection dropped while reading it.
     */
    UNREADABLE,
    /**
     * The API answered with a redirect (3xx). Redirects are never followed: a request body (a PIN, say) must
     * not be re-sent, least of all to another host.
     */
    REDIRECT
  }

  /** What was wrong with the response (part of the serial form). */
  private final Problem problem;

  /**
   * Creates the exception.
   *
   * @param details what went wrong
   * @param problem what kind of problem the response had
   */
  public LatchkeyResponseException(Details details, Problem problem) {
    super(details);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** {@return what was wrong with the response} */
  public Problem problem() {
    return problem;
  }
}
