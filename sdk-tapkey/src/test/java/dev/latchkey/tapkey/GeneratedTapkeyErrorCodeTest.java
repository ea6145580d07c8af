package dev.latchkey.tapkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.Remedy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/tapkey/error-codes.yaml} holds what the catalog says. */
class GeneratedTapkeyErrorCodeTest {

  @Test
  void duplicateIsTheGrantConflictOfTheExampleBody() {
    TapkeyErrorCode code = TapkeyErrorCode.fromWire("Duplicate");

    assertThat(code).isSameAs(TapkeyErrorCode.DUPLICATE);
    assertThat(code.description()).isEqualTo("Indicates an operation trying to create a duplicate grant per lock and user.");
    assertThat(code.category()).isEqualTo(ErrorCategory.CONFLICT);
    assertThat(code.retryable()).isFalse();
    assertThat(code.group()).contains(TapkeyErrorCode.Group.GRANT);
    assertThat(code.wireValue()).isEqualTo("Duplicate");
    assertThat(code.vendor()).isEqualTo("tapkey");
  }

  @Test
  void codesAreMatchedExactly() {
    assertThat(TapkeyErrorCode.fromWire("duplicate")).isSameAs(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(TapkeyErrorCode.fromWire(" Duplicate")).isSameAs(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(TapkeyErrorCode.fromWire("SomethingNew")).isSameAs(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(TapkeyErrorCode.fromWire(null)).isSameAs(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION.isKnown()).isFalse();
  }

  @Test
  void theSeedsHintsAreVendorRemediesFollowedByLatchkeyAdvice() {
    TapkeyErrorCode code = TapkeyErrorCode.fromWire("TimeRestrictionIcalNotSupportedByLock");

    assertThat(code.remedies()).first().isEqualTo(Remedy.vendor("A firmware upgrade could help in this case."));
    assertThat(code.remedies().get(1).labelled()).startsWith("Latchkey advice: ");
    assertThat(code.description()).endsWith(code.remedies().get(0).text());
    assertThat(TapkeyErrorCode.PROTOCOL_VERSION_TOO_OLD.firstRemedy()).contains("Upgrading the lock's firmware might help.");
    assertThat(TapkeyErrorCode.TIME_RESTRICTION_ICAL_TOO_COMPLEX.firstRemedy())
        .contains("Reducing the number of restrictions may help.");
  }

  @Test
  void statusesAreGivenOnlyWhereDocumented() {
    assertThat(TapkeyErrorCode.GENERIC.httpStatuses()).containsExactly(400);
    assertThat(TapkeyErrorCode.INSUFFICIENT_SMARTPHONE_USER_CONTINGENT.httpStatuses()).containsExactly(402);
    assertThat(TapkeyErrorCode.DUPLICATE.httpStatuses()).isEmpty();
  }

  @Test
  void holdsTheFourteenCodesOfTheThreeTables() {
    // Account model 2, grant 9, user 3.
    assertThat(TapkeyErrorCode.values().length - 1).isEqualTo(14);
    assertThat(Arrays.stream(TapkeyErrorCode.values()).filter(TapkeyErrorCode::isKnown))
        .allSatisfy(code -> {
          assertThat(TapkeyErrorCode.fromWire(code.wireValue())).isSameAs(code);
          assertThat(code.group()).isPresent();
        });
  }
}
