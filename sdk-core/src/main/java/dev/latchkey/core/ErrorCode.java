package dev.latchkey.core;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A vendor error code as documented by the vendor, with what to do about it.
 *
 * <p>Implemented by the enums that the Latchkey codegen plugin generates from the catalogs, one enum per
 * catalog (for example {@code NukiErrorCode}, {@code SeamAccessCodeErrorCode}). Every generated enum has a
 * constant {@code UNKNOWN_TO_SDK_VERSION} for codes the catalog does not know: lookups such as
 * {@code fromWire(String)} return it instead of throwing, and whoever read the code keeps the raw wire value.
 */
public interface ErrorCode {

  /** The vendor that defines the code, in lower case: {@code "seam"}, {@code "nuki"}, {@code "tapkey"}. */
  String vendor();

  /**
   * The code as it appears on the wire in its canonical form ({@code "ff"},
   * {@code "failed_to_set_on_device"}, {@code "Duplicate"}, {@code "401"}); empty for
   * {@code UNKNOWN_TO_SDK_VERSION}.
   */
  String wireValue();

  /** The Java constant name of the code. */
  String name();

  /** The vendor's description of the code. */
  String description();

  /** What to do about it, in order, each with its provenance. Never empty for a known code. */
  List<Remedy> remedies();

  /** The cross-vendor category. */
  ErrorCategory category();

  /** Whether repeating the same request later may succeed. */
  boolean retryable();

  /** A link to the vendor's documentation of the code, where there is one. */
  Optional<URI> docs();

  /** Whether the vendor has dropped the code; it may still arrive from older accounts or devices. */
  boolean deprecated();

  /** The code that took over the meaning of this deprecated code, where the evidence shows one. */
  Optional<? extends ErrorCode> replacedBy();

  /** False only for {@code UNKNOWN_TO_SDK_VERSION}, the stand-in for codes the catalog does not know. */
  boolean isKnown();

  /** The first remedy's text, labelled with its provenance, or empty when there is none. */
  default Optional<String> firstRemedy() {
    List<Remedy> remedies = remedies();
    return remedies.isEmpty() ? Optional.empty() : Optional.of(remedies.get(0).labelled());
  }
}
