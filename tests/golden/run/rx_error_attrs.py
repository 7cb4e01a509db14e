import re

print(re.error is re.PatternError, re.error.__name__, re.error.__module__, re.error.__mro__[1])
try:
    re.compile('abc\n(def\nghi')
except re.error as e:
    print(str(e))
    print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
    print(e.args)
try:
    re.compile(b'x(')
except re.error as e:
    print(str(e), repr(e.pattern), e.pos)
try:
    re.compile('(?<=a+)b')
except re.error as e:
    print(str(e), e.pattern, e.pos, e.lineno)
e = re.error('custom message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('custom', 'a\nbc', 3)
print(e, e.lineno, e.colno)
def f():
    return re.compile('[unterminated')
try:
    f()
except Exception as ex:
    print(type(ex).__name__, ex)
