//! Token types, named and numbered as CPython's `token` module names them.

use taipan_source::TextRange;

/// One token: its type and its byte range in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The exact token type (`OP` is never produced; operators carry their
    /// exact type, as `TokenInfo.exact_type` shows).
    pub kind: TokenKind,
    /// The token's bytes in the source.
    pub range: TextRange,
}

macro_rules! token_kinds {
    ($($variant:ident = $num:literal, $name:literal;)*) => {
        /// A token type; the discriminant is CPython 3.14's token number.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum TokenKind {
            $(#[doc = $name] $variant = $num,)*
        }

        impl TokenKind {
            /// CPython's name for the type (`token.tok_name[type]`).
            pub const fn name(self) -> &'static str {
                match self {
                    $(TokenKind::$variant => $name,)*
                }
            }

            /// Every token type, in number order.
            pub const ALL: &'static [TokenKind] = &[$(TokenKind::$variant,)*];
        }
    };
}

token_kinds! {
    EndMarker = 0, "ENDMARKER";
    Name = 1, "NAME";
    Number = 2, "NUMBER";
    String = 3, "STRING";
    Newline = 4, "NEWLINE";
    Indent = 5, "INDENT";
    Dedent = 6, "DEDENT";
    Lpar = 7, "LPAR";
    Rpar = 8, "RPAR";
    Lsqb = 9, "LSQB";
    Rsqb = 10, "RSQB";
    Colon = 11, "COLON";
    Comma = 12, "COMMA";
    Semi = 13, "SEMI";
    Plus = 14, "PLUS";
    Minus = 15, "MINUS";
    Star = 16, "STAR";
    Slash = 17, "SLASH";
    Vbar = 18, "VBAR";
    Amper = 19, "AMPER";
    Less = 20, "LESS";
    Greater = 21, "GREATER";
    Equal = 22, "EQUAL";
    Dot = 23, "DOT";
    Percent = 24, "PERCENT";
    Lbrace = 25, "LBRACE";
    Rbrace = 26, "RBRACE";
    EqEqual = 27, "EQEQUAL";
    NotEqual = 28, "NOTEQUAL";
    LessEqual = 29, "LESSEQUAL";
    GreaterEqual = 30, "GREATEREQUAL";
    Tilde = 31, "TILDE";
    Circumflex = 32, "CIRCUMFLEX";
    LeftShift = 33, "LEFTSHIFT";
    RightShift = 34, "RIGHTSHIFT";
    DoubleStar = 35, "DOUBLESTAR";
    PlusEqual = 36, "PLUSEQUAL";
    MinEqual = 37, "MINEQUAL";
    StarEqual = 38, "STAREQUAL";
    SlashEqual = 39, "SLASHEQUAL";
    PercentEqual = 40, "PERCENTEQUAL";
    AmperEqual = 41, "AMPEREQUAL";
    VbarEqual = 42, "VBAREQUAL";
    CircumflexEqual = 43, "CIRCUMFLEXEQUAL";
    LeftShiftEqual = 44, "LEFTSHIFTEQUAL";
    RightShiftEqual = 45, "RIGHTSHIFTEQUAL";
    DoubleStarEqual = 46, "DOUBLESTAREQUAL";
    DoubleSlash = 47, "DOUBLESLASH";
    DoubleSlashEqual = 48, "DOUBLESLASHEQUAL";
    At = 49, "AT";
    AtEqual = 50, "ATEQUAL";
    Rarrow = 51, "RARROW";
    Ellipsis = 52, "ELLIPSIS";
    ColonEqual = 53, "COLONEQUAL";
    Exclamation = 54, "EXCLAMATION";
    Op = 55, "OP";
    TypeIgnore = 56, "TYPE_IGNORE";
    TypeComment = 57, "TYPE_COMMENT";
    SoftKeyword = 58, "SOFT_KEYWORD";
    FstringStart = 59, "FSTRING_START";
    FstringMiddle = 60, "FSTRING_MIDDLE";
    FstringEnd = 61, "FSTRING_END";
    TstringStart = 62, "TSTRING_START";
    TstringMiddle = 63, "TSTRING_MIDDLE";
    TstringEnd = 64, "TSTRING_END";
    Comment = 65, "COMMENT";
    Nl = 66, "NL";
    ErrorToken = 67, "ERRORTOKEN";
    Encoding = 68, "ENCODING";
}

impl TokenKind {
    /// Whether this is an operator or delimiter (`tokenize` shows these as
    /// `OP` unless `-e` is given).
    pub const fn is_operator(self) -> bool {
        (self as u8) >= TokenKind::Lpar as u8 && (self as u8) <= TokenKind::Op as u8
    }
}
