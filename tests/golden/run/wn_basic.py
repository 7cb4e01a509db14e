# warnings.warn: default category, stacklevel, the default action (once per line)
import warnings

warnings.warn("hello")
warnings.warn("explicit user", UserWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn("future", FutureWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)


def inner():
    warnings.warn("level one")
    warnings.warn("level two", stacklevel=2)


def outer():
    inner()
    warnings.warn("from outer", stacklevel=1)


outer()
for i in range(3):
    warnings.warn("in a loop")
    warnings.warn(f"different text {i}")
print("done")
