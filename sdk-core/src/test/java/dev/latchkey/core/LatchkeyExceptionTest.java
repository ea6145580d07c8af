package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.testing.AcmeException;
import dev.latchkey.core.testing.TestCode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatchkeyExceptionTest {

  @Test
  void knownCodeGivesOneLineWithCodeStatusDescriptionAndVendorRemedy() {
    LatchkeyException e = new AcmeException(LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).httpStatus(409).requestId("req-42").build());

    assertThat(e.getMessage())
        .isEqualTo("acme: device_offline (HTTP 409) - The device is offline. - Remedy: Check the hub. "
            + "[request id req-42]")
        .doesNotContain("\n");
    assertThat(e.vendor()).isEqualTo("acme");
    assertThat(e.code()).contains(TestCode.DEVICE_OFFLINE);
    assertThat(e.rawCode()).isEqualTo("device_offline");
    assertThat(e.httpStatus()).hasValue(409);
    assertThat(e.requestId()).contains("req-42");
    assertThat(e.category()).isEqualTo(ErrorCategory.DEVICE_UNREACHABLE);
    assertThat(e.retryable()).isTrue();
    assertThat(e.remedies()).containsExactly(Remedy.vendor("Check the hub."));
    assertThat(e.docs()).contains(URI.create("https://example.test/errors#device_offline"));
    assertThat(e.attempts()).isEqualTo(1);
  }

  @Test
  void latchkeyRemedyIsLabelledAndVendorMessageReplacesDescription() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.BAD_NAME).message("name 'x' is too long").attempts(3).build());

    assertThat(e.getMessage()).isEqualTo(
        "acme: bad_name - name 'x' is too long - Latchkey advice: Use a shorter name. [3 attempts]");
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void unknownCodeKeepsTheRawWireValue() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").code(TestCode.fromWire("brand_new")).rawCode("brand_new").httpStatus(400)
        .message("Something new").build());

    assertThat(e.getMessage()).isEqualTo("acme: unknown code 'brand_new' (HTTP 400) - Something new");
    assertThat(e.code()).contains(TestCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(e.rawCode()).isEqualTo("brand_new");
    assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN);
    assertThat(e.remedies()).isEmpty();
    assertThat(e.docs()).isEmpty();
  }

  @Test
  void overridesWinOverTheCode() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).category(ErrorCategory.SERVER_ERROR).retryable(false)
        .remedies(List.of(Remedy.latchkey("Wait."))).docs(URI.create("https://example.test/x")).build());

    assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
    assertThat(e.retryable()).isFalse();
    assertThat(e.remedies()).containsExactly(Remedy.latchkey("Wait."));
    assertThat(e.docs()).contains(URI.create("https://example.test/x"));
  }

  @Test
  void detailsCopyWithNewAttemptCountAndKeepEverythingElse() {
    IOException cause = new IOException("reset");
    LatchkeyException.Details details = LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).httpStatus(503).requestId("r").cause(cause).build();

    LatchkeyException.Details copy = details.withAttempts(4);

    assertThat(copy.attempts()).isEqualTo(4);
    assertThat(details.attempts()).isEqualTo(1);
    assertThat(copy.code()).isEqualTo(details.code());
    assertThat(copy.httpStatus()).isEqualTo(details.httpStatus());
    assertThat(copy.requestId()).isEqualTo(details.requestId());
    assertThat(new LatchkeyException(copy).getCause()).isSameAs(cause);
  }

  @Test
  void messageAndWireValuesAreRedactedBoundedAndSingleLine() {
    String longText = "x".repeat(5000);
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").rawCode("seam_abcdef123456").requestId("Bearer abc.def123")
        .message("line one\nAuthorization: Bearer s3cr3t-token\n{\"pin\":\"4821\"} " + longText).build());

    assertThat(e.getMessage())
        .doesNotContain("s3cr3t-token", "4821", "abcdef123456", "abc.def123", "\n")
        .hasSizeLessThan(1000);
    assertThat(e.details().toString()).doesNotContain("s3cr3t", "4821");
  }

  @Test
  void builderRejectsMissingVendorAndZeroAttempts() {
    assertThatThrownBy(() -> LatchkeyException.Details.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor");
    assertThatThrownBy(() -> LatchkeyException.Details.builder().vendor("acme").attempts(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
  }

  @Test
  void transportExceptionsAreLatchkeyExceptions() {
    LatchkeyException.Details details = LatchkeyException.Details.builder().vendor("acme")
        .category(ErrorCategory.NETWORK).retryable(true).message("connection reset").build();

    assertThat(new LatchkeyConnectionException(details)).isInstanceOf(LatchkeyException.class)
        .hasMessage("acme: connection reset");
  }
}
