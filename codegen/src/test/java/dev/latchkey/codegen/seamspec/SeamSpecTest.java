package dev.latchkey.codegen.seamspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeamSpecTest {

  static byte[] resource(String name) {
    try (InputStream in = SeamSpecTest.class.getClassLoader().getResourceAsStream("seamspec/" + name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("no fixture " + name, e);
    }
  }

  static SeamSpec spec(String name) throws SeamSpecException {
    return SeamSpec.read(name, resource(name), null);
  }

  @Test
  void readsCodesDescriptionsDeprecationsAndOrigins() throws Exception {
    SeamSpec spec = spec("spec-2.0.0.json");

    assertThat(spec.version()).isEqualTo("2.0.0");
    assertThat(spec.codes(SeamSpecList.ACCESS_CODE_ERRORS)).extracting(SpecCode::code).containsExactly(
        "failed_to_set_on_device", "kept_code", "generic_code", "moving_code", "new_code");
    SpecCode moving = spec.codes(SeamSpecList.ACCESS_CODE_ERRORS).get(3);
    assertThat(moving.levels()).containsExactly("connected_account", "device");
    SpecCode slow = spec.codes(SeamSpecList.ACCESS_CODE_WARNINGS).get(0);
    assertThat(slow).isEqualTo(new SpecCode("slow_warning", "Slow.", true,
        Optional.of("Seam no longer sets this warning."), List.of(), slow.line()));
    assertThat(slow.line()).isEqualTo(158);
    assertThat(spec.codes(SeamSpecList.DEVICE_ERRORS)).extracting(SpecCode::code)
        .containsExactly("device_offline", "moving_code");
    assertThat(spec.lists()).doesNotContainKey(SeamSpecList.CONNECTED_ACCOUNT_ERRORS);
  }

  @Test
  void oldVersionsDeprecationNamesTheSuccessor() throws Exception {
    SpecCode old = spec("spec-1.0.0.json").codes(SeamSpecList.ACCESS_CODE_ERRORS).get(2);

    assertThat(old.deprecated()).isTrue();
    assertThat(SeamCatalogImporter.successor(old.deprecation().orElseThrow())).contains("generic_code");
  }

  @Test
  void malformedJsonIsReportedAtItsLineAndColumn() {
    assertThatThrownBy(() -> spec("malformed-syntax.json"))
        .isInstanceOf(SeamSpecException.class)
        .hasMessageStartingWith("malformed-syntax.json:9:3: not valid JSON: ");
  }

  @Test
  void aVariantWithoutItsCodeIsReportedAtTheCodeField() {
    assertThatThrownBy(() -> spec("malformed-shape.json"))
        .isInstanceOf(SeamSpecException.class)
        .hasMessage("malformed-shape.json:70:35: missing 'enum'");
  }

  @Test
  void aDocumentWithoutTheListsIsNotTakenForASpec() {
    byte[] other = ("{\"info\": {\"x-seamapi-types-version\": \"1\"}, \"components\": {\"schemas\": {}}}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SeamSpec.read("other.json", other, null))
        .isInstanceOf(SeamSpecException.class)
        .hasMessageStartingWith("other.json:1:1: no errors or warnings of access_code");
  }
}
