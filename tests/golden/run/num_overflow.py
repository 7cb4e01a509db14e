# OverflowError messages
def t(f):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
t(lambda: float(10**400))
t(lambda: 10**400 * 1.0)
t(lambda: 1.5 + 10**400)
t(lambda: 10**400 / 7)
t(lambda: int(float("inf")))
t(lambda: round(float("inf")))
t(lambda: (10**400) ** 0.5)
t(lambda: 1e308 * 10)
t(lambda: 2.0 ** 1024.5 if False else 1e308 + 1e308)
t(lambda: (2**70).to_bytes(8, "big"))
t(lambda: float("1e400"))
t(lambda: 1 << (1 << 70))
import math
t(lambda: math.exp(1000))
t(lambda: math.ldexp(1.0, 5000))
t(lambda: math.sqrt(10**400))
t(lambda: math.floor(float("inf")))
print(10**400 // 3 > 0, math.log(10**400))
