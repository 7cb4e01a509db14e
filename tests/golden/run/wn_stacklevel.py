# stacklevel: zero, negative, larger levels, non-int; skip_file_prefixes
import warnings

warnings.simplefilter("always")


def a(level):
    warnings.warn(f"level {level}", stacklevel=level)


def b(level):
    a(level)


def c(level):
    b(level)


c(1)
c(2)
c(3)
c(4)
c(0)
c(-3)
try:
    c("2")
except TypeError as e:
    print("TypeError:", e)
try:
    c(2.0)
except TypeError as e:
    print("TypeError:", e)

# frames of files starting with a skipped prefix are passed over
ns = {"warnings": warnings}
src = """
def lib_warn(msg, **kw):
    warnings.warn(msg, skip_file_prefixes=('/skipme/',), **kw)

def lib_outer(msg, **kw):
    lib_warn(msg, **kw)
"""
exec(compile(src, "/skipme/lib.py", "exec"), ns)


def user():
    ns["lib_outer"]("skipped to user")
    ns["lib_outer"]("level 2 after skipping", stacklevel=2)


user()


def in_function():
    warnings.warn("nothing skipped", skip_file_prefixes=("/nonexistent",))


in_function()
