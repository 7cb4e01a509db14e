//! Taipan's abstract syntax tree, shaped exactly as CPython's `ast` module.
//!
//! `Parser/Python.asdl` in CPython is the specification: every node type,
//! field name and field order here follows it, so that [`dump`] can print
//! what `python3.14 -m ast` prints. Nodes that carry position attributes in
//! the ASDL (`lineno`, `col_offset`, `end_lineno`, `end_col_offset`) carry a
//! [`TextRange`] of byte offsets here; line and column are computed from a
//! [`taipan_source::LineIndex`] only when shown.

pub mod dump;
pub mod nodes;
pub mod repr;
mod wtf8;

pub use dump::{dump, try_dump, DumpOptions};
pub use nodes::*;
pub use taipan_source::TextRange;
pub use wtf8::{CodePoints, Wtf8Buf};
