# operators in eval-mode expressions
import dis
for src in ["a + b", "a @ b", "not a", "-a", "a is None"]:
    print("---", repr(src))
    dis.dis(src)
