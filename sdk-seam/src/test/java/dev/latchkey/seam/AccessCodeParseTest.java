package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.Secret;
import org.junit.jupiter.api.Test;

class AccessCodeParseTest {

  private static final String OBJECT = "{\"access_code_id\": \"ac_1\", \"device_id\": \"dev_1\", \"code\": \"4821\","
      + " \"is_external_modification_allowed\": false,"
      + " \"errors\": [{\"error_code\": \"failed_to_set_on_device\", \"message\": \"rejected\"}], \"warnings\": []}";

  @Test
  void readsTheObjectOrTheAnswerThatHoldsIt() {
    for (String json : new String[] {OBJECT, "{\"access_code\": " + OBJECT + ", \"ok\": true}"}) {
      AccessCode code = AccessCode.parse(json);

      assertThat(code.accessCodeId()).isEqualTo("ac_1");
      assertThat(code.code().map(Secret::reveal)).contains("4821");
      assertThat(code.errors()).singleElement().satisfies(error ->
          assertThat(error.code()).isEqualTo(SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE));
      assertThat(code.toString()).doesNotContain("4821");
    }
  }

  @Test
  void textThatIsNotAnAccessCodeIsAWrongShape() {
    for (String json : new String[] {"", "{\"access_code_id\": ", "[1]", "{\"access_code\": {\"name\": \"x\"}}"}) {
      assertThatThrownBy(() -> AccessCode.parse(json))
          .isInstanceOfSatisfying(LatchkeyResponseException.class, e ->
              assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE));
    }
  }
}
