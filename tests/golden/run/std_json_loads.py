import json

print(json.loads('{"a": [1, 2.0, {"b": null}], "c": "\\u00e9\\n", "d": true, "e": false}'))
print(json.loads('  [1, -2, 3.5e2, -0.25E-1, 0, -0]  '), json.loads('"\\ud834\\udd1e"'))
print(json.loads('12345678901234567890123'), json.loads('1e400'), json.loads('-1e400'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[1]')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[]'), json.loads('{}'), json.loads('""'))
print(json.loads('\n{\n  "multi": [\n    1,\n    2\n  ]\n}\n'))
print(type(json.loads('1.0')), type(json.loads('1')), json.loads('"a\\u0000b"') == "a\x00b")
big = json.dumps({"k%d" % i: list(range(i)) for i in range(5)})
print(json.loads(big) == {"k%d" % i: list(range(i)) for i in range(5)})
