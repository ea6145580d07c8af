package dev.latchkey.nuki.webhook;

import dev.latchkey.core.LatchkeyWebhookException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.RemedySource;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.SmartlockResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NukiWebhookTest {

  @Test
  void theSeedPayloadParsesExactly() {
    NukiWebhook webhook = NukiWebhook.parse(NukiWebhookVerifierTest.SEED_BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(webhook.isOperationResult()).isTrue();
    OperationResult result = webhook.operationResult().orElseThrow();
    assertThat(result).isEqualTo(OperationResult.builder("68b142..........a584f103", "AuthCreation")
        .success(false)
        .smartlock(SmartlockResult.failure(123456789L, "ff").withEntityId("68b142..........a584f104"))
        .build());
    assertThat(result.operationType()).isEqualTo(NukiOperationType.AUTH_CREATION);
    SmartlockResult failed = result.failed().get(0);
    assertThat(failed.errorCode()).contains(NukiErrorCode.ERROR_UNKNOWN);
    assertThat(failed.rawErrorCode()).isEqualTo("ff");
    assertThat(failed.remedies()).containsExactly(
        new Remedy("Implement a retry mechanism", RemedySource.VENDOR),
        new Remedy("Check if the smart lock is in an optimised network", RemedySource.VENDOR));
    assertThat(webhook.body()).isEqualTo(NukiWebhookVerifierTest.SEED_BODY);
    assertThat(webhook.feature()).isEqualTo(NukiWebhookFeature.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void anUnlockActionWithATopLevelSmartlock() {
    OperationResult ok = NukiWebhook.parse("{\"type\":\"UnlockAction\",\"requestId\":\"r1\",\"smartlockId\":123,"
        + "\"success\":true}").operationResult().orElseThrow();
    assertThat(ok.success()).isTrue();
    assertThat(ok.operationType()).isEqualTo(NukiOperationType.UNLOCK_ACTION);
    assertThat(ok.smartlocks()).containsExactly(SmartlockResult.success(123));
    OperationResult busy = NukiWebhook.parse("{\"type\":\"UnlockAction\",\"requestId\":\"r2\",\"smartlockId\":123,"
        + "\"success\":false,\"errorCode\":\"45\"}").operationResult().orElseThrow();
    assertThat(busy.failed().get(0).errorCode()).contains(NukiErrorCode.K_ERROR_BUSY);
  }

  @Test
  void unknownTypesAndBytesAreKept() {
    OperationResult r = NukiWebhook.parse("{\"type\":\"FancyNewThing\",\"requestId\":\"r3\",\"success\":false,"
        + "\"detail\":[{\"smartlockId\":1,\"success\":false,\"errorCode\":\"9c\"},{\"smartlockId\":2,\"success\":true},"
        + "{\"success\":false}]}").operationResult().orElseThrow();
    assertThat(r.type()).isEqualTo("FancyNewThing");
    assertThat(r.operationType()).isEqualTo(NukiOperationType.UNKNOWN_TO_SDK_VERSION);
    assertThat(r.failed().get(0).errorCode()).contains(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(r.failed().get(0).rawErrorCode()).isEqualTo("9c");
    assertThat(r.succeeded()).extracting(SmartlockResult::smartlockId).containsExactly(2L);
    assertThat(r.isPartialFailure()).isTrue();
  }

  @Test
  void deviceWebhooksAreTypedAndKeptWhole() {
    String body = "{\"feature\":\"DEVICE_STATUS\",\"smartlockId\":42,\"state\":{\"state\":1,\"brandNew\":[1,2]}}";
    NukiWebhook status = NukiWebhook.parse(body);
    assertThat(status.isOperationResult()).isFalse();
    assertThat(status.feature()).isEqualTo(NukiWebhookFeature.DEVICE_STATUS);
    assertThat(status.smartlockId()).hasValue(42);
    assertThat(status.body()).isEqualTo(body);
    assertThat(status.json().path("state").path("brandNew").size()).isEqualTo(2);
    NukiWebhook auths = NukiWebhook.parse("{\"feature\":\"DEVICE_AUTHS\",\"smartlockId\":42,\"smartlockAuth\":{}}");
    assertThat(auths.feature()).isEqualTo(NukiWebhookFeature.DEVICE_AUTHS);
    NukiWebhook future = NukiWebhook.parse("{\"feature\":\"DEVICE_TELEPATHY\"}");
    assertThat(future.feature()).isEqualTo(NukiWebhookFeature.UNKNOWN_TO_SDK_VERSION);
    assertThat(future.rawFeature()).isEqualTo("DEVICE_TELEPATHY");
    NukiWebhook none = NukiWebhook.parse("{}");
    assertThat(none.rawFeature()).isEmpty();
    assertThat(none.isOperationResult()).isFalse();
  }

  /** Bytes are parsed directly; the body text is the bytes as received, whatever the caller does afterwards. */
  @Test
  void bytesAreReadAsReceivedAndMalformedUtf8IsReadLeniently() {
    byte[] bytes = "{\"type\":\"UnlockAction\",\"requestId\":\"r1\",\"success\":true,\"note\":\"\u00e9\"}"
        .getBytes(StandardCharsets.UTF_8);
    NukiWebhook webhook = NukiWebhook.parse(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    bytes[0] = ' ';
    assertThat(webhook.body()).isEqualTo(text);
    assertThat(webhook.json().path("note").asString()).isEqualTo("\u00e9");

    // A lone 0xFF byte is not UTF-8: read as U+FFFD, as a text body would be, not rejected.
    byte[] malformed = {'{', '"', 'r', 'e', 'q', 'u', 'e', 's', 't', 'I', 'd', '"', ':', '"', 'r', (byte) 0xFF, '"',
        '}'};
    NukiWebhook lenient = NukiWebhook.parse(malformed);
    assertThat(lenient.operationResult().orElseThrow().requestId()).isEqualTo("r\uFFFD");
    assertThat(lenient.body()).isEqualTo(new String(malformed, StandardCharsets.UTF_8));
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsAMalformedPayload() {
    for (String body : new String[] {"not json", "[1,2]", "\"text\"", "{\"a\":"}) {
      assertThatThrownBy(() -> NukiWebhook.parse(body))
          .isInstanceOf(LatchkeyException.class)
          .satisfies(e -> assertThat(((LatchkeyWebhookException) e).reason())
              .isEqualTo(LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD));
    }
  }

  @Test
  void oddFieldsNeverThrowAnythingButLatchkeyExceptions() {
    String[] bodies = {
        "{\"requestId\":\"r\",\"detail\":[1,\"x\",null,{\"smartlockId\":1e400}]}",
        "{\"requestId\":\"r\",\"smartlockId\":\"99999999999999999999999\",\"success\":\"yes\"}",
        "{\"requestId\":\"" + "x".repeat(300) + "\"}",
        "{\"requestId\":\"r\",\"detail\":{\"smartlockId\":1},\"smartlockId\":-5,\"errorCode\":255}",
    };
    for (String body : bodies) {
      NukiWebhook webhook = NukiWebhook.parse(body);
      assertThat(webhook.body()).isEqualTo(body);
    }
    assertThat(NukiWebhook.parse(bodies[2]).isOperationResult()).isFalse();
    assertThat(NukiWebhook.parse(bodies[3]).operationResult().orElseThrow().failed().get(0).errorCode())
        .contains(NukiErrorCode.ERROR_UNKNOWN);
  }
}
