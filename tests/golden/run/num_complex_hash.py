# hashes of complex numbers agree with equal ints and floats
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(-0j))
print(hash(1j), hash(2j), hash(1 + 1j), hash(-1 - 1j), hash(complex(3, -2)))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j], (1 + 0j) in {1, 2}, 1j in {1j}, len({1, 1.0, 1 + 0j, True}))
print(sorted({3j, 3j, 4 + 0j, 4}, key=abs))
