"""The command line of `python -m compileall`, parsed as CPython's argparse
parser for it does (same options, usage, help and error messages)."""

import os
import sys

_CHOICES = ('checked-hash', 'timestamp', 'unchecked-hash')

_HELP = """
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if `-l` and `-r`
                        options are specified, then `-r` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths for use in compile-
                        time tracebacks and in runtime tracebacks in cases
                        where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. `-d` and `-s` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by `-s` option. `-d` and `-p` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if "-", names are
                        read from stdin
  -j, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode; defaults to "checked-hash"
                        if the SOURCE_DATE_EPOCH environment variable is set,
                        and "timestamp" otherwise.
  -o OPT_LEVELS         Optimization levels to run compilation with. Default
                        is -1 which uses the optimization level of the Python
                        interpreter itself (see -O).
  -e DIR                Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files
"""


class Args:
    """The parsed options, with argparse's attribute names."""

    def __init__(self):
        self.maxlevels = None
        self.recursion = None
        self.force = False
        self.quiet = 0
        self.legacy = False
        self.ddir = None
        self.stripdir = None
        self.prependdir = None
        self.rx = None
        self.flist = None
        self.workers = 1
        self.invalidation_mode = None
        self.opt_levels = None
        self.limit_sl_dest = None
        self.hardlink_dupes = False
        self.compile_dest = []


def _prog():
    return os.path.basename(sys.executable or "python") + " -m compileall"


_PARTS = ['[-h]', '[-l]', '[-r RECURSION]', '[-f]', '[-q]', '[-b]',
          '[-d DESTDIR]', '[-s STRIPDIR]', '[-p PREPENDDIR]', '[-x REGEXP]',
          '[-i FILE]', '[-j WORKERS]',
          '[--invalidation-mode {checked-hash,timestamp,unchecked-hash}]',
          '[-o OPT_LEVELS]', '[-e DIR]', '[--hardlink-dupes]']


def _pack(parts, indent, first):
    """Lay `parts` out in lines as argparse's usage formatter does."""
    try:
        width = int(os.environ.get('COLUMNS', '80')) - 2
    except ValueError:
        width = 78
    lines, line, length = [], [], first - 1
    for part in parts:
        if line and length + 1 + len(part) > width:
            lines.append(line)
            line, length = [], indent - 1
        line.append(part)
        length += len(part) + 1
    if line:
        lines.append(line)
    return [' '.join(words) for words in lines]


def _usage():
    prog = _prog()
    indent = len("usage: ") + len(prog) + 1
    lines = _pack([prog] + _PARTS, indent, len("usage: "))
    lines += _pack(['[FILE|DIR ...]'], indent, indent)
    pad = "\n" + " " * indent
    return "usage: " + pad.join(lines) + "\n"


def error(message):
    """Print the usage and `message`; exit with status 2."""
    sys.stderr.write(_usage() + f"{_prog()}: error: {message}\n")
    sys.exit(2)


def _int(option, value):
    try:
        return int(value)
    except ValueError:
        error(f"argument {option}: invalid int value: {value!r}")


# Options taking a value: option -> (attribute, converter name, shown as).
_VALUED = {
    '-r': ('recursion', 'int', '-r'),
    '-d': ('ddir', None, '-d'),
    '-s': ('stripdir', None, '-s'),
    '-p': ('prependdir', None, '-p'),
    '-x': ('rx', None, '-x'),
    '-i': ('flist', None, '-i'),
    '-j': ('workers', 'int', '-j/--workers'),
    '--workers': ('workers', 'int', '-j/--workers'),
    '--invalidation-mode': ('invalidation_mode', 'mode', '--invalidation-mode'),
    '-o': ('opt_levels', 'append', '-o'),
    '-e': ('limit_sl_dest', None, '-e'),
}


def _store(args, option, value):
    attr, kind, shown = _VALUED[option]
    if kind == 'int':
        value = _int(shown, value)
    elif kind == 'append':
        value = (args.opt_levels or []) + [_int(shown, value)]
    elif kind == 'mode' and value not in _CHOICES:
        choices = ", ".join(_CHOICES)
        error(f"argument {shown}: invalid choice: {value!r} (choose from {choices})")
    setattr(args, attr, value)


def _flag(args, letter):
    if letter == 'h':
        sys.stdout.write(_usage() + _HELP)
        sys.exit(0)
    elif letter == 'l':
        args.maxlevels = 0
    elif letter == 'f':
        args.force = True
    elif letter == 'q':
        args.quiet += 1
    elif letter == 'b':
        args.legacy = True
    else:
        return False
    return True


def _long(args, argv, i, arg):
    """A `--name[=value]` option at argv[i]; the next index."""
    name, eq, value = arg.partition('=')
    if name == '--help' and not eq:
        _flag(args, 'h')
    if name == '--hardlink-dupes' and not eq:
        args.hardlink_dupes = True
        return i + 1
    if name in _VALUED:
        if not eq:
            if i + 1 >= len(argv) or argv[i + 1].startswith('-'):
                error(f"argument {_VALUED[name][2]}: expected one argument")
            value = argv[i + 1]
            i += 1
        _store(args, name, value)
        return i + 1
    error(f"unrecognized arguments: {arg}")


def _short(args, argv, i, arg):
    """A group of short options (`-fq`, `-r2`) at argv[i]; the next index."""
    j = 1
    while j < len(arg):
        option = '-' + arg[j]
        if option in _VALUED:
            value = arg[j + 1:]
            if not value:
                if i + 1 >= len(argv) or (argv[i + 1].startswith('-') and argv[i + 1] != '-'):
                    error(f"argument {_VALUED[option][2]}: expected one argument")
                value = argv[i + 1]
                i += 1
            _store(args, option, value)
            return i + 1
        if not _flag(args, arg[j]):
            error(f"unrecognized arguments: {arg}")
        j += 1
    return i + 1


def parse_args(argv):
    """Parse `argv` (without the program name) into an Args."""
    args = Args()
    i = 0
    rest_positional = False
    while i < len(argv):
        arg = argv[i]
        if rest_positional or arg == '-' or not arg.startswith('-'):
            args.compile_dest.append(arg)
            i += 1
        elif arg == '--':
            rest_positional = True
            i += 1
        elif arg.startswith('--'):
            i = _long(args, argv, i, arg)
        else:
            i = _short(args, argv, i, arg)
    if args.opt_levels is not None and len(args.opt_levels) == 1 and args.hardlink_dupes:
        error("Hardlinking of duplicated bytecode makes sense only for "
              "more than one optimization level.")
    if args.ddir is not None and (args.stripdir is not None or args.prependdir is not None):
        error("-d cannot be used in combination with -s or -p")
    return args
