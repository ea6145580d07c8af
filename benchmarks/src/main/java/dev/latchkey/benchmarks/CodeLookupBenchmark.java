package dev.latchkey.benchmarks;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.tapkey.TapkeyErrorCode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) Looking a code up from its wire form with each vendor's generated enum, against a plain
 * {@code HashMap<String, Object>} holding the same wire values (the baseline).
 *
 * <p>The inputs are the catalogs' own wire values, taken from the enums (nothing here repeats a catalog), plus
 * one value no catalog knows. Each call takes the next input from a fixed ring, so both sides pay the same
 * indexing cost and the lookups cannot be constant-folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodeLookupBenchmark {

  private static final int RING = 64;
  private static final int MASK = RING - 1;

  private String[] nukiWire;
  private int[] nukiBytes;
  private String[] seamWire;
  private String[] tapkeyWire;
  private Map<String, Object> nukiMap;
  private Map<String, Object> seamMap;
  private Map<String, Object> tapkeyMap;
  private Map<String, Object> seamImmutableMap;
  private Map<String, Object> seamUnmodifiableMap;
  private int next;

  /** Fills the input rings and the baseline maps from the generated enums. */
  @Setup
  public void setUp() {
    nukiWire = ring(NukiErrorCode.values());
    nukiBytes = Arrays.stream(nukiWire)
        .mapToInt(w -> NukiErrorCode.fromWire(w).byteValue()).toArray();
    seamWire = ring(SeamAccessCodeErrorCode.values());
    tapkeyWire = ring(TapkeyErrorCode.values());
    nukiMap = baseline(NukiErrorCode.values());
    seamMap = baseline(SeamAccessCodeErrorCode.values());
    tapkeyMap = baseline(TapkeyErrorCode.values());
    seamImmutableMap = Map.copyOf(seamMap);
    seamUnmodifiableMap = java.util.Collections.unmodifiableMap(new HashMap<>(seamMap));
  }

  /** The known wire values repeated to fill the ring, with its last slot an unknown value. */
  private static String[] ring(ErrorCode[] codes) {
    String[] known = Arrays.stream(codes).filter(ErrorCode::isKnown).map(ErrorCode::wireValue)
        .toArray(String[]::new);
    String[] ring = new String[RING];
    for (int i = 0; i < RING - 1; i++) {
      // Copies, so that lookups cannot short-cut on the very instances the enums and maps hold.
      ring[i] = new String(known[i % known.length]);
    }
    ring[RING - 1] = new String("not_a_known_code");
    return ring;
  }

  private static Map<String, Object> baseline(ErrorCode[] codes) {
    Map<String, Object> map = new HashMap<>();
    for (ErrorCode code : codes) {
      if (code.isKnown()) {
        map.put(code.wireValue(), code);
      }
    }
    return map;
  }

  private int nextIndex() {
    return next++ & MASK;
  }

  /** Nuki: {@code NukiErrorCode.fromWire("ff")}. */
  @Benchmark
  public NukiErrorCode nukiFromWire() {
    return NukiErrorCode.fromWire(nukiWire[nextIndex()]);
  }

  /** Nuki: {@code NukiErrorCode.fromByte(255)}. */
  @Benchmark
  public NukiErrorCode nukiFromByte() {
    return NukiErrorCode.fromByte(nukiBytes[nextIndex()]);
  }

  /** Baseline for Nuki: a HashMap lookup of the same wire strings. */
  @Benchmark
  public Object nukiHashMapBaseline() {
    return nukiMap.get(nukiWire[nextIndex()]);
  }

  /** Seam: {@code SeamAccessCodeErrorCode.fromWire(..)}. */
  @Benchmark
  public SeamAccessCodeErrorCode seamFromWire() {
    return SeamAccessCodeErrorCode.fromWire(seamWire[nextIndex()]);
  }

  /** Baseline for Seam. */
  @Benchmark
  public Object seamHashMapBaseline() {
    return seamMap.get(seamWire[nextIndex()]);
  }

  /**
   * Diagnostic, not a target: the same lookup in a {@code Map.copyOf} map, the structure the generated string
   * lookups use today, to tell the cost of the map type from the cost of the generated code.
   */
  @Benchmark
  public Object seamImmutableMapDiagnostic() {
    return seamImmutableMap.get(seamWire[nextIndex()]);
  }

  /** Diagnostic, not a target: the same lookup in an unmodifiable view of a HashMap. */
  @Benchmark
  public Object seamUnmodifiableHashMapDiagnostic() {
    return seamUnmodifiableMap.get(seamWire[nextIndex()]);
  }

  /** Tapkey: {@code TapkeyErrorCode.fromWire(..)}. */
  @Benchmark
  public TapkeyErrorCode tapkeyFromWire() {
    return TapkeyErrorCode.fromWire(tapkeyWire[nextIndex()]);
  }

  /** Baseline for Tapkey. */
  @Benchmark
  public Object tapkeyHashMapBaseline() {
    return tapkeyMap.get(tapkeyWire[nextIndex()]);
  }
}
