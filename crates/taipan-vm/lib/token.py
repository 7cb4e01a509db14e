"""Token constants of the Python tokenizer (CPython 3.14 numbering)."""

_NAMES = ('ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB '
          'RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER '
          'EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL '
          'GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR '
          'PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL '
          'VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL '
          'DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW '
          'ELLIPSIS COLONEQUAL EXCLAMATION OP TYPE_IGNORE TYPE_COMMENT '
          'SOFT_KEYWORD FSTRING_START FSTRING_MIDDLE FSTRING_END TSTRING_START '
          'TSTRING_MIDDLE TSTRING_END COMMENT NL ERRORTOKEN ENCODING '
          'N_TOKENS').split()

for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
NT_OFFSET = 256

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF',
           'EXACT_TOKEN_TYPES'] + _NAMES + ['NT_OFFSET']

tok_name = {number: name for number, name in enumerate(_NAMES)}
tok_name[NT_OFFSET] = 'NT_OFFSET'

_OPERATORS = ('( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> '
              '** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... := '
              '!').split()
EXACT_TOKEN_TYPES = dict(sorted((op, LPAR + i) for i, op in enumerate(_OPERATORS)))

del _number, _name


def ISTERMINAL(x):
    """True for a terminal token number."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """True for a non-terminal (grammar symbol) number."""
    return x >= NT_OFFSET


def ISEOF(x):
    """True for ENDMARKER."""
    return x == ENDMARKER
