# showwarning to a file object, and a hook printing to stdout in order
import sys
import warnings


def hook(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    sys.stdout.write(text.replace(filename, filename.rsplit("/", 1)[-1]))


print("before")
warnings.showwarning = hook
warnings.warn("one")
print("between")
warnings.warn("two", FutureWarning)
print("after")
warnings.showwarning = warnings._showwarning_orig
warnings.showwarning("direct", UserWarning, "z.py", 5, sys.stdout, "source line here")
warnings.showwarning("no line", UserWarning, "/nonexistent/z.py", 5, sys.stdout)
