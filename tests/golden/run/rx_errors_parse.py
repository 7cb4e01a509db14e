import re

patterns = ['(abc', 'abc)', '(?P<1>a)', '(?P<a>x)(?P<a>y)', 'x{2,1}', '[z-a]', 'a**', 'a*+*', '*a', '+', '?', '{1}a',
            '\\', '[a', '[^', '[]', '(?#abc', '(?P', '(?P<', '(?P<a', '(?P=', '(?P=a', '(?P<a>x)(?P=b)', '\\g', '\\8',
            '[\\8]', '\\x4', '\\u12', '\\U00110000', '\\500', '\\N{foo}', '\\N', '\\N{', '\\N{a', '(?<a>x)', '(?Px)',
            '(?', '(?<', '(?<x', '(a)\\2', '(a\\1)', '(?P<a>a(?P=a))', '[\\d-z]', '[a-\\d]', '[\\w-]', 'a{1,2}{3}',
            '^*', '$+', '\\b*', '(?=a)*', '\\A?', 'a|*', '()*', '[\\q]', '\\q', '\\_', 'x\\', '\\c', '(?i)*',
            'a{,2}?+', '(?:', '((a)', '(a))', 'a)b(c', '(?x)a\n(b\n', '(?P<a-b>x)', '(?P<>x)',
            '(?P=1)', '\\400', '\\777', '[\\777]', '(a{1,2}){2,1}', '(?<=a(?=b+))c']
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e.msg, '|', e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)
