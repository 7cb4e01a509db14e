# the 4300-digit limit on int <-> str conversion
import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(int("1" * 4300) % 1000)
print(hex(big)[:10], len(bin(big)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
print(repr(10 ** 5000))
