# what dis refuses: wrong types, no last traceback
import dis
for bad in [5, 2.5, None, [1], object()]:
    for func in (dis.code_info, dis.get_instructions, dis.Bytecode):
        try:
            func(bad)
        except TypeError as e:
            print(func.__name__, type(bad).__name__, "TypeError:", e)
try:
    dis.dis(5)
except TypeError as e:
    print("dis:", e)
try:
    dis.dis(3.0)
except TypeError as e:
    print("dis:", e)
try:
    dis.distb()
except RuntimeError as e:
    print("distb:", e)
