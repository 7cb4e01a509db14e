# html.parser.HTMLParser: tags, attributes, text, comments, script/style content, charrefs, data fed in pieces.
from html.parser import HTMLParser

class Show(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs, self.getpos())
    def handle_endtag(self, tag): print('end', tag)
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
    def handle_data(self, data): print('data', repr(data))
    def handle_comment(self, data): print('comment', repr(data))
    def handle_decl(self, decl): print('decl', repr(decl))
    def handle_pi(self, data): print('pi', repr(data))
    def handle_entityref(self, name): print('entityref', name)
    def handle_charref(self, name): print('charref', name)
    def unknown_decl(self, data): print('unknown', repr(data))

doc = '''<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; page</title>
<meta charset=utf-8><link rel='stylesheet' href="a.css"/>
<script>if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</style></head>
<body class="main  x" data-x="1 &lt; 2" hidden>
<!-- a comment -->
<p id=intro>Hello, <b>world</b>&nbsp;&#169;&#x41; &copy 5 &unknown; done</p>
<br><img src="i.png" alt="">
<?php echo 1 ?>
<![CDATA[raw]]>
<UL><LI>One<LI>Two</UL>
</body></html>'''
p = Show()
p.feed(doc)
p.close()
print('---- no convert')
q = Show(convert_charrefs=False)
q.feed('<p>a &amp; b &#65; &#x42; &lt</p>')
q.close()
print('---- pieces')
r = Show()
for piece in ['<di', 'v cla', 'ss="x">te', 'xt &am', 'p; more</d', 'iv>']:
    r.feed(piece)
r.close()
print(r.get_starttag_text())

class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
l = Links()
l.feed('<a href="/one">1</a><A HREF=/two>2</A><a name=x>3</a>')
print(l.links)
