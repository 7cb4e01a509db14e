# A tiny stack-based language: parse, compile to tuples, run with a loop.
SOURCE = """
push 10
store n
push 1
store acc
label loop
load n
jz end
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
label end
load acc
print
"""


def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        op, *args = line.split()
        if op == "label":
            labels[args[0]] = len(code)
        else:
            code.append((op, args[0] if args else None))
    return [(op, labels.get(a, a) if op in ("jz", "jmp") else a) for op, a in code]


def run(code, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "load":
            stack.append(env[arg])
        elif op in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[op](a, b))
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "print":
            print("out:", stack.pop())
        else:
            raise SyntaxError(f"unknown op {op!r}")
        if trace:
            print(f"{pc:3} {op:6} {arg!s:6} {stack}")
    return steps, env


code = assemble(SOURCE)
print(code[:6])
print(run(code))
small = assemble("push 2\npush 3\nadd\nprint")
run(small, trace=True)
run(assemble("push 1\nfrobnicate"))
