package dev.latchkey.cli;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.nuki.NukiHttpStatus;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.seam.SeamAccessCodeWarningCode;
import dev.latchkey.seam.SeamHttpErrorType;
import dev.latchkey.tapkey.TapkeyAuthFailure;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyHttpStatus;
import dev.latchkey.tapkey.TapkeyOAuthError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generated error-code enums the CLI reads, one constant per catalog. The codes themselves always come from
 * the enums ({@code knownValues()}, {@code fromWire}); this class only says which enums exist.
 *
 * <p>Every generated enum has the static methods {@code fromWire(String)} and {@code knownValues()}; they are
 * called reflectively, so that one line per catalog is enough. A class literal loads an enum without
 * initialising it, and reflection adds no lambda machinery to a typed command's start-up.
 */
enum Catalog {
  SEAM_HTTP_ERRORS(SeamHttpErrorType.class, SeamHttpErrorType.VENDOR),
  SEAM_ACCESS_CODE_ERRORS(SeamAccessCodeErrorCode.class, SeamAccessCodeErrorCode.VENDOR),
  SEAM_ACCESS_CODE_WARNINGS(SeamAccessCodeWarningCode.class, SeamAccessCodeWarningCode.VENDOR),
  NUKI_ERRORS(NukiErrorCode.class, NukiErrorCode.VENDOR),
  NUKI_HTTP_STATUSES(NukiHttpStatus.class, NukiHttpStatus.VENDOR),
  TAPKEY_ERRORS(TapkeyErrorCode.class, TapkeyErrorCode.VENDOR),
  TAPKEY_HTTP_STATUSES(TapkeyHttpStatus.class, TapkeyHttpStatus.VENDOR),
  TAPKEY_AUTH_FAILURES(TapkeyAuthFailure.class, TapkeyAuthFailure.VENDOR) {
    /** A 401 has three causes, each its own code: {@code tapkey 401} shows them beside the status. */
    @Override
    List<ErrorCode> match(String input) {
      List<ErrorCode> matches = super.match(input);
      String status = input.strip();
      for (TapkeyAuthFailure failure : TapkeyAuthFailure.knownValues()) {
        for (Integer code : failure.httpStatuses()) {
          if (code.toString().equals(status) && !matches.contains(failure)) {
            matches.add(failure);
          }
        }
      }
      return matches;
    }
  },
  TAPKEY_OAUTH_ERRORS(TapkeyOAuthError.class, TapkeyOAuthError.VENDOR);

  private final Class<? extends ErrorCode> type;
  private final String vendor;

  Catalog(Class<? extends ErrorCode> type, String vendor) {
    this.type = type;
    this.vendor = vendor;
  }

  /** The vendor id, lower case (a compile-time constant of the enum, so reading it loads no enum). */
  String vendor() {
    return vendor;
  }

  /** The enum's own lookup: never throws, {@code UNKNOWN_TO_SDK_VERSION} for what it does not know. */
  ErrorCode lookup(String raw) {
    return (ErrorCode) call("fromWire", raw);
  }

  /** The enum's known codes, in catalog order. */
  @SuppressWarnings("unchecked")
  List<? extends ErrorCode> known() {
    return (List<? extends ErrorCode>) call("knownValues");
  }

  /** The generated enum. */
  Class<? extends ErrorCode> type() {
    return type;
  }

  private Object call(String method, String... argument) {
    try {
      return argument.length == 0 ? type.getMethod(method).invoke(null)
          : type.getMethod(method, String.class).invoke(null, argument[0]);
    } catch (ReflectiveOperationException e) {
      // Every generated enum has both (CatalogTest checks each constant): a broken build, never the input.
      throw new IllegalStateException(type.getName() + " has no usable " + method + "()", e);
    }
  }

  /** The generated enum's simple name, which names the catalog to users. */
  String typeName() {
    return type().getSimpleName();
  }

  /**
   * The codes the input names: the enum's lookup (which takes every wire form, {@code 0x2A} or {@code 2a}),
   * else the wire value or the constant name in any case ({@code duplicate}, {@code ERROR_UNKNOWN}).
   */
  List<ErrorCode> match(String input) {
    List<ErrorCode> matches = new ArrayList<>(2);
    ErrorCode exact = lookup(input);
    if (exact.isKnown()) {
      matches.add(exact);
      return matches;
    }
    String wanted = input.strip();
    for (ErrorCode code : known()) {
      if (code.wireValue().equalsIgnoreCase(wanted) || code.name().equalsIgnoreCase(wanted)) {
        matches.add(code);
      }
    }
    return matches;
  }

  /** The vendors, in catalog order, without repeats. */
  static List<String> vendors() {
    List<String> vendors = new ArrayList<>(3);
    for (Catalog catalog : values()) {
      if (!vendors.contains(catalog.vendor)) {
        vendors.add(catalog.vendor);
      }
    }
    return vendors;
  }

  /** The vendor id for a word the user typed, any case; null when it names no vendor. */
  static String vendorOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return vendors().contains(lower) ? lower : null;
  }

  /** The catalog of a code's enum. */
  static Catalog of(ErrorCode code) {
    for (Catalog catalog : values()) {
      if (catalog.type() == code.getClass() || catalog.type() == code.getClass().getSuperclass()) {
        return catalog;
      }
    }
    throw new IllegalStateException("no catalog for " + code.getClass().getName());
  }
}
