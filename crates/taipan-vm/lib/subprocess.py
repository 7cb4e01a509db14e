"""subprocess: run programs (Taipan's own, over the native
_taipan_subprocess, which runs a program to completion).

A Popen runs its program when first needed (communicate, wait, poll, or
reading its stdout/stderr); what was written to its stdin pipe before
that is the program's input. Output that is not captured is still
collected and then written to sys.stdout / sys.stderr, so it keeps its
place among the program's own prints.
"""

import os
import sys
import _taipan_subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError",
           "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_INHERIT, _PIPE, _NULL = 0, 1, 2


class SubprocessError(Exception):
    """The base class of this module's errors."""


class CalledProcessError(SubprocessError):
    """A program run with check=True exited with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = self.stdout = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return (f"Command '{self.cmd}' died with "
                        f"{signal.Signals(-self.returncode)!r}.")
            except ValueError:
                return (f"Command '{self.cmd}' died with unknown signal "
                        f"{-self.returncode}.")
        return (f"Command '{self.cmd}' returned non-zero exit status "
                f"{self.returncode}.")



class TimeoutExpired(SubprocessError):
    """A program ran longer than its timeout (and was killed)."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = self.stdout = output
        self.stderr = stderr

    def __str__(self):
        return (f"Command '{self.cmd}' timed out after {self.timeout} "
                f"seconds")



class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        if self.stdout is not None:
            args.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            args.append(f'stderr={self.stderr!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    def check_returncode(self):
        """Raise CalledProcessError if the return code is not 0."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _argv(args, shell, executable):
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        args = [args]
    else:
        args = list(args)
    args = [os.fsdecode(a) if isinstance(a, bytes) else os.fspath(a)
            for a in args]
    if shell:
        args = [executable or '/bin/sh', '-c'] + args
    elif executable is not None:
        args[0] = os.fspath(executable)
    return args


def _stream_mode(value):
    if value is None:
        return _INHERIT
    if value == PIPE:
        return _PIPE
    if value == DEVNULL:
        return _NULL
    return _PIPE   # a file object or descriptor: collected, then written


def _deliver(data, target, default):
    # Write output the caller did not capture where it was meant to go.
    if not data:
        return
    if target is None:
        target = default
        target.flush()
    if isinstance(target, int):
        os.write(target, data)
        return
    if 'b' in getattr(target, 'mode', '') or not hasattr(target, 'encoding'):
        target.write(data if 'b' in getattr(target, 'mode', 'b') else
                     data.decode())
    else:
        target.write(data.decode(target.encoding or 'utf-8', 'replace'))
    target.flush()


class Popen:
    """A program to run (when first waited for, see the module)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if universal_newlines is not None and text is not None and \
                bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.args = args
        self.text_mode = bool(encoding or errors or text or
                              universal_newlines)
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._argv = _argv(args, shell, executable)
        self._targets = (stdout, stderr)
        self._modes = (_stream_mode(stdout), _stream_mode(stderr))
        self._merge = stderr == STDOUT
        self._cwd = None if cwd is None else os.fspath(cwd)
        self._env = None if env is None else [f'{k}={v}'
                                              for k, v in env.items()]
        self._stdin_mode = _NULL if stdin == DEVNULL else _INHERIT
        self._stdin_data = None
        if stdin == PIPE:
            import io
            self.stdin = io.StringIO() if self.text_mode else io.BytesIO()
            self.stdin.close = lambda: None
        elif stdin not in (None, DEVNULL) and hasattr(stdin, 'read'):
            self._stdin_data = stdin.read()
            self.stdin = None
        else:
            self.stdin = None
        self.returncode = None
        self.pid = os.getpid()
        self._stdout = self._stderr = None
        self._ran = False

    def _run(self, input=None, timeout=None):
        if self._ran:
            return
        if input is None and self.stdin is not None:
            input = self.stdin.getvalue()
        if input is None:
            input = self._stdin_data
        if isinstance(input, str):
            input = input.encode(self.encoding, self.errors)
        argv = self._argv
        out_mode, err_mode = self._modes
        if self._merge:
            argv = ['/bin/sh', '-c', 'exec "$0" "$@" 2>&1'] + argv
            err_mode = _INHERIT
        if out_mode == _INHERIT:
            out_mode = _PIPE
        if err_mode == _INHERIT and not self._merge:
            err_mode = _PIPE
        sys.stdout.flush()
        result = _taipan_subprocess.run(
            argv, self._cwd, self._env, input, self._stdin_mode, out_mode,
            err_mode, timeout)
        if result[0] == 'error':
            raise OSError(result[1], result[2], self._argv[0])
        if result[0] == 'timeout':
            self._ran = True
            self.returncode = -9
            raise TimeoutExpired(self.args, timeout)
        self._ran = True
        _, self.returncode, out, err = result
        out_target, err_target = self._targets
        if self._modes[0] == _PIPE and out_target == PIPE:
            self._stdout = out
        else:
            _deliver(out, None if out_target is None else out_target,
                     sys.stdout)
        if self._modes[1] == _PIPE and err_target == PIPE:
            self._stderr = err
        elif not self._merge:
            _deliver(err, None if err_target is None else err_target,
                     sys.stderr)

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        text = data.decode(self.encoding, self.errors)
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def communicate(self, input=None, timeout=None):
        """Run the program with input; return (stdout, stderr)."""
        if self._ran and input is not None:
            raise ValueError("Cannot send input after starting communication")
        self._run(input, timeout)
        out, err = self._decode(self._stdout), self._decode(self._stderr)
        self._stdout = self._stderr = None
        return out, err

    def wait(self, timeout=None):
        """Run the program if needed; return its return code."""
        self._run(None, timeout)
        return self.returncode

    def poll(self):
        """The return code (the program runs to completion first)."""
        return self.wait()

    def _stream(self, which):
        self._run()
        import io
        data = self._stdout if which == 0 else self._stderr
        if data is None:
            return None
        if self.text_mode:
            return io.StringIO(self._decode(data))
        return io.BytesIO(data)

    @property
    def stdout(self):
        """The captured output as a file (the program runs first)."""
        if self._targets[0] != PIPE:
            return None
        if not hasattr(self, '_stdout_file'):
            self._stdout_file = self._stream(0)
        return self._stdout_file

    @property
    def stderr(self):
        """The captured error output as a file."""
        if self._targets[1] != PIPE:
            return None
        if not hasattr(self, '_stderr_file'):
            self._stderr_file = self._stream(1)
        return self._stderr_file

    def send_signal(self, sig):
        """Nothing to signal: the program has run or will run whole."""

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        self.wait()

    def __repr__(self):
        return (f"<{self.__class__.__name__}: returncode: {self.returncode} "
                f"args: {self.args!r}>")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a program and wait; return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be '
                             'used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or \
                kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    process = Popen(*popenargs, **kwargs)
    try:
        stdout, stderr = process.communicate(input, timeout=timeout)
    except TimeoutExpired:
        raise
    retcode = process.returncode
    if check and retcode:
        raise CalledProcessError(retcode, process.args, output=stdout,
                                 stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a program; return its return code."""
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    """Run a program; raise CalledProcessError if it fails."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a program; return its output; raise if it fails."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be '
                             f'overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('text') or \
            kwargs.get('universal_newlines') or kwargs.get('encoding') \
            else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command, stderr merged."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, stderr merged."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A Windows command line for seq (MS C runtime quoting rules)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
