package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookLogEntryTest {

  private static final Instant AT = Instant.parse("2026-11-22T00:00:00Z");

  @Test
  void anEntryOfAResultHasTheResultsRequestId() {
    OperationResult result = OperationResult.builder("r1", "UnlockAction").success(true).build();

    assertThat(WebhookLogEntry.of("l1", AT, result))
        .isEqualTo(new WebhookLogEntry("l1", AT, "r1", Optional.of(result)))
        .hasToString("WebhookLogEntry{logId=l1, created=2026-11-22T00:00:00Z, requestId=r1, result=success}");
    assertThat(WebhookLogEntry.withoutResult("l2", AT, "").result()).isEmpty();
  }

  @Test
  void aResultOfAnotherRequestIsRejected() {
    OperationResult result = OperationResult.builder("r1", "UnlockAction").success(true).build();

    assertThatThrownBy(() -> new WebhookLogEntry("l1", AT, "r2", Optional.of(result)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WebhookLogEntry("l1", AT, "r1", null)).isInstanceOf(NullPointerException.class);
  }
}
