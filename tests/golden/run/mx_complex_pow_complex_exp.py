# Complex powers with a complex exponent: the polar form also needs exp
# and log of the modulus.
vals = [1 + 1j, 2 - 1j, -3 + 0.5j, 0.5 + 0.25j, 1j, -1, 1e-3 + 2j]
for v in vals:
    for e in [1 + 1j, -0.5j, 2j, 0.5 - 0.5j]:
        print(v, e, v ** e)
print(pow(2j, 1j), 1j ** 1j)
