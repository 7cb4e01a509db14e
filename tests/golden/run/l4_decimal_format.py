# format() of Decimal: fill, align, sign, zero padding, grouping, types.
from decimal import Decimal as D, localcontext, ROUND_DOWN

values = ['1234.5678', '-0.0001', '1.500', '1E+3', '0', '-inf', '12345678901',
          'nan', '0E+5', '-0.00', '1E-7', '999.995']
for spec in [' .2f', '010,.1f', '=+12.2f', '*^15,.2f', '.0e', '.0g', 'G', 'E',
             '.2%', 'n', '12', '012', ',', '.3', '.0', '', '.2f', '10.3f',
             '<10', '^12.1f', '+.3e', '.3E', ',.2f', '08.2f', '%', '.1%', 'g',
             '.3g', '.10g', 'e', 'f', '>+20,.4f', '-^9']:
    print(repr(spec), [format(D(x), spec) for x in values])
print(f"{D('3.14159'):.2f} {D('-2.5'):+08.3f} {D('1e6'):,.0f} {D(1)/3:.5}")
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.999'), '.2f'), format(D('-2.999'), '.1e'))
print('{:>10}|{:<10}|{:^10}'.format(D('1.5'), D('-2'), D('nan')))
