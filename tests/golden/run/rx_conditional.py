import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(repr(s), m and m.groups())
q = re.compile(r'(?P<quote>["\'])?(?P<word>\w+)(?(quote)(?P=quote))')
for s in ['"abc"', "'abc'", 'abc', '"abc\'']:
    m = q.fullmatch(s)
    print(repr(s), m and m.groupdict())
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'))
print(re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b)c', 'abc'))
print(re.match(r'(?:(a)|b)(?(1)x|y)', 'by'), re.match(r'(?:(a)|b)(?(1)x|y)', 'ax'))
print(re.match(r'(?(2)a|b)(x)?(y)?', 'b'))
print(re.match(r'(x)?(?(1)a|)b', 'b'))
print(re.match(r'((a)|b)+(?(2)c|d)', 'abd'), re.match(r'((a)|b)+(?(2)c|d)', 'abc'))
print(re.match(r'(?P<n>a)?(?(n)b|c)*', 'abbb'))
print(re.compile(r'(a)(?(1)x|y)').groups)
for bad in ['(?(1)a|b)', '(a)(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(1a)a)', '(?(', '(?(1', '(?()a)', '(?(-1)a)', '(a)(?(2)a)']:
    try:
        re.compile(bad)
        print(repr(bad), 'ok')
    except re.error as e:
        print(repr(bad), 'error:', e)
print(re.compile('(?(2)a)(b)(c)').groups)
print(re.match(rb'(a)?(?(1)b|c)', b'ab'))
