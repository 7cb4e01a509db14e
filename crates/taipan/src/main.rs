//! The `taipan` command: a drop-in for `python3.14`.
//!
//! Exit statuses: those of CPython (0 success, 1 uncaught exception such as
//! a `SyntaxError`, 2 command-line or file-opening error), plus
//! [`taipan::run::EXIT_NO_VM`] (69) for a valid program using a construct
//! the compiler cannot compile yet and [`taipan::run::EXIT_INTERNAL_ERROR`]
//! (70) when Taipan itself fails.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let program = args.first().map_or("taipan", String::as_str).to_string();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = stderr.lock();
    let code = taipan::run::main(&program, &args[args.len().min(1)..], &mut out, &mut err);
    // A failed flush is CPython's exit status 120.
    let code = if out.flush().is_err() { 120 } else { code };
    drop(out);
    std::process::exit(code);
}
