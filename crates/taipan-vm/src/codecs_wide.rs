//! Decoding UTF-16 and UTF-32 (the byte order given, or read from a BOM,
//! little endian by default), with CPython's error ranges and reasons.

use crate::codecs::{decode_bad_pub as bad, wide_codec_name};
use crate::exception::PyResult;

/// The byte order: given, or from a BOM (which is then skipped).
fn byte_order(data: &[u8], order: Option<bool>, bom_le: &[u8], bom_be: &[u8]) -> (bool, usize) {
    match order {
        Some(big) => (big, 0),
        None if data.starts_with(bom_le) => (false, bom_le.len()),
        None if data.starts_with(bom_be) => (true, bom_be.len()),
        None => (false, 0),
    }
}

/// UTF-16 `data` appended to `out`.
pub(crate) fn decode_utf16(
    data: &[u8],
    order: Option<bool>,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (big, mut i) = byte_order(data, order, &[0xFF, 0xFE], &[0xFE, 0xFF]);
    let name = wide_codec_name(16, big);
    let unit = |j: usize| -> Option<u16> {
        let pair = [*data.get(j)?, *data.get(j + 1)?];
        Some(if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        })
    };
    while i < data.len() {
        let Some(u) = unit(i) else {
            bad(out, errors, &name, data, i, data.len(), "truncated data")?;
            break;
        };
        match u {
            0xD800..=0xDBFF => match unit(i + 2) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let c = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    i += 4;
                }
                Some(_) => {
                    bad(
                        out,
                        errors,
                        &name,
                        data,
                        i,
                        i + 2,
                        "illegal UTF-16 surrogate",
                    )?;
                    i += 2;
                }
                None => {
                    bad(
                        out,
                        errors,
                        &name,
                        data,
                        i,
                        data.len(),
                        "unexpected end of data",
                    )?;
                    break;
                }
            },
            0xDC00..=0xDFFF => {
                bad(out, errors, &name, data, i, i + 2, "illegal encoding")?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'));
                i += 2;
            }
        }
    }
    Ok(())
}

/// UTF-32 `data` appended to `out`.
pub(crate) fn decode_utf32(
    data: &[u8],
    order: Option<bool>,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (big, mut i) = byte_order(data, order, &[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF]);
    let name = wide_codec_name(32, big);
    while i < data.len() {
        let Some(quad) = data.get(i..i + 4) else {
            bad(out, errors, &name, data, i, data.len(), "truncated data")?;
            break;
        };
        let bytes = [quad[0], quad[1], quad[2], quad[3]]; // quad has 4 bytes
        let u = if big {
            u32::from_be_bytes(bytes)
        } else {
            u32::from_le_bytes(bytes)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None if (0xD800..0xE000).contains(&u) => bad(
                out,
                errors,
                &name,
                data,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => bad(
                out,
                errors,
                &name,
                data,
                i,
                i + 4,
                "code point not in range(0x110000)",
            )?,
        }
        i += 4;
    }
    Ok(())
}
