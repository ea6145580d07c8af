package dev.latchkey.benchmarks;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.webhook.HandledWebhook;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (e) A Nuki webhook through {@link NukiWebhookHandler} (signature check, parse into
 * {@link dev.latchkey.nuki.webhook.NukiWebhook}, dispatch to an {@link OperationDispatcher} whose store holds
 * 1,000 other pending operations), against the floor: one HMAC-SHA256 of the body with a {@link Mac} initialised
 * once per thread, a constant-time comparison with the received MAC, and {@link Json#parse(byte[])} of the same
 * body (jackson-core 3 streaming into sdk-core's {@link JsonValue} tree, the cheapest full parse the project has).
 *
 * <p>Bodies: {@code seed}, the failed {@code AuthCreation} of Nuki's error-code page verbatim (one smartlock in
 * {@code detail}); {@code detail50}, the same shape with 50 smartlocks in {@code detail}, every fifth failed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NukiWebhookBenchmark {

  /** The example webhook of Nuki's error-code page, as the page prints it (line breaks included). */
  static final String SEED_BODY = "{\n"
      + "\"detail\": [\n"
      + "{\n"
      + "\"smartlockId\": 123456789,\n"
      + "\"success\": false,\n"
      + "\"errorCode\": \"ff\",\n"
      + "\"id\": \"68b142..........a584f104\"\n"
      + "}\n"
      + "],\n"
      + "\"type\": \"AuthCreation\",\n"
      + "\"requestId\": \"68b142..........a584f103\",\n"
      + "\"success\": false\n"
      + "}";

  static final String REQUEST_ID = "68b142..........a584f103";
  static final int OTHER_PENDING = 1_000;

  /** The body, its signature and the objects under test; one set per thread. */
  @State(Scope.Thread)
  public static class Webhook {
    /** Which body. */
    @Param({"seed", "detail50"})
    public String body;

    byte[] bytes;
    byte[] receivedMac;
    Function<String, String> headers;
    List<Long> smartlockIds;
    NukiWebhookHandler handler;
    OperationDispatcher dispatcher;
    Mac mac;

    /**
     * Signs the body and fills the store.
     *
     * @throws GeneralSecurityException never (HmacSHA256 is mandatory)
     */
    @Setup
    public void setUp() throws GeneralSecurityException {
      smartlockIds = new ArrayList<>();
      if (body.equals("seed")) {
        bytes = SEED_BODY.getBytes(StandardCharsets.UTF_8);
        smartlockIds.add(123_456_789L);
      } else {
        bytes = detailBody(50).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
          smartlockIds.add(100_000_000L + i);
        }
      }
      byte[] key = "whsec-benchmark-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      receivedMac = mac.doFinal(bytes);
      String hex = hex(receivedMac);
      headers = name -> NukiWebhookVerifier.SIGNATURE_HEADER.equals(name) ? hex : null;

      InMemoryPendingOperationStore store = InMemoryPendingOperationStore.builder()
          .timeout(Duration.ofHours(1))
          .sweepInterval(Duration.ZERO)
          .build();
      dispatcher = OperationDispatcher.create(store);
      for (int i = 0; i < OTHER_PENDING; i++) {
        dispatcher.track(String.format("68b142%018x", i), List.of(100_000_000L + i));
      }
      handler = NukiWebhookHandler.create(
          NukiWebhookVerifier.create(Secret.of(new String(key, StandardCharsets.US_ASCII))), dispatcher);
      // Sanity: the handler accepts the body and completes the operation.
      dispatcher.track(REQUEST_ID, smartlockIds);
      HandledWebhook first = handler.handle(headers, bytes);
      if (first.outcome().orElse(null) != DispatchOutcome.COMPLETED || store.size() != OTHER_PENDING) {
        throw new IllegalStateException("setup: " + first.outcome() + ", store " + store.size());
      }
    }
  }

  /**
   * The benchmark thread's CPU time per call, beside JMH's wall-clock score: on a machine loaded several
   * times over its cores the wall clock mostly measures waiting for a core, CPU time much less so. Read every
   * 4,096th call (reading it is a system call that costs many webhooks); JMH sums both counters over the
   * iterations, so the CPU time per call is {@code cpuNanos / cpuCalls}.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the calls counted in {@link #cpuCalls}, in nanoseconds. */
    public long cpuNanos;
    /** Calls whose CPU time {@link #cpuNanos} holds. */
    public long cpuCalls;
    private long start;
    private long calls;

    /** Starts the count for an iteration. */
    @Setup(Level.Iteration)
    public void start() {
      cpuNanos = 0;
      cpuCalls = 0;
      calls = 0;
      start = THREADS.getCurrentThreadCpuTime();
    }

    void tick() {
      if ((++calls & 4095) == 0) {
        cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
        cpuCalls = calls;
      }
    }
  }

  /** A {@code detail} body with {@code n} smartlocks, every fifth failed with {@code ff}, Nuki's layout. */
  static String detailBody(int n) {
    StringBuilder b = new StringBuilder("{\n\"detail\": [\n");
    for (int i = 0; i < n; i++) {
      boolean ok = i % 5 != 0;
      b.append("{\n\"smartlockId\": ").append(100_000_000L + i).append(",\n\"success\": ").append(ok)
          .append(ok ? "" : ",\n\"errorCode\": \"ff\"")
          .append(",\n\"id\": \"").append(String.format("68b142%018x", 1_000_000 + i)).append("\"\n}")
          .append(i + 1 < n ? ",\n" : "\n");
    }
    return b.append("],\n\"type\": \"AuthCreation\",\n\"requestId\": \"").append(REQUEST_ID)
        .append("\",\n\"success\": false\n}").toString();
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  /**
   * The floor: HMAC-SHA256 with a Mac initialised once, a constant-time comparison, and a tree parse.
   *
   * @param w the webhook
   * @param cpu the CPU clock
   * @param bh the blackhole
   */
  @Benchmark
  public void floor(Webhook w, CpuClock cpu, Blackhole bh) {
    cpu.tick();
    byte[] computed = w.mac.doFinal(w.bytes);
    bh.consume(MessageDigest.isEqual(computed, w.receivedMac));
    bh.consume(Json.parse(w.bytes));
  }

  /**
   * The handler on a first delivery: the operation is registered again (as the advanced call would) and the
   * webhook completes it. The figure includes that registration.
   *
   * @param w the webhook
   * @param cpu the CPU clock
   * @return the handled webhook (COMPLETED)
   */
  @Benchmark
  public HandledWebhook handleCompleted(Webhook w, CpuClock cpu) {
    cpu.tick();
    w.dispatcher.track(REQUEST_ID, w.smartlockIds);
    HandledWebhook handled = w.handler.handle(w.headers, w.bytes);
    if (handled.outcome().orElse(null) != DispatchOutcome.COMPLETED) {
      throw new IllegalStateException(String.valueOf(handled.outcome()));
    }
    return handled;
  }

  /**
   * The handler on a repeated delivery: verified, parsed, and recognised as already completed.
   *
   * @param w the webhook
   * @param cpu the CPU clock
   * @return the handled webhook (DUPLICATE)
   */
  @Benchmark
  public HandledWebhook handleDuplicate(Webhook w, CpuClock cpu) {
    cpu.tick();
    HandledWebhook handled = w.handler.handle(w.headers, w.bytes);
    if (handled.outcome().orElse(null) != DispatchOutcome.DUPLICATE) {
      throw new IllegalStateException(String.valueOf(handled.outcome()));
    }
    return handled;
  }
}
