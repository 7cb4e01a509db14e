//! The `.pyc` file format: a 16-byte header as PEP 552 lays it out, then
//! the serialized code object ([`crate::marshal`]).
//!
//! ```text
//! 0  magic      2 bytes derived from the bytecode format, then b"\r\n"
//! 4  flags      u32 LE: 0 timestamp; bit 0 hash-based, bit 1 check source
//! 8  mtime+size u32 LE each (timestamp mode) | source hash, 8 bytes
//! 16 fingerprint u64 LE: the full format fingerprint (the magic is 15 bits of it)
//! 24 checksum    u64 LE: SipHash-1-3 of the code bytes that follow
//! 32 code
//! ```
//!
//! The fingerprint hashes [`FORMAT_VERSION`], the crate version, the
//! whole opcode table (names, numbers, cache units, operand kinds) and a
//! hash of the front end's and compiler's sources (`build.rs`), so a file
//! written by a build with another instruction set or compiler is refused
//! (CPython bumps its magic number by hand for the same purpose); the
//! checksum catches a corrupted file before the VM sees its code.

use std::rc::Rc;
use std::sync::OnceLock;

use crate::code::CodeObject;
use crate::marshal::{self, MarshalError};
use crate::opcode::Opcode;
use crate::siphash::siphash13;

include!(concat!(env!("OUT_DIR"), "/build_salt.rs"));

/// The version of the serialized form; bump it whenever the code object,
/// the compiler's output conventions or [`crate::marshal`] change.
pub const FORMAT_VERSION: u32 = 1;

/// The header flag of a hash-based file.
pub const FLAG_HASH_BASED: u32 = 1;
/// The header flag of a checked hash-based file.
pub const FLAG_CHECK_SOURCE: u32 = 2;

/// The size of the PEP 552 header.
pub const HEADER_LEN: usize = 16;

/// How a `.pyc` file tells whether it is still up to date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// The source's modification time (seconds) and size, both modulo 2**32.
    Timestamp {
        /// `int(st_mtime) & 0xFFFFFFFF`
        mtime: u32,
        /// `st_size & 0xFFFFFFFF`
        size: u32,
    },
    /// A hash of the source bytes ([`source_hash`]); `checked` files are
    /// compared with the source at import.
    Hash {
        /// The source hash.
        hash: [u8; 8],
        /// Whether the import system checks it against the source.
        checked: bool,
    },
}

/// Why a `.pyc` file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PycError {
    /// Shorter than the header.
    Truncated,
    /// Another format (CPython's own, another Taipan build): the magic seen.
    BadMagic([u8; 4]),
    /// Unknown flag bits.
    BadFlags(u32),
    /// The body does not read back (corrupted).
    Corrupt(MarshalError),
}

impl std::fmt::Display for PycError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PycError::Truncated => f.write_str("truncated header"),
            PycError::BadMagic(_) => f.write_str("bad magic number"),
            PycError::BadFlags(flags) => write!(f, "invalid flags {flags:#x}"),
            PycError::Corrupt(e) => write!(f, "bad marshal data ({e})"),
        }
    }
}

/// The 64-bit fingerprint of the bytecode format.
pub fn fingerprint() -> u64 {
    static FINGERPRINT: OnceLock<u64> = OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let version = env!("CARGO_PKG_VERSION");
        let mut text = format!("taipan {version} {FORMAT_VERSION} {BUILD_SALT:x}\n");
        for op in Opcode::ALL {
            let kind = op.operand_kind();
            text.push_str(&format!(
                "{} {} {} {kind:?}\n",
                op.name(),
                *op as u8,
                op.caches()
            ));
        }
        siphash13(0, 0, text.as_bytes())
    })
}

/// The magic number: two bytes from the fingerprint, then `\r\n` (as
/// CPython's, so a text-mode transfer is detected).
pub fn magic() -> [u8; 4] {
    let n = (fingerprint() & 0x7fff) as u16 | 0x8000;
    let [lo, hi] = n.to_le_bytes();
    [lo, hi, b'\r', b'\n']
}

/// The hash of source bytes stored in hash-based files: SipHash-1-3 keyed
/// by the magic number, as CPython keys its own.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    let key = u64::from(u32::from_le_bytes(magic()));
    siphash13(key, 0, source).to_le_bytes()
}

/// The bytes of a `.pyc` file holding `code`.
pub fn write(code: &CodeObject, invalidation: Invalidation) -> Vec<u8> {
    let body = marshal::dumps(code);
    let mut out = Vec::with_capacity(body.len() + 32);
    out.extend_from_slice(&magic());
    match invalidation {
        Invalidation::Timestamp { mtime, size } => {
            out.extend_from_slice(&0u32.to_le_bytes());
            out.extend_from_slice(&mtime.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
        }
        Invalidation::Hash { hash, checked } => {
            let flags = FLAG_HASH_BASED | if checked { FLAG_CHECK_SOURCE } else { 0 };
            out.extend_from_slice(&flags.to_le_bytes());
            out.extend_from_slice(&hash);
        }
    }
    out.extend_from_slice(&fingerprint().to_le_bytes());
    out.extend_from_slice(&siphash13(0, 0, &body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The 4 little-endian bytes at `at` of `data` (which must be long enough).
fn le32(data: &[u8], at: usize) -> Option<[u8; 4]> {
    data.get(at..at + 4)?.try_into().ok()
}

/// Read the header of `data`: how the file is validated.
pub fn read_header(data: &[u8]) -> Result<Invalidation, PycError> {
    let magic_seen = le32(data, 0).ok_or(PycError::Truncated)?;
    if magic_seen != magic() {
        return Err(PycError::BadMagic(magic_seen));
    }
    let (Some(flags), Some(a), Some(b)) = (le32(data, 4), le32(data, 8), le32(data, 12)) else {
        return Err(PycError::Truncated);
    };
    let flags = u32::from_le_bytes(flags);
    match flags {
        0 => Ok(Invalidation::Timestamp {
            mtime: u32::from_le_bytes(a),
            size: u32::from_le_bytes(b),
        }),
        1 | 3 => {
            let mut hash = [0u8; 8];
            hash[..4].copy_from_slice(&a);
            hash[4..].copy_from_slice(&b);
            Ok(Invalidation::Hash {
                hash,
                checked: flags & FLAG_CHECK_SOURCE != 0,
            })
        }
        other => Err(PycError::BadFlags(other)),
    }
}

/// Read the code object of a whole `.pyc` file (after [`read_header`]
/// accepted it). `filename`, when given, replaces `co_filename`.
pub fn read_code(data: &[u8], filename: Option<Rc<str>>) -> Result<CodeObject, PycError> {
    let corrupt = |what| PycError::Corrupt(MarshalError(what));
    let word = |at: usize| -> Option<u64> {
        let b: [u8; 8] = data.get(at..at + 8)?.try_into().ok()?;
        Some(u64::from_le_bytes(b))
    };
    let (Some(fp), Some(sum)) = (word(HEADER_LEN), word(HEADER_LEN + 8)) else {
        return Err(corrupt("truncated data"));
    };
    if fp != fingerprint() {
        return Err(corrupt("written by another bytecode format"));
    }
    let body = data.get(HEADER_LEN + 16..).unwrap_or_default();
    if siphash13(0, 0, body) != sum {
        return Err(corrupt("checksum mismatch"));
    }
    marshal::loads(body, filename).map_err(PycError::Corrupt)
}
