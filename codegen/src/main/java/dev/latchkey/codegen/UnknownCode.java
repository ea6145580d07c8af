package dev.latchkey.codegen;

import java.util.List;
import java.util.Objects;

/**
 * What the catalog's optional {@code unknown:} block says about the generated {@code UNKNOWN_TO_SDK_VERSION}
 * constant: the fallback for codes the catalog does not list.
 *
 * @param description the constant's description
 * @param remedies the fallback remedies, in order, with provenance (may be empty)
 * @param category an {@code ErrorCategory} name ({@code UNKNOWN} unless the block says otherwise)
 * @param retryable whether repeating the request later may succeed ({@code false} unless the block says so)
 */
record UnknownCode(String description, List<RemedyText> remedies, String category, boolean retryable) {

  /** The category of the constant when the block does not set one. */
  static final String DEFAULT_CATEGORY = "UNKNOWN";

  UnknownCode {
    Objects.requireNonNull(description, "description");
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(category, "category");
  }
}
