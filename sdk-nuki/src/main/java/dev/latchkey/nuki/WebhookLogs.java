package dev.latchkey.nuki;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.WebhookLogEntry;
import dev.latchkey.nuki.operation.WebhookLogSource;
import dev.latchkey.nuki.webhook.NukiWebhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nuki's log of webhook deliveries ({@code GET /api/key/{apiKeyId}/webhook/logs}), newest first, at most 100
 * per page; Nuki keeps about the last 300. Any application instance can settle its pending operations from it,
 * even when the webhook went to another instance or was lost: see {@link #source(long)} and
 * {@link dev.latchkey.nuki.operation.Reconciler}. Reads, retried on transient failures.
 */
public final class WebhookLogs {

  /** The most entries Nuki returns per page. */
  public static final int MAX_LIMIT = 100;

  private final NukiHttp http;

  WebhookLogs(NukiHttp http) {
    this.http = http;
  }

  /**
   * One page of the log, newest first.
   *
   * @param apiKeyId the id of the (advanced) API key the webhooks belong to
   * @param olderThanId the id of the last entry of the previous page, for the entries older than it; null for
   *     the newest
   * @param limit the most entries, 1..{@value #MAX_LIMIT}
   * @return the entries; empty when there are no more
   * @throws NukiException when Nuki answers with an error
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   * @throws IllegalArgumentException when the limit is out of range
   */
  public List<WebhookLog> list(long apiKeyId, String olderThanId, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    ApiRequest.Builder request = ApiRequest.get("/api/key/" + apiKeyId + "/webhook/logs")
        .query("limit", Integer.toString(limit));
    if (olderThanId != null) {
      request.query("id", olderThanId);
    }
    return http.readList(request, WebhookLog::fromJson);
  }

  /**
   * The log as the {@link dev.latchkey.nuki.operation.Reconciler} reads it: each delivery with the operation
   * result parsed from its body (none for device webhooks or bodies that are not results).
   *
   * @param apiKeyId the id of the (advanced) API key the webhooks belong to
   * @return the log source
   */
  public WebhookLogSource source(long apiKeyId) {
    return (olderThan, limit) -> {
      List<WebhookLogEntry> out = new ArrayList<>();
      for (WebhookLog log : list(apiKeyId, olderThan, limit)) {
        Optional<OperationResult> result = log.body().flatMap(WebhookLogs::result)
            .filter(r -> log.requestId().isEmpty() || r.requestId().equals(log.requestId()));
        out.add(result.isPresent() ? WebhookLogEntry.of(log.id(), log.created(), result.get())
            : WebhookLogEntry.withoutResult(log.id(), log.created(), log.requestId()));
      }
      return out;
    };
  }

  /** The result in a logged body; a body that is not JSON is a log entry without a result, not a failure. */
  private static Optional<OperationResult> result(String body) {
    try {
      return NukiWebhook.parse(body).operationResult();
    } catch (LatchkeyException notJson) {
      return Optional.empty();
    }
  }
}
