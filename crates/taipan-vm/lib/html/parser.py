"""A simple, forgiving HTML parser (Taipan's own implementation).

HTMLParser reads the text given to ``feed`` and calls its ``handle_*``
methods for tags, text, comments, declarations and processing
instructions. Incomplete constructs at the end of the buffer wait for
more data (or ``close``).
"""

import re
from html import unescape

__all__ = ['HTMLParser']

_interesting_normal = re.compile('[&<]')
_incomplete = re.compile('&[a-zA-Z#]')
_entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_starttagopen = re.compile('<[a-zA-Z]')
_tagfind = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_attrfind = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_endendtag = re.compile('>')


class HTMLParser:
    """Find tags and other markup and call handler functions."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')
    RCDATA_CONTENT_ELEMENTS = ('textarea', 'title')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _interesting_normal
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Feed text to the parser (any amount at a time)."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle the remaining buffered data as if followed by EOF."""
        self.goahead(True)

    def getpos(self):
        """(line number, offset) of the current position."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</%s(?=[\t\n\r\f />])' %
                                      re.escape(self.cdata_elem), re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting_normal
        self.cdata_elem = None

    def updatepos(self, i, j):
        if i >= j:
            return j
        nlines = self.rawdata.count('\n', i, j)
        if nlines:
            self.lineno += nlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, i, j):
        """Report rawdata[i:j] as text."""
        if i >= j:
            return
        text = self.rawdata[i:j]
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not re.compile(r'[\s;]').search(
                            rawdata, amp) and not end:
                        break
                    j = n
            else:
                match = self.interesting.search(rawdata, i)
                j = match.start() if match else n
                if not match and self.cdata_elem and not end:
                    break
            if i < j:
                self._text(i, j)
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if _starttagopen.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith('</', i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif rawdata.startswith('<?', i):
                    k = self.parse_pi(i)
                elif rawdata.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n or end:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = n
                    self._text(i, n)
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                match = _charref.match(rawdata, i)
                if match:
                    name = match.group()[2:-1]
                    self.handle_charref(name)
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in rawdata[i:] or end:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                match = _entityref.match(rawdata, i)
                if match:
                    self.handle_entityref(match.group(1))
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                match = _incomplete.match(rawdata, i)
                if match:
                    if end and match.group() == rawdata[i:]:
                        k = match.end()
                        self.handle_data(rawdata[i:k])
                        i = self.updatepos(i, k)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    if end:
                        self.handle_data('&')
                        i = self.updatepos(i, i + 1)
                    break
        if end and i < n:
            self._text(i, n)
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_comment(self, i, report=True):
        end = self.rawdata.find('-->', i + 4)
        if end < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:end])
        return end + 3

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith('<![', i):
            close = ']]>' if rawdata.startswith('<![CDATA[', i) else ']>'
            end = rawdata.find(close, i)
            if end < 0:
                return -1
            self.unknown_decl(rawdata[i + 3:end])
            return end + len(close)
        end = rawdata.find('>', i + 2)
        if end < 0:
            return -1
        if rawdata[i:i + 9].lower() == '<!doctype':
            self.handle_decl(rawdata[i + 2:end])
        else:
            self.handle_comment(rawdata[i + 2:end])
        return end + 1

    def parse_pi(self, i):
        end = self.rawdata.find('>', i + 2)
        if end < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:end])
        return end + 1

    def parse_starttag(self, i):
        rawdata = self.rawdata
        endpos = self._tag_end(i)
        if endpos < 0:
            return endpos
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = _tagfind.match(rawdata, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        while k < endpos:
            m = _attrfind.match(rawdata, k)
            if not m:
                break
            attrname, rest, attrvalue = m.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif attrvalue[:1] == '\'' == attrvalue[-1:] or \
                    attrvalue[:1] == '"' == attrvalue[-1:]:
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = m.end()
        end = rawdata[k:endpos].strip()
        if end.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def _tag_end(self, i):
        """The index after the '>' closing the tag at i, or -1."""
        rawdata = self.rawdata
        j = i + 1
        n = len(rawdata)
        quote = None
        while j < n:
            c = rawdata[j]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'' and rawdata[j - 1] in '= \t\n\r\f':
                quote = c
            elif c == '>':
                return j + 1
            j += 1
        return -1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        end = _endendtag.search(rawdata, i + 1)
        if not end:
            return -1
        gtpos = end.end()
        match = _endtagfind.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = re.compile(r'</\s*([a-zA-Z][^\t\n\r\f />]*)').match(
                rawdata, i)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                self.handle_comment(rawdata[i + 2:gtpos - 1])
                return gtpos
            self.handle_endtag(namematch.group(1).lower())
            return gtpos
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Overridable handlers.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
