# atexit: the handlers still run after an uncaught exception, and a
# failing handler is reported without stopping the others.
import atexit
import sys


def first():
    print('first handler (runs last)')


class Failing:
    def __call__(self):
        print('failing handler')
        raise ValueError('handler failed')

    def __repr__(self):
        return 'Failing()'


atexit.register(first)
atexit.register(Failing())
atexit.register(print, 'print registered directly')
atexit.register(sys.stdout.flush)
print('main body')
{}['missing']
