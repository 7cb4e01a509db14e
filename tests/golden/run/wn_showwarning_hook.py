# replacing showwarning and formatwarning
import warnings
import io


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, filename.rsplit("/", 1)[-1], lineno, file, line)


warnings.showwarning = show
warnings.warn("to the hook")
warnings.warn("second", RuntimeWarning)
warnings.showwarning = warnings._showwarning_orig


def fmt(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} (line {lineno})\n"


warnings.formatwarning = fmt
buf = io.StringIO()
warnings.showwarning("via showwarning", UserWarning, "x.py", 12, file=buf)
print(repr(buf.getvalue()))
warnings.formatwarning = warnings._formatwarning_orig
print(repr(warnings.formatwarning("msg", UserWarning, "x.py", 12, line="  some code  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "x.py", 12, line="")))
print(repr(warnings.formatwarning("msg", FutureWarning, "/nonexistent/x.py", 12)))
buf = io.StringIO()
warnings.showwarning("to a file", DeprecationWarning, "y.py", 3, buf, "the line")
print(repr(buf.getvalue()))
warnings.showwarning = 42
try:
    warnings.warn("bad hook")
except TypeError as e:
    print("TypeError:", e)
