# calls and displays in eval-mode expressions
import dis
for src in ["f(x)", "print('hi')", "[a, b]", "(a, b)", "{a: b}", "f'{a}'"]:
    print("---", repr(src))
    dis.dis(src)
