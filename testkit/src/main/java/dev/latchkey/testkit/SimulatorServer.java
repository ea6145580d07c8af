package dev.latchkey.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.latchkey.core.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A vendor-neutral HTTP server on {@code 127.0.0.1} (a free port) that vendor simulators are built on: a route
 * table, a request log, failure injection, and signed webhook delivery to a callback URL. A vendor simulator
 * holds its routes and state; this class holds the plumbing.
 *
 * <p>A request goes through, in order: the request log; the next matching {@linkplain #failNext injected
 * failure}, if any; the {@linkplain Builder#before before} check (an API key check, a content-type check);
 * the first route whose method and path pattern match, or the {@linkplain Builder#otherwise fallback} (404 by
 * default); the {@linkplain Builder#after after} hook (headers on every reply, such as a request id), which
 * also sees injected replies. A {@link Refusal} thrown by the check, a route or the fallback answers with its
 * reply; any other exception answers 500 with the exception's class and message.
 *
 * <pre>{@code
 * try (SimulatorServer server = SimulatorServer.builder()
 *     .route("GET", "/smartlock/{id}", request -> SimulatorReply.json(lockJson(request.pathParameter("id"))))
 *     .start()) {
 *   server.failNext(InjectedFailure.reply(SimulatorReply.text(503, "busy")).times(2));
 *   ... point a client at server.url() ...
 *   assertThat(server.requestCount("/smartlock/{id}")).isEqualTo(3);
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests are served on several threads at once, and the test controls may be called from
 * any thread. Route handlers run concurrently unless the simulator gives its state lock to
 * {@link Builder#lock}. Nothing is printed.
 */
public final class SimulatorServer implements AutoCloseable {

  static {
    // The JDK's HttpServer leaves Nagle's algorithm on; on loopback it then meets the client's delayed ACK and
    // every response waits about 40 ms. The server reads this property once, when its first instance starts,
    // so it is set before that (unless the JVM was started with a value of its own).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService requestThreads;
  private final ScheduledExecutorService webhookThread;
  private final HttpClient webhookClient;
  private final String name;
  private final Clock clock;
  private final List<Route> routes;
  private final Function<SimulatorRequest, Optional<SimulatorReply>> before;
  private final Function<SimulatorRequest, SimulatorReply> otherwise;
  private final BiFunction<SimulatorRequest, SimulatorReply, SimulatorReply> after;
  private final Object lock;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong webhookIds = new AtomicLong();
  private final List<SimulatorRequest> requests = new ArrayList<>();
  private final RequestQueue<InjectedFailure> failures = new RequestQueue<>();
  private final List<WebhookDelivery> deliveries = new ArrayList<>();

  private SimulatorServer(Builder builder) {
    this.name = builder.name;
    this.clock = builder.clock;
    this.routes = List.copyOf(builder.routes);
    this.before = builder.before;
    this.otherwise = builder.otherwise;
    this.after = builder.after;
    this.lock = builder.lock;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the " + name + " to 127.0.0.1", e);
    }
    requestThreads = Executors.newCachedThreadPool(daemon(name));
    webhookThread = Executors.newSingleThreadScheduledExecutor(daemon(name + "-webhooks"));
    webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    server.setExecutor(requestThreads);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a builder; {@link Builder#start()} binds the server.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL to give a client as its endpoint.
   *
   * @return a URL such as {@code http://127.0.0.1:53817}, without a trailing slash
   */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** {@return the base URL as a URI} */
  public URI uri() {
    return URI.create(url());
  }

  /** {@return the port the server listens on} */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Queues a misbehaviour for the next matching request(s). Failures are matched in the order they were
   * queued; each is used {@link InjectedFailure#times()} times, then forgotten.
   *
   * @param failure the failure
   */
  public void failNext(InjectedFailure failure) {
    Objects.requireNonNull(failure, "failure");
    PathPattern path = failure.path() == null ? null : PathPattern.compile(failure.path());
    failures.add(failure, failure.times(), request -> path == null || path.match(request.path()) != null);
  }

  /**
   * Forgets the failures not used up yet.
   */
  public void clearFailures() {
    failures.clear();
  }

  /** {@return a snapshot of the request log: the requests received so far, in order of arrival} */
  public List<SimulatorRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /**
   * How many logged requests have this path.
   *
   * @param path an exact path or a route pattern with {@code {name}} segments
   * @return the count
   */
  public long requestCount(String path) {
    PathPattern pattern = PathPattern.compile(path);
    synchronized (requests) {
      return requests.stream().filter(r -> pattern.match(r.path()) != null).count();
    }
  }

  /**
   * Empties the request log (sequence numbers keep counting).
   */
  public void clearRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  /**
   * Schedules a webhook on the server's webhook thread: after its delay, POSTs it (and its duplicates) to the
   * callback URL, signed by its signer at send time, and logs every attempt; a lost webhook is only logged.
   * Webhooks are sent one at a time, in the order they fall due.
   *
   * @param webhook the webhook
   * @return its delivery id
   * @throws IllegalStateException when the server is closed
   */
  public String deliver(Webhook webhook) {
    Objects.requireNonNull(webhook, "webhook");
    String id = webhook.idOrNull() != null ? webhook.idOrNull() : "whk_" + webhookIds.incrementAndGet();
    try {
      webhookThread.schedule(() -> send(id, webhook), webhook.script().delay().toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException(this + " is closed", e);
    }
    return id;
  }

  /**
   * {@return a snapshot of the webhook log: every attempt made so far (lost ones included), in the order they
   * were made}
   */
  public List<WebhookDelivery> webhookDeliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /**
   * Waits until the webhook log holds at least {@code count} attempts (lost ones included).
   *
   * @param count how many attempts to wait for
   * @param timeout how long to wait at most, not negative
   * @return a snapshot of the log
   * @throws IllegalArgumentException when the timeout is negative
   * @throws AssertionError when the time runs out or the thread is interrupted, naming how many arrived
   */
  public List<WebhookDelivery> awaitWebhookDeliveries(int count, Duration timeout) {
    Durations.requireNonNegative(timeout, "timeout");
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (deliveries) {
      while (deliveries.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " webhook attempts within " + timeout + ", got "
              + deliveries.size());
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(deliveries, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for webhook attempts", e);
        }
      }
      return List.copyOf(deliveries);
    }
  }

  /**
   * Stops the server at once, drops the webhooks not yet sent, and frees the threads.
   */
  @Override
  public void close() {
    server.stop(0);
    requestThreads.shutdownNow();
    webhookThread.shutdownNow();
    try {
      requestThreads.awaitTermination(5, TimeUnit.SECONDS);
      webhookThread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Names the server and its URL.
   *
   * @return text such as {@code seam-simulator[http://127.0.0.1:53817]}
   */
  @Override
  public String toString() {
    return name + "[" + url() + "]";
  }

  // ---------------------------------------------------------------------------------------------------------
  // Requests

  private void handle(HttpExchange exchange) {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = exchange.getRequestURI();
      SimulatorRequest request = new SimulatorRequest(
          sequence.incrementAndGet(), exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
          exchange.getRequestHeaders(), new String(body, StandardCharsets.UTF_8), Map.of());
      Route route = null;
      for (Route candidate : routes) {
        Map<String, String> parameters = candidate.match(request);
        if (parameters != null) {
          route = candidate;
          request = request.withPathParameters(parameters);
          break;
        }
      }
      synchronized (requests) {
        requests.add(request);
      }
      InjectedFailure failure = failures.take(request).orElse(null);
      if (failure != null) {
        Thread.sleep(failure.delay().toMillis());
        if (failure.dropsConnection()) {
          // Closing the exchange before any response header closes the socket: the client sees EOF.
          return;
        }
        if (failure.replyOrNull() != null) {
          send(exchange, finish(request, failure.replyOrNull()), failure.truncatedAt());
          return;
        }
      }
      send(exchange, finish(request, answer(route, request)), -1);
    } catch (IOException e) {
      // The client went away mid-exchange; nothing to answer.
    } catch (InterruptedException e) {
      // The server is closing.
      Thread.currentThread().interrupt();
    }
  }

  private SimulatorReply answer(Route route, SimulatorRequest request) {
    if (lock == null) {
      return answerUnlocked(route, request);
    }
    synchronized (lock) {
      return answerUnlocked(route, request);
    }
  }

  private SimulatorReply answerUnlocked(Route route, SimulatorRequest request) {
    try {
      Optional<SimulatorReply> early = before.apply(request);
      if (early.isPresent()) {
        return early.get();
      }
      return route == null ? otherwise.apply(request) : route.handler.apply(request);
    } catch (Refusal refusal) {
      return refusal.reply();
    } catch (RuntimeException e) {
      return SimulatorReply.text(500, "simulator handler failed: " + e);
    }
  }

  private SimulatorReply finish(SimulatorRequest request, SimulatorReply reply) {
    try {
      return after.apply(request, reply);
    } catch (RuntimeException e) {
      return SimulatorReply.text(500, "simulator after-hook failed: " + e);
    }
  }

  /** Sends the reply; a {@code truncateAt} of 0 or more sends only that many body bytes, then closes. */
  private static void send(HttpExchange exchange, SimulatorReply reply, int truncateAt) throws IOException {
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    int length = reply.bodyLength();
    exchange.sendResponseHeaders(reply.status(), length == 0 ? -1 : length);
    if (length > 0 && truncateAt >= 0) {
      OutputStream out = exchange.getResponseBody();
      out.write(reply.bodyUnsafe(), 0, truncateAt);
      out.flush();
      // Closing the exchange would leave the connection open, waiting for the rest; an exception out of the
      // handler makes the JDK server close the socket instead.
      throw new CutConnection();
    }
    if (length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.bodyUnsafe());
      }
    }
  }

  /** Thrown out of a handler to make the JDK server close the connection mid-body. */
  private static final class CutConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CutConnection() {
      super("connection cut by an injected failure", null, false, false);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Webhooks

  private void send(String id, Webhook webhook) {
    String text = new String(webhook.bodyUnsafe(), StandardCharsets.UTF_8);
    for (int attempt = 1; attempt <= 1 + webhook.script().duplicates(); attempt++) {
      Instant at = clock.instant();
      if (webhook.script().lost()) {
        log(new WebhookDelivery(id, attempt, webhook.url(), webhook.headers(), text,
            WebhookDelivery.Outcome.LOST, 0, "", at));
        continue;
      }
      Map<String, String> headers = new LinkedHashMap<>(webhook.headers());
      int status = 0;
      String response = "";
      WebhookDelivery.Outcome outcome = WebhookDelivery.Outcome.UNREACHABLE;
      try {
        headers.putAll(webhook.signer().sign(id, at, webhook.body()));
        HttpRequest.Builder post = HttpRequest.newBuilder(webhook.url())
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.bodyUnsafe()));
        headers.forEach(post::header);
        HttpResponse<String> answer = webhookClient.send(post.build(), HttpResponse.BodyHandlers.ofString());
        status = answer.statusCode();
        response = answer.body();
        outcome = WebhookDelivery.Outcome.DELIVERED;
      } catch (IOException | RuntimeException e) {
        // Unreachable callback, or a signer or header the HTTP client refuses: logged as not delivered.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      log(new WebhookDelivery(id, attempt, webhook.url(), headers, text, outcome, status, response, at));
    }
  }

  private void log(WebhookDelivery delivery) {
    synchronized (deliveries) {
      deliveries.add(delivery);
      deliveries.notifyAll();
    }
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static final class Route {
    final String method;
    final PathPattern path;
    final Function<SimulatorRequest, SimulatorReply> handler;

    Route(String method, PathPattern path, Function<SimulatorRequest, SimulatorReply> handler) {
      this.method = method;
      this.path = path;
      this.handler = handler;
    }

    Map<String, String> match(SimulatorRequest request) {
      return method.equals(request.method()) ? path.match(request.path()) : null;
    }
  }

  /** Builds and starts a {@link SimulatorServer}. Not thread-safe. */
  public static final class Builder {
    private String name = "simulator";
    private Clock clock = Clock.systemUTC();
    private final List<Route> routes = new ArrayList<>();
    private Function<SimulatorRequest, Optional<SimulatorReply>> before = request -> Optional.empty();
    private Function<SimulatorRequest, SimulatorReply> otherwise =
        request -> SimulatorReply.text(404, "no route for " + request.method() + " " + request.path());
    private BiFunction<SimulatorRequest, SimulatorReply, SimulatorReply> after = (request, reply) -> reply;
    private Object lock;

    private Builder() {}

    /**
     * Adds a route; routes are tried in the order they were added, the first match wins.
     *
     * @param method the HTTP method, such as {@code POST}
     * @param path an exact path or a pattern whose {@code {name}} segments match any one non-empty segment
     *     (read with {@link SimulatorRequest#pathParameter})
     * @param handler answers the request
     * @return this builder
     * @throws IllegalArgumentException when the path does not start with {@code /}
     */
    public Builder route(String method, String path, Function<SimulatorRequest, SimulatorReply> handler) {
      routes.add(new Route(
          Objects.requireNonNull(method, "method"), PathPattern.compile(path),
          Objects.requireNonNull(handler, "handler")));
      return this;
    }

    /**
     * A check run on every request before its route (and before the fallback): an answer ends the request,
     * empty lets it through. For the checks a vendor runs on every call, such as the API key.
     *
     * @param check the check
     * @return this builder
     */
    public Builder before(Function<SimulatorRequest, Optional<SimulatorReply>> check) {
      this.before = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Answers the requests no route matches (default: 404 {@code text/plain}).
     *
     * @param fallback the fallback handler
     * @return this builder
     */
    public Builder otherwise(Function<SimulatorRequest, SimulatorReply> fallback) {
      this.otherwise = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    /**
     * Rewrites every reply before it is sent, injected ones included: for headers a vendor puts on every
     * response, such as a request id.
     *
     * @param hook gets the request and the reply, returns the reply to send
     * @return this builder
     */
    public Builder after(BiFunction<SimulatorRequest, SimulatorReply, SimulatorReply> hook) {
      this.after = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * Runs the {@linkplain #before before} check, the routes and the {@linkplain #otherwise fallback} one request
     * at a time, holding this lock (default: concurrently, without a lock). A simulator whose test controls
     * guard its state with the same lock then needs no locking in its routes. Injected failures and the
     * {@linkplain #after after} hook run outside the lock.
     *
     * @param lock the simulator's state lock
     * @return this builder
     */
    public Builder lock(Object lock) {
      this.lock = Objects.requireNonNull(lock, "lock");
      return this;
    }

    /**
     * The name of the server's threads and of its {@code toString()} (default {@code simulator}).
     *
     * @param name the name, such as {@code nuki-simulator}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The clock that timestamps webhook attempts and their signatures (default the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Binds the server to {@code 127.0.0.1} on a free port and starts it.
     *
     * @return the running server
     * @throws UncheckedIOException when no port can be bound
     */
    public SimulatorServer start() {
      return new SimulatorServer(this);
    }
  }
}
