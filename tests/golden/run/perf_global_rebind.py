# LOAD_GLOBAL must see a global rebound, deleted or shadowing a builtin
# after the instruction has run many times.
def get_x():
    return x


x = 1
total = 0
for i in range(300):
    total += get_x()
print("before", total)
x = "two"
print("after rebind", get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)


def use_len(s):
    return len(s)


for i in range(200):
    use_len("abc")
print("builtin len", use_len("abcd"))


def len(s):
    return "shadowed " + s


print("global shadows builtin:", use_len("xy"))
del len
print("builtin again", use_len("xyz"))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


for i in range(500):
    bump()
print("counter", counter)
counter = 1000
print("rebound", bump())
