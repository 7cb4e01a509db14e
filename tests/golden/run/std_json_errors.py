import json

docs = ['', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"',
        '[1] x', 'nul', '{"a":1', '[', '"a\tb"', '  ', '-', '1.5e', '{"a":1 "b":2}', '["a",',
        '[1,2', '{"a"', '{', '{"a":', '01', '[\n  1,\n  oops\n]', '{"x": [1, 2}', 'tru', '"\\']
for doc in docs:
    try:
        json.loads(doc)
        print(repr(doc), "ok")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads('"a\tb"', strict=False))
try:
    json.dumps({1j: 2})
except TypeError as e:
    print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps([{"a": [object]}])
except TypeError as e:
    print(e, e.__notes__)
