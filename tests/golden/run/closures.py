def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
c()
c()
print(c())

def adder(n):
    return lambda x: x + n

print(adder(3)(4))
g = 100
def read_global():
    return g + 1
print(read_global())
