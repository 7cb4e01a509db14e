//! Unicode case mapping and character classes of `str` (`upper`, `lower`,
//! `title`, `casefold`, `isdigit`, ...), as CPython's `unicodeobject.c`
//! defines them on top of the Unicode database.
//!
//! Rust's `char::to_uppercase`/`to_lowercase` implement the full
//! (SpecialCasing) mappings Python uses, so `'ß'.upper() == 'SS'`. What
//! Rust lacks — titlecase, case folding, numeric types — is derived here:
//! titlecase from the uppercase mapping (first character upper, the rest
//! lower, plus the four digraph letters), folding from the lowercase
//! mapping plus the characters whose folding differs.

use unicode_general_category::{get_general_category, GeneralCategory as Gc};

/// Whether `c` is white space for Python (`str.isspace`, `split()`,
/// `strip()`): Unicode White_Space plus the separators `\x1c`-`\x1f`.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Whether `c` ends a line for `splitlines`.
pub(crate) fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn is_titlecase(c: char) -> bool {
    get_general_category(c) == Gc::TitlecaseLetter
}

/// Whether `c` is cased (upper, lower or title case).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Whether `c` is case-ignorable (for the final sigma rule).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}'
    ) || matches!(
        get_general_category(c),
        Gc::NonspacingMark
            | Gc::EnclosingMark
            | Gc::Format
            | Gc::ModifierLetter
            | Gc::ModifierSymbol
    )
}

/// The lowercase of `chars[i]`, `'Σ'` becoming `'ς'` at the end of a word.
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i]; // callers pass i < chars.len()
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased_before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let cased_after = chars[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    out.push(if cased_before && !cased_after {
        'ς'
    } else {
        'σ'
    });
}

/// The titlecase mapping of `c`.
fn title_of(c: char, out: &mut String) {
    let digraph = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => Some('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => Some('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => Some('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => Some('ǲ'),
        _ => None,
    };
    if let Some(d) = digraph {
        out.push(d);
        return;
    }
    if is_titlecase(c) {
        out.push(c);
        return;
    }
    // SpecialCasing's titlecase: the uppercase mapping with the cased
    // characters after the first one lowered ('ß' -> 'Ss', 'ŉ' -> 'ʼN').
    let mut seen_cased = false;
    for u in c.to_uppercase() {
        if seen_cased {
            out.extend(u.to_lowercase());
        } else {
            out.push(u);
        }
        seen_cased |= is_cased(u);
    }
}

/// `str.upper()`.
pub(crate) fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `str.lower()` (with the final sigma rule).
pub(crate) fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        lower_at(&chars, i, &mut out);
    }
    out
}

/// `str.casefold()`.
pub(crate) fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ͅ' | 'ι' => out.push('ι'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ẛ' => out.push('ṡ'),
            'ŉ' => out.push_str("ʼn"),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            // Cherokee small letters fold to the capitals.
            '\u{AB70}'..='\u{ABBF}' | '\u{13F8}'..='\u{13FD}' => out.extend(c.to_uppercase()),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.swapcase()`.
pub(crate) fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            lower_at(&chars, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`.
pub(crate) fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            lower_at(&chars, i, &mut out);
        } else {
            title_of(c, &mut out);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character titlecased, the rest lowered.
pub(crate) fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            title_of(chars[0], &mut out);
        } else {
            lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `str.islower()` / `str.isupper()`.
pub(crate) fn is_lower_or_upper(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (wrong, right) = if upper {
            (c.is_lowercase() || is_titlecase(c), c.is_uppercase())
        } else {
            (c.is_uppercase() || is_titlecase(c), c.is_lowercase())
        };
        if wrong {
            return false;
        }
        cased |= right;
    }
    cased
}

/// `str.istitle()`.
pub(crate) fn is_title(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// Letters (`str.isalpha`): categories Lu, Ll, Lt, Lm, Lo.
pub(crate) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        Gc::UppercaseLetter
            | Gc::LowercaseLetter
            | Gc::TitlecaseLetter
            | Gc::ModifierLetter
            | Gc::OtherLetter
    )
}

/// Decimal digits (`str.isdecimal`): category Nd.
pub(crate) fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && get_general_category(c) == Gc::DecimalNumber)
}

/// Digits (`str.isdigit`): decimals plus the other characters of numeric
/// type Digit (superscripts, circled and parenthesised digits, ...).
pub(crate) fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c,
            '²' | '³' | '¹' | '⁰' | '⁴'..='⁹' | '₀'..='₉' | '①'..='⑨' | '⑴'..='⑼'
            | '⒈'..='⒐' | '⓪' | '⓵'..='⓽' | '⓿' | '❶'..='❾' | '➀'..='➈' | '➊'..='➒'
            | '\u{1369}'..='\u{1371}' | '\u{19DA}' | '\u{1F100}'..='\u{1F10A}')
}

/// Numeric characters (`str.isnumeric`): categories Nd, Nl, No and the
/// CJK ideographs with a numeric value.
pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    matches!(
        get_general_category(c),
        Gc::DecimalNumber | Gc::LetterNumber | Gc::OtherNumber
    ) || matches!(
        c,
        '〇' | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '億'
            | '兆'
            | '零'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '廿'
            | '卅'
            | '两'
            | '兩'
    )
}

/// `str.isalnum()` for one character.
pub(crate) fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c) || is_digit(c)
}

/// `str.isidentifier()`.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            chars.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}

/// `str.isprintable()` for one character.
pub(crate) fn is_printable(c: char) -> bool {
    taipan_ast::repr::is_printable(c as u32)
}
