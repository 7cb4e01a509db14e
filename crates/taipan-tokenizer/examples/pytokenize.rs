//! Development aid: `cargo run --example pytokenize -- [-e] FILE...` prints
//! what `python3.14 -m tokenize [-e] FILE` prints, for each file.

use std::io::Write;

fn main() {
    let mut exact = false;
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let mut status = 0;
    for arg in std::env::args().skip(1) {
        if arg == "-e" {
            exact = true;
            continue;
        }
        let bytes = std::fs::read(&arg).unwrap_or_default();
        match taipan_tokenizer::tokenize::tokenize_file(&arg, &bytes, exact) {
            Ok(out) => {
                let _ = stdout.write_all(out.as_bytes());
            }
            Err(e) => {
                let _ = writeln!(stderr, "{e}");
                status = 1;
            }
        }
    }
    std::process::exit(status);
}
