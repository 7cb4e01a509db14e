//! Code objects to bytes and back: the payload of a `.pyc` file.
//!
//! The format is Taipan's own (not CPython's `marshal`): little-endian,
//! lengths and counts as LEB128 varints, signed integers zigzag-encoded,
//! each constant led by a one-byte tag. Position tables are
//! delta-encoded (most lines equal or near the previous one).
//!
//! Reading is total: every read checks the remaining input, every count
//! is bounded by the bytes left (an element takes at least one byte), and
//! nesting of constants is bounded by [`MAX_DEPTH`], so truncated,
//! corrupted or foreign input yields a [`MarshalError`], never a panic, a
//! huge allocation or a hang.

use std::fmt;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use crate::code::{CodeFlags, CodeObject, ConstValue, ExceptionTableEntry, Position};

/// How deeply constants (tuples, frozensets, code objects) may nest.
pub const MAX_DEPTH: usize = 200;

/// Why bytes could not be read back into a code object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError(pub &'static str);

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// Constant tags.
mod tag {
    pub(super) const NONE: u8 = b'N';
    pub(super) const FALSE: u8 = b'F';
    pub(super) const TRUE: u8 = b'T';
    pub(super) const INT: u8 = b'i';
    pub(super) const BIG_INT: u8 = b'l';
    pub(super) const FLOAT: u8 = b'g';
    pub(super) const COMPLEX: u8 = b'y';
    pub(super) const STR: u8 = b'u';
    pub(super) const BYTES: u8 = b's';
    pub(super) const ELLIPSIS: u8 = b'.';
    pub(super) const TUPLE: u8 = b'(';
    pub(super) const FROZENSET: u8 = b'>';
    pub(super) const CODE: u8 = b'c';
}

/// Serialize `code` (and its nested code objects).
pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(code.code.len() * 4 + 256));
    w.code(code);
    w.0
}

/// Read a code object from `bytes`, which must hold exactly one. When
/// `filename` is given, every code object gets it as `co_filename` (the
/// source may have moved since the file was written).
pub fn loads(bytes: &[u8], filename: Option<Rc<str>>) -> Result<CodeObject, MarshalError> {
    let mut r = Reader {
        data: bytes,
        pos: 0,
        depth: 0,
        filename,
    };
    let code = r.code()?;
    if r.pos != bytes.len() {
        return Err(MarshalError("trailing data after code object"));
    }
    Ok(code)
}

/// The byte sink.
struct Writer(Vec<u8>);

impl Writer {
    fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn signed(&mut self, n: i64) {
        self.varint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.0.extend_from_slice(b);
    }

    fn strs(&mut self, items: &[String]) {
        self.varint(items.len() as u64);
        for s in items {
            self.bytes(s.as_bytes());
        }
    }

