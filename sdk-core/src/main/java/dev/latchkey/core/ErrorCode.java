package dev.latchkey.core;

import java.util.List;
import java.util.Optional;

/**
 * A vendor error code as documented by the vendor, with what to do about it: a {@link WireCode} with remedies,
 * a category and whether it is retryable.
 *
 * <p>Implemented by the enums that the Latchkey codegen plugin generates from the catalogs, one enum per
 * catalog (for example {@code NukiErrorCode}, {@code SeamAccessCodeErrorCode}). Every generated enum has a
 * constant {@code UNKNOWN_TO_SDK_VERSION} for codes the catalog does not know: lookups such as
 * {@code fromWire(String)} return it instead of throwing, and whoever read the code keeps the raw wire value.
 */
public interface ErrorCode extends WireCode {

  /**
   * What to do about the code, in order, each with its provenance.
   *
   * @return the remedies; never empty for a known code
   */
  List<Remedy> remedies();

  /**
   * The cross-vendor category.
   *
   * @return the category
   */
  ErrorCategory category();

  /**
   * Whether repeating the same request later may succeed.
   *
   * @return true for a retryable code
   */
  boolean retryable();

  /**
   * {@inheritDoc}
   *
   * @return the successor, of the same enum
   */
  @Override
  Optional<? extends ErrorCode> replacedBy();

  /**
   * The first remedy's text, labelled with its provenance.
   *
   * @return the labelled text, or empty when there is none
   */
  default Optional<String> firstRemedy() {
    List<Remedy> remedies = remedies();
    return remedies.isEmpty() ? Optional.empty() : Optional.of(remedies.get(0).labelled());
  }
}
