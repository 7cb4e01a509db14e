//! `\N{name}` lookup, as CPython 3.14 does it: a character name or a name
//! alias of Unicode 16.0, compared case-insensitively but otherwise exactly
//! (no loose matching of spaces, hyphens or underscores). The algorithmic
//! names `HANGUL SYLLABLE ...` and `CJK UNIFIED IDEOGRAPH-XXXX` must be
//! spelt in capitals, as CPython compares those case-sensitively.

use super::aliases::NAME_ALIASES;
use unicode_general_category::{get_general_category, GeneralCategory};

/// The code point called `name`, or `None`.
pub(super) fn lookup_name(name: &str) -> Option<u32> {
    // Every Unicode name starts with a letter or digit and uses only
    // letters, digits, spaces and hyphens. Checking that first also keeps a
    // leading `-` away from unicode_names2, whose loose matcher underflows
    // an index on it (found by fuzzing).
    let valid_char = |b: u8| b.is_ascii_alphanumeric() || b == b' ' || b == b'-';
    if !name
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphanumeric())
        || !name.bytes().all(valid_char)
    {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = NAME_ALIASES.binary_search_by(|(alias, _)| alias.cmp(&upper.as_str())) {
        return Some(NAME_ALIASES[i].1);
    }
    // `character` matches loosely (UAX44-LM2); keep only exact matches.
    let c = unicode_names2::character(&upper)?;
    let exact = unicode_names2::name(c)?.to_string();
    let algorithmic =
        exact.starts_with("HANGUL SYLLABLE ") || exact.starts_with("CJK UNIFIED IDEOGRAPH-");
    let matches = if algorithmic {
        exact == name
    } else {
        exact == upper
    };
    // The names table is Unicode 17.0's; CPython 3.14 knows 16.0 only.
    let assigned = get_general_category(c) != GeneralCategory::Unassigned;
    (matches && assigned).then_some(c as u32)
}
