//! Mapping byte offsets to CPython's line and column numbers.

use crate::TextSize;

/// A 1-based line and a 0-based column, as CPython reports positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column, in UTF-8 bytes from the start of the line (AST
    /// positions) or in characters (tokenize and SyntaxError offsets),
    /// depending on which method produced it.
    pub col: u32,
}

/// The start offset of every line of a source text; lines end at `\n`.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<TextSize>,
}

impl LineIndex {
    /// Index the lines of `text` (lines are separated by `\n`).
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        starts.push(0);
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as TextSize + 1);
            }
        }
        Self { starts }
    }

    /// Number of lines (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based index of the line holding `offset`.
    pub fn line_index(&self, offset: TextSize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1, // starts[0] == 0, so i >= 1 here
        }
    }

    /// Start offset of the 1-based `line`.
    pub fn line_start(&self, line: u32) -> TextSize {
        self.starts[(line as usize).saturating_sub(1).min(self.starts.len() - 1)]
    }

    /// Line and UTF-8 byte column of `offset` (what `ast` nodes carry).
    pub fn line_col(&self, offset: TextSize) -> LineCol {
        let i = self.line_index(offset);
        LineCol {
            line: i as u32 + 1,
            col: offset - self.starts[i],
        }
    }

    /// Line and character column of `offset` in `text` (what `tokenize`
    /// prints and what `SyntaxError.offset` counts, minus one).
    pub fn line_char_col(&self, text: &str, offset: TextSize) -> LineCol {
        let i = self.line_index(offset);
        let start = self.starts[i] as usize;
        let end = (offset as usize).min(text.len());
        let col = text
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        LineCol {
            line: i as u32 + 1,
            col: col as u32,
        }
    }

    /// The text of the 1-based `line`, without its newline.
    pub fn line_text<'a>(&self, text: &'a str, line: u32) -> &'a str {
        let i = (line as usize).saturating_sub(1);
        if i >= self.starts.len() {
            return "";
        }
        let start = self.starts[i] as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(text.len(), |&e| e as usize - 1);
        text.get(start..end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let text = "ab\ncé d\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 0 });
        assert_eq!(idx.line_col(4), LineCol { line: 2, col: 1 });
        assert_eq!(idx.line_col(7), LineCol { line: 2, col: 4 });
        assert_eq!(idx.line_char_col(text, 7), LineCol { line: 2, col: 3 });
        assert_eq!(idx.line_text(text, 2), "cé d");
        assert_eq!(idx.line_text(text, 3), "");
    }
}
