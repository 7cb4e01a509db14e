# configparser with files: write, read back, read several, encodings.
import configparser
import os
import tempfile

d = tempfile.mkdtemp()
first = os.path.join(d, 'a.ini')
second = os.path.join(d, 'b.ini')
cfg = configparser.ConfigParser()
cfg['server'] = {'host': 'localhost', 'port': '8080'}
cfg['paths'] = {'root': '/srv', 'logs': '%(root)s/logs'}
cfg['DEFAULT'] = {'debug': 'no'}
with open(first, 'w') as f:
    cfg.write(f)
with open(first) as f:
    print(f.read())
with open(second, 'w', encoding='utf-8') as f:
    f.write('[server]\nport = 9090\nname = café\n[extra]\nflag = on\n')
again = configparser.ConfigParser()
print(again.read([first, second, os.path.join(d, 'missing.ini')], encoding='utf-8') == [first, second])
print(again.sections(), again['server']['port'], again['server']['name'], again['paths']['logs'])
print(again.getboolean('extra', 'flag'), again.getboolean('server', 'debug'), again['server'].getint('port'))
with open(second, encoding='utf-8') as f:
    third = configparser.ConfigParser()
    third.read_file(f)
    print(dict(third['server']))
raw = configparser.RawConfigParser()
raw.read(first)
print(raw.get('paths', 'logs'))
for p in (first, second):
    os.remove(p)
os.rmdir(d)
