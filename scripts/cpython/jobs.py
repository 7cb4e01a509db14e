"""One command-line job under CPython 3.14, captured (see driver.mjs)."""
import ast
import dis
import hashlib
import io
import os
import re
import symtable
import sys
import tokenize
import traceback
import warnings


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
        elif kind == "symtable":
            sys.argv = ["symtable", file]
            symtable.main([file])
        elif kind == "dis":
            sys.argv = ["dis", file]
            dis.main([file])
        elif kind == "run":
            raise ValueError("run jobs go through prepare_run/finish_run")
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
    if kind == "dis":
        out = mask_addresses(out)
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


def mask_addresses(text):
    """Object addresses (`at 0x1620ca0`) become `at 0x?`: they differ
    from run to run and between builds."""
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", text)


_saved_streams = None


def prepare_run(cwd, file):
    """Start a `run` job: the absolute path of FILE if it fails to compile
    (the caller then hands it to CPython's own script runner,
    PyRun_SimpleFileExFlags, which reads it through C stdio as `python3.14
    FILE` does, prints its error and runs nothing), or "" if it compiles.
    Until finish_run, stdout and stderr are captured."""
    global _saved_streams
    os.chdir(cwd)
    path = os.path.join(os.getcwd(), file)  # CPython shows the absolute path
    with open(file, "rb") as f:
        source = f.read()
    failed = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, path, "exec")
        except (SyntaxError, ValueError):
            failed = True
    _saved_streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    return path if failed else ""


def finish_run(status):
    """End a `run` job: its stderr and `[exit N]`, as UTF-8 bytes."""
    err = sys.stderr.getvalue()
    sys.stdout, sys.stderr = _saved_streams
    code = 0 if status == 0 else 1
    return f"{err}[exit {code}]\n".encode("utf-8", "surrogateescape")


def run_exec(cwd, file):
    """A whole `python3.14 FILE` run (FILE compiles): stdout, then stderr,
    then `[exit N]` if N is not 0, as UTF-8 bytes. The script runs as
    `__main__` with its folder first on sys.path and argv `[FILE]`; the
    modules it imports are dropped afterwards, so each job starts clean."""
    os.chdir(cwd)
    path = os.path.join(os.getcwd(), file)
    with open(file, "rb") as f:
        source = f.read()
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.argv, list(sys.path), set(sys.modules)
    saved_main = sys.modules.get("__main__")
    main = type(sys)("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    sys.stdout, sys.stderr, sys.argv = out, err, [file]
    sys.path.insert(0, os.path.dirname(path))
    code = 0
    try:
        exec(compile(source, path, "exec"), main.__dict__)
    except SystemExit as e:
        code = _exit_status(e, err)
    except BaseException as e:  # noqa: BLE001 - shown as CPython shows it
        tb = e.__traceback__
        traceback.print_exception(type(e), e, tb.tb_next if tb else None)
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a program may have replaced them
            pass
        sys.stdout, sys.stderr, sys.argv = saved[0], saved[1], saved[2]
        sys.path[:] = saved[3]
        for name in set(sys.modules) - saved[4]:
            del sys.modules[name]
        if saved_main is not None:
            sys.modules["__main__"] = saved_main
    text = out.getvalue() + err.getvalue()
    if code != 0:
        text += f"[exit {code}]\n"
    return text.encode("utf-8", "surrogateescape")


def _exit_status(e, err):
    """The exit status of an uncaught SystemExit (its message printed)."""
    if e.code is None:
        return 0
    if isinstance(e.code, int):
        return e.code
    print(e.code, file=err)
    return 1
