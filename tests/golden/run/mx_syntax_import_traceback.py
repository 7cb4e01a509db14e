# An uncaught SyntaxError from an import whose bracket is never closed:
# the traceback shows the line with one caret.
print("before")
import mx_pkgs.unclosed_later
