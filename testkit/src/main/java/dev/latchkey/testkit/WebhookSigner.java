package dev.latchkey.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * Computes the signature headers a vendor puts on a webhook, supplied by the vendor simulator: Nuki's
 * HMAC-SHA256 of the body, Seam's (Svix) {@code svix-id}, {@code svix-timestamp} and {@code svix-signature}.
 * Called once per attempt, so that a duplicate is signed again at its own send time, as a vendor's retry is.
 */
@FunctionalInterface
public interface WebhookSigner {

  /** Sends no signature headers. */
  WebhookSigner UNSIGNED = (deliveryId, timestamp, body) -> Map.of();

  /**
   * The headers that sign one attempt.
   *
   * @param deliveryId the delivery's id, the same for every duplicate
   * @param timestamp the send time, from the server's clock
   * @param body the exact bytes to be sent
   * @return the headers to add, name to value
   */
  Map<String, String> sign(String deliveryId, Instant timestamp, byte[] body);
}
