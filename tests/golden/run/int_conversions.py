print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("-777", 8), int(" 12_3 ", 10), int("z", 36))
print(bin(10), hex(255), oct(8), bin(-5), hex(2 ** 70))
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int("5", 99)
except ValueError as e:
    print(e)
