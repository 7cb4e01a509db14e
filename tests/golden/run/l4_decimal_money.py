# decimal for money: quantize to cents, rounding modes, sums, json, formatting.
import json
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext

prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10'), Decimal('100')]
subtotal = sum(prices)
tax = (subtotal * Decimal('0.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(subtotal, tax, total, f'{total:,.2f}', f'{total:>12}')
cents = Decimal('0.01')
for amount in ['2.675', '2.665', '-2.675', '1.005', '0.005', '123456789.125']:
    d = Decimal(amount)
    print(amount, d.quantize(cents), d.quantize(cents, ROUND_HALF_UP), d.quantize(cents, ROUND_DOWN))
split = Decimal('100') / 3
print(split, split.quantize(cents), split.quantize(cents) * 3)
with localcontext(prec=6):
    print(Decimal(1) / 7, Decimal('123.456789') * 1)
data = json.loads('{"price": 1.10, "qty": 3}', parse_float=Decimal)
print(data, data['price'] * data['qty'])
print(json.dumps({'total': str(total)}))
print(sorted(prices), max(prices), min(prices), Decimal('1.10') == Decimal('1.1'), len({Decimal('1.10'), Decimal('1.1')}))
print([str(Decimal(x).normalize()) for x in ['1.500', '100', '0.000', '1E+2']])
print(Decimal('1234.5').to_integral_value(ROUND_HALF_UP), int(Decimal('99.99')), round(Decimal('99.5')), round(Decimal('98.5')))
