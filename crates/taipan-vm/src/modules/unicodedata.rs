//! `_taipan_unicodedata`: the Unicode database lookups behind the Python
//! `unicodedata` module — names (`unicode_names2`), general categories
//! (`unicode-general-category`), normalization forms, combining classes
//! and decompositions (`unicode-normalization`). All take and return
//! `str`/`int`; the Python side checks arguments and words the errors.

use std::rc::Rc;

use unicode_general_category::{get_general_category, GeneralCategory as Gc};
use unicode_normalization::char::{
    canonical_combining_class, decompose_canonical, decompose_compatible,
};
use unicode_normalization::{is_nfc, is_nfd, is_nfkc, is_nfkd, UnicodeNormalization};

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, value_error, PyResult};
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_taipan_unicodedata`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 7] = [
        ("name", name),
        ("lookup", lookup),
        ("category", category),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
        ("combining", combining),
        ("decomposition", decomposition),
    ];
    add_functions(d, &functions);
}

/// The one character of a `str` argument.
fn char_arg(v: Option<&Value>) -> PyResult<char> {
    let s = v
        .and_then(Value::as_str)
        .ok_or_else(|| type_error("a str is required"))?;
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error("a unicode character is required")),
    }
}

fn str_arg(v: Option<&Value>) -> PyResult<&str> {
    v.and_then(Value::as_str)
        .ok_or_else(|| type_error("a str is required"))
}

/// `name(c)`: the character's name, or None.
fn name(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = char_arg(args.first())?;
    Ok(unicode_names2::name(c).map_or(Value::None, |n| Value::str(n.to_string())))
}

/// `lookup(name)`: the character named `name` (or an alias), or None.
fn lookup(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let n = str_arg(args.first())?;
    Ok(unicode_names2::character(n).map_or(Value::None, |c| Value::str(c.to_string())))
}

/// `category(c)`: the two-letter general category.
fn category(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = char_arg(args.first())?;
    let abbr = match get_general_category(c) {
        Gc::ClosePunctuation => "Pe",
        Gc::ConnectorPunctuation => "Pc",
        Gc::Control => "Cc",
        Gc::CurrencySymbol => "Sc",
        Gc::DashPunctuation => "Pd",
        Gc::DecimalNumber => "Nd",
        Gc::EnclosingMark => "Me",
        Gc::FinalPunctuation => "Pf",
        Gc::Format => "Cf",
        Gc::InitialPunctuation => "Pi",
        Gc::LetterNumber => "Nl",
        Gc::LineSeparator => "Zl",
        Gc::LowercaseLetter => "Ll",
        Gc::MathSymbol => "Sm",
        Gc::ModifierLetter => "Lm",
        Gc::ModifierSymbol => "Sk",
        Gc::NonspacingMark => "Mn",
        Gc::OpenPunctuation => "Ps",
        Gc::OtherLetter => "Lo",
        Gc::OtherNumber => "No",
        Gc::OtherPunctuation => "Po",
        Gc::OtherSymbol => "So",
        Gc::ParagraphSeparator => "Zp",
        Gc::PrivateUse => "Co",
        Gc::SpaceSeparator => "Zs",
        Gc::SpacingMark => "Mc",
        Gc::Surrogate => "Cs",
        Gc::TitlecaseLetter => "Lt",
        Gc::Unassigned => "Cn",
        Gc::UppercaseLetter => "Lu",
        _ => "Cn",
    };
    Ok(Value::str(abbr))
}

/// `normalize(form, s)`: `s` in normalization form NFC, NFD, NFKC or NFKD.
fn normalize(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let form = str_arg(args.first())?;
    let s = str_arg(args.get(1))?;
    let out: String = match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(value_error("invalid normalization form")),
    };
    Ok(Value::str(out))
}

/// `is_normalized(form, s)`: whether `s` is already in the form.
fn is_normalized(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let form = str_arg(args.first())?;
    let s = str_arg(args.get(1))?;
    Ok(Value::Bool(match form {
        "NFC" => is_nfc(s),
        "NFD" => is_nfd(s),
        "NFKC" => is_nfkc(s),
        "NFKD" => is_nfkd(s),
        _ => return Err(value_error("invalid normalization form")),
    }))
}

/// `combining(c)`: the canonical combining class.
fn combining(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = char_arg(args.first())?;
    Ok(Value::Int(i64::from(canonical_combining_class(c))))
}

/// `decomposition(c)`: the full canonical decomposition as hex code points,
/// else the compatibility one tagged `<compat>`, else "".
fn decomposition(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = char_arg(args.first())?;
    let mut canon = Vec::new();
    decompose_canonical(c, |d| canon.push(d));
    let hex = |v: &[char]| {
        v.iter()
            .map(|d| format!("{:04X}", u32::from(*d)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if canon != [c] {
        return Ok(Value::str(hex(&canon)));
    }
    let mut compat = Vec::new();
    decompose_compatible(c, |d| compat.push(d));
    if compat != [c] {
        return Ok(Value::str(format!("<compat> {}", hex(&compat))));
    }
    Ok(Value::str(""))
}
