//! `_taipan_zlib`: DEFLATE compression for the Python `zlib` module
//! (`miniz_oxide`), and its checksums CRC-32 and Adler-32. The Python side
//! does the gzip framing, the streaming objects and the error messages.

use std::rc::Rc;

use miniz_oxide::inflate::stream::{inflate as inflate_stream, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

use super::add_functions;
use crate::bytes_methods::bytes_arg;
use crate::dict::Dict;
use crate::exception::{type_error, PyResult};
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_taipan_zlib`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 4] = [
        ("deflate", deflate),
        ("inflate", inflate),
        ("crc32", crc32),
        ("adler32", adler32),
    ];
    add_functions(d, &functions);
}

fn int_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        _ => Err(type_error("an integer is required")),
    }
}

fn bytes(data: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(data.into_boxed_slice()))
}

/// `deflate(data, level, zlib)`: the compressed bytes, raw DEFLATE or with
/// the zlib header and trailer.
fn deflate(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(args.first().unwrap_or(&Value::None))?;
    let level = match int_arg(args.get(1))? {
        -1 => 6,
        n => u8::try_from(n.clamp(0, 9)).unwrap_or(6),
    };
    let out = if int_arg(args.get(2))? != 0 {
        miniz_oxide::deflate::compress_to_vec_zlib(&data, level)
    } else {
        miniz_oxide::deflate::compress_to_vec(&data, level)
    };
    Ok(bytes(out))
}

/// `inflate(data, zlib)`: `(output, consumed, status)` where status is
/// "end" (the stream ended after `consumed` bytes), "more" (the input
/// ended first) or "error".
fn inflate(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(args.first().unwrap_or(&Value::None))?;
    let format = if int_arg(args.get(1))? != 0 {
        DataFormat::Zlib
    } else {
        DataFormat::Raw
    };
    let mut state = InflateState::new_boxed(format);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut consumed = 0;
    let status = loop {
        let input = data.get(consumed..).unwrap_or(&[]);
        let r = inflate_stream(&mut state, input, &mut buf, MZFlush::None);
        consumed += r.bytes_consumed;
        out.extend_from_slice(buf.get(..r.bytes_written).unwrap_or(&[]));
        match r.status {
            Ok(MZStatus::StreamEnd) => break "end",
            Ok(_) => {
                if r.bytes_consumed == 0 && r.bytes_written == 0 {
                    break "more";
                }
            }
            Err(MZError::Buf) => break "more",
            Err(_) => break "error",
        }
    };
    Ok(Value::tuple(vec![
        bytes(out),
        Value::Int(consumed as i64),
        Value::str(status),
    ]))
}

/// `crc32(data, value)`: the CRC-32 of `data` continuing from `value`.
fn crc32(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(args.first().unwrap_or(&Value::None))?;
    let mut crc = !(int_arg(args.get(1))? as u32);
    for &b in &data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    Ok(Value::Int(i64::from(!crc)))
}

/// `adler32(data, value)`: the Adler-32 of `data` continuing from `value`.
fn adler32(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(args.first().unwrap_or(&Value::None))?;
    let start = int_arg(args.get(1))? as u32;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::Int(i64::from((b << 16) | a)))
}
