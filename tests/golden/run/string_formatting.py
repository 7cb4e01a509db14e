name, n, price = "widget", 3, 4.5
print("{} x{} at {:.2f}".format(name, n, price))
print("{0}-{1}-{0} {item!r} {{literal}}".format("a", "b", item="it"))
print("{:>8}|{:<6}|{:^7}|{:08.3f}|{:,}".format("r", "l", "c", 3.14159, 1234567))
print("%s has %d items costing %.2f" % (name, n, price))
print("%5s|%-5s|%05d|%x|%X|%o|%e|%g|%%|%r" % ("a", "b", 42, 255, 255, 8, 12345.678, 0.0001, "q"))
print("%(name)s=%(value)d" % {"name": "x", "value": 7}, "%c%c" % (72, "i"), "%+d % d" % (5, 5))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
