#!/bin/sh
# Start-up of `latchkey explain nuki ff` against a bare JVM printing one line (the yardstick: within 3x).
#
#   benchmarks/startup/startup.sh [RUNS]      (default 20 runs of each command)
#
# Builds the CLI through ./latchkey first if needed. Measures three commands against the yardstick:
#   launcher   ./latchkey explain nuki ff         (what users type: launcher script + java + CDS archive)
#   no-cds     java <same flags> -jar ... explain  (the same without the class-data sharing archive)
#   json       ./latchkey explain nuki ff --json  (still the direct path)
#   picocli    ./latchkey list nuki               (another command: parsed by picocli, whose model is built)
# With farm-bench on the PATH, each pair runs interleaved (A B A B ...) and the ratio is taken run by run;
# without it, a loop timed with date +%s%N prints the median wall time of each and the ratio of the medians.
set -e
runs=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$work" "$work/Hello.java"
./latchkey explain nuki ff >/dev/null   # builds on first use, and records the CDS archive

flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=error:stderr"
yardstick="java -cp $work Hello"

if command -v farm-bench >/dev/null 2>&1; then
  echo "== launcher: ./latchkey explain nuki ff  vs  $yardstick"
  farm-bench -n "$runs" --vs "$yardstick" -- ./latchkey explain nuki ff
  echo "== no-cds: java -jar without the archive  vs  the yardstick"
  farm-bench -n "$runs" --vs "$yardstick" -- java $flags -jar cli/target/latchkey-cli.jar explain nuki ff
  echo "== json: ./latchkey explain nuki ff --json  vs  the yardstick"
  farm-bench -n "$runs" --vs "$yardstick" -- ./latchkey explain nuki ff --json
  echo "== picocli: ./latchkey list nuki  vs  the yardstick"
  farm-bench -n "$runs" --vs "$yardstick" -- ./latchkey list nuki
  exit 0
fi

# Without farm-bench: median wall milliseconds of RUNS runs (after one warm-up run).
median_ms() {
  "$@" >/dev/null 2>&1
  i=0
  : > "$work/times"
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$work/times"
    i=$((i + 1))
  done
  sort -n "$work/times" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

base=$(median_ms java -cp "$work" Hello)
launcher=$(median_ms ./latchkey explain nuki ff)
nocds=$(median_ms java $flags -jar cli/target/latchkey-cli.jar explain nuki ff)
json=$(median_ms ./latchkey explain nuki ff --json)
picocli=$(median_ms ./latchkey list nuki)
echo "median wall ms over $runs runs (no farm-bench: ratios of medians, not paired)"
echo "yardstick  $base"
for name in launcher nocds json picocli; do
  eval value=\$$name
  awk -v n="$name" -v v="$value" -v b="$base" 'BEGIN { printf "%-10s %d  (%.2fx)\n", n, v, v / b }'
done
