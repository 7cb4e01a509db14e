import re

p = re.compile(r'(?P<first>\w+) (?P<second>\w+)')
s = 'hello world foo bar'
for t in [r'\2 \1', r'\g<2> \g<1>', r'\g<second>-\g<first>', r'\g<0>!', r'<\0>', r'\\1', r'\n', r'[\t]',
          r'\1\1', r'\10', r'\g<1>0', r'\x', r'\-', '\\\\g<1>', r'\101', r'\141b', r'\08']:
    try:
        print(repr(t), repr(p.sub(t, s)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
for t in [r'\3', r'\g<3>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<a b>', '\\', r'\q', r'\777', r'\400']:
    try:
        print(repr(t), repr(p.sub(t, s)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x', '\\\\', 'axb'))
print(re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('(?=b)', '^', 'abab'))
print(re.subn('a', 'b', 'aaa', count=2), re.subn('a', 'b', 'aaa', count=0), re.sub('a', 'b', 'aaa', count=-1) if False else '')
print(re.sub('é', 'E', 'café éé'), re.sub('(.)', r'\1\1', 'añ'))
m = re.match(r'(\w+)=(\d+)?', 'key=')
print(repr(m.expand(r'\1 -> [\2]')))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) * 2), 'a1 b22 c333'))
