# a source string that does not compile: SyntaxError from dis.dis and friends
import dis
for src in ["x = = 1", "1 +", "def f(:\n    pass"]:
    for func in (dis.dis, dis.code_info, dis.get_instructions, dis.Bytecode):
        try:
            func(src)
        except SyntaxError as e:
            print(func.__name__, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
