import re

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (TypeError, ValueError, re.error, IndexError) as e:
        print(type(e).__name__, e)

attempt(re.match, 'a', b'a')
attempt(re.match, b'a', 'a')
attempt(re.search, 'a', 1)
attempt(re.search, b'a', [1])
attempt(re.findall, 'a', b'a')
attempt(re.sub, 'a', b'x', 'a')
attempt(re.sub, b'a', 'x', b'a')
attempt(re.sub, b'a', b'x', 'a')
attempt(re.split, b'a', 'a')
attempt(re.compile, b'\\u1234')
attempt(re.compile, b'\\U00012345')
attempt(re.compile, b'\\N{DIGIT ONE}')
attempt(re.compile, b'(?u)a')
attempt(re.compile, b'a', re.U)
attempt(re.compile, b'(?P<\xe9>a)')
attempt(re.compile, 12)
attempt(re.compile, None)
attempt(re.escape, 1)
attempt(re.sub, 'a', lambda m: 1, 'aba')
attempt(re.sub, b'a', lambda m: 'x', b'aba')
attempt(re.compile(b'a').sub, b'\\g<1>', b'a')
attempt(re.compile(b'(a)').sub, b'\\g<x>', b'a')
attempt(re.compile(b'(a)').sub, b'[\\1]', b'a')
