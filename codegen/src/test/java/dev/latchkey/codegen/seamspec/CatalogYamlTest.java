package dev.latchkey.codegen.seamspec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogYamlTest {

  @Test
  void aScalarWithLineBreaksAndControlsReadsBackAsWritten() throws SeamSpecException {
    // Quoting must escape breaks and controls: a raw carriage return in double quotes reads back as a space.
    for (String text : new String[] {"line\r\nnext", "tab\there", "bell\u0007", "del\u007f", "sep\u2028x",
        "say \"hi\" \\ back", "plain words", "0xFF", "yes", "- dash"}) {
      assertThat(CatalogYaml.read("t.yaml", "k: " + CatalogYaml.scalar(text)).get("k")).as(text).isEqualTo(text);
    }
  }
}
