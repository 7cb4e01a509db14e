//! `cargo run -p taipan-vm --example run -- FILE.py`: run a program through
//! `taipan_vm::run_file` (a stand-in until the `taipan` binary wires it).

use std::io::Write;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        let _ = std::io::stderr().write_all(b"usage: run FILE.py\n");
        std::process::exit(2);
    };
    let source = match std::fs::read(&path) {
        Ok(bytes) => taipan_source::decode_source_file(&bytes, &path),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let Ok(source) = source else {
        let _ = std::io::stderr().write_all(b"cannot decode source\n");
        std::process::exit(1);
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let code = taipan_vm::run_file(&path, &source, &mut out, &mut err);
    let _ = out.flush();
    std::process::exit(code);
}
