package dev.latchkey.testkit;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One attempt of a webhook, as the {@link SimulatorServer}'s webhook log keeps it: a vendor's delivery log.
 *
 * <p>Immutable and thread-safe. The headers hold the signature, and the body is what the callback received;
 * {@link #toString()} leaves them and the response out.
 *
 * @param id the delivery id, the same for every duplicate of one {@link Webhook}
 * @param attempt 1 for the first attempt, 2 and more for duplicates
 * @param url the callback URL
 * @param headers the headers sent (content type and signature); lookups ignore case
 * @param body the body sent, as UTF-8 text
 * @param outcome what became of the attempt
 * @param status the callback's HTTP status, or 0 when there was no response
 * @param response the callback's response body as text, empty when there was none
 * @param at when the attempt was made (or would have been, for a lost one), from the server's clock
 */
public record WebhookDelivery(
    String id,
    int attempt,
    URI url,
    Map<String, String> headers,
    String body,
    Outcome outcome,
    int status,
    String response,
    Instant at) {

  /** What became of one attempt. */
  public enum Outcome {
    /** The callback answered with an HTTP status (any status, 2xx or not). */
    DELIVERED,
    /** The simulator did not send it, as its {@link WebhookScript.Builder#lost(boolean) script} asked. */
    LOST,
    /** The callback could not be reached or did not answer in time. */
    UNREACHABLE
  }

  /**
   * Copies the headers so the record stays immutable.
   *
   * @param id the delivery id
   * @param attempt the attempt number, from 1
   * @param url the callback URL
   * @param headers the headers sent
   * @param body the body sent
   * @param outcome the outcome
   * @param status the HTTP status, or 0
   * @param response the response body, or empty
   * @param at the attempt time
   */
  public WebhookDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(at, "at");
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@return whether the callback answered with a 2xx status} */
  public boolean accepted() {
    return outcome == Outcome.DELIVERED && status >= 200 && status < 300;
  }

  /**
   * Names the attempt without its headers and body.
   *
   * @return text such as {@code WebhookDelivery[whk_1 #2 DELIVERED 200]}
   */
  @Override
  public String toString() {
    return "WebhookDelivery[" + id + " #" + attempt + " " + outcome + (status == 0 ? "" : " " + status) + "]";
  }
}
