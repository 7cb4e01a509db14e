import re

LOG = """\
2024-01-05 10:00:01 INFO  server started port=8080
2024-01-05 10:00:07 WARN  slow request path=/api/users ms=1532
2024-01-05 10:01:12 ERROR failed login user=bob ip=10.0.0.7
2024-01-05 10:02:00 INFO  request path=/health ms=3
"""
LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$', re.M)
for m in LINE.finditer(LOG):
    fields = dict(re.findall(r'(\w+)=(\S+)', m['msg']))
    print(m['level'], m['time'], fields)
print(len(LINE.findall(LOG)), LINE.findall(LOG)[0])
counts = {}
for level in re.findall(r'^\S+ \S+ (\w+)', LOG, re.M):
    counts[level] = counts.get(level, 0) + 1
print(counts)
print(re.sub(r'ip=(\d+)\.(\d+)\.\d+\.\d+', r'ip=\1.\2.x.x', LOG.splitlines()[2]))
def camel_to_snake(name):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', name).lower()
print([camel_to_snake(n) for n in ['camelCase', 'HTTPServer', 'getHTTPResponseCode', 'x']])
words = re.split(r'[\s,;]+', 'alpha, beta;gamma  delta,,epsilon')
print(words, [w for w in words if re.fullmatch(r'[a-e]\w*', w)])
EMAIL = re.compile(r'([\w.+-]+)@([\w-]+\.[\w.]+)')
print(EMAIL.findall('contact: a.b+c@ex-ample.com, x@y.org; bad@'), EMAIL.sub(r'<\2>', 'mail me@host.net now'))
tokens = re.findall(r'\d+\.\d*|\d+|[-+*/()]|\S', '3.5*(2+10)/ x')
print(tokens)
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2], 'hello big world'))
