package dev.latchkey.core;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The base of every exception Latchkey throws: a vendor API error, or a failure to reach or read the vendor's
 * API.
 *
 * <p>It carries the vendor, the typed code (or the raw wire value of a code this SDK version does not know),
 * the HTTP status, the vendor's request id, the remedies with their provenance, the cross-vendor category,
 * whether a retry may succeed, how many attempts were made, a link to the vendor's documentation and one to the
 * code's entry in Latchkey's error reference ({@link #reference()}). {@link #getMessage()} is one readable line;
 * {@link #toString()}, which heads a logged stack trace, adds the reference link. What the server controls (its message, the raw code, the request id, the cause) is
 * redacted when the {@link Details} are built; the catalog's own words (description, remedies) are shown as
 * written. The cause is never a foreign exception carrying raw text: it is a {@link RedactedCause} copy.
 *
 * <p>Immutable. Vendor modules subclass it with a one-line constructor taking {@link Details}:
 *
 * <pre>{@code
 * public class SeamException extends LatchkeyException {
 *   public SeamException(Details details) { super(details); }
 * }
 * }</pre>
 */
public class LatchkeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Exception messages are one line; a vendor message longer than this is cut. */
  private static final int MAX_MESSAGE_TEXT = 400;

  private final transient Details details;

  /**
   * Creates the exception from its details.
   *
   * @param details what went wrong; not null
   */
  public LatchkeyException(Details details) {
    super(describe(Objects.requireNonNull(details, "details")), details.cause);
    this.details = details;
  }

  /** {@return the details this exception was built from; use {@link Details#toBuilder()} to derive others} */
  public Details details() {
    return details;
  }

  /** {@return the vendor that reported the error, in lower case ({@code "seam"}, {@code "nuki"}...)} */
  public String vendor() {
    return details.vendor;
  }

  /** {@return the typed code, when the response carried one; its {@code isKnown()} is false for unknown codes} */
  public Optional<ErrorCode> code() {
    return Optional.ofNullable(details.code);
  }

  /** {@return the code as received on the wire (kept for codes this SDK version does not know); empty when none} */
  public String rawCode() {
    return details.rawCode;
  }

  /** {@return the HTTP status of the response, when there was one} */
  public OptionalInt httpStatus() {
    return details.httpStatus == null ? OptionalInt.empty() : OptionalInt.of(details.httpStatus);
  }

  /** {@return the vendor's id of the request, for support tickets, when the vendor sends one} */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId);
  }

  /** {@return what to do about the error, with provenance: the code's remedies unless the details override them} */
  public List<Remedy> remedies() {
    return details.remedies();
  }

  /** {@return the cross-vendor category of the error} */
  public ErrorCategory category() {
    return details.category();
  }

  /** {@return whether repeating the request later may succeed} */
  public boolean retryable() {
    return details.retryable();
  }

  /** {@return how many attempts were made before this exception was thrown (at least 1)} */
  public int attempts() {
    return details.attempts;
  }

  /**
   * How long the vendor asked the client to wait before trying again ({@code Retry-After}), when it said.
   *
   * @return the wait, never negative, or empty when the response did not ask for one
   */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }

  /**
   * Whether the vendor is throttling the client (HTTP 429 or a rate-limit code), whichever the vendor.
   * {@link #retryAfter()} says how long to wait when the vendor said.
   *
   * @return true for a rate limit
   */
  public boolean isRateLimited() {
    return details.category() == ErrorCategory.RATE_LIMITED
        || details.httpStatus != null && details.httpStatus == 429;
  }

  /** {@return a link to the vendor's documentation of the error, where there is one} */
  public Optional<URI> docs() {
    return details.docs();
  }

  /**
   * Where Latchkey's generated error reference documents the error's code: its description, every remedy with
   * its provenance, category and source. A code this SDK version does not know links to its catalog's section on
   * unknown codes.
   *
   * @return the link, or empty when the error has no code (a transport failure) or its code has no reference
   */
  public Optional<URI> reference() {
    return details.reference();
  }

  /**
   * The class name and the one-line message, followed by the code's reference link when there is one: the line
   * that heads a logged stack trace.
   *
   * @return one line, such as {@code ...SeamException: seam: duplicate_access_code (HTTP 409) - ... (reference:
   *     https://.../seam-http-errors.md#duplicate_access_code)}
   */
  @Override
  public String toString() {
    Optional<URI> reference = details == null ? Optional.empty() : details.reference();
    return reference.map(uri -> super.toString() + " (reference: " + uri + ")").orElseGet(super::toString);
  }

  private static String describe(Details d) {
    StringBuilder line = new StringBuilder(d.vendor).append(':');
    int headLength = line.length();
    if (d.code != null && d.code.isKnown()) {
      line.append(' ').append(d.code.wireValue());
    } else if (!d.rawCode.isEmpty()) {
      line.append(" unknown code '").append(d.rawCode).append('\'');
    }
    if (d.httpStatus != null) {
      boolean bare = line.length() == headLength;
      line.append(bare ? " HTTP " : " (HTTP ").append(d.httpStatus).append(bare ? "" : ")");
    }
    String text = d.message != null ? d.message : d.code != null && d.code.isKnown() ? d.code.description() : null;
    if (text != null && !text.isBlank()) {
      line.append(line.length() == headLength ? " " : " - ").append(text);
    }
    List<Remedy> remedies = d.remedies();
    if (!remedies.isEmpty()) {
      Remedy first = remedies.get(0);
      line.append(" - ")
          .append(first.source() == RemedySource.VENDOR ? "Remedy: " : "Latchkey advice: ")
          .append(first.text());
    }
    if (d.requestId != null || d.attempts > 1) {
      line.append(" [");
      if (d.requestId != null) {
        line.append("request id ").append(d.requestId);
      }
      if (d.attempts > 1) {
        line.append(d.requestId != null ? ", " : "").append(d.attempts).append(" attempts");
      }
      line.append(']');
    }
    // The server-controlled parts were redacted when the details were built; redacting the whole line again
    // would garble the catalog's words ("Authorization: Bearer ..." in a remedy).
    return Redactor.oneLine(line, 2 * MAX_MESSAGE_TEXT);
  }

  /**
   * The immutable facts of a Latchkey exception. Built with {@link #builder()}; anything not set explicitly
   * (remedies, category, retryable, docs) comes from the code. The server-controlled texts (message, raw code,
   * request id) are redacted and bounded on build, and the cause is replaced by a sanitised
   * {@link RedactedCause} copy, both with the builder's {@link Builder#redactor(Redactor) redactor} and
   * {@link Builder#secrets(Collection) known secrets}.
   */
  public static final class Details {
    private final String vendor;
    private final ErrorCode code;
    private final String rawCode;
    private final Integer httpStatus;
    private final String requestId;
    private final String message;
    private final List<Remedy> remedies;
    private final ErrorCategory category;
    private final Boolean retryable;
    private final int attempts;
    private final URI docs;
    private final Duration retryAfter;
    private final Throwable cause;
    private final Redactor redactor;
    private final List<Secret> secrets;

    private Details(Builder b) {
      if (b.vendor == null || b.vendor.isBlank()) {
        throw new IllegalArgumentException("vendor is required");
      }
      if (b.attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, was " + b.attempts);
      }
      this.vendor = b.vendor;
      this.code = b.code;
      String raw = b.rawCode != null ? b.rawCode : b.code != null ? b.code.wireValue() : "";
      this.redactor = b.redactor;
      this.secrets = List.copyOf(b.secrets);
      // Wire values come from outside: bound them and mask anything secret-looking or known to be secret.
      this.rawCode = redactor.snippet(raw, 100, secrets);
      this.httpStatus = b.httpStatus;
      this.requestId = b.requestId == null ? null : redactor.snippet(b.requestId, 100, secrets);
      this.message = b.message == null ? null : redactor.snippet(b.message, MAX_MESSAGE_TEXT, secrets);
      this.remedies = b.remedies == null ? null : List.copyOf(b.remedies);
      this.category = b.category;
      this.retryable = b.retryable;
      this.attempts = b.attempts;
      this.docs = b.docs;
      this.retryAfter = b.retryAfter;
      this.cause = RedactedCause.sanitise(b.cause, redactor, secrets);
    }

    /** {@return a builder with nothing set but one attempt} */
    public static Builder builder() {
      return new Builder();
    }

    /** {@return a builder preset with these details} */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.vendor = vendor;
      b.code = code;
      b.rawCode = rawCode;
      b.httpStatus = httpStatus;
      b.requestId = requestId;
      b.message = message;
      b.remedies = remedies;
      b.category = category;
      b.retryable = retryable;
      b.attempts = attempts;
      b.docs = docs;
      b.retryAfter = retryAfter;
      b.cause = cause;
      b.redactor = redactor;
      b.secrets.addAll(secrets);
      return b;
    }

    /**
     * These details with another attempt count.
     *
     * @param attempts the number of attempts made, at least 1
     * @return a copy
     */
    public Details withAttempts(int attempts) {
      return toBuilder().attempts(attempts).build();
    }

    /** {@return the vendor id} */
    public String vendor() {
      return vendor;
    }

    /** {@return the typed code, if any} */
    public Optional<ErrorCode> code() {
      return Optional.ofNullable(code);
    }

    /** {@return the raw wire code, empty when none} */
    public String rawCode() {
      return rawCode;
    }

    /** {@return the HTTP status, if any} */
    public OptionalInt httpStatus() {
      return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** {@return the vendor's request id, if any} */
    public Optional<String> requestId() {
      return Optional.ofNullable(requestId);
    }

    /** {@return the vendor's (redacted) message for this occurrence, if any} */
    public Optional<String> message() {
      return Optional.ofNullable(message);
    }

    /** {@return the remedies: the override if set, else the code's, else none} */
    public List<Remedy> remedies() {
      if (remedies != null) {
        return remedies;
      }
      return code != null ? List.copyOf(code.remedies()) : List.of();
    }

    /** {@return the category: the override if set, else the code's, else {@link ErrorCategory#UNKNOWN}} */
    public ErrorCategory category() {
      if (category != null) {
        return category;
      }
      return code != null ? code.category() : ErrorCategory.UNKNOWN;
    }

    /** {@return whether a retry may succeed: the override if set, else the code's verdict, else false} */
    public boolean retryable() {
      if (retryable != null) {
        return retryable;
      }
      return code != null && code.retryable();
    }

    /** {@return the number of attempts made} */
    public int attempts() {
      return attempts;
    }

    /** {@return the documentation link: the override if set, else the code's} */
    public Optional<URI> docs() {
      if (docs != null) {
        return Optional.of(docs);
      }
      return code != null ? code.docs() : Optional.empty();
    }

    /** {@return the link to the code's entry in Latchkey's error reference, from the code; empty without one} */
    public Optional<URI> reference() {
      return code != null ? code.reference() : Optional.empty();
    }

    /**
     * The wait the vendor asked for before a retry ({@code Retry-After}).
     *
     * @return the wait, or empty when the response asked for none
     */
    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }

    /** {@return the underlying cause, if any: a {@link LatchkeyException} or a sanitised {@link RedactedCause}} */
    public Optional<Throwable> cause() {
      return Optional.ofNullable(cause);
    }

    /** A summary without the message text or cause. */
    @Override
    public String toString() {
      return "Details{vendor=" + vendor + ", code=" + (code == null ? "none" : code.name())
          + ", rawCode=" + rawCode + ", httpStatus=" + httpStatus + ", requestId=" + requestId
          + ", category=" + category() + ", retryable=" + retryable() + ", attempts=" + attempts
          + (retryAfter == null ? "" : ", retryAfter=" + retryAfter)
          + reference().map(uri -> ", reference=" + uri).orElse("") + "}";
    }

    /** Builds {@link Details}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
      private String vendor;
      private ErrorCode code;
      private String rawCode;
      private Integer httpStatus;
      private String requestId;
      private String message;
      private List<Remedy> remedies;
      private ErrorCategory category;
      private Boolean retryable;
      private int attempts = 1;
      private URI docs;
      private Duration retryAfter;
      private Throwable cause;
      private Redactor redactor = Redactor.defaults();
      private final List<Secret> secrets = new ArrayList<>();

      private Builder() {}

      /**
       * The vendor id, required.
       *
       * @param vendor the vendor id, such as {@code seam}
       * @return this builder
       */
      public Builder vendor(String vendor) {
        this.vendor = vendor;
        return this;
      }

      /**
       * The typed code; its vendor is used when no vendor is set.
       *
       * @param code the typed code, or null
       * @return this builder
       */
      public Builder code(ErrorCode code) {
        this.code = code;
        if (code != null && vendor == null) {
          vendor = code.vendor();
        }
        return this;
      }

      /**
       * The code as received on the wire; defaults to the code's wire value.
       *
       * @param rawCode the code as received
       * @return this builder
       */
      public Builder rawCode(String rawCode) {
        this.rawCode = rawCode;
        return this;
      }

      /**
       * The HTTP status, or null for none.
       *
       * @param httpStatus the status, or null
       * @return this builder
       */
      public Builder httpStatus(Integer httpStatus) {
        this.httpStatus = httpStatus;
        return this;
      }

      /**
       * The vendor's request id, or null for none.
       *
       * @param requestId the request id, or null
       * @return this builder
       */
      public Builder requestId(String requestId) {
        this.requestId = requestId;
        return this;
      }

      /**
       * The vendor's message for this occurrence (redacted and bounded on build); replaces the description.
       *
       * @param message the vendor's message, or null
       * @return this builder
       */
      public Builder message(String message) {
        this.message = message;
        return this;
      }

      /**
       * Overrides the code's remedies; null restores them.
       *
       * @param remedies the remedies, or null for the code's
       * @return this builder
       */
      public Builder remedies(List<Remedy> remedies) {
        this.remedies = remedies;
        return this;
      }

      /**
       * Overrides the code's category; null restores it.
       *
       * @param category the category, or null for the code's
       * @return this builder
       */
      public Builder category(ErrorCategory category) {
        this.category = category;
        return this;
      }

      /**
       * Overrides the code's retryable verdict; null restores it.
       *
       * @param retryable the verdict, or null for the code's
       * @return this builder
       */
      public Builder retryable(Boolean retryable) {
        this.retryable = retryable;
        return this;
      }

      /**
       * The number of attempts made, at least 1 (default 1).
       *
       * @param attempts the number of attempts, at least 1
       * @return this builder
       */
      public Builder attempts(int attempts) {
        this.attempts = attempts;
        return this;
      }

      /**
       * Overrides the code's documentation link; null restores it.
       *
       * @param docs the link, or null for the code's
       * @return this builder
       */
      public Builder docs(URI docs) {
        this.docs = docs;
        return this;
      }

      /**
       * The wait the vendor asked for before a retry, from its {@code Retry-After} header (decoders get it preset
       * from {@link dev.latchkey.core.http.ErrorResponse#toDetails()}).
       *
       * @param retryAfter the wait, or null for none
       * @return this builder
       * @throws IllegalArgumentException when the wait is negative
       */
      public Builder retryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter == null ? null : Durations.requireNonNegative(retryAfter, "retryAfter");
        return this;
      }

      /**
       * The underlying cause, or null. On build it is replaced by a sanitised {@link RedactedCause} copy (a
       * {@link LatchkeyException} is kept as it is), so that no raw secret stays in the cause chain.
       *
       * @param cause the cause
       * @return this builder
       */
      public Builder cause(Throwable cause) {
        this.cause = cause;
        return this;
      }

      /**
       * Adds exact secret values the client knows (API key, token, the PIN of the request): they are removed,
       * verbatim or JSON-escaped, from the message, the raw code, the request id and the cause chain. Values
       * shorter than 4 characters are not removed (see {@link Redaction#redact(CharSequence, Collection)}).
       * Never shown by {@link Details#toString()}.
       *
       * @param secrets the secrets; null elements are ignored
       * @return this builder
       */
      public Builder secrets(Collection<Secret> secrets) {
        for (Secret secret : secrets) {
          if (secret != null) {
            this.secrets.add(secret);
          }
        }
        return this;
      }

      /**
       * The redaction rules for the server-controlled texts (default {@link Redactor#defaults()}); a client
       * passes its own, with its vendor's key prefixes.
       *
       * @param redactor the rules
       * @return this builder
       */
      public Builder redactor(Redactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        return this;
      }

      /**
       * Builds the details.
       *
       * @return the details
       * @throws IllegalArgumentException when the vendor is missing or attempts is below 1
       */
      public Details build() {
        return new Details(this);
      }
    }
  }
}
