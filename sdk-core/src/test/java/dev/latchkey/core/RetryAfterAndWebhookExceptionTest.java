package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link LatchkeyException#retryAfter()}, {@link LatchkeyException#isRateLimited()} and the webhook exception. */
class RetryAfterAndWebhookExceptionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void everyDecoderGetsRetryAfterPresetFromTheHeaderMeasuredOnTheGivenClock() {
    ErrorResponse response = ErrorResponse.builder().vendor("acme").status(429)
        .header("Retry-After", "Sat, 21 Nov 2026 10:01:30 GMT").clock(CLOCK).build();

    LatchkeyException e = ErrorDecoder.generic().decode(response);

    assertThat(response.retryAfter()).contains(Duration.ofSeconds(90));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
    assertThat(e.isRateLimited()).isTrue();
    assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
  }

  @Test
  void noHeaderOrAnUnreadableOneGivesNoWait() {
    LatchkeyException none = ErrorDecoder.generic().decode(
        ErrorResponse.builder().vendor("acme").status(503).clock(CLOCK).build());
    LatchkeyException soon = ErrorDecoder.generic().decode(
        ErrorResponse.builder().vendor("acme").status(503).header("Retry-After", "soon").clock(CLOCK).build());

    assertThat(none.retryAfter()).isEmpty();
    assertThat(soon.retryAfter()).isEmpty();
    assertThat(none.isRateLimited()).isFalse();
  }

  @Test
  void aRateLimitCodeWithoutA429IsRateLimitedToo() {
    LatchkeyException byCategory = new LatchkeyException(LatchkeyException.Details.builder().vendor("acme")
        .category(ErrorCategory.RATE_LIMITED).retryAfter(Duration.ofSeconds(3)).build());

    assertThat(byCategory.isRateLimited()).isTrue();
    assertThat(byCategory.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(byCategory.details().toBuilder().build().retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(byCategory.details().toString()).contains("retryAfter=PT3S");
    assertThatThrownBy(() -> LatchkeyException.Details.builder().retryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void webhookRejectionsAreOneCoreClassWithAReason() {
    LatchkeyWebhookException mismatch = new LatchkeyWebhookException("seam",
        LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH, "No signature matches");
    LatchkeyWebhookException tooLarge = new LatchkeyWebhookException("nuki",
        LatchkeyWebhookException.Reason.BODY_TOO_LARGE, "The body is over 1 MiB");

    assertThat(mismatch.vendor()).isEqualTo("seam");
    assertThat(mismatch.reason()).isEqualTo(LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH);
    assertThat(mismatch.rawCode()).isEqualTo("webhook_signature_mismatch");
    assertThat(mismatch.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(mismatch.retryable()).isFalse();
    assertThat(tooLarge.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
    assertThat(tooLarge.getMessage()).isEqualTo("nuki: unknown code 'webhook_body_too_large' - The body is over 1 MiB");
  }
}
