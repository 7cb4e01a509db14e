# locals() in a class-body comprehension, and in the body around it.
class C:
    a = 1
    r = [locals() for _ in range(1)]
    s = [sorted(dir()) for z in range(1)]
    names = sorted(locals())
print(C.r, C.s)
print(C.names)
