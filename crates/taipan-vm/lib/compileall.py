"""compileall: byte-compile every Python source file of directory trees.

Our own implementation of CPython's interface (compile_dir, compile_file,
compile_path and the `-m compileall` command line) over py_compile.
Compiling is sequential: `-j` is accepted and ignored.
"""

import os
import sys
import importlib.util
import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    """The files under `dir`, descending `maxlevels` levels, sorted."""
    dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = sorted(os.listdir(dir))
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif (maxlevels > 0 and name not in (os.curdir, os.pardir)
              and not os.path.islink(fullname)):
            yield from _walk_dir(fullname, maxlevels - 1, quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None,
                quiet=0, legacy=False, optimize=-1, workers=1,
                invalidation_mode=None, *, stripdir=None, prependdir=None,
                limit_sl_dest=None, hardlink_dupes=False):
    """Compile every .py file under `dir`; True when all compiled."""
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    if ddir is not None:
        # `-d`: each file's directory relative to `dir`, under `ddir`.
        stripdir, prependdir, ddir = os.fspath(dir), os.fspath(ddir), None
    success = True
    for file in _walk_dir(dir, maxlevels, quiet):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize,
                            invalidation_mode, stripdir=stripdir,
                            prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                            hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _dfile(fullname, ddir, stripdir, prependdir, quiet):
    """The file name to compile into the code (`-d`, `-s`, `-p`)."""
    dfile = None
    if ddir is not None:
        dfile = os.path.join(ddir, os.path.basename(fullname))
    if stripdir is not None:
        parts = fullname.split(os.path.sep)
        strip = os.fspath(stripdir).split(os.path.sep)
        if strip != parts[:len(strip)]:
            if quiet < 2:
                print("The stripdir path {!r} is not a valid prefix for source "
                      "path {!r}; ignoring".format(os.fspath(stripdir), fullname))
        else:
            dfile = os.path.join(*parts[len(strip):])
    if prependdir is not None:
        dfile = os.path.join(prependdir, fullname if dfile is None else dfile)
    return dfile


def _cache_files(fullname, levels, legacy):
    cfiles = {}
    for level in levels:
        if legacy:
            cfiles[level] = fullname + 'c'
        elif level >= 0:
            opt = level if level >= 1 else ''
            cfiles[level] = importlib.util.cache_from_source(fullname, optimization=opt)
        else:
            cfiles[level] = importlib.util.cache_from_source(fullname)
    return cfiles


def _up_to_date(fullname, cfiles):
    """Whether every cache file has the source's timestamp header."""
    try:
        mtime = int(os.stat(fullname).st_mtime) & 0xFFFFFFFF
        expect = importlib.util.MAGIC_NUMBER + bytes(4) + mtime.to_bytes(4, 'little')
        for cfile in cfiles.values():
            with open(cfile, 'rb') as f:
                if f.read(12) != expect:
                    return False
        return True
    except OSError:
        return False


def _report(fullname, quiet, text):
    if quiet >= 2:
        return
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    print(text)


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0,
                 legacy=False, optimize=-1, invalidation_mode=None, *,
                 stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compile one .py file (other files are skipped); True unless it failed."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in "
                         "combination with stripdir or prependdir")
    fullname = os.fspath(fullname)
    dfile = _dfile(fullname, ddir, stripdir, prependdir, quiet)
    levels = sorted(set([optimize] if isinstance(optimize, int) else optimize))
    if hardlink_dupes and len(levels) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense "
                         "only for more than one optimization level")
    if rx is not None and rx.search(fullname):
        return True
    if limit_sl_dest is not None and os.path.islink(fullname):
        real = os.path.realpath(fullname)
        limit = os.path.realpath(limit_sl_dest)
        if not real.startswith(limit.rstrip(os.sep) + os.sep):
            return True
    if not os.path.isfile(fullname) or not fullname.endswith('.py'):
        return True
    cfiles = _cache_files(fullname, levels, legacy)
    if not force and _up_to_date(fullname, cfiles):
        return True
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        for level in levels:
            py_compile.compile(fullname, cfiles[level], dfile, True,
                               optimize=level, invalidation_mode=invalidation_mode)
    except py_compile.PyCompileError as err:
        encoding = sys.stdout.encoding or 'utf-8'
        _report(fullname, quiet,
                err.msg.encode(encoding, 'backslashreplace').decode(encoding))
        return False
    except (SyntaxError, UnicodeError, OSError) as e:
        _report(fullname, quiet, e.__class__.__name__ + ': ' + str(e))
        return False
    return True


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0,
                 legacy=False, optimize=-1, invalidation_mode=None):
    """Compile the directories of sys.path (not recursively by default)."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = success and compile_dir(
                dir, maxlevels, None, force, quiet=quiet, legacy=legacy,
                optimize=optimize, invalidation_mode=invalidation_mode)
    return success


from _compileall_args import parse_args as _parse_args


def main():
    """`python -m compileall [options] [FILE|DIR ...]`; True on success."""
    args = _parse_args(sys.argv[1:])
    rx = None
    if args.rx:
        import re
        rx = re.compile(args.rx)
    maxlevels = args.recursion if args.recursion is not None else args.maxlevels
    levels = args.opt_levels or [-1]
    mode = None
    if args.invalidation_mode:
        name = args.invalidation_mode.replace('-', '_').upper()
        mode = py_compile.PycInvalidationMode[name]
    dests = list(args.compile_dest)
    if args.flist:
        try:
            if args.flist == '-':
                lines = sys.stdin.readlines()
            else:
                with open(args.flist, encoding='utf-8') as f:
                    lines = f.readlines()
            dests.extend(line.strip() for line in lines)
        except OSError:
            if args.quiet < 2:
                print("Error reading file list {}".format(args.flist))
            return False
    options = dict(stripdir=args.stripdir, prependdir=args.prependdir,
                   limit_sl_dest=args.limit_sl_dest or None,
                   hardlink_dupes=args.hardlink_dupes)
    success = True
    try:
        if not dests:
            return compile_path(legacy=args.legacy, force=args.force,
                                quiet=args.quiet, invalidation_mode=mode)
        for dest in dests:
            if os.path.isfile(dest):
                ok = compile_file(dest, args.ddir, args.force, rx, args.quiet,
                                  args.legacy, levels, mode, **options)
            else:
                ok = compile_dir(dest, maxlevels, args.ddir, args.force, rx,
                                 args.quiet, args.legacy, levels, args.workers,
                                 mode, **options)
            success = success and ok
        return success
    except KeyboardInterrupt:
        if args.quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    sys.exit(int(not main()))
