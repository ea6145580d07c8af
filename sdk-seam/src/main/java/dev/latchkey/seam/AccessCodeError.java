package dev.latchkey.seam;

import dev.latchkey.core.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an access code's {@code errors}: the typed code, where the error comes from, the extra fields
 * some codes carry, and the {@link #problem() reported problem} with the raw code, message, time, remedies and
 * Seam's other fields. An entry Seam sent without a string {@code error_code} is kept as an unknown error with
 * its {@link #rawJson() raw JSON}. Immutable.
 */
public final class AccessCodeError extends AccessCodeProblem<SeamAccessCodeErrorCode> {

  private final ProblemOrigin origin;

  private AccessCodeError(JsonValue entry) {
    super(entry, "error_code", SeamAccessCodeErrorCode::fromWire);
    this.origin = originOf(entry, code());
  }

  static AccessCodeError fromJson(JsonValue entry) {
    return new AccessCodeError(Objects.requireNonNull(entry, "entry"));
  }

  // The flags decide; only when Seam sends none does the catalog's attached_from (its first origin) fill in.
  private static ProblemOrigin originOf(JsonValue node, SeamAccessCodeErrorCode code) {
    if (flag(node, "is_connected_account_error") || flag(node, "is_bridge_error")) {
      return ProblemOrigin.CONNECTED_ACCOUNT;
    }
    if (flag(node, "is_device_error")) {
      return ProblemOrigin.DEVICE;
    }
    if (flag(node, "is_access_code_error")) {
      return ProblemOrigin.ACCESS_CODE;
    }
    List<SeamAccessCodeErrorCode.AttachedFrom> from = code.attachedFrom();
    return switch (from.isEmpty() ? SeamAccessCodeErrorCode.AttachedFrom.ACCESS_CODE : from.get(0)) {
      case DEVICE -> ProblemOrigin.DEVICE;
      case CONNECTED_ACCOUNT -> ProblemOrigin.CONNECTED_ACCOUNT;
      case ACCESS_CODE -> ProblemOrigin.ACCESS_CODE;
    };
  }

  private static boolean flag(JsonValue node, String name) {
    return node.optBoolean(name).orElse(false);
  }

  /**
   * Where the error comes from.
   *
   * @return the access code itself, its device or its connected account
   */
  public ProblemOrigin origin() {
    return origin;
  }

  /**
   * For {@code duplicate_code_on_device}: the managed access code with the same PIN.
   *
   * @return its id, when Seam sent one
   */
  public Optional<String> managedAccessCodeId() {
    return problem().field("managed_access_code_id");
  }

  /**
   * For {@code duplicate_code_on_device}: the unmanaged access code with the same PIN.
   *
   * @return its id, when Seam sent one
   */
  public Optional<String> unmanagedAccessCodeId() {
    return problem().field("unmanaged_access_code_id");
  }

  @Override
  String toStringExtra() {
    return ", origin=" + origin;
  }
}
