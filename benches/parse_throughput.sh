#!/usr/bin/env bash
# Parse throughput: Taipan's front end (read, decode, tokenize, parse to a
# Rust AST: `taipan -X parse-bench FILES...`) against native CPython's
# `ast.parse`, over CPython 3.14's standard library, in one run.
#
#   benches/parse_throughput.sh [RUNS]     (default 5; the median is shown)
#
# The corpus is the .py files of the pinned pyodide package's stdlib (see
# scripts/cpython/env.sh), less any file that one of the native CPythons
# found here cannot parse (3.14 syntax), so every side parses the same bytes
# without errors. Natives tried: python3, and pyenv's 3.12 and 3.13 when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
# shellcheck source=../scripts/cpython/env.sh
source "$root/scripts/cpython/env.sh"
corpus="$(stdlib314_corpus)"

pythons=()
for p in python3 "$HOME/.pyenv/versions/3.12.1/bin/python3.12" "$HOME/.pyenv/versions/3.13.0/bin/python3.13"; do
  command -v "$p" >/dev/null 2>&1 && pythons+=("$p")
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -name '*.py' -type f | sort >"$tmp/all"
cp "$tmp/all" "$tmp/files"
for p in "${pythons[@]}"; do
  "$p" "$root/benches/ast_parse_bench.py" 1 "$tmp/files" "$tmp/ok" >/dev/null
  sort "$tmp/ok" | comm -12 - <(sort "$tmp/files") >"$tmp/both" && mv "$tmp/both" "$tmp/files"
done
echo "corpus: $(wc -l <"$tmp/files") of $(wc -l <"$tmp/all") stdlib files (those every native CPython parses)," \
     "$(xargs -a "$tmp/files" cat | wc -c) bytes"

(cd "$root" && cargo build --release -p taipan --quiet)
taipan="${CARGO_TARGET_DIR:-$root/target}/release/taipan"

# median of the "bytes B ... cpu_seconds S" lines, in MB/s: CPU time, so
# that other work on the machine's two cores disturbs the figures less
median_mbs() {
  awk '{ for (i = 1; i < NF; i++) { if ($i == "bytes") b = $(i+1); if ($i == "cpu_seconds") s = $(i+1) }
         print b / 1e6 / s }' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

for _ in $(seq "$runs"); do xargs -a "$tmp/files" "$taipan" -X parse-bench; done >"$tmp/taipan.out"
taipan_mbs="$(median_mbs <"$tmp/taipan.out")"
printf '%-40s %8.2f MB/s  (%s)\n' "taipan -X parse-bench" "$taipan_mbs" "$(head -1 "$tmp/taipan.out")"
best=0; best_name=""
for p in "${pythons[@]}"; do
  "$p" "$root/benches/ast_parse_bench.py" "$runs" "$tmp/files" >"$tmp/py.out"
  mbs="$(median_mbs <"$tmp/py.out")"
  printf '%-40s %8.2f MB/s  (%s, %s)\n' "ast.parse" "$mbs" "$("$p" -V 2>&1)" "$(head -1 "$tmp/py.out" | cut -d' ' -f1-6)"
  if awk -v a="$mbs" -v b="$best" 'BEGIN { exit !(a > b) }'; then best="$mbs"; best_name="$("$p" -V 2>&1)"; fi
done
awk -v t="$taipan_mbs" -v c="$best" -v n="$best_name" \
  'BEGIN { printf "ratio: Taipan is %.2fx the fastest native ast.parse (%s)\n", t / c, n }'
