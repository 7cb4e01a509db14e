"""getpass: read a password without echo (Taipan cannot turn echo off:
the prompt goes to stderr and the line is read from stdin, with
CPython's fallback warning) and getuser()."""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """Echo could not be turned off."""


def getpass(prompt='Password: ', stream=None, *, echo_char=None):
    """Prompt on stream (sys.stderr) and return a line of stdin without
    its newline; EOFError at the end of input."""
    if echo_char is not None and (not isinstance(echo_char, str)
                                  or len(echo_char) != 1
                                  or not echo_char.isascii()
                                  or not echo_char.isprintable()):
        raise ValueError("'echo_char' must be a printable ASCII string, "
                         f"got: {echo_char!r}")
    try:
        import warnings
        warnings.warn("Can not control echo on the terminal.",
                      GetPassWarning, stacklevel=2)
    except ImportError:
        pass
    if stream is None:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """The login name, from LOGNAME, USER, LNAME or USERNAME."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    try:
        uid = os.getuid()
    except AttributeError:
        uid = None
    if uid == 0:
        return 'root'
    raise OSError('No username set in the environment')
