# SyntaxError attributes for modules that fail to compile on import: the
# text is the file's line (the tokenizer's own errors drop the newline),
# unclosed brackets and indentation errors report no end.
import importlib
for name in ["unclosed", "unterminated", "unmatched", "noblock", "decorator",
             "nonewline", "indent", "unclosed_later", "dedent", "backslash"]:
    try:
        importlib.import_module("mx_pkgs." + name)
    except SyntaxError as e:
        print(name, type(e).__name__, repr(e.msg))
        print("   ", e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("   ", e.args[1][1:])
