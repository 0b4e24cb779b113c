#!/usr/bin/env bash
# Builds lkjip and its benchmark in release mode and runs both modes from the repository root:
# the compile (`lkjip-bench`) and the LibreOffice measurements (`lkjip-bench --layout`).
#
#   Benchmarks/run.sh [BASELINE]     # BASELINE: an earlier lkjip binary, measured side by side
#
# pandoc (for the comparison) is LKJIP_PANDOC, or pandoc on PATH, else installed from Debian's
# packages.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${LKJIP_PANDOC:-}" ] && ! command -v pandoc >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
swift build -c release --product lkjip
swift build -c release --product lkjip-bench
baseline=()
if [ $# -ge 1 ]; then baseline=(--baseline "$1"); fi
.build/release/lkjip-bench "${baseline[@]}"
echo
.build/release/lkjip-bench --layout "${baseline[@]}"
