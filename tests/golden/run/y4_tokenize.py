# tokenize: generate_tokens over str lines, tokenize over bytes (with the
# ENCODING token and a coding cookie), exact types, TokenInfo fields and
# repr, detect_encoding, untokenize, TokenError.
import io
import tokenize
import token

source = 'x = (1 +\n  2)  # comment\nif x:\n    print("hé", f"{x!r:>4}")\n'
for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    print(tok.type, token.tok_name[tok.exact_type], repr(tok.string),
          tok.start, tok.end)
toks = list(tokenize.generate_tokens(io.StringIO('a = 1\n').readline))
print(toks[0])
print(toks[1].line, toks[1].exact_type == token.EQUAL, toks[1].type == token.OP)
data = b'# -*- coding: latin-1 -*-\nname = "caf\xe9"\n'
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
print(toks[0], toks[-3].string)
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n# coding: utf-8\nx\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'x = 1\n').readline))
print(repr(tokenize.untokenize(tokenize.generate_tokens(io.StringIO('a  =  [1,\n 2]\n').readline))))
print(repr(tokenize.untokenize([(token.NAME, 'x'), (token.OP, '='), (token.NUMBER, '1')])))
for bad in ['s = "abc\n', 'x = (1,\n', '"""never closed\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except tokenize.TokenError as e:
        print('TokenError', e.args)
print([t.string for t in tokenize.generate_tokens(io.StringIO('x').readline)])
print([token.tok_name[t.type] for t in tokenize.generate_tokens(io.StringIO('if a:\n  b\n').readline)])
