package dev.latchkey.nuki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.RemedySource;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spot checks that the enum generated from {@code catalog/nuki/error-codes.yaml} holds what the catalog says. */
class GeneratedNukiErrorCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"ff", "FF", "0xff", "0xFF"})
  void everyWireFormOfFfIsErrorUnknown(String wire) {
    assertThat(NukiErrorCode.fromWire(wire)).isSameAs(NukiErrorCode.ERROR_UNKNOWN);
  }

  @Test
  void errorUnknownCarriesTheVendorsRemediesInOrder() {
    NukiErrorCode code = NukiErrorCode.fromByte(255);

    assertThat(code).isSameAs(NukiErrorCode.ERROR_UNKNOWN);
    assertThat(code.description()).isEqualTo("Device is most likely offline or not reachable");
    assertThat(code.remedies()).containsExactly(
        Remedy.vendor("Implement a retry mechanism"),
        Remedy.vendor("Check if the smart lock is in an optimised network"));
    assertThat(code.firstRemedy()).contains("Implement a retry mechanism");
    assertThat(code.category()).isEqualTo(ErrorCategory.DEVICE_UNREACHABLE);
    assertThat(code.retryable()).isTrue();
    assertThat(code.wireValue()).isEqualTo("ff");
    assertThat(code.byteValue()).isEqualTo(0xFF);
    assertThat(code.group()).contains(NukiErrorCode.Group.GENERAL);
    assertThat(code.vendor()).isEqualTo(NukiErrorCode.VENDOR).isEqualTo("nuki");
  }

  @Test
  void maxUserHasTheSeedsRemedyWordForWord() {
    NukiErrorCode code = NukiErrorCode.fromWire("13");

    assertThat(code).isSameAs(NukiErrorCode.P_ERROR_MAX_USER);
    assertThat(code.remedies()).containsExactly(
        Remedy.vendor("The limit of 200 device authorisations has been reached. Delete unused authorisations"));
    assertThat(code.category()).isEqualTo(ErrorCategory.CAPACITY_EXCEEDED);
    assertThat(code.group()).contains(NukiErrorCode.Group.PAIRING);
  }

  @Test
  void codesWithoutVendorRemedyCarryLabelledLatchkeyAdvice() {
    NukiErrorCode busy = NukiErrorCode.fromWire("45");

    assertThat(busy).isSameAs(NukiErrorCode.K_ERROR_BUSY);
    assertThat(busy.description())
        .isEqualTo("Returned on any lock action via bluetooth if there is already a lock action processing.");
    assertThat(busy.remedies()).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isEqualTo(RemedySource.LATCHKEY));
    assertThat(busy.firstRemedy()).hasValueSatisfying(text -> assertThat(text).startsWith("Latchkey advice: "));
    assertThat(busy.category()).isEqualTo(ErrorCategory.DEVICE_BUSY);
    assertThat(busy.retryable()).isTrue();
    assertThat(busy.group()).contains(NukiErrorCode.Group.KEYTURNER);
  }

  @Test
  void codesNobodyDescribesSayInTheirNoteThatTheWordingIsLatchkeys() {
    assertThat(NukiErrorCode.fromWire("0x60")).isSameAs(NukiErrorCode.K_ERROR_DS_CALIBRATION_FAILED);
    assertThat(NukiErrorCode.fromWire("61")).isSameAs(NukiErrorCode.K_ERROR_DS_TIMEOUT);
    assertThat(Stream.of(NukiErrorCode.K_ERROR_REJECTED, NukiErrorCode.K_ERROR_NO_NUKI_ID,
            NukiErrorCode.K_ERROR_DS_CALIBRATION_FAILED, NukiErrorCode.K_ERROR_DS_TIMEOUT))
        .allSatisfy(code -> assertThat(code.note()).hasValueSatisfying(
            note -> assertThat(note).contains("Latchkey's description")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "AB", "0xab", "00", "zz", "0x", "fff", "", "  "})
  void unknownOrMalformedCodesAreUnknownToTheSdk(String wire) {
    NukiErrorCode code = NukiErrorCode.fromWire(wire);

    assertThat(code).isSameAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(code.isKnown()).isFalse();
    assertThat(code.wireValue()).isEmpty();
    assertThat(code.byteValue()).isEqualTo(-1);
    assertThat(code.category()).isEqualTo(ErrorCategory.UNKNOWN);
    assertThat(code.retryable()).isFalse();
  }

  @Test
  void nullAndOutOfRangeBytesAreUnknownToTheSdk() {
    assertThat(NukiErrorCode.fromWire(null)).isSameAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(NukiErrorCode.fromByte(0xAB)).isSameAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(NukiErrorCode.fromByte(-1)).isSameAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(NukiErrorCode.fromByte(256)).isSameAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void everyKnownCodeRoundTripsThroughItsWireFormAndByte() {
    assertThat(known()).allSatisfy(code -> {
      assertThat(code.wireValue()).matches("[0-9a-f]{2}");
      assertThat(NukiErrorCode.fromWire(code.wireValue())).isSameAs(code);
      assertThat(NukiErrorCode.fromWire("0x" + code.wireValue().toUpperCase())).isSameAs(code);
      assertThat(NukiErrorCode.fromByte(code.byteValue())).isSameAs(code);
      assertThat(code.remedies()).isNotEmpty();
      assertThat(code.group()).isPresent();
    });
  }

  @Test
  void holdsAllFortyFourCodesOfNukisTable() {
    // The Web API's table lists 44 byte codes (0xFD..0xFF, 0x10..0x13, 0x20..0x2E, 0x40..0x4F, 0xE0..0xE3, 0x60..0x61).
    assertThat(NukiErrorCode.values().length - 1).isEqualTo(44);
    assertThat(known().filter(code -> code.group().orElseThrow() == NukiErrorCode.Group.KEYTURNER)).hasSize(37);
    assertThat(NukiErrorCode.values()[NukiErrorCode.values().length - 1])
        .isSameAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
  }

  private static Stream<NukiErrorCode> known() {
    return Arrays.stream(NukiErrorCode.values()).filter(NukiErrorCode::isKnown);
  }
}
