# atexit: functions run at exit, last registered first, with their
# arguments; unregister; a decorator; they run after an uncaught error.
import atexit


def goodbye(name, punctuation='!'):
    print(f'goodbye {name}{punctuation}')


atexit.register(goodbye, 'first')
atexit.register(goodbye, 'second', punctuation='?')


@atexit.register
def decorated():
    print('decorated runs first')


def removed():
    print('never printed')


atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
try:
    atexit.register(42)
except TypeError as e:
    print(e)
print('end of main')
raise SystemExit(3)
