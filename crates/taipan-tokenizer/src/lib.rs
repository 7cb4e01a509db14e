//! The tokenizer: the second stage of Taipan's pipeline (source → tokens).
//!
//! Produces exactly the tokens CPython 3.14's C tokenizer produces, with the
//! same token types (`token.tok_name`), so the parser sees what CPython's
//! parser sees and `taipan -m tokenize` prints what `python3.14 -m tokenize`
//! prints.

mod token;

pub use token::{Token, TokenKind};
