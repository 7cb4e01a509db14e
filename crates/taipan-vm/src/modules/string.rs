//! The native half of `string` (`_string`): its character-class constants and `capwords`.

use std::rc::Rc;

use super::{add_functions, set};
use crate::dict::Dict;
use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// Fill the namespace of `string`.
pub(super) fn init(d: &mut Dict) {
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("0123456789{letters}{PUNCTUATION}{WHITESPACE}");
    let constants = [
        ("ascii_lowercase", LOWER.to_owned()),
        ("ascii_uppercase", UPPER.to_owned()),
        ("ascii_letters", letters),
        ("digits", "0123456789".to_owned()),
        ("hexdigits", "0123456789abcdefABCDEF".to_owned()),
        ("octdigits", "01234567".to_owned()),
        ("punctuation", PUNCTUATION.to_owned()),
        ("whitespace", WHITESPACE.to_owned()),
        ("printable", printable),
    ];
    for (name, text) in constants {
        set(d, name, Value::str(text));
    }
    let functions: [(&'static str, NativeFn); 1] = [("capwords", capwords)];
    add_functions(d, &functions);
}

/// `string.capwords(s, sep=None)`: split, capitalize each word, join.
fn capwords(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut text = args.first();
    let mut sep = args.get(1);
    for (name, v) in kw {
        match &**name {
            "s" if text.is_none() => text = Some(v),
            "sep" if sep.is_none() => sep = Some(v),
            _ => {
                return Err(type_error(format!(
                    "capwords() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let Some(text) = text else {
        return Err(type_error(
            "capwords() missing 1 required positional argument: 's'",
        ));
    };
    let Some(s) = text.as_str() else {
        return Err(type_error(format!(
            "descriptor 'split' for 'str' objects doesn't apply to a '{}' object",
            type_name(text)
        )));
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?,
        ),
    };
    let words: Vec<String> = match sep {
        None => s
            .split(crate::str_case::is_space)
            .filter(|w| !w.is_empty())
            .map(crate::str_case::capitalize)
            .collect(),
        Some(sep) if !sep.is_empty() => s.split(sep).map(crate::str_case::capitalize).collect(),
        Some(_) => return Err(crate::exception::value_error("empty separator")),
    };
    Ok(Value::str(words.join(sep.unwrap_or(" "))))
}
