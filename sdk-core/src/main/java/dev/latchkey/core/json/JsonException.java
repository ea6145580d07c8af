package dev.latchkey.core.json;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;

/**
 * JSON that {@link Json} cannot read (malformed, truncated, over a limit) or a value it cannot write. Carries
 * the reason and, for reading, the line and column; the message never quotes the input, which may hold
 * secrets. Category {@link ErrorCategory#UNEXPECTED_RESPONSE} for reading, {@link ErrorCategory#INVALID_REQUEST}
 * for writing; vendor id {@code latchkey}. The transport turns reading errors into a
 * {@link dev.latchkey.core.LatchkeyResponseException} with the request's context.
 */
public final class JsonException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /** Why the JSON could not be read or written. */
  public enum Reason {
    /** The input is empty or only whitespace. */
    EMPTY,
    /** The input is not JSON (a bad token, a missing comma, an unquoted name...). */
    MALFORMED,
    /** The input ends inside a value. */
    TRUNCATED,
    /** More content follows the first JSON value. */
    TRAILING_CONTENT,
    /** Arrays and objects are nested deeper than {@link Json#MAX_DEPTH}. */
    TOO_DEEP,
    /** A string, name or number is longer than the reader's limits. */
    TOO_LONG,
    /** An object has the same property name twice. */
    DUPLICATE_KEY,
    /** A Java value has no JSON form (an unsupported type, a non-finite number, a cycle). */
    NOT_WRITABLE
  }

  /** Why reading or writing failed. */
  private final Reason reason;
  /** The line of the failure, 0 when unknown. */
  private final int line;
  /** The column of the failure, 0 when unknown. */
  private final int column;

  JsonException(Reason reason, String message, int line, int column) {
    super(Details.builder()
        .vendor("latchkey")
        .message(line > 0 ? message + " at line " + line + ", column " + column : message)
        .category(reason == Reason.NOT_WRITABLE ? ErrorCategory.INVALID_REQUEST : ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build());
    this.reason = reason;
    this.line = line;
    this.column = column;
  }

  /**
   * Why the JSON could not be read or written.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The line (from 1) where reading failed.
   *
   * @return the line, or 0 when unknown or for writing
   */
  public int line() {
    return line;
  }

  /**
   * The column (from 1) where reading failed; for byte input, counted in bytes.
   *
   * @return the column, or 0 when unknown or for writing
   */
  public int column() {
    return column;
  }

  /**
   * Where reading failed, for messages.
   *
   * @return {@code "line L, column C"}, or {@code "an unknown position"}
   */
  public String position() {
    return line > 0 ? "line " + line + ", column " + column : "an unknown position";
  }
}
