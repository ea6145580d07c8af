package dev.latchkey.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a vendor reports inside a successful answer, rather than as an HTTP error: an entry of a Seam
 * access code's {@code errors} or {@code warnings}, a Nuki smartlock's error, a Tapkey error body. The same
 * shape for every vendor: the typed code ({@code UNKNOWN_TO_SDK_VERSION} of the vendor's catalog for a code
 * this SDK version does not know, with the raw code kept), the vendor's message, when it happened, the code's
 * remedies and category from the catalog, and the vendor's other fields of the entry as read-only text. Unlike
 * an exception's {@link LatchkeyException.Details}, which may override them for the HTTP context, a reported
 * problem's remedies and category are always its code's: the catalog is their one source.
 *
 * <p>Immutable. {@link #toString()} shows the code and the names of the extra fields, never the message or the
 * field values (vendors have echoed PINs in both).
 */
public final class ReportedProblem {

  private final ErrorCode code;
  private final String rawCode;
  private final String message;
  private final Instant time;
  private final Map<String, String> fields;

  private ReportedProblem(Builder b) {
    this.code = b.code;
    this.rawCode = b.rawCode != null ? b.rawCode : b.code.isKnown() ? b.code.wireValue() : "";
    this.message = b.message == null ? "" : b.message;
    this.time = b.time;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
  }

  /**
   * A builder for a problem with this typed code.
   *
   * @param code the typed code; the catalog's {@code UNKNOWN_TO_SDK_VERSION} for an unknown one
   * @return the builder
   * @throws NullPointerException when the code is null
   */
  public static Builder builder(ErrorCode code) {
    return new Builder(Objects.requireNonNull(code, "code"));
  }

  /**
   * The typed code.
   *
   * @return the code; its {@code isKnown()} is false for a code this SDK version does not know
   */
  public ErrorCode code() {
    return code;
  }

  /**
   * The code exactly as the vendor sent it (kept for unknown codes).
   *
   * @return the raw code; empty when the entry had none
   */
  public String rawCode() {
    return rawCode;
  }

  /**
   * Whether this SDK version knows the code.
   *
   * @return true for a catalog code
   */
  public boolean isKnown() {
    return code.isKnown();
  }

  /**
   * The vendor's message for this occurrence.
   *
   * @return the message, possibly empty
   */
  public String message() {
    return message;
  }

  /**
   * When the vendor recorded the problem.
   *
   * @return the time, or empty when the vendor did not say or the time was unreadable
   */
  public Optional<Instant> time() {
    return Optional.ofNullable(time);
  }

  /**
   * What to do, in order: the code's remedies from the catalog (for an unknown code, the catalog's fallback
   * remedies of {@code UNKNOWN_TO_SDK_VERSION}).
   *
   * @return the remedies
   */
  public List<Remedy> remedies() {
    return List.copyOf(code.remedies());
  }

  /**
   * The cross-vendor category: the code's.
   *
   * @return the category
   */
  public ErrorCategory category() {
    return code.category();
  }

  /**
   * The vendor's other fields of the entry, in the vendor's order: string values as they are, other values as
   * JSON text. They may hold secrets (a changed PIN): do not log them.
   *
   * @return a read-only map from field name to text
   */
  public Map<String, String> fields() {
    return fields;
  }

  /**
   * One of the vendor's other fields.
   *
   * @param name the field's name as the vendor sends it, such as {@code change_type}
   * @return its text, or empty when the entry does not have it
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportedProblem other
        && code.equals(other.code)
        && rawCode.equals(other.rawCode)
        && message.equals(other.message)
        && Objects.equals(time, other.time)
        && fields.equals(other.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, rawCode, message, time, fields);
  }

  /** The vendor, the code, the time and the names of the extra fields; never the message or field values. */
  @Override
  public String toString() {
    return "ReportedProblem[" + code.vendor() + " "
        + (code.isKnown() ? code.wireValue() : "unknown '" + Redactor.oneLine(rawCode, 100) + "'")
        + (time == null ? "" : ", time=" + time)
        + (fields.isEmpty() ? "" : ", fields=" + fields.keySet()) + "]";
  }

  /** Builds a {@link ReportedProblem}. Not thread-safe. */
  public static final class Builder {
    private final ErrorCode code;
    private String rawCode;
    private String message;
    private Instant time;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Builder(ErrorCode code) {
      this.code = code;
    }

    /**
     * The code as the vendor sent it (default: the known code's wire value, else empty).
     *
     * @param rawCode the raw code, or null for the default
     * @return this builder
     */
    public Builder rawCode(String rawCode) {
      this.rawCode = rawCode;
      return this;
    }

    /**
     * The vendor's message (default empty).
     *
     * @param message the message, or null for none
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * When the vendor recorded the problem.
     *
     * @param time the time, or null when unknown
     * @return this builder
     */
    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    /**
     * Adds one of the vendor's other fields of the entry.
     *
     * @param name the field's name
     * @param text its value as text (JSON text for a value that is not a string)
     * @return this builder
     * @throws NullPointerException when the name or text is null
     */
    public Builder field(String name, String text) {
      fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Builds the problem.
     *
     * @return the problem
     */
    public ReportedProblem build() {
      return new ReportedProblem(this);
    }
  }
}
