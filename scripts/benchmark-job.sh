#!/usr/bin/env bash
# Runs the whole-job benchmark several times, each in a fresh JVM (as cron starts the job), and prints
# every run and the median of its wall time and peak live heap. One run is not a measurement on these
# machines: the same jar's wall time drifts by 10 % from one half hour to the next. Each run starts
# through scripts/press-tally, so it measures the JVM settings a cron run gets.
# Usage: scripts/benchmark-job.sh [--runs N] [--articles N] [--heap 512m] [--jar FILE] [--partitions N]
#                                [--heap-sample-seconds S]
# Compare the heaps of two sizes at a short interval (0.25): at the default 2 s a 10,000-article report
# (4 s) gets two samples and its peak is missed as often as not; time runs at the default.
# Needs the jar built: mvn -DskipTests package. Run nothing else meanwhile: a build beside it spoils the run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
articles=100000
heap=512m
jar=target/press-tally.jar
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --articles) articles=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --partitions) extra+=(--partitions "$2"); shift 2 ;;
    --heap-sample-seconds) extra+=(--heap-sample-seconds "$2"); shift 2 ;;
    *) echo "benchmark-job: unknown option $1 (usage: scripts/benchmark-job.sh [--runs N] [--articles N] [--heap 512m] [--jar FILE] [--partitions N] [--heap-sample-seconds S])" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "benchmark-job: --runs must be a positive whole number, not '$runs'" >&2; exit 2; }
[ -f "$jar" ] || { echo "benchmark-job: $jar missing; run: mvn -DskipTests package" >&2; exit 3; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
walls=()
heaps=()
for run in $(seq 1 "$runs"); do
  rm -rf "$work/run"
  out=$(PRESS_TALLY_JAR="$jar" PRESS_TALLY_JAVA_OPTS="-Xmx$heap" scripts/press-tally benchmark --job --articles "$articles" "${extra[@]}" --work "$work/run" 2>&1) || {
    echo "$out" >&2
    echo "benchmark-job: run $run failed" >&2
    exit 1
  }
  wall=$(sed -n 's/^job: .* in \([0-9.]*\) s wall.*/\1/p' <<<"$out")
  peak=$(sed -n 's/^heap: peak live \([0-9.]*\) MB.*/\1/p' <<<"$out")
  steps=$(sed -n 's/^steps: //p' <<<"$out")
  by_step=$(sed -n 's/^heap: .*by step: \([^)]*\)).*/\1/p' <<<"$out")
  [ -n "$wall" ] && [ -n "$peak" ] || { echo "$out" >&2; echo "benchmark-job: run $run printed no wall time or heap" >&2; exit 1; }
  printf 'run %d: %s s wall, peak live heap %s MB (%s; heap by step: %s)\n' "$run" "$wall" "$peak" "$steps" "$by_step"
  walls+=("$wall")
  heaps+=("$peak")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
printf '%d articles, %d runs, -Xmx%s: wall median %s s (%s), peak live heap median %s MB (%s)\n' "$articles" "$runs" "$heap" \
  "$(median "${walls[@]}")" "$(range "${walls[@]}")" "$(median "${heaps[@]}")" "$(range "${heaps[@]}")"
