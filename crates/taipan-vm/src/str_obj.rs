//! The `str` object: UTF-8 text plus a lazily built character index.
//!
//! Python counts a string in code points; UTF-8 stores a variable number of
//! bytes per code point, so `len`, `s[i]` and slicing would have to walk the
//! text. The first time a string is asked for a position, one pass records
//! whether it is ASCII (then bytes are characters) and, if not, its length
//! in characters and the byte offset of every [`STRIDE`]th character. A
//! position is then found from the nearest mark, at most `STRIDE - 1`
//! characters away: `len` is O(1) and indexing O(1) (bounded by the stride),
//! for 1/8 of a byte per character of memory on non-ASCII text only.

use std::cell::OnceCell;
use std::fmt;
use std::ops::Deref;

/// Characters between two marks of the index.
const STRIDE: usize = 64;

/// A `str`'s text and its character index (built on first use).
pub struct PyStr {
    text: Box<str>,
    index: OnceCell<CharIndex>,
}

/// What the index knows about a text.
enum CharIndex {
    /// Every byte is a character.
    Ascii,
    /// Text with multi-byte characters.
    Wide(Box<WideIndex>),
}

/// The index of a non-ASCII text.
struct WideIndex {
    /// The length in characters.
    chars: usize,
    /// `marks[k]` is the byte offset of character `k * STRIDE`.
    marks: Box<[usize]>,
}

impl PyStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn index(&self) -> &CharIndex {
        self.index.get_or_init(|| {
            if self.text.is_ascii() {
                return CharIndex::Ascii;
            }
            let mut marks = Vec::with_capacity(self.text.len() / STRIDE + 1);
            let mut chars = 0;
            for (b, _) in self.text.char_indices() {
                if chars % STRIDE == 0 {
                    marks.push(b);
                }
                chars += 1;
            }
            CharIndex::Wide(Box::new(WideIndex {
                chars,
                marks: marks.into_boxed_slice(),
            }))
        })
    }

    /// Whether the text is ASCII (remembered after the first call).
    pub fn is_ascii_text(&self) -> bool {
        matches!(self.index(), CharIndex::Ascii)
    }

    /// The length in characters (code points).
    pub fn char_len(&self) -> usize {
        match self.index() {
            CharIndex::Ascii => self.text.len(),
            CharIndex::Wide(w) => w.chars,
        }
    }

    /// The byte offset of character `i` (the text's length for
    /// `i >= char_len()`).
    pub fn byte_offset(&self, i: usize) -> usize {
        match self.index() {
            CharIndex::Ascii => i.min(self.text.len()),
            CharIndex::Wide(w) if i >= w.chars => self.text.len(),
            CharIndex::Wide(w) => {
                // `i < chars`, so mark `i / STRIDE` exists.
                let from = w.marks.get(i / STRIDE).copied().unwrap_or(0);
                let rest = self.text.get(from..).unwrap_or("");
                rest.char_indices()
                    .nth(i % STRIDE)
                    .map_or(self.text.len(), |(b, _)| from + b)
            }
        }
    }

    /// Characters `start..end` (character positions, clamped).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let from = self.byte_offset(start);
        let to = self.byte_offset(end.max(start));
        self.text.get(from..to).unwrap_or("")
    }

    /// Character `i`, if in range.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if i >= self.char_len() {
            return None;
        }
        self.text.get(self.byte_offset(i)..)?.chars().next()
    }
}

impl Deref for PyStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

impl From<Box<str>> for PyStr {
    fn from(text: Box<str>) -> Self {
        Self {
            text,
            index: OnceCell::new(),
        }
    }
}

impl From<String> for PyStr {
    fn from(text: String) -> Self {
        Self::from(text.into_boxed_str())
    }
}

impl From<&str> for PyStr {
    fn from(text: &str) -> Self {
        Self::from(Box::<str>::from(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_wide_text() {
        let text: String = (0..200)
            .map(|i| if i % 3 == 0 { 'é' } else { 'a' })
            .collect();
        let s = PyStr::from(text.as_str());
        assert_eq!(s.char_len(), 200);
        for i in [0, 1, 63, 64, 65, 127, 128, 199] {
            assert_eq!(s.char_at(i), text.chars().nth(i));
        }
        assert_eq!(s.char_at(200), None);
        assert_eq!(
            s.char_slice(62, 66),
            text.chars().skip(62).take(4).collect::<String>()
        );
        assert_eq!(s.byte_offset(500), text.len());
    }

    #[test]
    fn ascii_text_is_bytes() {
        let s = PyStr::from("hello");
        assert!(s.is_ascii_text());
        assert_eq!((s.char_len(), s.char_slice(1, 3)), (5, "el"));
    }
}
