# An uncaught IndentationError from an import: the end offset is -1,
# so the traceback shows a single caret.
import mx_pkgs.dedent
