# int.to_bytes and int.from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).to_bytes())
print((0).to_bytes(3, "big"), (-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (2**64).to_bytes(9, "big"), (127).to_bytes(1, signed=True))
print((1).to_bytes(length=4, byteorder="little"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
          lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"),
          lambda: (1).to_bytes(-1, "big"), lambda: (-129).to_bytes(1, signed=True)]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff"), int.from_bytes(b""))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytes(10) + b"\x01", "big"))
print(int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(e)
n = 2**200 + 12345
print(int.from_bytes(n.to_bytes(26, "little"), "little") == n)
