//! Development aid: `cargo run --release --example lexbench -- DIR` tokenizes
//! every `.py` under DIR (parser mode) and prints the throughput.

#![allow(clippy::print_stdout)]

use std::path::Path;
use std::time::Instant;

use taipan_tokenizer::{TokenKind, Tokenizer, TokenizerOptions};

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push(text);
            }
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let mut sources = Vec::new();
    collect(Path::new(&dir), &mut sources);
    let bytes: usize = sources.iter().map(String::len).sum();
    let rounds = 5;
    let start = Instant::now();
    let mut tokens = 0usize;
    for _ in 0..rounds {
        for src in &sources {
            let mut t = Tokenizer::new(src, TokenizerOptions::default());
            while let Ok(tok) = t.next_token() {
                tokens += 1;
                if tok.kind == TokenKind::EndMarker {
                    break;
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} files, {:.1} MB x {rounds}: {tokens} tokens in {secs:.2} s = {:.0} MB/s, {:.1} M tokens/s",
        sources.len(),
        bytes as f64 / 1e6,
        mb / secs,
        tokens as f64 / secs / 1e6
    );
}