    fn constant(&mut self, c: &ConstValue) {
        match c {
            ConstValue::None => self.0.push(tag::NONE),
            ConstValue::Bool(false) => self.0.push(tag::FALSE),
            ConstValue::Bool(true) => self.0.push(tag::TRUE),
            ConstValue::Int(i) => {
                self.0.push(tag::INT);
                self.signed(*i);
            }
            ConstValue::BigInt(b) => {
                self.0.push(tag::BIG_INT);
                let (sign, mag) = b.to_bytes_le();
                self.0.push(u8::from(sign == Sign::Minus));
                self.bytes(&mag);
            }
            ConstValue::Float(f) => {
                self.0.push(tag::FLOAT);
                self.0.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            ConstValue::Complex(re, im) => {
                self.0.push(tag::COMPLEX);
                self.0.extend_from_slice(&re.to_bits().to_le_bytes());
                self.0.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            ConstValue::Str(s) => {
                self.0.push(tag::STR);
                self.bytes(s.as_bytes());
            }
            ConstValue::Bytes(b) => {
                self.0.push(tag::BYTES);
                self.bytes(b);
            }
            ConstValue::Ellipsis => self.0.push(tag::ELLIPSIS),
            ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => {
                let t = match c {
                    ConstValue::Tuple(_) => tag::TUPLE,
                    _ => tag::FROZENSET,
                };
                self.0.push(t);
                self.varint(items.len() as u64);
                for item in items {
                    self.constant(item);
                }
            }
            ConstValue::Code(code) => {
                self.0.push(tag::CODE);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.bytes(c.name.as_bytes());
        self.bytes(c.qualname.as_bytes());
        self.bytes(c.filename.as_bytes());
        for n in [
            c.firstlineno,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags.0,
            c.stacksize,
        ] {
            self.varint(u64::from(n));
        }
        self.strs(&c.varnames);
        self.strs(&c.names);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.varint(c.cell_slots.len() as u64);
        for &s in &c.cell_slots {
            self.varint(u64::from(s));
        }
        self.varint(c.consts.len() as u64);
        for k in &c.consts {
            self.constant(k);
        }
        self.bytes(&c.code);
        self.positions(&c.positions);
        self.varint(c.exception_table.len() as u64);
        for e in &c.exception_table {
            for n in [e.start, e.end, e.target, e.depth, u32::from(e.lasti)] {
                self.varint(u64::from(n));
            }
        }
    }

    /// Positions, each line relative to the previous entry's.
    fn positions(&mut self, positions: &[Position]) {
        self.varint(positions.len() as u64);
        let mut prev = 0i64;
        for p in positions {
            let line = i64::from(p.line);
            self.signed(line - prev);
            self.signed(i64::from(p.end_line) - line);
            self.varint(u64::from(p.col));
            self.varint(u64::from(p.end_col));
            prev = line;
        }
    }
}

/// The byte source, with the position read so far.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
    filename: Option<Rc<str>>,
}

/// Shorthand for a read failure.
fn bad<T>(what: &'static str) -> Result<T, MarshalError> {
    Err(MarshalError(what))
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or(MarshalError("truncated data"))?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&[u8], MarshalError> {
        if n > self.remaining() {
            return bad("truncated data");
        }
        let start = self.pos;
        self.pos += n;
        Ok(&self.data[start..self.pos])
    }

    fn varint(&mut self) -> Result<u64, MarshalError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        bad("varint too long")
    }

    fn u32(&mut self) -> Result<u32, MarshalError> {
        u32::try_from(self.varint()?).or(bad("number out of range"))
    }

    fn signed(&mut self) -> Result<i64, MarshalError> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    /// A count of items that take at least one byte each.
    fn count(&mut self) -> Result<usize, MarshalError> {
        let n = self.varint()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.remaining() => Ok(n),
            _ => bad("count larger than the data"),
        }
    }

    fn bytes(&mut self) -> Result<Vec<u8>, MarshalError> {
        let n = self.count()?;
        Ok(self.take(n)?.to_vec())
    }

    fn string(&mut self) -> Result<String, MarshalError> {
        String::from_utf8(self.bytes()?).or(bad("invalid UTF-8 in a string"))
    }

    fn strs(&mut self) -> Result<Vec<String>, MarshalError> {
        let n = self.count()?;
        (0..n).map(|_| self.string()).collect()
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let mut b = [0u8; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(f64::from_bits(u64::from_le_bytes(b)))
    }

    fn constant(&mut self) -> Result<ConstValue, MarshalError> {
        Ok(match self.byte()? {
            tag::NONE => ConstValue::None,
            tag::FALSE => ConstValue::Bool(false),
            tag::TRUE => ConstValue::Bool(true),
            tag::INT => ConstValue::Int(self.signed()?),
            tag::BIG_INT => {
                let sign = match self.byte()? {
                    0 => Sign::Plus,
                    1 => Sign::Minus,
                    _ => return bad("bad sign of an int"),
                };
                let mag = self.bytes()?;
                ConstValue::BigInt(Box::new(BigInt::from_bytes_le(sign, &mag)))
            }
            tag::FLOAT => ConstValue::Float(self.f64()?),
            tag::COMPLEX => ConstValue::Complex(self.f64()?, self.f64()?),
            tag::STR => ConstValue::Str(Rc::from(self.string()?)),
            tag::BYTES => ConstValue::Bytes(self.bytes()?),
            tag::ELLIPSIS => ConstValue::Ellipsis,
            t @ (tag::TUPLE | tag::FROZENSET) => {
                let items = self.nested(|r| {
                    let n = r.count()?;
                    (0..n).map(|_| r.constant()).collect()
                })?;
                if t == tag::TUPLE {
                    ConstValue::Tuple(items)
                } else {
                    ConstValue::FrozenSet(items)
                }
            }
            tag::CODE => ConstValue::Code(Rc::new(self.nested(Reader::code)?)),
            _ => return bad("unknown constant type"),
        })
    }

    /// Run `f` one nesting level deeper, refusing to go past [`MAX_DEPTH`].
    fn nested<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, MarshalError>,
    ) -> Result<T, MarshalError> {
        if self.depth >= MAX_DEPTH {
            return bad("constants nested too deeply");
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    fn code(&mut self) -> Result<CodeObject, MarshalError> {
        let name = self.string()?;
        let qualname = self.string()?;
        let stored = self.string()?;
        let filename = match &self.filename {
            Some(f) => f.clone(),
            None => Rc::from(stored),
        };
        let firstlineno = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = CodeFlags(self.u32()?);
        let stacksize = self.u32()?;
        let varnames = self.strs()?;
        let names = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.count()?;
        let cell_slots = (0..n).map(|_| self.u32()).collect::<Result<Vec<_>, _>>()?;
        let n = self.count()?;
        let consts = (0..n)
            .map(|_| self.constant())
            .collect::<Result<Vec<_>, _>>()?;
        let code = self.bytes()?;
        let positions = self.positions()?;
        let exception_table = self.exception_table()?;
        let obj = CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            varnames,
            names,
            consts,
            cellvars,
            freevars,
            flags,
            code,
            positions,
            stacksize,
            exception_table,
            cell_slots,
        };
        check(&obj)?;
        Ok(obj)
    }

    fn positions(&mut self) -> Result<Vec<Position>, MarshalError> {
        let n = self.count()?;
        let mut out = Vec::with_capacity(n);
        let mut prev = 0i64;
        for _ in 0..n {
            let line = prev.saturating_add(self.signed()?);
            let end_line = line.saturating_add(self.signed()?);
            let line32 = u32::try_from(line).or(bad("bad line number"))?;
            out.push(Position {
                line: line32,
                end_line: u32::try_from(end_line).or(bad("bad line number"))?,
                col: self.u32()?,
                end_col: self.u32()?,
            });
            prev = line;
        }
        Ok(out)
    }

    fn exception_table(&mut self) -> Result<Vec<ExceptionTableEntry>, MarshalError> {
        let n = self.count()?;
        (0..n)
            .map(|_| {
                Ok(ExceptionTableEntry {
                    start: self.u32()?,
                    end: self.u32()?,
                    target: self.u32()?,
                    depth: self.u32()?,
                    lasti: match self.byte()? {
                        0 => false,
                        1 => true,
                        _ => return bad("bad exception table flag"),
                    },
                })
            })
            .collect()
    }
}

/// The consistency checks the VM relies on: whole code units, one
/// position per unit, handlers and cell slots inside the code.
fn check(c: &CodeObject) -> Result<(), MarshalError> {
    if !c.code.len().is_multiple_of(2) {
        return bad("odd code length");
    }
    let units = (c.code.len() / 2) as u64;
    if c.positions.len() as u64 != units {
        return bad("position table does not match the code");
    }
    let inside = |n: u32| u64::from(n) <= units;
    if !c
        .exception_table
        .iter()
        .all(|e| e.start <= e.end && inside(e.end) && inside(e.target))
    {
        return bad("exception table entry outside the code");
    }
    let slots = (c.varnames.len() + c.cellvars.len()) as u64;
    if c.cell_slots.len() != c.cellvars.len() || c.cell_slots.iter().any(|&s| u64::from(s) >= slots)
    {
        return bad("bad cell slots");
    }
    if u64::from(c.argcount) + u64::from(c.kwonlyargcount) > c.varnames.len() as u64
        || c.posonlyargcount > c.argcount
    {
        return bad("more parameters than local variables");
    }
    Ok(())
}
