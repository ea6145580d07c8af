package dev.latchkey.nuki.operation;

import dev.latchkey.nuki.webhook.NukiOperationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of an asynchronous Nuki operation, as its webhook reports it: the request id the advanced call
 * returned, the operation's type, overall success, and the outcome on each smartlock.
 *
 * <p>An operation that succeeded on some smartlocks and failed on others is exactly that:
 * {@link #succeeded()} and {@link #failed()} list them, {@link #isPartialFailure()} is true, and each failed
 * smartlock carries its typed byte error and remedies. {@link #success()} is true only when Nuki reported
 * success <em>and</em> no smartlock failed, so a contradictory result is never taken for a success.
 *
 * <p>Immutable; built with {@link #builder(String, String)}. Built from a webhook body by the webhook parser,
 * or by hand:
 *
 * <pre>{@code
 * OperationResult result = OperationResult.builder("68b142...a584f103", "AuthCreation")
 *     .success(false)
 *     .smartlock(SmartlockResult.failure(123456789L, "ff"))
 *     .build();
 * }</pre>
 */
public final class OperationResult {

  /**
   * The longest request id accepted (Nuki's are 24 hexadecimal characters). Bounding it bounds the memory
   * of every structure that remembers request ids.
   */
  public static final int MAX_REQUEST_ID_LENGTH = 256;

  private final String requestId;
  private final String type;
  private final boolean reportedSuccess;
  private final List<SmartlockResult> smartlocks;
  private final List<SmartlockResult> succeeded;
  private final List<SmartlockResult> failed;

  private OperationResult(Builder b) {
    this.requestId = b.requestId;
    this.type = b.type;
    this.reportedSuccess = b.success;
    this.smartlocks = List.copyOf(b.smartlocks);
    List<SmartlockResult> ok = new ArrayList<>();
    List<SmartlockResult> bad = new ArrayList<>();
    for (SmartlockResult s : smartlocks) {
      (s.success() ? ok : bad).add(s);
    }
    this.succeeded = List.copyOf(ok);
    this.failed = List.copyOf(bad);
  }

  /**
   * A builder for the result of the given request.
   *
   * @param requestId the request id the advanced call returned; not blank, at most
   *     {@value #MAX_REQUEST_ID_LENGTH} characters
   * @param type the operation's type as Nuki names it ({@code "AuthCreation"}, {@code "UnlockAction"}...);
   *     not null, empty when the webhook had none
   * @return a builder with overall success false and no smartlocks
   * @throws IllegalArgumentException when the request id is blank or too long
   */
  public static Builder builder(String requestId, String type) {
    return new Builder(checkRequestId(requestId), Objects.requireNonNull(type, "type"));
  }

  static String checkRequestId(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    if (requestId.isBlank() || requestId.length() > MAX_REQUEST_ID_LENGTH) {
      throw new IllegalArgumentException(
          "requestId must be 1.." + MAX_REQUEST_ID_LENGTH + " non-blank characters, was " + requestId.length());
    }
    return requestId;
  }

  /** {@return the request id the advanced call returned; it ties this result to its {@link PendingOperation}} */
  public String requestId() {
    return requestId;
  }

  /**
   * The operation's type as Nuki names it, such as {@code "AuthCreation"} or {@code "UnlockAction"}.
   *
   * <p>Nuki documents only these two names; types this SDK does not know are kept, never rejected.
   * {@link #operationType()} gives the typed form.
   *
   * @return the type, empty when the webhook had none
   */
  public String type() {
    return type;
  }

  /**
   * The operation's type from the catalog of webhook operation types.
   *
   * @return the type; {@link NukiOperationType#UNKNOWN_TO_SDK_VERSION} for a type this SDK version does not
   *     know (the raw name is {@link #type()})
   */
  public NukiOperationType operationType() {
    return NukiOperationType.fromWire(type);
  }

  /**
   * Whether the operation succeeded: Nuki reported overall success and no smartlock failed.
   *
   * @return true for a complete success
   */
  public boolean success() {
    return reportedSuccess && failed.isEmpty();
  }

  /** {@return the outcome on each smartlock, in the order Nuki (or {@link #covering(Collection)}) gave them} */
  public List<SmartlockResult> smartlocks() {
    return smartlocks;
  }

  /** {@return the smartlocks on which the operation succeeded} */
  public List<SmartlockResult> succeeded() {
    return succeeded;
  }

  /** {@return the smartlocks on which the operation failed, each with its typed error} */
  public List<SmartlockResult> failed() {
    return failed;
  }

  /** {@return whether the operation failed on some smartlocks and succeeded on others} */
  public boolean isPartialFailure() {
    return !failed.isEmpty() && !succeeded.isEmpty();
  }

  /** {@return the first failed smartlock, whose code and remedy head the failure's message} */
  public Optional<SmartlockResult> firstFailure() {
    return failed.isEmpty() ? Optional.empty() : Optional.of(failed.get(0));
  }

  /** {@return the ids of the failed smartlocks, in order} */
  public Set<Long> failedSmartlockIds() {
    Set<Long> ids = new LinkedHashSet<>();
    failed.forEach(s -> ids.add(s.smartlockId()));
    return Set.copyOf(ids);
  }

  /**
   * This result completed for the smartlocks the request named.
   *
   * <p>Nuki's webhook lists "the single or multiple entities which failed" in its {@code detail}; a
   * smartlock the request named that the detail does not list is therefore reported as succeeded, unless
   * the result names no smartlock at all and reports failure, in which case Nuki said nothing about which
   * failed and every named smartlock is reported as failed without an error code. Smartlocks the detail lists
   * are kept as listed. The order is the request's, then any others the detail lists.
   *
   * @param requested the smartlocks the request named; empty leaves the result as it is
   * @return the completed result
   */
  public OperationResult covering(Collection<Long> requested) {
    Objects.requireNonNull(requested, "requested");
    if (requested.isEmpty() || listsExactly(requested)) {
      return this;
    }
    Map<Long, SmartlockResult> listed = new LinkedHashMap<>();
    smartlocks.forEach(s -> listed.putIfAbsent(s.smartlockId(), s));
    boolean missingSucceeded = reportedSuccess || !smartlocks.isEmpty();
    Builder b = new Builder(requestId, type).success(reportedSuccess);
    for (Long id : new LinkedHashSet<>(requested)) {
      SmartlockResult s = listed.remove(id);
      if (s == null) {
        s = missingSucceeded ? SmartlockResult.success(id) : SmartlockResult.failure(id, (String) null);
      }
      b.smartlock(s);
    }
    listed.values().forEach(b::smartlock);
    return b.build();
  }

  /** Whether the result lists exactly the requested smartlocks, in their order: then it covers them already. */
  private boolean listsExactly(Collection<Long> requested) {
    // Only a set's elements are known to be distinct, which makes the listed ids distinct too.
    if (!(requested instanceof Set) || requested.size() != smartlocks.size()) {
      return false;
    }
    int i = 0;
    for (Long id : requested) {
      if (id == null || id != smartlocks.get(i++).smartlockId()) {
        return false;
      }
    }
    return true;
  }

  /** A summary for messages and logs; holds no secret (codes, ids and the type only). */
  String summary() {
    StringBuilder text = new StringBuilder(type.isEmpty() ? "operation" : type);
    if (failed.isEmpty()) {
      return text.append(success() ? " succeeded" : " failed without naming a smartlock").toString();
    }
    text.append(" failed on ").append(failed.size()).append(" of ").append(smartlocks.size())
        .append(smartlocks.size() == 1 ? " smartlock: " : " smartlocks: ");
    int shown = Math.min(failed.size(), 5);
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : ", ").append(failed.get(i).summary());
    }
    if (failed.size() > shown) {
      text.append(" and ").append(failed.size() - shown).append(" more");
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OperationResult)) {
      return false;
    }
    OperationResult other = (OperationResult) o;
    return requestId.equals(other.requestId)
        && type.equals(other.type)
        && reportedSuccess == other.reportedSuccess
        && smartlocks.equals(other.smartlocks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestId, type, reportedSuccess, smartlocks);
  }

  @Override
  public String toString() {
    return "OperationResult{requestId=" + requestId + ", type=" + type + ", success=" + success()
        + ", smartlocks=" + smartlocks + "}";
  }

  /** Builds an {@link OperationResult}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private final String requestId;
    private final String type;
    private boolean success;
    private final List<SmartlockResult> smartlocks = new ArrayList<>();

    private Builder(String requestId, String type) {
      this.requestId = requestId;
      this.type = type;
    }

    /**
     * The overall {@code success} Nuki reported.
     *
     * @param success the webhook's top-level {@code success}
     * @return this builder
     */
    public Builder success(boolean success) {
      this.success = success;
      return this;
    }

    /**
     * Adds the outcome on one smartlock.
     *
     * @param smartlock the outcome; not null
     * @return this builder
     */
    public Builder smartlock(SmartlockResult smartlock) {
      smartlocks.add(Objects.requireNonNull(smartlock, "smartlock"));
      return this;
    }

    /**
     * Adds the outcomes on several smartlocks, in order.
     *
     * @param results the outcomes; not null, no null element
     * @return this builder
     */
    public Builder smartlocks(Collection<SmartlockResult> results) {
      results.forEach(this::smartlock);
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the immutable result
     */
    public OperationResult build() {
      return new OperationResult(this);
    }
  }
}
