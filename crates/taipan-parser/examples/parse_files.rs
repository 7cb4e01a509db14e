//! Parse files and report, per file, `OK` or the syntax error (line,
//! 1-based character offset, message); `--debug` prints the AST's `Debug`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use taipan_parser::{parse, ParseOptions};
use taipan_source::LineIndex;

fn main() {
    let mut debug = false;
    let mut dump_dir: Option<String> = None;
    let mut mode = taipan_parser::Mode::Exec;
    let mut oneline = false;
    let mut tokens_only = false;
    let mut total = std::time::Duration::ZERO;
    let mut bytes = 0usize;
    for path in std::env::args().skip(1) {
        if path == "--debug" {
            debug = true;
            continue;
        }
        if let Some(m) = path.strip_prefix("--mode=") {
            mode = match m {
                "eval" => taipan_parser::Mode::Eval,
                "single" => taipan_parser::Mode::Single,
                "func_type" => taipan_parser::Mode::FuncType,
                _ => taipan_parser::Mode::Exec,
            };
            continue;
        }
        if path == "--tokens-only" {
            tokens_only = true;
            continue;
        }
        if path == "--oneline" {
            oneline = true;
            continue;
        }
        if let Some(dir) = path.strip_prefix("--dump=") {
            dump_dir = Some(dir.to_string());
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
        if tokens_only {
            let mut tk = taipan_tokenizer::Tokenizer::new(&src, Default::default());
            while let Ok(tok) = tk.next_token() {
                if tok.kind == taipan_tokenizer::TokenKind::EndMarker {
                    break;
                }
            }
            total += t.elapsed();
            bytes += src.len();
            continue;
        }
        let options = ParseOptions {
            type_comments: true,
            mode,
        };
        let result = parse(&src, &options);
        total += t.elapsed();
        bytes += src.len();
        match result {
            Ok(m) => {
                if debug {
                    println!("{m:#?}");
                }
                if oneline {
                    let idx = LineIndex::new(&src);
                    let opts = taipan_ast::DumpOptions {
                        include_attributes: true,
                        indent: None,
                        show_empty: false,
                    };
                    println!("{}", taipan_ast::dump(&m, &src, &idx, &opts));
                    continue;
                }
                if let Some(dir) = &dump_dir {
                    let idx = LineIndex::new(&src);
                    let opts = taipan_ast::DumpOptions {
                        include_attributes: true,
                        indent: Some(3),
                        show_empty: false,
                    };
                    let text = taipan_ast::dump(&m, &src, &idx, &opts);
                    let name = path.replace('/', "__");
                    let _ = std::fs::write(format!("{dir}/{name}.ast"), text + "\n");
                }
                println!("{path}: OK");
            }
            Err(e) => {
                let idx = LineIndex::new(&src);
                let lc = idx.line_char_col(&src, e.range.start);
                let end = idx.line_char_col(&src, e.range.end);
                if oneline {
                    println!(
                        "ERR {}: {} ({}:{}-{}:{})",
                        e.error_type.name(),
                        e.message,
                        lc.line,
                        lc.col + 1,
                        end.line,
                        end.col + 1
                    );
                    continue;
                }
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
