//! Source text and positions: the first stage of Taipan's pipeline.
//!
//! Every later stage (tokens, AST nodes, errors) refers to the source by
//! byte offsets into one decoded `str`. Offsets are turned into CPython's
//! `(line, column)` pairs only when something is shown, through a
//! [`LineIndex`].

pub mod decode;
mod error;
mod line_index;

pub use decode::{decode_source, decode_source_file};
pub use error::{Origin, Placement, SyntaxError, SyntaxErrorType};
pub use line_index::{LineCol, LineIndex};

/// A byte offset into the source text.
pub type TextSize = u32;

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextRange {
    /// First byte of the range.
    pub start: TextSize,
    /// One past the last byte of the range.
    pub end: TextSize,
}

impl TextRange {
    /// The range `start..end`.
    #[inline]
    pub const fn new(start: TextSize, end: TextSize) -> Self {
        Self { start, end }
    }

    /// An empty range at `offset`.
    #[inline]
    pub const fn empty(offset: TextSize) -> Self {
        Self {
            start: offset,
            end: offset,
        }
    }

    /// The smallest range covering both `self` and `other`.
    #[inline]
    pub fn cover(self, other: TextRange) -> Self {
        Self {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the range is empty.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The range as a `usize` range, for slicing the source.
    #[inline]
    pub const fn as_usize(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}
