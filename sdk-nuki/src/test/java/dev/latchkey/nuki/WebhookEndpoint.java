package dev.latchkey.nuki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.webhook.HandledWebhook;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An application's webhook endpoint, as small as it gets: a JDK HttpServer on loopback that hands each POST to
 * a {@link NukiWebhookHandler} and answers 200, or 400 when the handler rejects the webhook.
 */
final class WebhookEndpoint implements AutoCloseable {

  private final HttpServer server;
  private final List<Optional<DispatchOutcome>> outcomes = new CopyOnWriteArrayList<>();
  private final List<String> rejections = new CopyOnWriteArrayList<>();
  private volatile NukiWebhookHandler handler;

  WebhookEndpoint() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/nuki", this::receive);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/nuki";
  }

  /** The handler is set once the webhook is registered: its secret comes from the registration. */
  void handler(NukiWebhookHandler handler) {
    this.handler = handler;
  }

  /** What the handler reported for each accepted webhook: the dispatch outcome, empty for device webhooks. */
  List<Optional<DispatchOutcome>> outcomes() {
    return List.copyOf(outcomes);
  }

  List<String> rejections() {
    return List.copyOf(rejections);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status;
      try {
        HandledWebhook handled = handler.handle(exchange.getRequestHeaders()::getFirst, body);
        outcomes.add(handled.outcome());
        status = 200;
      } catch (LatchkeyException e) {
        rejections.add(e.getMessage());
        status = 400;
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
