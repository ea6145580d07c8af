package dev.latchkey.benchmarks;

import dev.latchkey.nuki.operation.DispatchOutcome;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.PendingOperation;
import dev.latchkey.nuki.operation.SmartlockResult;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) Nuki pending operations: the heap retained by 100,000 of them in the in-memory store, and the
 * throughput of the dispatcher.
 *
 * <p>{@link #retained100k} measures retained heap, not allocation: it records the used heap after repeated
 * full collections, fills a store with 100,000 operations as the client would register them (a 24-character
 * request id like Nuki's, one smartlock id each), collects again with the store still reachable, and reports
 * the difference in the {@code retainedBytes} counter (JMH prints it beside the time). The serial collector
 * makes "used after a full collection" exact; object sizes do not depend on the collector.
 */
public class PendingOperationBenchmark {

  static final int OPERATIONS = 100_000;
  private static final int RING = 1 << 16;
  private static final int MASK = RING - 1;

  /** The heap the store retains, reported per iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Retained {
    /** Bytes of heap retained by the filled store (used heap after, minus before, each after full GCs). */
    public long retainedBytes;
    /** {@link #retainedBytes} divided by the number of operations. */
    public long bytesPerOperation;

    /** Clears the counters before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      retainedBytes = 0;
      bytesPerOperation = 0;
    }
  }

  /**
   * Fills a store with 100,000 pending operations and measures the heap it retains.
   *
   * @param retained the counters
   * @return the store, so that it stays reachable until measured
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  @Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
  public Object retained100k(Retained retained) {
    long before = usedAfterGc();
    InMemoryPendingOperationStore store = InMemoryPendingOperationStore.builder()
        .maxPending(OPERATIONS)
        .sweepInterval(Duration.ZERO)
        .build();
    for (int i = 0; i < OPERATIONS; i++) {
      store.put(requestId(i), List.of(100_000_000L + i));
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(store);
    if (store.size() != OPERATIONS) {
      throw new IllegalStateException("store holds " + store.size());
    }
    retained.retainedBytes = after - before;
    retained.bytesPerOperation = (after - before) / OPERATIONS;
    return store;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // Several rounds, keeping the lowest: a single System.gc() can leave finalizable or soft garbage behind.
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /** A Nuki-like request id: 24 lower-case hex characters. */
  static String requestId(int i) {
    return String.format("68b142%018x", i);
  }

  /** A store and dispatcher, with prepared request ids and results. */
  @State(Scope.Thread)
  public static class Dispatching {
    OperationDispatcher dispatcher;
    String[] ids;
    OperationResult[] results;
    OperationResult[] unmatched;
    OperationResult duplicate;
    int next;

    /** Prepares the rings; a duplicate is completed once before measuring. */
    @Setup
    public void setUp() {
      dispatcher = OperationDispatcher.create(
          InMemoryPendingOperationStore.builder().sweepInterval(Duration.ZERO).build());
      ids = new String[RING];
      results = new OperationResult[RING];
      unmatched = new OperationResult[RING];
      for (int i = 0; i < RING; i++) {
        ids[i] = requestId(i);
        results[i] = OperationResult.builder(ids[i], "UnlockAction").success(true)
            .smartlock(SmartlockResult.success(1L)).build();
        unmatched[i] = OperationResult.builder(requestId(RING + i), "UnlockAction").success(true)
            .smartlock(SmartlockResult.success(1L)).build();
      }
      duplicate = OperationResult.builder("duplicate", "UnlockAction").success(true).build();
      dispatcher.track("duplicate", List.of());
      dispatcher.dispatch(duplicate);
    }
  }

  /**
   * Registers an operation and dispatches its result: what one advanced call and its webhook cost.
   *
   * @param s the state
   * @return the outcome (COMPLETED)
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public DispatchOutcome trackAndDispatch(Dispatching s) {
    int i = s.next++ & MASK;
    PendingOperation op = s.dispatcher.track(s.ids[i], List.of(1L));
    DispatchOutcome outcome = s.dispatcher.dispatch(s.results[i]);
    if (!op.isDone()) {
      throw new IllegalStateException("not completed");
    }
    return outcome;
  }

  /**
   * Dispatches a result nobody awaits, as in a flood (the ring is larger than the duplicate memory).
   *
   * @param s the state
   * @return the outcome (UNMATCHED)
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public DispatchOutcome dispatchUnmatched(Dispatching s) {
    return s.dispatcher.dispatch(s.unmatched[s.next++ & MASK]);
  }

  /**
   * Dispatches a repeated delivery of a completed result.
   *
   * @param s the state
   * @return the outcome (DUPLICATE)
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public DispatchOutcome dispatchDuplicate(Dispatching s) {
    return s.dispatcher.dispatch(s.duplicate);
  }
}
