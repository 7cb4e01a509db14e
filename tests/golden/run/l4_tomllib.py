# tomllib: every TOML value type, tables, arrays of tables, dotted keys; malformed documents.
import tomllib, io
doc = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\ string'
bare-key_1 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
neg = -17
pos = +3
flt = 3.14
exp = 6.02e23
negexp = -1E-2
under = 9_224_617.445_991
inf = inf
ninf = -inf
yes = true
no = false
odt = 1979-05-27T07:32:00-08:00
odtz = 1979-05-27T07:32:00Z
frac = 1979-05-27T00:32:00.999999+01:30
ldt = 1979-05-27T07:32:00
ld = 1979-05-27
lt = 07:32:00.5
space_dt = 1979-05-27 07:32:00Z
esc = "tab\\there \\"quoted\\" \\u00e9 \\U0001F600 \\\\ end"
multi = """
Roses are red
Violets are \\
    blue"""
lit_multi = \'\'\'
raw \\n text
\'\'\'
arr = [1, 2, 3]
nested = [[1, 2], ["a", 'b'], []]
mixed = [
  1, # comment
  "two",
  { x = 1 },
]
inline = { name = "Tom", age = 42, pt = { x = 1, y = 2 } }
a.b.c = 1
a.b.d = 2
site."google.com" = true

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers.alpha]
ip = "10.0.0.1"

[servers.beta]
ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(repr(k), repr(v))
print(tomllib.loads('x = 1.5', parse_float=lambda s: 'F' + s))
print(tomllib.load(io.BytesIO(b'k = "v"\n[t]\nn = 0\n')), tomllib.loads(''), tomllib.loads('nan = nan')['nan'] != tomllib.loads('nan = nan')['nan'])
bads = ['x = ', 'x = 1\nx = 2', '[t]\n[t]', 'x = "unterminated', 'x = [1, 2', 'x = {a = 1', 'x = 01', 'x = 1__0', 'x = tru', '= 1', 'x = 1 y = 2', 'a = {b = 1}\na.c = 2', 'x = "\\q"', 'x = 1979-13-01', "x = 'a\nb'", '[a]\nb = 1\n[a.b]', 'x = 0x', 'k = 1.', 'k = .5', 'k = 1e', '[[a]]\n[a]', 'x = [1,,2]', 'x = 5_', 'x = +0x10']
for bad in bads:
    try:
        print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), 'TOMLDecodeError')
for bad in [b'x = 1', 5]:
    try: tomllib.loads(bad)
    except TypeError as e: print('TypeError', e)
try: tomllib.load(io.StringIO('x = 1'))
except TypeError as e: print('TypeError', e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
