package dev.latchkey.testkit.tapkey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Tapkey error answer for {@link TapkeySimulator#failNext(TapkeyErrorReply)}: an HTTP status and the body
 * {@code {"ErrorCode", "ErrorMessage", "ErrorDetails", "UserErrorMessage"}}, the user message in English or
 * German by the request's {@code Accept-Language}. Any {@code ErrorCode} may be given, catalogued or not.
 * Without user messages of its own, the simulator's are used (it knows {@code Duplicate},
 * {@code CardCapacityExceeded}, {@code NotFound} and has a general one). Immutable.
 *
 * <pre>{@code
 * tapkey.failNext(TapkeyErrorReply.builder(400, "Duplicate").on("PUT", "/Grants").build());
 * }</pre>
 */
public final class TapkeyErrorReply {
  private final int status;
  private final String errorCode;
  private final String errorMessage;
  private final String errorDetails;
  private final Map<String, String> userMessages;
  private final String method;
  private final String pathSuffix;
  private final int times;

  private TapkeyErrorReply(Builder b) {
    this.status = b.status;
    this.errorCode = b.errorCode;
    this.errorMessage = b.errorMessage;
    this.errorDetails = b.errorDetails;
    this.userMessages = Collections.unmodifiableMap(new LinkedHashMap<>(b.userMessages));
    this.method = b.method;
    this.pathSuffix = b.pathSuffix;
    this.times = b.times;
  }

  /**
   * A builder.
   *
   * @param status the HTTP status, 400 to 599
   * @param errorCode the body's {@code ErrorCode}, such as {@code Duplicate}
   * @return the builder
   * @throws IllegalArgumentException when the status is not an error status
   */
  public static Builder builder(int status, String errorCode) {
    return new Builder(status, errorCode);
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the {@code ErrorCode}} */
  public String errorCode() {
    return errorCode;
  }

  /** {@return the {@code ErrorMessage}, English, for logs} */
  public String errorMessage() {
    return errorMessage;
  }

  /** {@return the {@code ErrorDetails}} */
  public String errorDetails() {
    return errorDetails;
  }

  /**
   * The {@code UserErrorMessage} given for a language.
   *
   * @param language {@code en} or {@code de}
   * @return the message, empty when this reply has none of its own for that language
   */
  public Optional<String> userMessage(String language) {
    return Optional.ofNullable(userMessages.get(language.toLowerCase(Locale.ROOT)));
  }

  /** {@return how many matching requests get this answer} */
  public int times() {
    return times;
  }

  /**
   * Whether a request gets this answer.
   *
   * @param requestMethod the request's method
   * @param path the request's path
   * @return true when the method (if set) and the path's end (if set) match
   */
  boolean matches(String requestMethod, String path) {
    return (method == null || method.equalsIgnoreCase(requestMethod))
        && (pathSuffix == null || path.endsWith(pathSuffix));
  }

  @Override
  public String toString() {
    return "TapkeyErrorReply[" + status + " " + errorCode + (method == null ? "" : " on " + method)
        + (pathSuffix == null ? "" : " ..." + pathSuffix) + ", times=" + times + "]";
  }

  /** Builds a {@link TapkeyErrorReply}. Not thread-safe. */
  public static final class Builder {
    private final int status;
    private final String errorCode;
    private String errorMessage;
    private String errorDetails = "";
    private final Map<String, String> userMessages = new LinkedHashMap<>();
    private String method;
    private String pathSuffix;
    private int times = 1;

    private Builder(int status, String errorCode) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an error status is 400 to 599, was " + status);
      }
      this.status = status;
      this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
      this.errorMessage = errorCode;
    }

    /**
     * The {@code ErrorMessage} (default: the code).
     *
     * @param errorMessage the message
     * @return this builder
     */
    public Builder errorMessage(String errorMessage) {
      this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
      return this;
    }

    /**
     * The {@code ErrorDetails} (default: empty).
     *
     * @param errorDetails the details
     * @return this builder
     */
    public Builder errorDetails(String errorDetails) {
      this.errorDetails = Objects.requireNonNull(errorDetails, "errorDetails");
      return this;
    }

    /**
     * The {@code UserErrorMessage} for a language (default: the simulator's).
     *
     * @param language {@code en} or {@code de}
     * @param message the message
     * @return this builder
     * @throws IllegalArgumentException for another language
     */
    public Builder userMessage(String language, String message) {
      String lang = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
      if (!lang.equals("en") && !lang.equals("de")) {
        throw new IllegalArgumentException("the simulator speaks en and de, not " + language);
      }
      userMessages.put(lang, Objects.requireNonNull(message, "message"));
      return this;
    }

    /**
     * Limits the answer to some requests (default: the next API request, whatever it is).
     *
     * @param method the HTTP method, or null for any
     * @param pathSuffix how the path ends, such as {@code /Grants} or {@code /Revoke}, or null for any
     * @return this builder
     */
    public Builder on(String method, String pathSuffix) {
      this.method = method;
      this.pathSuffix = pathSuffix;
      return this;
    }

    /**
     * How many matching requests get the answer (default 1).
     *
     * @param times one or more
     * @return this builder
     * @throws IllegalArgumentException when less than one
     */
    public Builder times(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be at least 1, was " + times);
      }
      this.times = times;
      return this;
    }

    /**
     * Builds the reply.
     *
     * @return the reply
     */
    public TapkeyErrorReply build() {
      return new TapkeyErrorReply(this);
    }
  }
}
