package dev.latchkey.codegen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest
  @CsvSource({
      "'', '', 0",
      "'', abc, 3",
      "abc, '', 3",
      "ff, ff, 0",
      "kitten, sitting, 3",
      "flaw, lawn, 2",
      "summary, sumary, 1",
      "byte, Byte, 1",
      "ab, ba, 2"
  })
  void countsInsertionsDeletionsAndSubstitutions(String a, String b, int distance) {
    assertThat(EditDistance.between(a, b)).isEqualTo(distance);
    assertThat(EditDistance.between(b, a)).isEqualTo(distance);
  }
}
