package dev.latchkey.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.testing.TestCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireCodesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ff|255", "FF|255", "0xff|255", "0xFF|255", "0XfF|255", "' ff '|255", "'\t0x0a\n'|10", "f|15", "0x5|5",
      "00|0", "0x00|0", "7f|127"})
  void hexBytesInEverySpelling(String raw, int expected) {
    assertThat(WireCodes.parseHexByte(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "0x", "0X", "0x1FF", "1FF", "fff", "gg", "-1", "+1", "+f", "0y10", "x1",
      "ｆｆ", "٣", "1 0", "0x 1", "ff ff", "99999999999999999999999999"})
  void malformedHexBytesGiveMinusOne(String raw) {
    assertThat(WireCodes.parseHexByte(raw)).as("parseHexByte(%s)", raw).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"404|404", "' 503 '|503", "'\t200\n'|200", "000|0", "999|999"})
  void statusesOfThreeDigits(String raw, int expected) {
    assertThat(WireCodes.parseStatus(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "40", "4040", "+40", "-40", "+404", "4 4", "40a", "0x1FF", "٤٠٤", "４０４",
      "404.0", "99999999999999999999999999"})
  void malformedStatusesGiveMinusOne(String raw) {
    assertThat(WireCodes.parseStatus(raw)).as("parseStatus(%s)", raw).isEqualTo(-1);
  }

  @Test
  void wireIndexHoldsTheKnownCodesOnlyAndIsUnmodifiable() {
    Map<String, TestCode> index = WireCodes.indexByWire(TestCode.values());

    assertThat(index).containsOnly(Map.entry("device_offline", TestCode.DEVICE_OFFLINE),
        Map.entry("bad_name", TestCode.BAD_NAME), Map.entry("unauthorized", TestCode.UNAUTHORIZED));
    assertThatThrownBy(() -> index.put("x", TestCode.BAD_NAME)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wireIndexRejectsTwoCodesWithOneWireValue() {
    assertThatThrownBy(() -> WireCodes.indexByWire(new TestCode[] {TestCode.BAD_NAME, TestCode.BAD_NAME}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two codes have the wire value bad_name");
  }

  @Test
  void numberIndexFillsFreeSlotsWithUnknown() {
    TestCode[] table = WireCodes.indexByNumber(TestCode.values(), 256, TestCode::number,
        TestCode.UNKNOWN_TO_SDK_VERSION);

    assertThat(table).hasSize(256);
    assertThat(table[0x01]).isEqualTo(TestCode.DEVICE_OFFLINE);
    assertThat(table[0x0a]).isEqualTo(TestCode.BAD_NAME);
    assertThat(table[0xff]).isEqualTo(TestCode.UNAUTHORIZED);
    assertThat(table[0]).isEqualTo(TestCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(table.getClass().getComponentType()).isEqualTo(TestCode.class);
  }

  @Test
  void numberIndexRejectsANumberOutsideTheTable() {
    assertThatThrownBy(() -> WireCodes.indexByNumber(TestCode.values(), 16, TestCode::number,
        TestCode.UNKNOWN_TO_SDK_VERSION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNAUTHORIZED has the number 255, outside 0..15");
  }

  @Test
  void knownCodesAreInDeclarationOrderWithoutUnknownAndUnmodifiable() {
    List<TestCode> known = WireCodes.known(TestCode.values());

    assertThat(known).containsExactly(TestCode.DEVICE_OFFLINE, TestCode.BAD_NAME, TestCode.UNAUTHORIZED);
    assertThatThrownBy(() -> known.add(TestCode.BAD_NAME)).isInstanceOf(UnsupportedOperationException.class);
  }
}
