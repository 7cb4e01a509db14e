# signal: Signals/Handlers enums, registering a handler and running it
# with raise_signal, SIGINT's default handler, argument errors.
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name,
      int(signal.SIGKILL), signal.SIGUSR1.value)
print(signal.Signals(15), signal.Signals['SIGHUP'], signal.SIG_DFL == 0)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.strsignal(signal.SIGINT), '/', signal.strsignal(signal.SIGTERM))
got = []


def handler(signum, frame):
    got.append((signum, signal.Signals(signum).name, frame is not None))


previous = signal.signal(signal.SIGUSR1, handler)
print(previous == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(len(got))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from the default handler')
signal.signal(signal.SIGINT, lambda s, f: print('custom SIGINT handler', s))
signal.raise_signal(signal.SIGINT)
for args in [(2, 5), (2, 'x'), (1000, signal.SIG_DFL), (-1, signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(0)
except ValueError as e:
    print('ValueError', e)
print(signal.SIGINT in signal.valid_signals(), signal.NSIG > 31)
print(signal.default_int_handler.__name__)
