package dev.latchkey.nuki.webhook;

import dev.latchkey.core.LatchkeyWebhookException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.PendingOperation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NukiWebhookHandlerTest {

  private final OperationDispatcher dispatcher = OperationDispatcher.create(
      InMemoryPendingOperationStore.builder().sweepInterval(Duration.ZERO).build());
  private final NukiWebhookHandler handler = NukiWebhookHandler.create(
      NukiWebhookVerifier.create(Secret.of(NukiWebhookVerifierTest.SECRET)), dispatcher);

  private static byte[] seed() {
    return NukiWebhookVerifierTest.SEED_BODY.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSeedWebhookFromAStreamCompletesItsOperation() {
    PendingOperation op = dispatcher.track("68b142..........a584f103", List.of(123456789L, 5L));
    HandledWebhook handled = handler.handleStream(
        Map.of("X-Nuki-Signature-SHA256", NukiWebhookVerifierTest.SEED_SIGNATURE)::get,
        new ByteArrayInputStream(seed()));
    assertThat(handled.outcome()).contains(DispatchOutcome.COMPLETED);
    assertThat(handled.webhook().operationResult().orElseThrow().operationType())
        .isEqualTo(NukiOperationType.AUTH_CREATION);
    assertThat(op.isDone()).isTrue();
    assertThat(op.future()).isCompletedExceptionally();
  }

  @Test
  void aForgedWebhookCompletesNothingAndIsNotParsed() {
    PendingOperation op = dispatcher.track("68b142..........a584f103", List.of(123456789L));
    byte[] forged = NukiWebhookVerifierTest.SEED_BODY.replace("\"success\": false\n}", "\"success\": true\n}")
        .replace("\"errorCode\": \"ff\",", "").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> handler.handle(
        Map.of("X-Nuki-Signature-SHA256", NukiWebhookVerifierTest.SEED_SIGNATURE)::get, forged))
        .isInstanceOf(LatchkeyException.class)
        .satisfies(e -> assertThat(((LatchkeyWebhookException) e).reason())
            .isEqualTo(LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH));
    assertThatThrownBy(() -> handler.handle(name -> null, "not even json".getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> assertThat(((LatchkeyWebhookException) e).reason())
            .isEqualTo(LatchkeyWebhookException.Reason.MISSING_HEADER));
    assertThat(op.isDone()).isFalse();
  }
}
