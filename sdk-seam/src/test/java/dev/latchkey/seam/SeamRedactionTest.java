package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeamRedactionTest {

  @Test
  void theUnauthorizedMessageKeepsTheCatalogsRemedyWordForWord() {
    SeamException e = new SeamException(LatchkeyException.Details.builder()
        .code(SeamHttpErrorType.UNAUTHORIZED).httpStatus(401).message("Unauthorized").requestId("req_1").build());

    assertThat(SeamHttpErrorType.UNAUTHORIZED.remedies().get(0).text()).contains("Authorization: Bearer;");
    assertThat(e.getMessage())
        .contains(SeamHttpErrorType.UNAUTHORIZED.remedies().get(0).text())
        .doesNotContain("[redacted]");
  }

  @Test
  void seamKeyPrefixesAreRegisteredFromTheSeamModule() {
    String text = "key seam_test2ZMo_4KJ3hnH5 and hook whsec_MfKQ9r8GKYqrTw";

    assertThat(Redactor.generic().redact(text)).isEqualTo(text);
    assertThat(SeamRedaction.redactor().redact(text)).isEqualTo("key seam_[redacted] and hook whsec_[redacted]");
    assertThat(SeamRedaction.redactor().keyPrefixes()).containsExactlyElementsOf(SeamRedaction.KEY_PREFIXES);
  }

  @Test
  void toStringShowsTheEndpointWithoutUserInfoOrQuery() {
    for (String endpoint : List.of("https://user:pa55w0rdCanary@connect.example.test/v1?token=qCanary#fCanary",
        "https://pa55w0rdCanary@connect.example.test?token=qCanary", "http://u:p@ss:pa55w0rdCanary@127.0.0.1:8080")) {
      SeamClient client = SeamClient.builder().apiKey("seam_k_1").baseUrl(endpoint)
          .environment(name -> null).build();

      assertThat(client.toString()).startsWith("SeamClient[http").doesNotContain("Canary", "@", "seam_k_1");
    }
    assertThat(SeamClient.builder().apiKey("seam_k_1").baseUrl("https://user:pw1@host.test:8443/api?x=1")
        .environment(name -> null).build().toString()).isEqualTo("SeamClient[https://host.test:8443/api]");
  }
}
