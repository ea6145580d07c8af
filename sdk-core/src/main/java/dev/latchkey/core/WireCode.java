package dev.latchkey.core;

import java.net.URI;
import java.util.Optional;

/**
 * A value from one of a vendor's code lists as it appears on the wire (a webhook event type, a device state, an
 * error code), with the vendor's description.
 *
 * <p>Implemented by the enums that the Latchkey codegen plugin generates from the catalogs, one enum per catalog
 * (for example {@code AccessCodeEventType}; error catalogs generate {@link ErrorCode}s, which add remedies).
 * Every generated enum has a constant {@code UNKNOWN_TO_SDK_VERSION} for values the catalog does not know:
 * lookups such as {@code fromWire(String)} return it instead of throwing, and whoever read the value keeps the
 * raw wire text. Each generated enum also has {@code static List<E> knownValues()}: its constants without
 * {@code UNKNOWN_TO_SDK_VERSION}, in catalog order.
 */
public interface WireCode {

  /**
   * The vendor that defines the code.
   *
   * @return the vendor id in lower case: {@code "seam"}, {@code "nuki"}, {@code "tapkey"}
   */
  String vendor();

  /**
   * The code as it appears on the wire in its canonical form.
   *
   * @return for example {@code "ff"}, {@code "access_code.created"}, {@code "Duplicate"}, {@code "401"}; empty
   *     for {@code UNKNOWN_TO_SDK_VERSION}
   */
  String wireValue();

  /**
   * The Java constant name of the code.
   *
   * @return the constant's name
   */
  String name();

  /**
   * The vendor's description of the code.
   *
   * @return the description, word for word where the vendor gives one
   */
  String description();

  /**
   * A link to the vendor's documentation of the code, where there is one.
   *
   * @return the link; empty for {@code UNKNOWN_TO_SDK_VERSION}
   */
  Optional<URI> docs();

  /**
   * Where Latchkey's generated error reference documents the code: its catalog's page and the code's anchor on
   * it, such as {@code .../docs/reference/nuki-error-codes.md#ff}; {@code UNKNOWN_TO_SDK_VERSION} points at the
   * page's section on codes the catalog does not list. The enums that the codegen plugin generates return the
   * link the plugin was configured with; the default, for hand-written implementations, is empty.
   *
   * @return the link to the code's entry in the reference, or empty when there is none
   */
  default Optional<URI> reference() {
    return Optional.empty();
  }

  /**
   * Whether the vendor has dropped the code; it may still arrive from older accounts or devices.
   *
   * @return true for a dropped code
   */
  boolean deprecated();

  /**
   * The code that took over the meaning of this deprecated code, where the evidence shows one.
   *
   * @return the successor, of the same enum
   */
  Optional<? extends WireCode> replacedBy();

  /**
   * Whether the catalog knows the code.
   *
   * @return false only for {@code UNKNOWN_TO_SDK_VERSION}, the stand-in for codes the catalog does not know
   */
  boolean isKnown();
}
