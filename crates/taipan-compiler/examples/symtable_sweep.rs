//! Conformance sweep helper: for each file named on the command line,
//! write what `python3.14 -m symtable FILE` would print (the table, or the
//! error's line, message and `[exit 1]`) to `OUT_DIR/<index>.txt`.
//!
//!   cargo run -p taipan-compiler --example symtable_sweep -- OUT_DIR FILE...

use std::io::Write;

use taipan_compiler::symtable::{dump::dump, SymbolTable};
use taipan_parser::{Mode, ParseOptions};
use taipan_source::LineIndex;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out_dir, files)) = args.split_first() else {
        return;
    };
    for (i, file) in files.iter().enumerate() {
        let text = describe(file);
        let path = format!("{out_dir}/{i}.txt");
        if let Ok(mut f) = std::fs::File::create(path) {
            let _ = f.write_all(text.as_bytes());
        }
    }
}

fn describe(file: &str) -> String {
    let Ok(bytes) = std::fs::read(file) else {
        return "unreadable\n".into();
    };
    let source = match taipan_source::decode_source(&bytes) {
        Ok(s) => s,
        Err(e) => return format!("decode error: {}\n", e.message),
    };
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    let module = match taipan_parser::parse(&source, &options) {
        Ok(m) => m,
        Err(e) => {
            let line = LineIndex::new(&source).line_col(e.range.start).line;
            return format!(
                "line {line}: {}: {}\n[exit 1]\n",
                e.error_type.name(),
                e.message
            );
        }
    };
    let name = file.rsplit('/').next().unwrap_or(file);
    match SymbolTable::build(&module, &source) {
        Ok(table) => match table.check() {
            Ok(()) => dump(&table, name),
            Err(broken) => format!("invariant broken: {broken}\n"),
        },
        Err(e) => {
            let line = LineIndex::new(&source).line_col(e.range.start).line;
            format!("line {line}: SyntaxError: {e}\n[exit 1]\n")
        }
    }
}
