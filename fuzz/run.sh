#!/usr/bin/env bash
# Fuzz the front end (decode + tokenize + parse) with libFuzzer.
#   fuzz/run.sh [SECONDS]   (default 600)
# Installs cargo-fuzz if missing; needs the nightly toolchain (rustup).
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p corpus/parse
# seed with the golden corpus
cp ../tests/golden/*/*.py corpus/parse/ 2>/dev/null || true
cargo +nightly fuzz run parse corpus/parse -- -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=4096
