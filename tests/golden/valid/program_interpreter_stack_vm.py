"""A tiny stack virtual machine with an assembler."""

from enum import IntEnum


class Op(IntEnum):
    PUSH = 1
    ADD = 2
    SUB = 3
    MUL = 4
    JMP = 5
    JZ = 6
    DUP = 7
    PRINT = 8
    HALT = 9


def assemble(source: str) -> list[int]:
    labels, code, fixups = {}, [], []
    for raw in source.splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        name, *args = line.split()
        code.append(Op[name.upper()])
        for arg in args:
            if arg.lstrip("-").isdigit():
                code.append(int(arg))
            else:
                fixups.append((len(code), arg))
                code.append(0)
    for pos, label in fixups:
        code[pos] = labels[label]
    return code


def run(code: list[int]) -> None:
    stack: list[int] = []
    pc = 0
    while True:
        op = Op(code[pc]); pc += 1
        match op:
            case Op.PUSH:
                stack.append(code[pc]); pc += 1
            case Op.ADD | Op.SUB | Op.MUL:
                b, a = stack.pop(), stack.pop()
                stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b}[op])
            case Op.JMP:
                pc = code[pc]
            case Op.JZ:
                target = code[pc]; pc += 1
                if stack.pop() == 0:
                    pc = target
            case Op.DUP:
                stack.append(stack[-1])
            case Op.PRINT:
                print(stack[-1])
            case Op.HALT:
                return


run(assemble("""
    push 5
loop:
    print
    push 1
    sub
    dup
    jz end
    jmp loop
end:
    halt
"""))
