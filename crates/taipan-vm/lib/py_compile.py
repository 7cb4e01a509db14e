"""py_compile: compile one Python source file to a .pyc file.

The compiling and the file format are native (_taipan_pyc); this module
keeps CPython's interface: compile(), PyCompileError, PycInvalidationMode
and the `-m py_compile` command line.
"""

import enum
import os
import sys
import importlib.util
import _taipan_pyc

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A source file failed to compile; `msg` is the report to show."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            text = _taipan_pyc.syntax_error_text(exc_value)
            errmsg = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    """How a .pyc file is checked against its source (PEP 552)."""
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


_MODE_NAMES = {
    PycInvalidationMode.TIMESTAMP: "timestamp",
    PycInvalidationMode.CHECKED_HASH: "checked-hash",
    PycInvalidationMode.UNCHECKED_HASH: "unchecked-hash",
}


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _cache_file(file, optimize):
    if optimize >= 0:
        level = optimize if optimize >= 1 else ''
        return importlib.util.cache_from_source(file, optimization=level)
    return importlib.util.cache_from_source(file)


def _check_target(cfile):
    if os.path.islink(cfile):
        raise FileExistsError(
            f"{cfile} is a symlink and will be changed into a regular file "
            "if import writes a byte-compiled file to it")
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(
            f"{cfile} is a non-regular file and will be changed into a "
            "regular one if import writes a byte-compiled file to it")


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Byte-compile the source file `file` to `cfile` (its __pycache__
    file by default); returns the path written, or None after an error
    that was reported (or raised as PyCompileError when `doraise`)."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    file = os.fspath(file)
    if cfile is None:
        cfile = _cache_file(file, optimize)
    cfile = os.fspath(cfile)
    _check_target(cfile)
    with open(file, 'rb') as f:
        source = f.read()
    shown = os.fspath(dfile) if dfile else file
    mode = _MODE_NAMES[PycInvalidationMode(invalidation_mode)]
    try:
        data = _taipan_pyc.compile_to_pyc(source, file, shown, mode, optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, shown)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    dirname = os.path.dirname(cfile)
    if dirname:
        try:
            os.makedirs(dirname)
        except FileExistsError:
            pass
    _taipan_pyc.write_atomic(cfile, data)
    return cfile


def _prog():
    return os.path.basename(sys.executable or "python") + " -m py_compile"


def _usage():
    return f"usage: {_prog()} [-h] [-q] filenames [filenames ...]\n"


def _help():
    return (_usage() + "\nA simple command-line interface for py_compile module.\n\n"
            "positional arguments:\n"
            "  filenames    Files to compile\n\n"
            "options:\n"
            "  -h, --help   show this help message and exit\n"
            "  -q, --quiet  Suppress error output\n")


def _fail(message):
    sys.stderr.write(_usage() + f"{_prog()}: error: {message}\n")
    sys.exit(2)


def _parse(argv):
    quiet = False
    names = []
    only_names = False
    for arg in argv:
        if only_names or arg == '-' or not arg.startswith('-'):
            names.append(arg)
        elif arg == '--':
            only_names = True
        elif arg in ('-h', '--help'):
            sys.stdout.write(_help())
            sys.exit(0)
        elif arg in ('-q', '--quiet'):
            quiet = True
        elif not arg.startswith('--') and set(arg[1:]) <= {'q', 'h'}:
            if 'h' in arg:
                sys.stdout.write(_help())
                sys.exit(0)
            quiet = True
        else:
            _fail(f"unrecognized arguments: {arg}")
    if not names:
        _fail("the following arguments are required: filenames")
    return quiet, names


def main():
    """`python -m py_compile [-q] FILE...` (`-` reads names from stdin)."""
    quiet, filenames = _parse(sys.argv[1:])
    if filenames == ['-']:
        filenames = [name.rstrip('\n') for name in sys.stdin.readlines()]
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
