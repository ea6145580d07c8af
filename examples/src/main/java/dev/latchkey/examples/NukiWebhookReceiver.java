package dev.latchkey.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.nuki.NukiClient;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import dev.latchkey.nuki.RegisteredWebhook;
import dev.latchkey.nuki.Smartlock;
import dev.latchkey.nuki.operation.NukiOperationFailedException;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.OperationRetry;
import dev.latchkey.nuki.operation.PendingOperation;
import dev.latchkey.nuki.operation.Reconciler;
import dev.latchkey.nuki.operation.Reconciliation;
import dev.latchkey.nuki.operation.SmartlockResult;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import dev.latchkey.testkit.WebhookScript;
import dev.latchkey.testkit.nuki.NukiSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tutorial: receive Nuki's webhooks and turn the results of advanced calls into typed per-smartlock outcomes.
 *
 * <p>It starts a webhook endpoint (the JDK's HTTP server on 127.0.0.1), registers it as a decentral webhook,
 * rejects a forged delivery, locks every smartlock with an advanced call, prints each smartlock's result with
 * its typed error and remedies, retries the retryable failures, and settles an operation whose webhook was
 * lost from Nuki's webhook log. The walkthrough is {@code examples/nuki-webhooks.md}.
 *
 * <p>Without {@code NUKI_API_TOKEN} it runs on the embedded {@link NukiSimulator}, where smartlock 102 is
 * offline at first and the webhook for 103 is lost. With it, it needs {@code NUKI_WEBHOOK_URL} (a public https
 * URL that forwards to {@code NUKI_WEBHOOK_PORT} on this machine) and {@code NUKI_API_KEY_ID} (for the logs),
 * and it locks every smartlock of the account.
 */
public final class NukiWebhookReceiver {

  /** The public https URL Nuki posts to, forwarded to this machine (real API only). */
  public static final String WEBHOOK_URL_ENV = "NUKI_WEBHOOK_URL";

  /** The local port the endpoint listens on, on 127.0.0.1 (real API only; default: any free port). */
  public static final String WEBHOOK_PORT_ENV = "NUKI_WEBHOOK_PORT";

  /** The id of the advanced API key whose webhook log is read (real API only). */
  public static final String API_KEY_ID_ENV = "NUKI_API_KEY_ID";

  private NukiWebhookReceiver() {}

  /**
   * Runs the tutorial on the simulator, or on Nuki when {@code NUKI_API_TOKEN} is set.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, System.getenv());
  }

  /**
   * Runs the tutorial.
   *
   * @param out where it prints
   * @param env the environment: {@code NUKI_API_TOKEN} selects the real Nuki Web API (see the class comment
   *     for the other variables it then needs); without it the embedded simulator is used
   * @throws LatchkeyException when Nuki cannot be reached or answers with an error
   * @throws IllegalArgumentException when the token is set but another variable the real API needs is not
   */
  public static void run(PrintStream out, Map<String, String> env) {
    if (env.get(NukiClient.API_TOKEN_ENV) != null) {
      String publicUrl = required(env, WEBHOOK_URL_ENV, "the public https URL Nuki posts to");
      long apiKeyId = number(env, API_KEY_ID_ENV, required(env, API_KEY_ID_ENV, "the advanced API key's id"));
      int port = (int) number(env, WEBHOOK_PORT_ENV, env.getOrDefault(WEBHOOK_PORT_ENV, "0"));
      out.println("Nuki: webhook receiver on the Nuki Web API");
      NukiClient nuki = NukiClient.builder().environment(env::get).build();
      try (Endpoint endpoint = Endpoint.start(port)) {
        receive(nuki, out, endpoint, publicUrl, apiKeyId, OperationRetry.create(), Duration.ofSeconds(30),
            new Simulation() {});
      }
      return;
    }
    try (NukiSimulator simulator = NukiSimulator.start(); Endpoint endpoint = Endpoint.start(0)) {
      out.println("Nuki: webhook receiver on the embedded simulator");
      NukiClient nuki = NukiClient.builder()
          .apiToken(simulator.apiToken())
          .baseUrl(simulator.baseUrl())
          .environment(name -> null)
          .build();
      // The simulator's locks come back at once: no need for the default 5 s backoff here.
      OperationRetry retry = OperationRetry.builder()
          .policy(OperationRetry.DEFAULT_POLICY.toBuilder().initialBackoff(Duration.ofMillis(50)).build())
          .build();
      // Every delivery is awaited below, so a short wait is enough for the one that never comes.
      receive(nuki, out, endpoint, endpoint.url(), simulator.apiKeyId(), retry, Duration.ofMillis(100),
          new Simulation() {
        @Override
        public void beforeLocking(long smartlockId) {
          if (smartlockId == 102) {
            simulator.setOnline(102, false);
          } else if (smartlockId == 103) {
            simulator.scriptNextWebhook(WebhookScript.builder().lost(true).build());
          }
        }

        @Override
        public void awaitDeliveries(int count) {
          simulator.server().awaitWebhookDeliveries(count, Duration.ofSeconds(10));
        }

        @Override
        public void beforeRetrying() {
          simulator.setOnline(102, true);
        }
      });
    }
  }

  private static String required(Map<String, String> env, String name, String what) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Set " + name + ": " + what + " (see examples/nuki-webhooks.md)");
    }
    return value;
  }

  private static long number(Map<String, String> env, String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + env.get(name) + "'", e);
    }
  }

  /** What the simulator does to the locks at each step; nothing against the real API. */
  interface Simulation {
    default void beforeLocking(long smartlockId) {}

    default void awaitDeliveries(int count) {}

    default void beforeRetrying() {}
  }

  // ---- the app

  static void receive(NukiClient nuki, PrintStream out, Endpoint endpoint, String publicUrl, long apiKeyId,
      OperationRetry retry, Duration wait, Simulation simulation) {
    // 1. Register the endpoint; Nuki answers with the secret every delivery is signed with.
    RegisteredWebhook webhook = nuki.webhooks().register(publicUrl, Set.of(NukiWebhookFeature.DEVICE_STATUS));
    endpoint.handler(NukiWebhookHandler.create(
        NukiWebhookVerifier.create(webhook.secret().orElseThrow()), nuki.dispatcher()));
    out.println("1. registered webhook " + webhook.id() + " for " + publicUrl);
    try {
      // 2. Anyone can POST to a public URL: an unsigned or wrongly signed body is refused.
      int status = endpoint.postForged("{\"type\":\"UnlockAction\",\"requestId\":\"forged\",\"smartlockId\":101,"
          + "\"success\":true}");
      out.println("2. forged delivery answered HTTP " + status + ": " + endpoint.lastRejection());

      // 3. Lock every smartlock; each advanced call answers at once, its result comes as a webhook.
      Map<Long, PendingOperation> pending = new LinkedHashMap<>();
      for (Smartlock lock : nuki.smartlocks().list()) {
        simulation.beforeLocking(lock.smartlockId());
        pending.put(lock.smartlockId(), nuki.actions().lockAdvanced(lock.smartlockId()));
      }
      out.println("3. lock requested on " + pending.keySet());

      // 4. Each result, typed per smartlock.
      simulation.awaitDeliveries(pending.size());
      out.println("4. results");
      List<OperationResult> failed = new ArrayList<>();
      List<PendingOperation> unanswered = new ArrayList<>();
      for (PendingOperation operation : pending.values()) {
        try {
          print(out, operation.join(wait));
        } catch (NukiOperationFailedException e) {
          print(out, e.result());
          failed.add(e.result());
        } catch (LatchkeyException e) {
          out.println("   request " + operation.requestId() + " on " + operation.smartlockIds()
              + ": no webhook yet (" + e.category() + ")");
          unanswered.add(operation);
        }
      }

      // 5. Retry the smartlocks whose error the catalog marks retryable (ff: "Implement a retry mechanism").
      simulation.beforeRetrying();
      for (OperationResult result : failed) {
        try {
          OperationResult settled = retry.retryFailed(result, ids -> nuki.actions().lockAdvanced(ids.iterator().next()));
          out.println("5. retried " + result.failedSmartlockIds() + ": success=" + settled.success());
        } catch (NukiOperationFailedException e) {
          out.println("5. retried " + result.failedSmartlockIds() + ": still failing after " + e.attempts()
              + " attempts: " + e.getMessage());
        }
      }

      // 6. A webhook that never came: settle the operation from Nuki's webhook log. In production, run
      //    reconcile() every minute with the default grace period; here one pass runs at once.
      Reconciler reconciler = Reconciler.builder(nuki.dispatcher(), nuki.webhookLogs().source(apiKeyId))
          .gracePeriod(Duration.ZERO)
          .build();
      Reconciliation pass = reconciler.reconcile();
      out.println("6. reconciled from the webhook log: " + pass.overdue() + " overdue, " + pass.settled()
          + " settled");
      for (PendingOperation operation : unanswered) {
        try {
          print(out, operation.join(wait));
        } catch (NukiOperationFailedException e) {
          print(out, e.result());
        }
      }
    } finally {
      nuki.webhooks().delete(webhook.id());
      out.println("7. unregistered webhook " + webhook.id());
    }
  }

  private static void print(PrintStream out, OperationResult result) {
    for (SmartlockResult lock : result.smartlocks()) {
      if (lock.success()) {
        out.println("   smartlock " + lock.smartlockId() + ": " + result.type() + " succeeded");
        continue;
      }
      out.println("   smartlock " + lock.smartlockId() + ": " + result.type() + " failed with " + lock.rawErrorCode()
          + " " + lock.errorCode().map(Enum::name).orElse("(no code)")
          + (lock.retryable() ? ", retryable" : ", not retryable"));
      lock.remedies().forEach(r -> out.println("      -> " + r.labelled()));
    }
  }

  /**
   * The app's webhook endpoint: the JDK's HTTP server on 127.0.0.1, answering 200 for a verified delivery and
   * 401 for one that must be ignored.
   */
  static final class Endpoint implements AutoCloseable {
    private final HttpServer server;
    private volatile NukiWebhookHandler handler;
    private volatile String lastRejection = "none";

    private Endpoint(HttpServer server) {
      this.server = server;
    }

    static Endpoint start(int port) {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Endpoint endpoint = new Endpoint(server);
        server.createContext("/nuki/webhook", endpoint::receive);
        server.start();
        return endpoint;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
      }
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/nuki/webhook";
    }

    void handler(NukiWebhookHandler handler) {
      this.handler = handler;
    }

    private void receive(HttpExchange exchange) throws IOException {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status;
        try {
          // The dispatcher completes the operation once, however often Nuki delivers its result.
          handler.handle(exchange.getRequestHeaders()::getFirst, body);
          status = 200;
        } catch (LatchkeyException e) {
          lastRejection = e.getMessage();   // never the secret or the body
          status = 401;
        }
        exchange.sendResponseHeaders(status, -1);
      }
    }

    /** Posts a body signed with the wrong secret, as an attacker would, and returns the HTTP status. */
    int postForged(String body) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url()))
          .header("Content-Type", "application/json")
          .header(NukiWebhookVerifier.SIGNATURE_HEADER, "00".repeat(32))
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      try {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while posting", e);
      }
    }

    String lastRejection() {
      return lastRejection;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
