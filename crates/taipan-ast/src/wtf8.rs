//! Python strings as WTF-8: UTF-8 that may also hold lone surrogates.
//!
//! A Python `str` is a sequence of code points in `0..=0x10FFFF`, surrogates
//! included (`"\ud800"` is a valid literal). Rust's `str` cannot hold those,
//! so string constants are stored as WTF-8: a surrogate code point is written
//! with the same three-byte pattern UTF-8 would use. Text without surrogates
//! is plain UTF-8 and [`Wtf8Buf::as_str`] borrows it as a `&str`.

/// An owned WTF-8 string.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
    /// Whether `bytes` holds at least one surrogate (else it is valid UTF-8).
    has_surrogates: bool,
}

impl Wtf8Buf {
    /// An empty string.
    pub fn new() -> Self {
        Self::default()
    }

    /// Append a code point (`0..=0x10FFFF`; surrogates allowed).
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push_char(c),
            None => {
                // a surrogate (0xD800..=0xDFFF): encode as UTF-8 would
                self.has_surrogates = true;
                self.bytes.push(0xE0 | (cp >> 12) as u8);
                self.bytes.push(0x80 | ((cp >> 6) & 0x3F) as u8);
                self.bytes.push(0x80 | (cp & 0x3F) as u8);
            }
        }
    }

    /// Append a character.
    pub fn push_char(&mut self, c: char) {
        let mut buf = [0; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Append a `str`.
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// Append another WTF-8 string.
    pub fn push_wtf8(&mut self, other: &Wtf8Buf) {
        self.bytes.extend_from_slice(&other.bytes);
        self.has_surrogates |= other.has_surrogates;
    }

    /// The text as a `&str`, if it holds no surrogates.
    pub fn as_str(&self) -> Option<&str> {
        if self.has_surrogates {
            None
        } else {
            std::str::from_utf8(&self.bytes).ok()
        }
    }

    /// The raw WTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The code points of the string, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.bytes }
    }
}

impl From<&str> for Wtf8Buf {
    fn from(s: &str) -> Self {
        Self {
            bytes: s.as_bytes().to_vec(),
            has_surrogates: false,
        }
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Self {
        Self {
            bytes: s.into_bytes(),
            has_surrogates: false,
        }
    }
}

impl std::fmt::Debug for Wtf8Buf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(&self.bytes))
    }
}

/// Iterator over the code points of a [`Wtf8Buf`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (&b0, rest) = self.bytes.split_first()?;
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        let len = len.min(rest.len() + 1);
        let cp = rest[..len - 1]
            .iter()
            .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32);
        self.bytes = &self.bytes[len..];
        Some(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let mut s = Wtf8Buf::from("a");
        s.push_code_point(0xD800);
        s.push_char('é');
        s.push_code_point(0x1F600);
        assert!(s.as_str().is_none());
        let cps: Vec<u32> = s.code_points().collect();
        assert_eq!(cps, vec![0x61, 0xD800, 0xE9, 0x1F600]);
    }
}
