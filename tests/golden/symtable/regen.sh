#!/usr/bin/env bash
# Regenerate NAME.symtable for every NAME.py in this folder (or for the
# NAME.py files given, each run in its own folder) from CPython 3.14, never from Taipan:
# `python3.14 -m symtable NAME.py` run in this folder. The format follows
# scripts/cpython/jobs.py: stdout; if the exit status N is not 0, then the
# exception as traceback.print_exception shows it without frames (for a
# SyntaxError: its File/line, source, caret and message lines) and `[exit N]`.
#
# Keep at most one pass-through free name per block (a name a nested block
# needs that this block neither binds nor uses): CPython adds those in the
# iteration order of a hash set, which changes from run to run.
#
#   CPYTHON314=/path/to/cpython314 tests/golden/symtable/regen.sh [NAME.py...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${CPYTHON314:-/work/shared/tools/cpython314}"
exec "$py" -c '
import io, os, sys, symtable, traceback, glob
here, paths = sys.argv[1], sys.argv[2:]
paths = [os.path.abspath(p) for p in paths] or sorted(glob.glob(os.path.join(here, "*.py")))
for path in paths:
    os.chdir(os.path.dirname(path))
    file = os.path.basename(path)
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = 0
    try:
        symtable.main([file])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException as e:
        traceback.print_exception(type(e), e, None, file=err)
        code = 1
    finally:
        sys.stdout, sys.stderr = saved
    text = out.getvalue() if code == 0 else f"{out.getvalue()}{err.getvalue()}[exit {code}]\n"
    with open(file[:-3] + ".symtable", "wb") as f:
        f.write(text.encode("utf-8", "surrogateescape"))
print(f"regen: {len(paths)} files", file=sys.stderr)
' "$here" "$@"
