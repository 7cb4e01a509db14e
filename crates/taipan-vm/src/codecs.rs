//! Text encodings: `str.encode`, `bytes.decode`, `str(b, encoding)` and
//! `bytes(s, encoding)` for UTF-8, ASCII, Latin-1, CP-1252, UTF-16 and
//! UTF-32 (with or without an explicit byte order), with the error
//! handlers `strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace` and `namereplace` (encoding), and CPython's `UnicodeDecodeError` /
//! `UnicodeEncodeError` (whose `args` are `(encoding, object, start, end,
//! reason)`).
//!
//! `str` holds valid Unicode only (no lone surrogates), so the
//! `surrogateescape`/`surrogatepass` handlers are not available.

use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::method_args::{bind, Kw, Sig, Style};
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// A supported encoding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Cp1252,
    /// UTF-16; `None` detects (decoding) or writes (encoding) a BOM.
    Utf16(Option<bool>),
    /// UTF-32; the flag is "big endian".
    Utf32(Option<bool>),
}

fn lookup(name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => {
            Codec::Latin1
        }
        "cp1252" | "windows-1252" => Codec::Cp1252,
        "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf-16-le" | "utf-16le" => Codec::Utf16(Some(false)),
        "utf-16-be" | "utf-16be" => Codec::Utf16(Some(true)),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf-32-le" | "utf-32le" => Codec::Utf32(Some(false)),
        "utf-32-be" | "utf-32be" => Codec::Utf32(Some(true)),
        _ => {
            return Err(PyErr::msg(
                ExcKind::LookupError,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

fn wide_name(bits: u32, big: bool) -> String {
    format!("utf-{bits}-{}", if big { "be" } else { "le" })
}

/// The `encoding`/`errors` arguments (both optional strings).
fn codec_args<'a>(
    name: &'static str,
    owner: &'static str,
    rest: &'a [Value],
    kw: Kw<'a>,
) -> PyResult<(&'a str, &'a str)> {
    let sig = Sig {
        owner,
        name,
        params: &["encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let a = bind(&sig, rest, kw)?;
    let text = |i: usize, param: &str, default: &'static str| -> PyResult<&'a str> {
        match a[i] {
            None => Ok(default),
            Some(v) => v.as_str().ok_or_else(|| {
                type_error(format!(
                    "{name}() argument '{param}' must be str, not {}",
                    type_name(v)
                ))
            }),
        }
    };
    Ok((text(0, "encoding", "utf-8")?, text(1, "errors", "strict")?))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub(crate) fn str_encode(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = crate::str_methods::this(args, "encode")?;
    let (encoding, errors) = codec_args("encode", "str", rest, kw)?;
    Ok(bytes_value(encode(s, encoding, errors)?))
}

/// `bytes.decode` / `bytearray.decode`.
pub(crate) fn decode_method(
    data: &[u8],
    owner: &'static str,
    rest: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    let (encoding, errors) = codec_args("decode", owner, rest, kw)?;
    Ok(Value::str(decode(data, encoding, errors)?))
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(data.into_boxed_slice()))
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let mut out = Vec::with_capacity(s.len());
    let (limit, name) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => {
            let big = order.unwrap_or(false);
            if order.is_none() {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for unit in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let big = order.unwrap_or(false);
            if order.is_none() {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let u = u32::from(c);
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Ascii => (128, "ascii"),
        Codec::Latin1 => (256, "latin-1"),
        Codec::Cp1252 => (0, "charmap"),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i]; // i < chars.len()
        let byte = if codec == Codec::Cp1252 {
            cp1252_encode(c)
        } else {
            (u32::from(c) < limit).then_some(u32::from(c) as u8)
        };
        if let Some(b) = byte {
            out.push(b);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| {
                let c = chars[j];
                if codec == Codec::Cp1252 {
                    cp1252_encode(c).is_some()
                } else {
                    u32::from(c) < limit
                }
            })
            .unwrap_or(chars.len());
        let reason = if codec == Codec::Cp1252 {
            "character maps to <undefined>".to_owned()
        } else {
            format!("ordinal not in range({limit})")
        };
        for &c in &chars[i..end] {
            match errors {
                // Without lone surrogates in a `str`, the surrogate handlers fail
                // as `strict` does.
                "strict" | "surrogateescape" | "surrogatepass" => {
                    return Err(encode_error(name, s, i, end, &reason))
                }
                "ignore" => {}
                "replace" => out.push(b'?'),
                "backslashreplace" => out.extend_from_slice(escape(c).as_bytes()),
                "namereplace" => match unicode_names2::name(c) {
                    Some(n) => out.extend_from_slice(format!("\\N{{{n}}}").as_bytes()),
                    None => out.extend_from_slice(escape(c).as_bytes()),
                },
                "xmlcharrefreplace" => {
                    out.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes())
                }
                _ => return Err(unknown_handler(errors)),
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn escape(c: char) -> String {
    let u = u32::from(c);
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

fn unknown_handler(name: &str) -> Box<PyErr> {
    PyErr::msg(
        ExcKind::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

fn encode_error(codec: &str, s: &str, start: usize, end: usize, reason: &str) -> Box<PyErr> {
    PyErr::new(
        ExcKind::UnicodeEncodeError,
        vec![
            Value::str(codec),
            Value::str(s),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

fn decode_error(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Box<PyErr> {
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(codec),
            bytes_value(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// The message of a `UnicodeEncodeError`/`UnicodeDecodeError` from its
/// five `args`, as CPython's `__str__` builds it.
pub(crate) fn unicode_error_str(kind: ExcKind, args: &[Value]) -> Option<String> {
    let [codec, object, Value::Int(start), Value::Int(end), reason] = args else {
        return None;
    };
    let (codec, reason) = (codec.as_str()?, reason.as_str()?);
    let (start, end) = (*start as usize, *end as usize);
    if kind == ExcKind::UnicodeEncodeError {
        let c = object.as_str()?.chars().nth(start);
        return Some(match c {
            Some(c) if end == start + 1 => format!(
                "'{codec}' codec can't encode character '{}' in position {start}: {reason}",
                escape(c)
            ),
            _ => format!(
                "'{codec}' codec can't encode characters in position {start}-{}: {reason}",
                end.saturating_sub(1)
            ),
        });
    }
    let Some(Object::Bytes(data)) = object.as_obj() else {
        return None;
    };
    Some(match data.get(start) {
        Some(b) if end == start + 1 => {
            format!("'{codec}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        }
        _ => format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    })
}

/// Handle one undecodable run `data[start..end]` per `errors`.
fn decode_bad(
    out: &mut String,
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(codec, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in data.get(start..end).unwrap_or(&[]) {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

/// `data.decode(encoding, errors)`.
pub(crate) fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => decode_utf8(data, errors, &mut out)?,
        Codec::Latin1 => out.extend(data.iter().map(|&b| char::from(b))),
        Codec::Ascii | Codec::Cp1252 => {
            let (name, reason) = if codec == Codec::Ascii {
                ("ascii", "ordinal not in range(128)")
            } else {
                ("charmap", "character maps to <undefined>")
            };
            for (i, &b) in data.iter().enumerate() {
                let c = if codec == Codec::Ascii {
                    b.is_ascii().then_some(char::from(b))
                } else {
                    cp1252_decode(b)
                };
                match c {
                    Some(c) => out.push(c),
                    None => decode_bad(&mut out, errors, name, data, i, i + 1, reason)?,
                }
            }
        }
        Codec::Utf16(order) => crate::codecs_wide::decode_utf16(data, order, errors, &mut out)?,
        Codec::Utf32(order) => crate::codecs_wide::decode_utf32(data, order, errors, &mut out)?,
    }
    Ok(out)
}

/// UTF-8 with CPython's error ranges (the maximal invalid subpart).
fn decode_utf8(data: &[u8], errors: &str, out: &mut String) -> PyResult<()> {
    let mut pos = 0;
    while pos < data.len() {
        let rest = &data[pos..];
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let start = pos + good;
                let lead = data[start]; // from_utf8 failed at `start`, so it is in range
                let (len, reason) = match e.error_len() {
                    _ if !(0xC2..=0xF4).contains(&lead) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                    None => (data.len() - start, "unexpected end of data"),
                };
                decode_bad(out, errors, "utf-8", data, start, start + len, reason)?;
                pos = start + len;
            }
        }
    }
    Ok(())
}

/// Shared with `codecs_wide.rs`.
pub(crate) fn decode_bad_pub(
    out: &mut String,
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    decode_bad(out, errors, codec, data, start, end, reason)
}

/// The name CPython reports for a UTF-16/32 codec of this byte order.
pub(crate) fn wide_codec_name(bits: u32, big: bool) -> String {
    wide_name(bits, big)
}

/// CP-1252's characters for bytes 0x80..=0x9F (`None`: undefined).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)], // index < 32
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let u = u32::from(c);
    if u < 0x80 || (0xA0..0x100).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x == Some(c))
        .map(|i| 0x80 + i as u8)
}

/// `str(data, encoding, errors)`.
pub(crate) fn str_from_bytes(args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        owner: "str",
        name: "str",
        params: &["object", "encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let a = bind(&sig, args, kw)?;
    let object = a[0].unwrap_or(&Value::None);
    let Some(data) = crate::bytes_methods::bytes_like(object) else {
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(object)
        )));
    };
    let text = |v: Option<&Value>, param: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => v.as_str().map(str::to_owned).ok_or_else(|| {
                type_error(format!(
                    "str() argument '{param}' must be str, not {}",
                    type_name(v)
                ))
            }),
        }
    };
    let encoding = text(a[1], "encoding", "utf-8")?;
    let errors = text(a[2], "errors", "strict")?;
    let (encoding, errors) = (encoding.as_str(), errors.as_str());
    Ok(Value::str(decode(&data, encoding, errors)?))
}
