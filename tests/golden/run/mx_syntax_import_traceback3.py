# An uncaught SyntaxError at the end marker of an imported module: no
# column, so no caret line.
import mx_pkgs.decorator
