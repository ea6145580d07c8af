package dev.latchkey.nuki.webhook;

import dev.latchkey.nuki.operation.DispatchOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link NukiWebhookHandler} did with a verified webhook: the webhook, and for an operation result what
 * dispatching it did (completed a pending operation, was a duplicate delivery, or matched none here).
 * Immutable.
 */
public final class HandledWebhook {

  private final NukiWebhook webhook;
  private final DispatchOutcome outcome;

  HandledWebhook(NukiWebhook webhook, DispatchOutcome outcome) {
    this.webhook = Objects.requireNonNull(webhook, "webhook");
    this.outcome = outcome;
  }

  /** {@return the verified, parsed webhook} */
  public NukiWebhook webhook() {
    return webhook;
  }

  /** {@return what dispatching an operation result did; empty for a device webhook} */
  public Optional<DispatchOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  @Override
  public String toString() {
    return "HandledWebhook{" + webhook + ", outcome=" + (outcome == null ? "none" : outcome) + "}";
  }
}
