# Exception-driven control flow: retries, custom hierarchies, finally, chaining.
class AppError(Exception):
    code = 1


class TransientError(AppError):
    code = 2


class FatalError(AppError):
    code = 3


class Flaky:
    def __init__(self, failures):
        self.failures = list(failures)
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        if self.failures:
            exc = self.failures.pop(0)
            raise exc(f"attempt {self.calls} failed")
        return x * 2


def retry(fn, arg, attempts=3):
    last = None
    for i in range(1, attempts + 1):
        try:
            result = fn(arg)
        except TransientError as e:
            print(f"  try {i}: {e} (retrying)")
            last = e
            continue
        except AppError as e:
            raise RuntimeError(f"gave up after {i} tries") from e
        else:
            print(f"  try {i}: ok")
            return result
        finally:
            print(f"  finally {i}")
    raise TimeoutError(f"no success in {attempts} tries") from last


for failures in ([], [TransientError], [TransientError, TransientError, TransientError],
                 [TransientError, FatalError]):
    print("case", [f.__name__ for f in failures])
    try:
        print("  result", retry(Flaky(failures), 21))
    except (RuntimeError, TimeoutError) as e:
        cause = e.__cause__
        print(f"  {type(e).__name__}: {e}; cause {type(cause).__name__}: {cause} (code {cause.code})")


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("middle")
    except ValueError as e:
        raise FatalError("outer") from None


try:
    nested()
except FatalError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
retry(Flaky([FatalError]), 1)
