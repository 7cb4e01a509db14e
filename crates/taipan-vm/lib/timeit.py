"""Time small bits of code: timeit, repeat, Timer, default_timer."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indent(text, spaces):
    return text.replace("\n", "\n" + " " * spaces)


class Timer:
    """Time the execution of a statement (a string or a callable)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        if isinstance(stmt, str):
            if isinstance(setup, str):
                compile(setup, dummy_src_name, "exec")
                compile(setup + '\n' + stmt, dummy_src_name, "exec")
            else:
                compile(stmt, dummy_src_name, "exec")
        elif not callable(stmt):
            raise ValueError("stmt is neither a string nor callable")
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
        elif not callable(setup):
            raise ValueError("setup is neither a string nor callable")
        init = ''
        if isinstance(setup, str):
            setup_src = _indent(setup, 4)
        else:
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup_src = '_setup()'
        if isinstance(stmt, str):
            stmt_src = _indent(stmt, 8)
        else:
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        src = ("def inner(_it, _timer{init}):\n"
               "    {setup}\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        {stmt}\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n").format(stmt=stmt_src, setup=setup_src,
                                                init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import sys
        exc = sys.exc_info()[1]
        print("%s: %s" % (type(exc).__name__, exc), file=file or sys.stderr)

    def timeit(self, number=default_number):
        """The time of `number` executions of the statement, in seconds."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit() results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time) with number a 1-2-5 step making time >= 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Time `number` executions of `stmt` after `setup`."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Repeat timeit() `repeat` times."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
