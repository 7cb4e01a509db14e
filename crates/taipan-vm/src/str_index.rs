//! Indexing and slicing of `str` without decoding the whole text: ASCII
//! text (the common case) is sliced by bytes; other text finds positions
//! through its character index (`str_obj.rs`), copying only the
//! characters selected.

use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::str_obj::PyStr;
use crate::types::type_name;
use crate::value::{Object, Value};

/// `s[key]` for a str `s` (an int index or a slice object).
pub(crate) fn subscr(s: &PyStr, key: &Value) -> PyResult<Value> {
    if let Some(slice @ Object::Slice(..)) = key.as_obj() {
        return slice_str(s, slice);
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => {
            return Err(type_error(format!(
                "string indices must be integers, not '{}'",
                type_name(key)
            )))
        }
    };
    let ascii = s.is_ascii_text();
    let len = s.char_len();
    let j = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::msg(ExcKind::IndexError, "string index out of range"));
    }
    let j = j as usize;
    if ascii {
        // `j < len == s.len()` and ASCII bytes are characters.
        return Ok(Value::str(s.get(j..=j).unwrap_or("")));
    }
    let c = s.char_at(j).unwrap_or('\0');
    Ok(Value::str(c.to_string()))
}

/// `s[slice]`.
fn slice_str(s: &PyStr, slice: &Object) -> PyResult<Value> {
    let ascii = s.is_ascii_text();
    let len = s.char_len();
    let (start, _, step, n) = crate::slices::adjust(slice, len)?;
    if n == 0 {
        return Ok(Value::str(""));
    }
    // `adjust` keeps `start` within `0..len` when `n > 0`.
    let start = start as usize;
    if step == 1 {
        return Ok(Value::str(s.char_slice(start, start + n)));
    }
    let mut out = String::with_capacity(n);
    if step > 0 {
        let step = step as usize;
        if ascii {
            let bytes = s.as_bytes();
            out.extend((0..n).filter_map(|k| bytes.get(start + k * step).map(|&b| b as char)));
        } else {
            let rest = s.get(s.byte_offset(start)..).unwrap_or("");
            out.extend(rest.chars().step_by(step).take(n));
        }
    } else {
        let step = step.unsigned_abs() as usize;
        if ascii {
            let bytes = s.as_bytes();
            out.extend((0..n).filter_map(|k| {
                let i = start.checked_sub(k * step)?;
                bytes.get(i).map(|&b| b as char)
            }));
        } else {
            let head = s.get(..s.byte_offset(start + 1)).unwrap_or("");
            out.extend(head.chars().rev().step_by(step).take(n));
        }
    }
    Ok(Value::str(out))
}
