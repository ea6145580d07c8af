package dev.latchkey.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.WireCode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireCodesTest {

  /** A hand-written stand-in for a generated enum. */
  enum Door implements WireCode {
    OPEN("open", 0x01),
    SHUT("shut", 0xff),
    UNKNOWN_TO_SDK_VERSION("", -1);

    private final String wire;
    private final int number;

    Door(String wire, int number) {
      this.wire = wire;
      this.number = number;
    }

    @Override
    public String vendor() {
      return "acme";
    }

    @Override
    public String wireValue() {
      return wire;
    }

    @Override
    public String description() {
      return name();
    }

    @Override
    public Optional<URI> docs() {
      return Optional.empty();
    }

    @Override
    public boolean deprecated() {
      return false;
    }

    @Override
    public Optional<Door> replacedBy() {
      return Optional.empty();
    }

    @Override
    public boolean isKnown() {
      return this != UNKNOWN_TO_SDK_VERSION;
    }
  }

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
    Map<String, Door> index = WireCodes.indexByWire(Door.values());

    assertThat(index).containsOnly(Map.entry("open", Door.OPEN), Map.entry("shut", Door.SHUT));
    assertThatThrownBy(() -> index.put("x", Door.OPEN)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wireIndexRejectsTwoCodesWithOneWireValue() {
    assertThatThrownBy(() -> WireCodes.indexByWire(new Door[] {Door.OPEN, Door.OPEN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two codes have the wire value open");
  }

  @Test
  void numberIndexFillsFreeSlotsWithUnknown() {
    Door[] table = WireCodes.indexByNumber(Door.values(), 256, door -> door.number, Door.UNKNOWN_TO_SDK_VERSION);

    assertThat(table).hasSize(256);
    assertThat(table[0x01]).isEqualTo(Door.OPEN);
    assertThat(table[0xff]).isEqualTo(Door.SHUT);
    assertThat(table[0]).isEqualTo(Door.UNKNOWN_TO_SDK_VERSION);
    assertThat(table.getClass().getComponentType()).isEqualTo(Door.class);
  }

  @Test
  void numberIndexRejectsANumberOutsideTheTable() {
    assertThatThrownBy(() -> WireCodes.indexByNumber(Door.values(), 16, d -> d.number, Door.UNKNOWN_TO_SDK_VERSION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHUT has the number 255, outside 0..15");
  }

  @Test
  void knownCodesAreInDeclarationOrderWithoutUnknownAndUnmodifiable() {
    List<Door> known = WireCodes.known(Door.values());

    assertThat(known).containsExactly(Door.OPEN, Door.SHUT);
    assertThatThrownBy(() -> known.add(Door.OPEN)).isInstanceOf(UnsupportedOperationException.class);
  }
}
