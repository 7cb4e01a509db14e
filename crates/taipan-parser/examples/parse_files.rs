//! Parse files and report, per file, `OK` or the syntax error (line,
//! 1-based character offset, message); `--debug` prints the AST's `Debug`.

#![allow(clippy::print_stdout)]

use taipan_parser::{parse, ParseOptions};
use taipan_source::LineIndex;

fn main() {
    let mut debug = false;
    let mut total = std::time::Duration::ZERO;
    let mut bytes = 0usize;
    for path in std::env::args().skip(1) {
        if path == "--debug" {
            debug = true;
            continue;
        }
        let Ok(data) = std::fs::read(&path) else {
            println!("{path}: unreadable");
            continue;
        };
        let Ok(src) = String::from_utf8(data) else {
            println!("{path}: not utf-8");
            continue;
        };
        let t = std::time::Instant::now();
        let result = parse(&src, &ParseOptions::default());
        total += t.elapsed();
        bytes += src.len();
        match result {
            Ok(m) => {
                if debug {
                    println!("{m:#?}");
                }
                println!("{path}: OK");
            }
            Err(e) => {
                let idx = LineIndex::new(&src);
                let lc = idx.line_char_col(&src, e.range.start);
                let end = idx.line_char_col(&src, e.range.end);
                println!(
                    "{path}: {}: {} ({}:{}-{}:{})",
                    e.error_type.name(),
                    e.message,
                    lc.line,
                    lc.col + 1,
                    end.line,
                    end.col + 1
                );
            }
        }
    }
    eprintln!("parsed {bytes} bytes in {total:?}");
}
