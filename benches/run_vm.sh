#!/usr/bin/env bash
# VM benchmarks: each program of benches/vm/*.py under Taipan's release
# binary and under native CPython, side by side in one run.
#
#   benches/run_vm.sh [RUNS]     (default 5; the median is shown)
#
# Builds `taipan` in release mode, then for every program alternates Taipan
# and CPython RUNS times (so load from other processes hits both alike),
# checks that both print exactly the same stdout (a mismatch is reported
# loudly and the script exits 1 at the end), and prints the median wall
# times, the ratio taipan/cpython and the geometric mean of the ratios.
#
# CPython: the milestone's reference is CPython 3.13, so pyenv's 3.13.0 is
# used when installed; otherwise the fastest native CPython among `python3`
# and pyenv's 3.12.1 (timed over one pass of the programs). The pyenv
# binaries are called directly, not through the shims (a shim adds tens of
# milliseconds of bash to every start). Not run by CI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"

cargo build --release --manifest-path "$root/Cargo.toml" -p taipan >&2
target="${CARGO_TARGET_DIR:-$root/target}"
taipan="$target/release/taipan"

candidates=()
py3="$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || true)"
[ -n "$py3" ] && candidates+=("$py3")
for p in "$HOME/.pyenv/versions/3.12.1/bin/python3.12" "$HOME/.pyenv/versions/3.13.0/bin/python3.13"; do
  [ -x "$p" ] && candidates+=("$p")
done

exec python3 - "$taipan" "$runs" "$root/benches/vm" "${candidates[@]}" <<'EOF'
import math, os, statistics, subprocess, sys, time

taipan, runs, folder, candidates = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
programs = sorted(f for f in os.listdir(folder) if f.endswith(".py"))


def run(cmd, path):
    """Wall time and stdout of one run of `cmd path` (stdout as bytes)."""
    start = time.perf_counter()
    proc = subprocess.run([cmd, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - start, proc.stdout, proc.returncode, proc.stderr


def version(cmd):
    """The `X.Y.Z` version of a CPython binary."""
    out = subprocess.run([cmd, "-c", "import sys; print(sys.version.split()[0])"],
                         stdout=subprocess.PIPE, text=True)
    return out.stdout.strip()


versions = {c: version(c) for c in candidates}
ref = next((c for c in candidates if versions[c].startswith("3.13.")), None)
if ref is None:
    totals = {c: sum(run(c, os.path.join(folder, p))[0] for p in programs) for c in candidates}
    ref = min(totals, key=totals.get)
print(f"taipan: {taipan}")
print(f"cpython: {ref} ({versions[ref]}); runs: {runs}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
print()
print(f"| {'benchmark':<12} | {'taipan (s)':>10} | {'cpython (s)':>11} | {'ratio':>6} |")
print(f"| {'-' * 12} | {'-' * 9}: | {'-' * 10}: | {'-' * 5}: |")

failed = []
ratios = []
for prog in programs:
    path = os.path.join(folder, prog)
    times = {"taipan": [], "cpython": []}
    outs = {"taipan": set(), "cpython": set()}
    for _ in range(runs):
        for name, cmd in (("taipan", taipan), ("cpython", ref)):
            t, out, rc, err = run(cmd, path)
            times[name].append(t)
            outs[name].add((out, rc))
    t_med = statistics.median(times["taipan"])
    c_med = statistics.median(times["cpython"])
    ratio = t_med / c_med
    ratios.append(ratio)
    note = ""
    if len(outs["taipan"] | outs["cpython"]) != 1:
        failed.append(prog)
        note = "  <-- MISMATCH"
    print(f"| {prog[:-3]:<12} | {t_med:>10.3f} | {c_med:>11.3f} | {ratio:>5.2f}× |{note}")
print(f"| {'geomean':<12} | {'':>10} | {'':>11} | {math.exp(sum(map(math.log, ratios)) / len(ratios)):>5.2f}× |")

for prog in failed:
    print(f"\n!!! MISMATCH in {prog}: Taipan's output differs from CPython's", file=sys.stderr)
    # Show both, the first run of each (stdout, exit code, start of stderr).
    path = os.path.join(folder, prog)
    for name, cmd in (("taipan", taipan), ("cpython", ref)):
        _, out, rc, err = run(cmd, path)
        print(f"--- {name} (exit {rc}):\n{out.decode(errors='replace')[:2000]}"
              f"{err.decode(errors='replace')[:2000]}", file=sys.stderr)
sys.exit(1 if failed else 0)
EOF
