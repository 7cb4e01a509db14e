# stack_effect rejects unknown opcodes
import dis
for args in [(1000,), (-1,), (0,), (69, 3)]:
    try:
        print(dis.stack_effect(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
print(dis.stack_effect(dis.opmap["NOP"]))
dis.stack_effect(3000)
