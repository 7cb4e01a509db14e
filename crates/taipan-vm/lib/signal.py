"""signal: Linux signal numbers and handler registration. Taipan does not
receive OS signals (Ctrl-C raises KeyboardInterrupt as usual); a handler
runs when the program sends itself the signal with raise_signal()."""

import sys
from enum import IntEnum as _IntEnum

_NAMES = ('SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE '
          'SIGKILL SIGUSR1 SIGSEGV SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGSTKFLT '
          'SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGXCPU '
          'SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO SIGPWR SIGSYS').split()
_DESCRIPTIONS = (
    'Hangup', 'Interrupt', 'Quit', 'Illegal instruction',
    'Trace/breakpoint trap', 'Aborted', 'Bus error',
    'Floating point exception', 'Killed', 'User defined signal 1',
    'Segmentation fault', 'User defined signal 2', 'Broken pipe',
    'Alarm clock', 'Terminated', 'Stack fault', 'Child exited', 'Continued',
    'Stopped (signal)', 'Stopped', 'Stopped (tty input)',
    'Stopped (tty output)', 'Urgent I/O condition', 'CPU time limit exceeded',
    'File size limit exceeded', 'Virtual timer expired',
    'Profiling timer expired', 'Window changed', 'I/O possible',
    'Power failure', 'Bad system call')

_members = {name: number for number, name in enumerate(_NAMES, 1)}
_members.update(SIGRTMIN=34, SIGRTMAX=64, SIGABRT=6, SIGIOT=6, SIGPOLL=29,
                SIGCLD=17)
Signals = _IntEnum('Signals', _members, module=__name__)
Handlers = _IntEnum('Handlers', {'SIG_DFL': 0, 'SIG_IGN': 1},
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': 0, 'SIG_UNBLOCK': 1,
                                 'SIG_SETMASK': 2}, module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class ItimerError(OSError):
    """An interval-timer error."""


def default_int_handler(signalnum, frame, /):
    """The default SIGINT handler: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {n: Handlers.SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = Handlers.SIG_IGN
_handlers[SIGXFSZ] = Handlers.SIG_IGN


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the handler of a signal; return the previous one."""
    signalnum = _check(signalnum)
    if not callable(handler) and handler not in (0, 1):
        raise TypeError("signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP) or 32 <= signalnum < 34:
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = (_to_enum(handler, Handlers)
                            if handler in (0, 1) else handler)
    return old


def getsignal(signalnum, /):
    """The current handler of a signal."""
    return _handlers[_check(signalnum)]


def strsignal(signalnum, /):
    """The system's description of a signal, or None."""
    signalnum = _check(signalnum)
    if signalnum <= len(_DESCRIPTIONS):
        return _DESCRIPTIONS[signalnum - 1]
    if 34 <= signalnum <= 64:
        return f"Real-time signal {signalnum - 34}"
    return None


def valid_signals():
    """The signal numbers of this platform."""
    return {_to_enum(n, Signals) for n in range(1, NSIG)
            if not 32 <= n < 34}


def raise_signal(signalnum, /):
    """Send a signal to the program: run its handler now."""
    signalnum = _check(signalnum)
    handler = _handlers[signalnum]
    if callable(handler):
        handler(signalnum, sys._getframe(1))
    elif handler == Handlers.SIG_DFL:
        if signalnum == SIGINT:
            raise KeyboardInterrupt
        if signalnum not in (SIGCHLD, SIGCONT, SIGURG, SIGWINCH):
            sys.stdout.flush()
            raise SystemExit(128 + signalnum)


def alarm(seconds, /):
    """No alarms are delivered; returns 0."""
    return 0


def pause():
    """Nothing can arrive: returns at once."""
    return None


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def pthread_sigmask(how, mask, /):
    return set()


def sigpending():
    return set()


def setitimer(which, seconds, interval=0.0, /):
    return (0.0, 0.0)


def getitimer(which, /):
    return (0.0, 0.0)
