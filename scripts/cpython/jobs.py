"""One command-line job under CPython 3.14, captured (see driver.mjs)."""
import ast
import hashlib
import io
import os
import sys
import tokenize
import traceback


def _capture(kind, file):
    """Run one job; return (exit status, stdout text, stderr text)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr = out, err
    code = 0
    try:
        if kind == "tokenize":
            sys.argv = ["tokenize", "-e", file]
            tokenize._main(["-e", file])
        elif kind == "ast":
            sys.argv = ["ast", "-a", file]
            ast.main(["-a", file])
        elif kind == "run":
            # `python3.14 FILE` names the script by its absolute path
            with open(file, "rb") as f:
                source = f.read()
            compile(source, os.path.join(os.getcwd(), file), "exec")
        else:
            raise ValueError(f"unknown job kind {kind!r}")
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            print(e.code, file=err)
            code = 1
    except BaseException as e:  # noqa: BLE001 - shown as CPython shows it
        # No traceback frames: a script's SyntaxError has none, and those
        # of an error inside ast.py name CPython's install.
        traceback.print_exception(type(e), e, None, file=err)
        code = 1
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    return code, out.getvalue(), err.getvalue()


def run_job(kind, cwd, file):
    """The job's output in the golden format, as UTF-8 bytes; for a kind
    ending in `+digest`, one line instead: the SHA-256 of stdout, the exit
    status and the last line of stderr, tab-separated."""
    os.chdir(cwd)
    kind, _, digest = kind.partition("+")
    code, out, err = _capture(kind, file)
    if digest:
        sha = hashlib.sha256(out.encode("utf-8", "surrogateescape")).hexdigest()
        last = err.rstrip("\n").rpartition("\n")[2]
        return f"{sha}\t{code}\t{last}\n".encode("utf-8", "surrogateescape")
    if kind == "run":
        text = f"{err}[exit {code}]\n"
    elif code != 0:
        text = f"{out}{err}[exit {code}]\n"
    else:
        text = out
    return text.encode("utf-8", "surrogateescape")
