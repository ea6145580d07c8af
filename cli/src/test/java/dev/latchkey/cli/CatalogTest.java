package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

  @Test
  void everyCatalogReachesItsEnumsLookupAndKnownValues() {
    for (Catalog catalog : Catalog.values()) {
      List<? extends ErrorCode> known = catalog.known();
      assertThat(known).as(catalog.name()).isNotEmpty().allMatch(code -> code.getClass() == catalog.type()
          || code.getClass().getSuperclass() == catalog.type());
      for (ErrorCode code : known) {
        assertThat(catalog.lookup(code.wireValue())).as(catalog + " " + code.wireValue()).isSameAs(code);
      }
      assertThat(catalog.lookup("no-such-code-anywhere").isKnown()).as(catalog.name()).isFalse();
      assertThat(catalog.vendor()).isEqualTo(known.get(0).vendor());
    }
  }
}
