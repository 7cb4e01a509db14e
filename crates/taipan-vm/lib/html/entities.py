"""HTML character entity references (Taipan's own tables).

``name2codepoint`` holds the 252 entities of HTML 4; ``html5`` the same
names with ';' plus the legacy ones HTML 5 accepts without it, and
``&apos;`` (not the rarer names HTML 5 added).
"""

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

_LATIN1 = (
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not '
    'shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 '
    'ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml '
    'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH '
    'Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc '
    'Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig '
    'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde '
    'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml '
    'yacute thorn yuml').split()

_GREEK = ('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda '
          'Mu Nu Xi Omicron Pi Rho').split()
_GREEK2 = 'Sigma Tau Upsilon Phi Chi Psi Omega'.split()

_OTHER = {
    'quot': 34, 'amp': 38, 'lt': 60, 'gt': 62, 'OElig': 338, 'oelig': 339,
    'Scaron': 352, 'scaron': 353, 'Yuml': 376, 'fnof': 402, 'circ': 710,
    'tilde': 732, 'thetasym': 977, 'upsih': 978, 'piv': 982, 'ensp': 8194,
    'emsp': 8195, 'thinsp': 8201, 'zwnj': 8204, 'zwj': 8205, 'lrm': 8206,
    'rlm': 8207, 'ndash': 8211, 'mdash': 8212, 'lsquo': 8216,
    'rsquo': 8217, 'sbquo': 8218, 'ldquo': 8220, 'rdquo': 8221,
    'bdquo': 8222, 'dagger': 8224, 'Dagger': 8225, 'bull': 8226,
    'hellip': 8230, 'permil': 8240, 'prime': 8242, 'Prime': 8243,
    'lsaquo': 8249, 'rsaquo': 8250, 'oline': 8254, 'frasl': 8260,
    'euro': 8364, 'image': 8465, 'weierp': 8472, 'real': 8476,
    'trade': 8482, 'alefsym': 8501, 'larr': 8592, 'uarr': 8593,
    'rarr': 8594, 'darr': 8595, 'harr': 8596, 'crarr': 8629, 'lArr': 8656,
    'uArr': 8657, 'rArr': 8658, 'dArr': 8659, 'hArr': 8660, 'forall': 8704,
    'part': 8706, 'exist': 8707, 'empty': 8709, 'nabla': 8711,
    'isin': 8712, 'notin': 8713, 'ni': 8715, 'prod': 8719, 'sum': 8721,
    'minus': 8722, 'lowast': 8727, 'radic': 8730, 'prop': 8733,
    'infin': 8734, 'ang': 8736, 'and': 8743, 'or': 8744, 'cap': 8745,
    'cup': 8746, 'int': 8747, 'there4': 8756, 'sim': 8764, 'cong': 8773,
    'asymp': 8776, 'ne': 8800, 'equiv': 8801, 'le': 8804, 'ge': 8805,
    'sub': 8834, 'sup': 8835, 'nsub': 8836, 'sube': 8838, 'supe': 8839,
    'oplus': 8853, 'otimes': 8855, 'perp': 8869, 'sdot': 8901,
    'lceil': 8968, 'rceil': 8969, 'lfloor': 8970, 'rfloor': 8971,
    'lang': 9001, 'rang': 9002, 'loz': 9674, 'spades': 9824, 'clubs': 9827,
    'hearts': 9829, 'diams': 9830,
}

name2codepoint = {}
for _i, _name in enumerate(_LATIN1):
    name2codepoint[_name] = 160 + _i
for _i, _name in enumerate(_GREEK):
    name2codepoint[_name] = 913 + _i
    name2codepoint[_name.lower()] = 945 + _i
name2codepoint['sigmaf'] = 962
for _i, _name in enumerate(_GREEK2):
    name2codepoint[_name] = 931 + _i
    name2codepoint[_name.lower()] = 963 + _i
name2codepoint.update(_OTHER)

codepoint2name = {cp: name for name, cp in name2codepoint.items()}
entitydefs = {name: chr(cp) for name, cp in name2codepoint.items()}

html5 = {name + ';': chr(cp) for name, cp in name2codepoint.items()}
html5['apos;'] = "'"
for _name in _LATIN1 + ['amp', 'lt', 'gt', 'quot']:
    html5[_name] = chr(name2codepoint[_name])
for _name in ('AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG'):
    _cp = name2codepoint[_name.lower()]
    html5[_name] = chr(_cp)
    html5[_name + ';'] = chr(_cp)
del _i, _name, _cp
