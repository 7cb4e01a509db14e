# A module that does not compile raises SyntaxError at the import.
import sys
for name in ("bad_def", "bad_indent"):
    try:
        __import__("imp_pkgs." + name)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print(e.filename.endswith(name + ".py"), "imp_pkgs." + name in sys.modules)
import imp_pkgs.bad_syntax
