"""Time CPython's own `ast.parse` over a list of files (one process).

    python3 ast_parse_bench.py RUNS FILELIST [OKLIST]

Reads every file of FILELIST (one path a line) as bytes, then RUNS times
parses them all with `ast.parse` (decode, tokenize, parse, build the AST
objects), and prints one line per run: `files N bytes B errors E seconds S
cpu_seconds C` (wall and CPU time).
With OKLIST, also writes the files that parsed without error there.
"""
import ast
import sys
import time
import warnings


def main():
    runs, listing = int(sys.argv[1]), sys.argv[2]
    paths = [p for p in open(listing).read().splitlines() if p]
    sources = []
    for p in paths:
        with open(p, "rb") as f:
            sources.append(f.read())
    warnings.simplefilter("ignore")
    ok = []
    for run in range(runs):
        errors = 0
        start = time.perf_counter()
        cpu_start = time.process_time()
        for src in sources:
            try:
                ast.parse(src)
            except (SyntaxError, ValueError):
                errors += 1
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        print(f"files {len(sources)} bytes {sum(map(len, sources))} "
              f"errors {errors} seconds {seconds:.6f} cpu_seconds {cpu:.6f}", flush=True)
    if len(sys.argv) > 3:
        for p, src in zip(paths, sources):
            try:
                ast.parse(src)
                ok.append(p)
            except (SyntaxError, ValueError):
                pass
        with open(sys.argv[3], "w") as f:
            f.write("\n".join(ok) + "\n")


if __name__ == "__main__":
    main()
