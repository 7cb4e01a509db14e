# An uncaught decimal signal: the traceback shows the caller's line only.
from decimal import Decimal, getcontext

getcontext().prec = 5
print(Decimal(2).sqrt(), Decimal('1.23456789') + 0)


def parse(text):
    return Decimal(text) * 2


print(parse('1.5'))
parse('1,5')
