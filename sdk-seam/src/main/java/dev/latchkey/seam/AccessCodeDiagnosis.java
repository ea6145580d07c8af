package dev.latchkey.seam;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.ReportedProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one access code and what to do, following Seam's troubleshooting guide ("Determining the
 * Issue", "Access Code Error Handling"): read the code's {@code errors} and {@code warnings}, handle the
 * generic errors, use the specific ones (including the device's and connected account's errors Seam attaches)
 * for extra context and provider-specific remedies, and fall back to the catalog's remedies for codes not known
 * yet (the {@code unknown:} block of the catalog, carried by {@code UNKNOWN_TO_SDK_VERSION}).
 *
 * <p>{@link #findings()} lists errors before warnings; among errors, generic access-code errors come first,
 * then specific access-code errors, then device errors, then connected-account errors; Seam's order is kept
 * within each group. Every finding has at least one remedy (the catalogs give every code and their
 * {@code UNKNOWN_TO_SDK_VERSION} remedies). Immutable.
 *
 * <pre>{@code
 * AccessCodeDiagnosis diagnosis = client.accessCodes().get(id).diagnose();
 * for (AccessCodeDiagnosis.Finding f : diagnosis.findings()) {
 *   show(f.problem().rawCode(), f.problem().message(), f.remedies().get(0).labelled());
 * }
 * }</pre>
 */
public final class AccessCodeDiagnosis {

  /** Whether a finding is an error or a warning. */
  public enum Severity {
    /** An entry of the access code's {@code errors}. */
    ERROR,
    /** An entry of the access code's {@code warnings}. */
    WARNING
  }

  /** The guide's distinction between generic errors (every app handles them) and more specific ones. */
  public enum Kind {
    /** A generic error, or an access-code error this SDK version does not know (the guide's fallback case). */
    GENERIC,
    /** A more specific error (including every device and connected-account error) or a warning. */
    SPECIFIC
  }

  /**
   * One problem of the access code with what to do about it: the guide's severity, kind and origin, and the
   * {@link #problem() reported problem} (raw code, Seam's message, time, Seam's other fields). Immutable.
   */
  public static final class Finding {
    private final Severity severity;
    private final Kind kind;
    private final ProblemOrigin origin;
    private final ReportedProblem problem;

    private Finding(Severity severity, Kind kind, ProblemOrigin origin, ReportedProblem problem) {
      this.severity = severity;
      this.kind = kind;
      this.origin = origin;
      this.problem = problem;
    }

    /**
     * Error or warning.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }

    /**
     * Generic or specific, as the guide uses the words.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Where the problem comes from.
     *
     * @return the origin; always the access code for a warning
     */
    public ProblemOrigin origin() {
      return origin;
    }

    /**
     * The typed code.
     *
     * @return a {@link SeamAccessCodeErrorCode} or {@link SeamAccessCodeWarningCode}, possibly
     *     {@code UNKNOWN_TO_SDK_VERSION}
     */
    public ErrorCode code() {
      return problem.code();
    }

    /**
     * What to do, in order: the code's remedies from the catalog; for a code this SDK version does not know,
     * the catalog's fallback remedies ({@code UNKNOWN_TO_SDK_VERSION.remedies()}). Never empty.
     *
     * @return the remedies
     */
    public List<Remedy> remedies() {
      return problem.remedies();
    }

    /**
     * Whether the code is unknown to this SDK version, so {@link #remedies()} are the catalog's fallback.
     *
     * @return true for the fallback remedies
     */
    public boolean isFallbackRemedy() {
      return !problem.isKnown();
    }

    /**
     * The problem as Seam reported it: raw code, message, time and Seam's other fields.
     *
     * @return the problem
     */
    public ReportedProblem problem() {
      return problem;
    }

    /** One line: severity, kind, origin, code and the first remedy (the description if there is none). */
    @Override
    public String toString() {
      ErrorCode code = problem.code();
      List<Remedy> remedies = problem.remedies();
      return severity + " " + kind + " " + origin + " "
          + (code.isKnown() ? problem.rawCode() : "unknown '" + problem.rawCode() + "'")
          + ": " + (remedies.isEmpty() ? code.description() : remedies.get(0).labelled());
    }
  }

  private final String accessCodeId;
  private final List<Finding> findings;

  private AccessCodeDiagnosis(String accessCodeId, List<Finding> findings) {
    this.accessCodeId = accessCodeId;
    this.findings = List.copyOf(findings);
  }

  /**
   * Diagnoses one access code.
   *
   * @param accessCode the code, as returned by get or list
   * @return its findings
   */
  public static AccessCodeDiagnosis of(AccessCode accessCode) {
    Objects.requireNonNull(accessCode, "accessCode");
    List<Finding> errors = new ArrayList<>();
    for (AccessCodeError error : accessCode.errors()) {
      errors.add(new Finding(Severity.ERROR, kindOf(error), error.origin(), error.problem()));
    }
    // List.sort is stable: Seam's order survives within each group.
    errors.sort(Comparator.comparingInt(AccessCodeDiagnosis::rank));
    List<Finding> all = new ArrayList<>(errors);
    for (AccessCodeWarning warning : accessCode.warnings()) {
      // The guide's generic/specific split is about errors; warnings give context, like specific errors.
      all.add(new Finding(Severity.WARNING, Kind.SPECIFIC, ProblemOrigin.ACCESS_CODE, warning.problem()));
    }
    return new AccessCodeDiagnosis(accessCode.accessCodeId(), all);
  }

  // The guide: device and account errors are specific; an unknown access-code error needs the generic fallback.
  private static Kind kindOf(AccessCodeError error) {
    if (error.origin() != ProblemOrigin.ACCESS_CODE) {
      return Kind.SPECIFIC;
    }
    if (!error.code().isKnown()) {
      return Kind.GENERIC;
    }
    return error.code().kind().orElse(null) == SeamAccessCodeErrorCode.Kind.GENERIC ? Kind.GENERIC : Kind.SPECIFIC;
  }

  private static int rank(Finding finding) {
    if (finding.origin() == ProblemOrigin.ACCESS_CODE) {
      return finding.kind() == Kind.GENERIC ? 0 : 1;
    }
    return finding.origin() == ProblemOrigin.DEVICE ? 2 : 3;
  }

  /** {@return the diagnosed access code's id} */
  public String accessCodeId() {
    return accessCodeId;
  }

  /** {@return every problem, errors first (see the class comment for the order)} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the errors only} */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** {@return the warnings only} */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /** {@return whether the code has any error} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** {@return whether the code has neither errors nor warnings} */
  public boolean isHealthy() {
    return findings.isEmpty();
  }

  /** {@return a readable multi-line report: one line per finding} */
  public String report() {
    if (findings.isEmpty()) {
      return "Access code " + accessCodeId + ": no errors or warnings";
    }
    StringBuilder out = new StringBuilder("Access code ").append(accessCodeId).append(':');
    for (Finding finding : findings) {
      out.append(System.lineSeparator()).append("  ").append(finding);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "AccessCodeDiagnosis[" + accessCodeId + ", " + findings.size() + " findings]";
  }
}
