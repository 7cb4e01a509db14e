//! Running what the command line names: a file, `-c CODE`, standard input,
//! a module, or the hidden parse benchmark.

use std::io::{Read, Write};

use crate::cli::{help_text, parse_args, usage_line, Command, UsageError};
use crate::modules::{self, OsError};
use crate::syntax_error::{format_script_syntax_error, format_syntax_error, format_syntax_warning};
use crate::{bench, frontend};

/// Exit status when a program is valid Python but uses a construct Taipan's
/// compiler cannot compile yet (sysexits' `EX_UNAVAILABLE`; CPython never
/// uses it).
pub const EXIT_NO_VM: i32 = 69;

/// Exit status when Taipan itself failed (a panic caught at the top):
/// sysexits' `EX_SOFTWARE`.
pub const EXIT_INTERNAL_ERROR: i32 = 70;

/// The version line `-V` prints: the language version Taipan implements.
pub const VERSION_LINE: &str = "Python 3.14.0";

/// Run the command line `args` (without the program name); returns the exit
/// status.
pub fn main(program: &str, args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let command = match parse_args(args) {
        Ok(c) => c,
        Err(UsageError(msg)) => {
            let _ = write!(
                err,
                "{msg}\n{}Try `python -h' for more information.\n",
                usage_line(program)
            );
            return 2;
        }
    };
    match command {
        Command::Help => {
            let _ = out.write_all(help_text(program).as_bytes());
            0
        }
        Command::Version { verbose } => {
            let _ = if verbose {
                writeln!(
                    out,
                    "{VERSION_LINE} (Taipan {}, a Python implementation in Rust)",
                    env!("CARGO_PKG_VERSION")
                )
            } else {
                writeln!(out, "{VERSION_LINE}")
            };
            0
        }
        Command::Code(code) => compile_and_report("<string>", code.as_bytes(), false, out, err),
        Command::File(path) if path == "-" => run_stdin(out, err),
        Command::Stdin => run_stdin(out, err),
        Command::File(path) => run_file(program, &path, out, err),
        Command::Module(name, rest) => modules::run(program, &name, &rest, out, err),
        Command::ParseBench(files) => bench::run(&files, out, err),
    }
}

/// `taipan FILE`: CPython names the script by its absolute path (the
/// current directory joined to the path as given, not normalized).
fn run_file(program: &str, path: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let shown = absolute(path);
    if std::path::Path::new(path).is_dir() {
        let _ = writeln!(
            err,
            "{program}: can't find '__main__' module in {}",
            modules::py_str_repr(&shown)
        );
        return 1;
    }
    match std::fs::read(path) {
        Ok(bytes) => compile_and_report(&shown, &bytes, true, out, err),
        Err(e) => {
            let e = OsError::new(e, &shown);
            let _ = writeln!(
                err,
                "{program}: can't open file {}: [Errno {}] {}",
                modules::py_str_repr(&shown),
                e.errno(),
                e.strerror()
            );
            2
        }
    }
}

/// A program read from standard input, named `<stdin>`.
fn run_stdin(out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        let _ = writeln!(err, "taipan: cannot read standard input: {e}");
        return 1;
    }
    compile_and_report("<stdin>", &bytes, true, out, err)
}

/// `path` made absolute as CPython's `_Py_abspath` does.
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let cwd = cwd.to_string_lossy();
            let sep = if cwd.ends_with('/') { "" } else { "/" };
            format!("{cwd}{sep}{path}")
        }
        Err(_) => path.to_string(),
    }
}

/// Decode, parse and compile a program; show its syntax error as CPython
/// would (exit status 1), or run it. `script`: read as CPython reads a
/// script file or standard input (its file tokenizer), not a `-c` string.
fn compile_and_report(
    filename: &str,
    bytes: &[u8],
    script: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let decoded = if script {
        taipan_source::decode_source_file(bytes, filename)
    } else {
        frontend::decode(bytes)
    };
    let source = match decoded {
        Ok(source) => source,
        Err(e) => {
            let source = String::from_utf8_lossy(bytes);
            return report_syntax_error(filename, &source, &e, script, err);
        }
    };
    let (parsed, warnings) = frontend::parse_module_with_warnings(&source);
    for w in &warnings {
        let shown = format_syntax_warning(filename, &source, &w.message, w.range);
        let _ = err.write_all(shown.as_bytes());
    }
    let module = match parsed {
        Ok(module) => module,
        Err(e) => return report_syntax_error(filename, &source, &e, script, err),
    };
    match frontend::compile(&module, &source, filename) {
        Ok(code) => run_compiled(filename, &source, code, out, err),
        Err(e) if e.error_type == "NotImplementedError" => {
            let line = taipan_source::LineIndex::new(&source)
                .line_col(e.range.start)
                .line;
            let _ = writeln!(err, "{filename}:{line}: NotImplementedError: {}", e.message);
            EXIT_NO_VM
        }
        Err(e) => {
            let e = taipan_source::SyntaxError::new(e.message, e.range);
            report_syntax_error(filename, &source, &e, script, err)
        }
    }
}

/// Print `e` as CPython prints an uncaught `SyntaxError`; exit status 1.
fn report_syntax_error(
    filename: &str,
    source: &str,
    e: &taipan_source::SyntaxError,
    script: bool,
    err: &mut dyn Write,
) -> i32 {
    let shown = if script {
        format_script_syntax_error(filename, source, e)
    } else {
        format_syntax_error(filename, source, e)
    };
    let _ = err.write_all(shown.as_bytes());
    1
}

/// Run compiled code with the VM. A panic inside is reported, never
/// passed on.
fn run_compiled(
    filename: &str,
    source: &str,
    code: taipan_bytecode::CodeObject,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        frontend::run(source, code, &mut *out, &mut *err)
    }));
    run.unwrap_or_else(|_| {
        let _ = writeln!(err, "taipan: internal error while running {filename}");
        EXIT_INTERNAL_ERROR
    })
}
