#!/usr/bin/env bash
# Builds the lkjip fuzzers (libFuzzer) and runs each for a bounded time.
#
#   Fuzz/run.sh [seconds] [target...]      default: 60 seconds, every target
#
# Exits 0 when no target found anything; 1 when a target found a crash, timeout or
# out-of-memory (the reproducer paths are printed); 2 on a build or usage problem.
#
# Environment (all optional):
#   LKJIP_FUZZ_JOBS     targets run at once (default: 2, or 1 on a 1-core machine)
#   LKJIP_FUZZ_SCRATCH  SwiftPM scratch path (default: /work/.build-fuzz when /work is
#                       writable, else <repo>/.build-fuzz; never the repo's .build)
#   LKJIP_FUZZ_WORK     where corpora, logs and artifacts go (default: a new temp folder).
#                       Reuse one folder to continue a campaign where it stopped.
#   LKJIP_FUZZ_ASAN=1   also build with AddressSanitizer (slower; separate scratch path)
#   LKJIP_FUZZ_NO_BUILD=1  use the binaries already built
#   LKJIP_FUZZ_ARGS     extra libFuzzer flags for every target
set -uo pipefail

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$FUZZ_DIR")"
SECONDS_PER_TARGET="${1:-60}"
shift || true
ALL_TARGETS=(fuzz-yaml fuzz-markdown fuzz-markup fuzz-pipeline)
if [ "$#" -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

case "$SECONDS_PER_TARGET" in
    ''|*[!0-9]*) echo "usage: Fuzz/run.sh [seconds] [target...]" >&2; exit 2 ;;
esac
for target in "${TARGETS[@]}"; do
    case " ${ALL_TARGETS[*]} " in *" $target "*) ;; *) echo "unknown target $target; targets: ${ALL_TARGETS[*]}" >&2; exit 2 ;; esac
done

cores="$(nproc 2>/dev/null || echo 2)"
JOBS="${LKJIP_FUZZ_JOBS:-$([ "$cores" -ge 2 ] && echo 2 || echo 1)}"
if [ -n "${LKJIP_FUZZ_SCRATCH:-}" ]; then
    SCRATCH="$LKJIP_FUZZ_SCRATCH"
elif [ -d /work ] && [ -w /work ]; then
    SCRATCH=/work/.build-fuzz
else
    SCRATCH="$REPO/.build-fuzz"
fi
BUILD_FLAGS=(-c release --sanitize=fuzzer)
if [ "${LKJIP_FUZZ_ASAN:-0}" = 1 ]; then
    # Two --sanitize flags would leave the Swift code without coverage (the driver keeps
    # the last -sanitize=), so ASan is added through -Xswiftc/-Xcc instead.
    SCRATCH="$SCRATCH-asan"
    BUILD_FLAGS+=(-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address)
fi
WORK="${LKJIP_FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/lkjip-fuzz.XXXXXX")}"
mkdir -p "$WORK"

if [ "${LKJIP_FUZZ_NO_BUILD:-0}" != 1 ]; then
    echo "== building (scratch path $SCRATCH)"
    if ! (cd "$FUZZ_DIR" && swift build "${BUILD_FLAGS[@]}" --scratch-path "$SCRATCH" >"$WORK/build.log" 2>&1); then
        tail -40 "$WORK/build.log" >&2
        echo "build failed; full log: $WORK/build.log" >&2
        exit 2
    fi
fi
BIN="$(cd "$FUZZ_DIR" && swift build "${BUILD_FLAGS[@]}" --scratch-path "$SCRATCH" --show-bin-path 2>/dev/null)"
for target in "${TARGETS[@]}"; do
    [ -x "$BIN/$target" ] || { echo "missing $BIN/$target (build first)" >&2; exit 2; }
done

# Without this the Swift runtime's backtracer catches the trap first and libFuzzer writes
# no crash file.
export SWIFT_BACKTRACE=enable=no
# LeakSanitizer is off: Swift keeps enum tags in the spare bits of pointers, so LSan does
# not see those references and reports one-time caches and the harnesses' globals as leaks.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LKJIP_REPO="$REPO"

flags_for() {
    case "$1" in
        fuzz-yaml) echo "-max_len=16384 -dict=$FUZZ_DIR/yaml.dict" ;;
        fuzz-markdown) echo "-max_len=8192 -dict=$FUZZ_DIR/markdown.dict" ;;
        fuzz-markup) echo "-max_len=80000 -dict=$FUZZ_DIR/markup.dict" ;;
        fuzz-pipeline) echo "-max_len=8192 -dict=$FUZZ_DIR/yaml.dict" ;;
    esac
}

run_target() {
    local target="$1"
    local corpus="$WORK/corpus/$target" artifacts="$WORK/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    # New inputs go to the first folder only; the committed seeds stay read-only.
    # shellcheck disable=SC2046,SC2086
    "$BIN/$target" $(flags_for "$target") ${LKJIP_FUZZ_ARGS:-} \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$artifacts/" \
        "$corpus" "$FUZZ_DIR/corpus/$target" >"$WORK/$target.log" 2>&1
}

echo "== fuzzing ${TARGETS[*]} for ${SECONDS_PER_TARGET}s each, $JOBS at a time; work folder $WORK"
declare -A STATUS=()
declare -a RUNNING=()
for target in "${TARGETS[@]}"; do
    while [ "${#RUNNING[@]}" -ge "$JOBS" ]; do
        wait "${RUNNING[0]%%:*}"; STATUS[${RUNNING[0]#*:}]=$?
        RUNNING=("${RUNNING[@]:1}")
    done
    run_target "$target" &
    RUNNING+=("$!:$target")
done
for entry in "${RUNNING[@]}"; do
    wait "${entry%%:*}"; STATUS[${entry#*:}]=$?
done

failed=0
printf '\n%-14s %6s %10s %8s %8s %7s  %s\n' target status execs cov ft exec/s result
for target in "${TARGETS[@]}"; do
    log="$WORK/$target.log"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    last="$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1)"
    cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
    ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
    found="$(find "$WORK/artifacts/$target" -type f 2>/dev/null | sort)"
    result=ok
    if [ "${STATUS[$target]}" != 0 ] || [ -n "$found" ]; then
        result=FAILED; failed=1
    fi
    printf '%-14s %6s %10s %8s %8s %7s  %s\n' "$target" "${STATUS[$target]}" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${speed:-?}" "$result"
done
for target in "${TARGETS[@]}"; do
    found="$(find "$WORK/artifacts/$target" -type f 2>/dev/null | sort)"
    if [ "${STATUS[$target]}" != 0 ] || [ -n "$found" ]; then
        echo
        echo "== $target failed (exit ${STATUS[$target]}); log: $WORK/$target.log"
        grep -E 'ERROR: libFuzzer|==ERROR|SUMMARY|Fatal error|deadly signal|Test unit written' "$WORK/$target.log" | head -8
        for file in $found; do
            echo "reproducer: $file"
            echo "  replay: SWIFT_BACKTRACE=enable=no $BIN/$target $file"
        done
    fi
done
echo
echo "logs and corpora: $WORK"
exit "$failed"
