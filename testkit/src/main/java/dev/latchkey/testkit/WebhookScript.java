package dev.latchkey.testkit;

import dev.latchkey.core.Durations;
import java.time.Duration;

/**
 * What becomes of a webhook delivery: sent after a delay, sent again (vendors retry deliveries they believe
 * failed), or lost (logged, never sent). A {@link Webhook} carries one ({@link Webhook.Builder#script}); a
 * vendor simulator takes them as a test control, such as {@code NukiSimulator.scriptNextWebhook}.
 *
 * <pre>{@code
 * nuki.scriptNextWebhook(WebhookScript.builder().duplicates(2).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookScript {

  private final Duration delay;
  private final int duplicates;
  private final boolean lost;

  private WebhookScript(Builder builder) {
    this.delay = builder.delay;
    this.duplicates = builder.duplicates;
    this.lost = builder.lost;
  }

  /** {@return a builder: no delay, no duplicates, not lost} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how long the server waits before the first attempt} */
  public Duration delay() {
    return delay;
  }

  /** {@return how many extra copies follow the first attempt} */
  public int duplicates() {
    return duplicates;
  }

  /** {@return whether the webhook is lost: logged, never sent} */
  public boolean lost() {
    return lost;
  }

  /**
   * Names the script's settings.
   *
   * @return text such as {@code WebhookScript[delay=PT0S, duplicates=2, lost=false]}
   */
  @Override
  public String toString() {
    return "WebhookScript[delay=" + delay + ", duplicates=" + duplicates + ", lost=" + lost + "]";
  }

  /** Builds a {@link WebhookScript}. Not thread-safe. */
  public static final class Builder {

    private Duration delay = Duration.ZERO;
    private int duplicates;
    private boolean lost;

    private Builder() {
    }

    /**
     * Waits this long before the first attempt (default none).
     *
     * @param delay the delay, not negative
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder delay(Duration delay) {
      this.delay = Durations.requireNonNegative(delay, "delay");
      return this;
    }

    /**
     * Sends this many extra copies with the same delivery id right after the first (default 0).
     *
     * @param duplicates the number of copies, 0 or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder duplicates(int duplicates) {
      if (duplicates < 0) {
        throw new IllegalArgumentException("duplicates must not be negative: " + duplicates);
      }
      this.duplicates = duplicates;
      return this;
    }

    /**
     * Loses the webhook: the server logs it as {@link WebhookDelivery.Outcome#LOST} and never sends it (a
     * simulator's webhook logs show it as not delivered).
     *
     * @param lost whether it is lost (default false)
     * @return this builder
     */
    public Builder lost(boolean lost) {
      this.lost = lost;
      return this;
    }

    /**
     * Builds the script.
     *
     * @return the script
     */
    public WebhookScript build() {
      return new WebhookScript(this);
    }
  }
}
