# An instance attribute shadowing a method, set and deleted after warm-up.
class Greeter:
    def hello(self):
        return "method"


def call_all(g, n):
    return [g.hello() for _ in range(n)]


g = Greeter()
print(call_all(g, 3))
g.hello = lambda: "instance"
print(call_all(g, 2))
print(call_all(Greeter(), 2))
del g.hello
print(call_all(g, 2))
g.__dict__["hello"] = lambda: "via dict"
print(call_all(g, 1))
g.__dict__.clear()
print(call_all(g, 1))
g.hello = 42
try:
    call_all(g, 1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(g.__dict__))
