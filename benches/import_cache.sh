#!/usr/bin/env bash
# Import-cache benchmark: the time to import one large generated module
# cold (no cache file: parse + compile + write __pycache__) and cached
# (the .pyc is loaded), for Taipan's release binary and native CPython,
# side by side; prints medians and the cached/cold ratio of each.
#
#   benches/import_cache.sh [RUNS] [BLOCKS]   (defaults 9 and 1000; ~40 lines a block)
#
# The module is generated outside the repository (in a temporary folder):
# functions, classes, comprehensions, f-strings, try/except, constants of
# every kind. Each timing is one process `-c "import bigmod"`; the start-up
# of the interpreter (`-c pass`, same runs) is subtracted, so the figures
# are the import itself. TAIPAN=path overrides the binary (else a release
# build). CPython: pyenv's 3.13.0 when installed, else python3. Not run by CI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-9}"
blocks="${2:-1000}"
if [ -z "${TAIPAN:-}" ]; then
  (cd "$root" && cargo build --release -p taipan --quiet)
  TAIPAN="${CARGO_TARGET_DIR:-$root/target}/release/taipan"
fi
cpython="$HOME/.pyenv/versions/3.13.0/bin/python3.13"
[ -x "$cpython" ] || cpython="$(command -v python3)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

exec python3 - "$TAIPAN" "$cpython" "$runs" "$blocks" "$work" <<'PY'
import os, shutil, statistics, subprocess, sys, time

taipan, cpython, runs, blocks, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

BLOCK = '''
CONST_{i} = ({i}, {i}.5, "s{i}", b"b{i}", {i}j, None, True, ..., 2 ** 70 + {i})
TABLE_{i} = {{"k{i}": [{i}, {i} + 1, {i} * 2], "n": {{"deep": ({i},)}}, "f": frozenset()}}


def func_{i}(a, b={i}, *args, key=None, **kw):
    """Docstring of func_{i}."""
    total = 0
    for x in range(a):
        if x % 3 == 0 and x not in (1, 2, 3):
            total += x * b
        elif x > {i}:
            total -= len(f"{{x}}-{{b!r:>5}}")
        else:
            continue
    try:
        total //= len(args) or 1
    except ZeroDivisionError as exc:
        raise ValueError("bad") from exc
    finally:
        kw.setdefault("done", True)
    squares = [y * y for y in range(10) if y & 1]
    pairs = {{k: v for k, v in zip("abc", squares)}}
    return total, squares, pairs, (lambda z: z + {i})(key or 0)


class Widget_{i}(object):
    """A class with some methods."""
    limit = {i}

    def __init__(self, name, *, size=3):
        self.name = name
        self.size = size

    @property
    def area(self):
        return self.size ** 2

    def describe(self):
        with open(__file__) as handle:
            first = handle.readline()
        return f"{{self.name}}:{{self.area}}:{{len(first)}}"
'''

path = os.path.join(work, "bigmod.py")
with open(path, "w") as f:
    f.write('"""A generated module for the import-cache benchmark."""\n')
    for i in range(blocks):
        f.write(BLOCK.format(i=i))
lines = sum(1 for _ in open(path))
size = os.path.getsize(path)


def timed(cmd, code):
    start = time.perf_counter()
    proc = subprocess.run([cmd, "-c", code], cwd=work, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env)
    if proc.returncode != 0:
        sys.exit(f"{cmd} failed: {proc.stderr.decode(errors='replace')[-2000:]}")
    return time.perf_counter() - start


env = {k: v for k, v in os.environ.items()
       if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH")}
cache = os.path.join(work, "__pycache__")
results = {}
for name, cmd in (("taipan", taipan), ("cpython", cpython)):
    cold, warm, base = [], [], []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(timed(cmd, "import bigmod"))
        warm.append(timed(cmd, "import bigmod"))
        base.append(timed(cmd, "pass"))
    pycs = os.listdir(cache)
    start = statistics.median(base)
    results[name] = (statistics.median(cold) - start, statistics.median(warm) - start, start, pycs)

print(f"module: {lines} lines, {size} bytes; runs: {runs}; "
      f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
print(f"taipan: {taipan}\ncpython: {cpython}\n")
print(f"| {'':<8} | {'cold (ms)':>9} | {'cached (ms)':>11} | {'cached/cold':>11} | {'start-up (ms)':>13} | cache file |")
print(f"| {'-' * 8} | {'-' * 8}: | {'-' * 10}: | {'-' * 10}: | {'-' * 12}: | ---------- |")
for name, (cold, warm, start, pycs) in results.items():
    print(f"| {name:<8} | {cold * 1000:>9.1f} | {warm * 1000:>11.1f} | {warm / cold:>11.3f} | "
          f"{start * 1000:>13.1f} | {', '.join(pycs)} |")
PY
