"""format() of a Decimal: the format-spec mini-language (Taipan's own code).

The number is first rounded as the presentation type asks (significant
digits for e/g, places for f/%), then laid out as digits, a decimal point
and an exponent, then signed, grouped and padded.
"""


def _parse(spec):
    """The fields of a format spec, or ValueError."""
    fields = {'fill': ' ', 'align': None, 'sign': '-', 'z': False,
              'alt': False, 'zero': False, 'width': 0, 'group': '',
              'prec': None, 'type': None}
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fields['fill'], fields['align'] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        fields['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        fields['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        fields['z'] = True
        i += 1
    if i < n and spec[i] == '#':
        fields['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        fields['zero'] = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > j:
        fields['width'] = int(spec[j:i])
    if i < n and spec[i] in ',_':
        fields['group'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        fields['prec'] = int(spec[j:i])
    if i < n and spec[i] in 'eEfFgGn%':
        fields['type'] = spec[i]
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    return fields


def _round_sig(d, sig, rounding):
    """d rounded to sig significant digits (sig >= 1)."""
    from decimal import _round_coef, _new, _digits
    extra = _digits(d._int) - sig
    if extra <= 0:
        return d
    coef, _ = _round_coef(d._int, extra, rounding, d._sign)
    exp = d._exp + extra
    if _digits(coef) > sig:
        coef //= 10
        exp += 1
    return _new(d._sign, coef, exp)


def _layout(d, f, capitals):
    """(integer digits, fraction digits, exponent text) of finite d."""
    digits = str(d._int)
    t = f['type']
    if t in ('e', 'E'):
        dot = 1 - f['prec'] if d._int == 0 and f['prec'] is not None else 1
    elif t in ('f', 'F', '%'):
        dot = d._exp + len(digits)
    else:
        left = d._exp + len(digits)
        if d._exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot <= 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot >= len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot], digits[dot:]
    exp = d._exp + len(digits) - dot
    if t in ('e', 'E') or (t not in ('f', 'F', '%') and exp != 0):
        e = 'e' if t in ('e', 'g', 'n') or (t is None and not capitals) \
            else 'E'
        etext = e + '%+d' % exp
    else:
        etext = ''
    return intpart, frac, etext


def _grouped(digits, sep):
    if not sep:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    parts += [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def _group(intpart, sep, width):
    """intpart with sep every three digits, zero-padded to width."""
    text = _grouped(intpart, sep)
    while len(text) < width:
        intpart = '0' + intpart
        text = _grouped(intpart, sep)
    return text


def format_decimal(d, spec, ctx):
    """format(d, spec) under the context ctx."""
    from decimal import _new
    f = _parse(spec)
    t = f['type']
    rounding = ctx.rounding
    if d._special:
        body = str(_new(0, d._int, d._exp, d._special))
        if t == '%':
            body += '%'
        intpart, frac, etext, point = body, '', '', ''
    else:
        prec = f['prec']
        if t == '%':
            d = _new(d._sign, d._int, d._exp + 2)
        if d._int == 0 and d._exp > 0 and t in ('f', 'F', '%'):
            d = _new(d._sign, 0, 0)
        if t in ('e', 'E'):
            if prec is not None:
                d = _round_sig(d, prec + 1, rounding)
        elif t in ('f', 'F', '%'):
            if prec is not None:
                d = d._rescale(-prec, rounding)
        elif prec is not None:
            d = _round_sig(d, max(prec, 1), rounding)
        intpart, frac, etext = _layout(d, f, ctx.capitals)
        if t in ('e', 'E') and prec is not None:
            frac = frac.ljust(prec, '0')
        elif t in ('f', 'F', '%') and prec is not None:
            frac = frac.ljust(prec, '0')
        point = '.' if frac or f['alt'] else ''
        if t == '%':
            etext += '%'
    negative = d._sign == 1
    if f['z'] and negative and not d._special and d._int == 0:
        negative = False
    sign = '-' if negative else ('' if f['sign'] == '-' else f['sign'])
    fill, align = f['fill'], f['align']
    if f['zero'] and align is None:
        fill, align = ('0', '=') if not d._special else (' ', '>')
    if align is None:
        align = '>'
    if not d._special:
        width = 0
        if f['zero'] and fill == '0' and align == '=':
            width = f['width'] - len(sign) - len(point) - len(frac) - \
                len(etext)
        intpart = _group(intpart, f['group'], width)
    body = intpart + point + frac + etext
    pad = f['width'] - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
