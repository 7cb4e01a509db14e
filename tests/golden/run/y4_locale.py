# locale in the C locale: conventions, collation, number formatting and
# parsing, currency refusal, name normalization.
import locale

conv = locale.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), conv['grouping'],
      conv['int_frac_digits'] == locale.CHAR_MAX)
print(sorted(conv))
print(locale.strcoll('apple', 'banana'), locale.strcoll('b', 'a'),
      locale.strcoll('same', 'same'))
print(locale.strxfrm('text'), sorted(['b', 'C', 'a'], key=locale.strxfrm))
print(locale.format_string('%d items', 1234567),
      locale.format_string('%.2f', 3.14159),
      locale.format_string('%s and %d', ('x', 5)))
print(locale.str(3.5), locale.str(1e20), locale.atof('2.75'), locale.atoi('-12'))
print(locale.delocalize('1234.5'), locale.localize('1234.5'))
try:
    locale.currency(12.5)
except ValueError as e:
    print(e)
print(locale.normalize('en_US.utf8'), locale.normalize('C'))
print(locale.LC_ALL != locale.LC_CTYPE, issubclass(locale.Error, Exception))
try:
    locale.setlocale(99)
except locale.Error as e:
    print('Error', e)
