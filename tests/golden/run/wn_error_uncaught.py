# an "error" filter turns a warning into an uncaught exception with a traceback
import warnings

warnings.simplefilter("error")


def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}", RuntimeWarning, stacklevel=2)
    return value


print(check(1))
check(-5)
print("not reached")
