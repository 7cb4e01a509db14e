# complex literals, repr and parts
zs = [1j, 2 + 3j, -1j, 0j, -0j, 1.5 - 2.5j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
      complex(1e16, 1e-5), complex(float("nan"), float("inf")), complex(float("-inf"), float("nan")),
      3j * 1e300 * 10, complex(1, 0)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
print([1j, (1 + 1j,)], {2j: 1})
print(type(1j).__name__, type(1j).__name__ == "complex", isinstance(1j, complex))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(1 + 0j))
print(f"{3 + 4j}", str(-(1 + 2j)), +(1 - 1j), -(0j))
