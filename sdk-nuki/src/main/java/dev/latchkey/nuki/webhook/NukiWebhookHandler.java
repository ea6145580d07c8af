package dev.latchkey.nuki.webhook;

import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.OperationDispatcher;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * The application's webhook endpoint in one call: verifies the signature, parses the body, and hands an
 * operation result to the {@link OperationDispatcher} that completes the matching pending operation (once,
 * however often Nuki delivers it).
 *
 * <pre>{@code
 * NukiWebhookHandler handler = NukiWebhookHandler.create(NukiWebhookVerifier.create(secret), nuki.dispatcher());
 * // in the HTTP endpoint:
 * try {
 *   HandledWebhook handled = handler.handleStream(request::getHeader, request.getInputStream());
 *   respond(200);
 * } catch (LatchkeyException rejected) {
 *   respond(401);                                  // not from Nuki, or tampered with: do not act on it
 * }
 * }</pre>
 *
 * <p>Device webhooks are returned parsed and not dispatched. Immutable and thread-safe.
 */
public final class NukiWebhookHandler {

  private final NukiWebhookVerifier verifier;
  private final OperationDispatcher dispatcher;

  private NukiWebhookHandler(NukiWebhookVerifier verifier, OperationDispatcher dispatcher) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
  }

  /**
   * A handler.
   *
   * @param verifier the verifier with the webhook's secret
   * @param dispatcher the dispatcher of this instance's pending operations (the client's
   *     {@link dev.latchkey.nuki.NukiClient#dispatcher()})
   * @return the handler
   */
  public static NukiWebhookHandler create(NukiWebhookVerifier verifier, OperationDispatcher dispatcher) {
    return new NukiWebhookHandler(verifier, dispatcher);
  }

  /**
   * Verifies, parses and dispatches a webhook.
   *
   * @param headers looks up a request header by name; null when absent
   * @param body the raw request body
   * @return the webhook and what dispatching it did
   * @throws dev.latchkey.core.LatchkeyException when the webhook must be rejected (see
   *     {@link NukiWebhookVerifier}), or its verified body is not a JSON object
   */
  public HandledWebhook handle(Function<String, String> headers, byte[] body) {
    return dispatch(NukiWebhook.parse(verifier.verify(headers, body)));
  }

  /**
   * Verifies, parses and dispatches a webhook whose body is a stream (read up to the verifier's maximum).
   *
   * @param headers looks up a request header by name; null when absent
   * @param body the request body stream; not closed
   * @return the webhook and what dispatching it did
   * @throws dev.latchkey.core.LatchkeyException when the webhook must be rejected, or its verified body is
   *     not a JSON object
   */
  public HandledWebhook handleStream(Function<String, String> headers, InputStream body) {
    return dispatch(NukiWebhook.parse(verifier.verifyStream(headers, body)));
  }

  private HandledWebhook dispatch(NukiWebhook webhook) {
    DispatchOutcome outcome = webhook.operationResult().map(dispatcher::dispatch).orElse(null);
    return new HandledWebhook(webhook, outcome);
  }

  @Override
  public String toString() {
    return "NukiWebhookHandler{" + verifier + "}";
  }
}
