#!/usr/bin/env bash
# Builds lkjip and its benchmark in release mode and runs the benchmark from the repository
# root. Installs pandoc from Debian's packages first if it is missing (for the comparison).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pandoc >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
swift build -c release --product lkjip
swift build -c release --product lkjip-bench
.build/release/lkjip-bench
