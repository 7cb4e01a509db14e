"""Compare Taipan with CPython 3.14's cached results (see scripts/conformance)."""
import argparse
import hashlib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

COMMANDS = {
    "tokenize": ["-m", "tokenize", "-e"],
    "ast": ["-m", "ast", "-a"],
    "symtable": ["-m", "symtable"],
    "dis": ["-m", "dis"],
}
TIMEOUT = 30
BASELINE_HEADER = """\
# What scripts/conformance must reach; it fails below this. One line per
# corpus and command: `min-identical N` for the pinned CPython 3.14 stdlib,
# `max-failing N` for /usr/lib, whose size depends on the machine.
# Raise with `scripts/conformance --update-baseline` as the counts climb.
"""


def taipan_result(taipan, cwd, command, file):
    """(SHA-256 of stdout, exit status, last stderr line) of one Taipan run."""
    try:
        p = subprocess.run([taipan, *COMMANDS[command], file], cwd=cwd,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return ("", "timeout", f"no answer within {TIMEOUT} s")
    out = p.stdout
    if command == "dis":
        # as scripts/cpython/jobs.py masks CPython's: `at 0x...` -> `at 0x?`
        out = re.sub(rb" at 0x[0-9a-f]+", b" at 0x?", out)
    err = p.stderr.decode("utf-8", "replace").rstrip("\n").rpartition("\n")[2]
    code = str(p.returncode) if p.returncode >= 0 else f"signal {-p.returncode}"
    return (hashlib.sha256(out).hexdigest(), code, err)


def load_expected(path):
    """FILE -> (sha, exit, last stderr line) from a cached results file."""
    expected = {}
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            file, sha, code, last = line.rstrip("\n").split("\t", 3)
            expected[file] = (sha, code, last)
    return expected


def same(want, got):
    """Identical for conformance: stdout and exit, and the error line."""
    return want[:2] == got[:2] and (want[1] == "0" or want[2] == got[2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--expected", required=True)
    ap.add_argument("--corpus", action="append", required=True, help="NAME=DIR")
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--update-baseline", action="store_true")
    args = ap.parse_args()

    counts = {}
    report = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for spec in args.corpus:
            name, key = spec.split("=", 1)
            cwd = os.path.join(args.work, "corpus", key)
            for command in COMMANDS:
                expected = load_expected(os.path.join(args.expected, f"{key}.{command}.tsv"))
                files = sorted(expected)
                results = pool.map(lambda f: taipan_result(args.taipan, cwd, command, f), files)
                good = 0
                for file, got in zip(files, results):
                    want = expected[file]
                    if same(want, got):
                        good += 1
                    else:
                        report.append(f"{name} {command} {file}: exit {got[1]} (CPython {want[1]}); "
                                      f"stderr {got[2]!r} (CPython {want[2]!r})"
                                      + ("" if want[0] == got[0] else "; stdout differs"))
                counts[(name, command)] = (good, len(files))
                print(f"{name} {command}: {good}/{len(files)} identical", flush=True)
    for command in COMMANDS:
        good = sum(g for (n, c), (g, t) in counts.items() if c == command)
        total = sum(t for (n, c), (g, t) in counts.items() if c == command)
        print(f"{command}: {good}/{total} identical")
    with open(args.report, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write("\n".join(report) + "\n")
    print(f"conformance: failing files listed in {args.report}")

    if args.update_baseline:
        with open(args.baseline, "w") as f:
            f.write(BASELINE_HEADER)
            for (name, command), (good, total) in counts.items():
                if name == "stdlib314":
                    f.write(f"{name} {command} min-identical {good}\n")
                else:
                    f.write(f"{name} {command} max-failing {total - good}\n")
        print(f"conformance: baseline written to {args.baseline}")
        return 0
    worse = []
    with open(args.baseline) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, command, kind, limit = line.split()
            good, total = counts.get((name, command), (0, 0))
            if kind == "min-identical" and good < int(limit):
                worse.append(f"{name} {command}: {good} identical, baseline {limit}")
            elif kind == "max-failing" and total - good > int(limit):
                worse.append(f"{name} {command}: {total - good} failing, baseline {limit}")
    for w in worse:
        print(f"conformance: REGRESSION {w}", file=sys.stderr)
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
