//! Development aid: `cargo run --example lexcheck -- FILE...` decodes and
//! tokenizes each file in parser mode and prints `FILE\tOK` or
//! `FILE\tTYPE\tLINE\tOFFSET\tMESSAGE` (OFFSET 1-based, in characters).

#![allow(clippy::print_stdout)]

use taipan_source::{decode_source_file, LineIndex};
use taipan_tokenizer::{tokenize_all, TokenizerOptions};

fn main() {
    for arg in std::env::args().skip(1) {
        let bytes = std::fs::read(&arg).unwrap_or_default();
        let name = arg.rsplit('/').next().unwrap_or(&arg);
        let text = match decode_source_file(&bytes, name) {
            Ok(t) => t,
            Err(e) => {
                let lossy = String::from_utf8_lossy(&bytes);
                let pos = LineIndex::new(&lossy).line_char_col(&lossy, e.range.start);
                let ty = e.error_type.name();
                println!("{arg}\t{ty}\t{}\t{}\t{}", pos.line, pos.col + 1, e.message);
                continue;
            }
        };
        match tokenize_all(&text, TokenizerOptions::default()) {
            Ok(_) => println!("{arg}\tOK"),
            Err(e) => {
                let pos = LineIndex::new(&text).line_char_col(&text, e.error.range.start);
                println!(
                    "{arg}\t{}\t{}\t{}\t{}",
                    e.error.error_type.name(),
                    pos.line,
                    pos.col + 1,
                    e.error.message
                );
            }
        }
    }
}
