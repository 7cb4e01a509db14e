# html.escape/unescape and html.entities tables.
import html, html.entities as e
print(len(e.name2codepoint), len(e.codepoint2name), sorted(e.name2codepoint.items()) [:5])
print(sorted(e.name2codepoint.items()))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False))
for s in ['&lt;p&gt;', '&amp;amp;', '&copy; 2024', '&copy 2024', '&#65;&#x42;&#X43;', '&#0;', '&#128;&#x9f;', '&#xD800;', '&#1114112;', '&#1;x', '&nosuch;', '&ampxyz', '&apos;', 'no refs', '&#65', '&eacute;t&eacute;', '&AMP;&COPY', '&euro;&hellip;&mdash;', '&', '&;', '&#;', '&#x;']:
    print(repr(s), repr(html.unescape(s)))
print(e.entitydefs['amp'], e.codepoint2name[8364], e.html5['gt;'], e.html5['amp'])
