package dev.latchkey.core;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sanitised stand-in for an exception that caused a {@link LatchkeyException}.
 *
 * <p>Exceptions from the network stack quote what the server sent: an OkHttp {@code ProtocolException} can
 * carry an echoed {@code Authorization} header or a PIN. Attached as the cause, such text would be printed by
 * every logged stack trace. So a Latchkey exception never keeps a foreign cause: it keeps this copy, whose
 * message is {@code "<original class name>: <redacted original message>"}, with the original stack trace, and
 * with the original's own cause and suppressed exceptions sanitised the same way (a bounded number of levels
 * deep; a cycle in the chain is cut). Code that needs the kind of failure reads {@link #originalClassName()}.
 *
 * <p>Latchkey exceptions in a chain are kept as they are: their text is already redacted.
 */
public final class RedactedCause extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Causes deeper than this are dropped (real chains are two or three deep). */
  static final int MAX_DEPTH = 8;
  /** Suppressed exceptions kept per level. */
  private static final int MAX_SUPPRESSED = 8;
  /** The longest message kept, after redaction. */
  private static final int MAX_MESSAGE = 500;

  /** The fully qualified class name of the throwable this one stands in for. */
  private final String originalClassName;

  private RedactedCause(String originalClassName, String message, Throwable cause) {
    super(message, cause, true, true);
    this.originalClassName = originalClassName;
  }

  /**
   * The fully qualified class name of the exception this stands for, for example
   * {@code java.net.ProtocolException}.
   *
   * @return the original class name
   */
  public String originalClassName() {
    return originalClassName;
  }

  /**
   * A sanitised copy of a throwable and of its chain, or the throwable itself when it is a
   * {@link LatchkeyException}.
   *
   * @param cause the throwable; null gives null
   * @param redactor the rules to mask secret-looking text with
   * @param secrets exact secret values to remove
   * @return the sanitised throwable, or null
   */
  static Throwable sanitise(Throwable cause, Redactor redactor, Collection<Secret> secrets) {
    Objects.requireNonNull(redactor, "redactor");
    Objects.requireNonNull(secrets, "secrets");
    return sanitise(cause, redactor, secrets, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
  }

  private static Throwable sanitise(Throwable t, Redactor redactor, Collection<Secret> secrets,
      Set<Throwable> seen, int depth) {
    if (t == null || depth >= MAX_DEPTH || !seen.add(t)) {
      return null;
    }
    if (t instanceof LatchkeyException) {
      return t;
    }
    String className = t instanceof RedactedCause ? ((RedactedCause) t).originalClassName : t.getClass().getName();
    String original = t instanceof RedactedCause ? messageAfterClassName((RedactedCause) t) : messageOf(t);
    String message = original == null
        ? className
        : className + ": " + redactor.snippet(original, MAX_MESSAGE, secrets);
    RedactedCause copy = new RedactedCause(className, message,
        sanitise(t.getCause(), redactor, secrets, seen, depth + 1));
    copy.setStackTrace(t.getStackTrace());
    List<Throwable> suppressed = List.of(t.getSuppressed());
    for (Throwable s : suppressed.subList(0, Math.min(suppressed.size(), MAX_SUPPRESSED))) {
      Throwable clean = sanitise(s, redactor, secrets, seen, depth + 1);
      if (clean != null && clean != copy) {
        copy.addSuppressed(clean);
      }
    }
    return copy;
  }

  private static String messageAfterClassName(RedactedCause t) {
    String message = t.getMessage();
    String head = t.originalClassName + ": ";
    return message != null && message.startsWith(head) ? message.substring(head.length()) : null;
  }

  private static String messageOf(Throwable t) {
    try {
      return t.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      // A foreign getMessage() that fails must not stop the report of the failure it describes.
      return "(message unavailable)";
    }
  }
}
