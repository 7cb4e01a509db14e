# configparser: sections, defaults, interpolation, converters, write, errors.
import configparser, io
text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/user

[bitbucket.org]
User = hg
path = %(home)s/bb

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   after blank
; another comment
empty =
colon: value with: colon
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
print(cfg.sections(), cfg.defaults(), list(cfg), len(cfg))
print(cfg['bitbucket.org']['user'], cfg['bitbucket.org']['path'], cfg.get('bitbucket.org', 'path', raw=True))
s = cfg['topsecret.server.com']
print(s['port'], s.getint('port'), s.getboolean('forwardx11'), s.getboolean('compression'), repr(s['multi']), repr(s['empty']), s['colon'])
print(cfg.getint('topsecret.server.com', 'compressionlevel'), cfg.getfloat('DEFAULT', 'serveraliveinterval'), cfg.get('x', 'y', fallback='fb'), s.get('nope', 'dflt'), s.get('nope'))
print(sorted(cfg.options('bitbucket.org')), cfg.has_section('bitbucket.org'), cfg.has_option('bitbucket.org', 'Compression'), 'port' in s, 'User' in cfg['bitbucket.org'])
print(cfg.items('bitbucket.org'), [k for k, v in cfg.items()], repr(s), s.name)
cfg.add_section('new')
cfg.set('new', 'key', 'value')
cfg['another'] = {'a': '1', 'B': 'two'}
cfg['new']['pct'] = '100%%'
print(cfg['new']['pct'], cfg.remove_option('new', 'key'), cfg.remove_option('new', 'zz'), cfg.remove_section('nope'))
out = io.StringIO(); cfg.write(out); print(out.getvalue())
raw = configparser.RawConfigParser(); raw.read_string('[s]\nv = %(x)s\n'); print(raw.get('s', 'v'))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[paths]\nroot = /r\ndata = ${root}/d\n[other]\nx = ${paths:data}/x\ndollar = $$5\n')
print(ext['paths']['data'], ext['other']['x'], ext['other']['dollar'])
nv = configparser.ConfigParser(allow_no_value=True); nv.read_string('[f]\nflag\nkey=1\n'); print(nv['f']['flag'], nv['f']['key'])
ic = configparser.ConfigParser(inline_comment_prefixes=('#',)); ic.read_string('[s]\na = 1 # note\nb = x#y\n'); print(ic['s']['a'], ic['s']['b'])
cv = configparser.ConfigParser(converters={'list': lambda v: v.split(',')}); cv.read_string('[s]\nl = a,b,c\n'); print(cv.getlist('s', 'l'), cv['s'].getlist('l') if hasattr(cv['s'], 'getlist') else '')
cfg2 = configparser.ConfigParser(); cfg2.read_dict({'sec': {'n': 1, 'f': 2.5, 'b': True}}); print(dict(cfg2['sec']))
cs = configparser.ConfigParser(); cs.optionxform = str; cs.read_string('[s]\nCamel = 1\n'); print(list(cs['s']))
for bad in ['[s]\na=1\n[s]\n', '[s]\na=1\na=2\n', 'no header\n', '[s]\n=novalue\n', '[s]\nbad line\n', '[s]\nv = %(missing)s\n', '[s]\nv = %(v)s\n', '[s]\nv = 100%\n']:
    c = configparser.ConfigParser()
    try:
        c.read_string(bad)
        print(c['s']['v'])
    except configparser.Error as e:
        print(type(e).__name__, '|', e)
for f in [lambda: cfg.get('nosec', 'x'), lambda: cfg.get('new', 'nokey'), lambda: cfg.add_section('new'), lambda: cfg.add_section('DEFAULT'), lambda: cfg['missing'], lambda: cfg.getboolean('topsecret.server.com', 'port'), lambda: cfg.set('new', 'k', 5), lambda: cfg.set('zz', 'k', 'v')]:
    try: print(f())
    except (configparser.Error, KeyError, ValueError, TypeError) as e: print(type(e).__name__, '|', e)
print(configparser.DEFAULTSECT, configparser.NoSectionError.__mro__[1].__name__, configparser.MAX_INTERPOLATION_DEPTH)
