# errors of big ranges: len overflow, index errors, bad arguments
big = 2 ** 100
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: len(range(big)))
t(lambda: len(range(-2 ** 70, 2 ** 70)))
t(lambda: range(big)[big])
t(lambda: range(big)[-big - 1])
t(lambda: range(big)["x"])
t(lambda: range(big)[1.5])
t(lambda: range(big)[::0])
t(lambda: range(0, big, 0))
t(lambda: range(big, 1.5))
t(lambda: range(big).index(-1))
t(lambda: range(5, big).index("a") if False else range(3).index("a"))
t(lambda: range(1, 2, 3, 4))
class Idx:
    def __index__(self):
        return 2 ** 70
t(lambda: range(Idx()))
t(lambda: range(Idx())[-1])
print(range(big).count(3), range(big).count(-3))
len(range(big))
