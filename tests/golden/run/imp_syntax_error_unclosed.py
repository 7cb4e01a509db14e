# An unclosed bracket in an imported module: the tokenizer's error.
try:
    import imp_pkgs.bad_unclosed
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
import imp_pkgs.bad_unclosed
