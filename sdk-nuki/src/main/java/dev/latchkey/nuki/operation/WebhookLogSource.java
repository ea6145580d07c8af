package dev.latchkey.nuki.operation;

import java.util.List;

/**
 * Where the {@link Reconciler} reads the webhook deliveries Nuki made: the Web API's
 * {@code GET /api/key/{apiKeyId}/webhook/logs}, which lists them newest first, at most 100 at a time, each
 * with its request id and the body sent. The Nuki client supplies the HTTP implementation; tests supply fakes.
 */
@FunctionalInterface
public interface WebhookLogSource {

  /**
   * One page of deliveries, newest first.
   *
   * @param olderThanLogId the {@linkplain WebhookLogEntry#logId() log id} of the last entry of the previous
   *     page, to get the entries older than it; null for the newest
   * @param limit the most entries to return, 1..100
   * @return the entries, newest first; empty when there are no more
   * @throws dev.latchkey.core.LatchkeyException when the log cannot be read
   */
  List<WebhookLogEntry> deliveries(String olderThanLogId, int limit);
}
