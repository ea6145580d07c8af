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
 * <p>Constant bodies rather than method references: a command that is typed starts faster without the
 * lambda machinery, and each enum class is loaded only when its catalog is searched.
 */
enum Catalog {
  SEAM_HTTP_ERRORS(SeamHttpErrorType.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return SeamHttpErrorType.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return SeamHttpErrorType.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return SeamHttpErrorType.class;
    }
  },
  SEAM_ACCESS_CODE_ERRORS(SeamAccessCodeErrorCode.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return SeamAccessCodeErrorCode.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return SeamAccessCodeErrorCode.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return SeamAccessCodeErrorCode.class;
    }
  },
  SEAM_ACCESS_CODE_WARNINGS(SeamAccessCodeWarningCode.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return SeamAccessCodeWarningCode.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return SeamAccessCodeWarningCode.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return SeamAccessCodeWarningCode.class;
    }
  },
  NUKI_ERRORS(NukiErrorCode.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return NukiErrorCode.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return NukiErrorCode.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return NukiErrorCode.class;
    }
  },
  NUKI_HTTP_STATUSES(NukiHttpStatus.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return NukiHttpStatus.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return NukiHttpStatus.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return NukiHttpStatus.class;
    }
  },
  TAPKEY_ERRORS(TapkeyErrorCode.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return TapkeyErrorCode.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return TapkeyErrorCode.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return TapkeyErrorCode.class;
    }
  },
  TAPKEY_HTTP_STATUSES(TapkeyHttpStatus.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return TapkeyHttpStatus.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return TapkeyHttpStatus.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return TapkeyHttpStatus.class;
    }
  },
  TAPKEY_AUTH_FAILURES(TapkeyAuthFailure.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return TapkeyAuthFailure.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return TapkeyAuthFailure.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return TapkeyAuthFailure.class;
    }

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
  TAPKEY_OAUTH_ERRORS(TapkeyOAuthError.VENDOR) {
    @Override
    ErrorCode lookup(String raw) {
      return TapkeyOAuthError.fromWire(raw);
    }

    @Override
    List<? extends ErrorCode> known() {
      return TapkeyOAuthError.knownValues();
    }

    @Override
    Class<? extends ErrorCode> type() {
      return TapkeyOAuthError.class;
    }
  };

  private final String vendor;

  Catalog(String vendor) {
    this.vendor = vendor;
  }

  /** The vendor id, lower case (a compile-time constant of the enum, so reading it loads no enum). */
  String vendor() {
    return vendor;
  }

  /** The enum's own lookup: never throws, {@code UNKNOWN_TO_SDK_VERSION} for what it does not know. */
  abstract ErrorCode lookup(String raw);

  /** The enum's known codes, in catalog order. */
  abstract List<? extends ErrorCode> known();

  /** The generated enum. */
  abstract Class<? extends ErrorCode> type();

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
