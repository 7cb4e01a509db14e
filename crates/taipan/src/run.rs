//! Running what the command line names: a file, `-c CODE`, standard input,
//! a module, or the hidden parse benchmark.

use std::io::{Read, Write};

use taipan_vm::Config;

use crate::cli::{
    help_text, parse_command_line, trace_options, usage_line, Command, CommandLine, Flags,
    UsageError,
};
use crate::modules::{self, OsError};
use crate::syntax_error::{format_script_syntax_error, format_syntax_error, format_syntax_warning};
use crate::warn_options::{error_message, error_range, SyntaxWarningAction, SyntaxWarningFilter};
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
    main_with_interrupt(program, args, None, out, err)
}

/// [`main`], with the flag a SIGINT handler sets to interrupt the program.
pub fn main_with_interrupt(
    program: &str,
    args: &[String],
    interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let CommandLine {
        command,
        flags,
        rest,
    } = match parse_command_line(args) {
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
    if let Err(msg) = trace_options(&flags) {
        let _ = writeln!(err, "{program}: {msg}");
        return 2;
    }
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
        Command::Code(code) => {
            let mut config = config(program, args, &flags, interrupt, "");
            config.argv = std::iter::once("-c".to_owned()).chain(rest).collect();
            compile_and_report(config, "<string>", code.as_bytes(), false, out, err)
        }
        Command::File(path) if path == "-" => {
            let mut config = config(program, args, &flags, interrupt, "");
            config.argv = std::iter::once("-".to_owned()).chain(rest).collect();
            run_stdin(config, out, err)
        }
        Command::Stdin => {
            let mut config = config(program, args, &flags, interrupt, "");
            config.argv = vec![String::new()];
            run_stdin(config, out, err)
        }
        Command::File(path) => {
            let dir = script_dir(&absolute(&path));
            let mut config = config(program, args, &flags, interrupt, &dir);
            config.argv = std::iter::once(path.clone()).chain(rest).collect();
            run_file(program, &path, config, out, err)
        }
        Command::Module(name, rest) => {
            if modules::is_builtin_command(&name) {
                return modules::run(program, &name, &rest, out, err);
            }
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut config = config(program, args, &flags, interrupt, &cwd);
            config.module = Some(name.clone());
            match modules::find_main_module(&name, &config.path) {
                Ok((module, file)) => {
                    config.module = Some(module);
                    config.argv = std::iter::once(file.clone()).chain(rest).collect();
                    run_file(program, &file, config, out, err)
                }
                Err(message) => match taipan_vm::embedded_module(&name) {
                    // A module of the embedded library (`-m dis`).
                    Some((file, source)) => {
                        config.argv = std::iter::once(file.clone()).chain(rest).collect();
                        compile_and_report(config, &file, source.as_bytes(), true, out, err)
                    }
                    None => {
                        let _ = writeln!(err, "{program}: {message}");
                        1
                    }
                },
            }
        }
        Command::ParseBench(files) => bench::run(&files, out, err),
    }
}

/// The interpreter's configuration for `sys`: `path0` is the entry put
/// first on `sys.path` (the script's folder, `''` for `-c` and standard
/// input), left out under `-P`/`-I`; `PYTHONPATH` follows unless `-E`.
fn config(
    program: &str,
    args: &[String],
    flags: &Flags,
    interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    path0: &str,
) -> Config {
    let (trace, trace_file) = trace_options(flags).unwrap_or_default();
    let mut path = Vec::new();
    if !flags.safe_path {
        path.push(path0.to_owned());
    }
    if !flags.ignore_environment {
        path.extend(taipan_vm::python_path());
    }
    Config {
        argv: Vec::new(),
        orig_argv: std::iter::once(program.to_owned())
            .chain(args.iter().cloned())
            .collect(),
        path,
        executable: taipan_vm::executable(),
        optimize: flags.optimize,
        dont_write_bytecode: flags.dont_write_bytecode
            || (!flags.ignore_environment && env_set("PYTHONDONTWRITEBYTECODE")),
        pycache_prefix: pycache_prefix(flags),
        ignore_environment: flags.ignore_environment,
        no_user_site: flags.no_user_site,
        no_site: flags.no_site,
        isolated: flags.isolated,
        module: None,
        interrupt,
        trace,
        trace_file,
        warnoptions: warnoptions(flags),
        bytes_warning: flags.bytes_warning,
        dev_mode: dev_mode(flags),
    }
}

/// `-X dev`, or `PYTHONDEVMODE` set (unless `-E`).
fn dev_mode(flags: &Flags) -> bool {
    flags.xoptions.iter().any(|x| x == "dev")
        || (!flags.ignore_environment && env_set("PYTHONDEVMODE"))
}

/// `sys.warnoptions` as CPython builds it, lowest priority first:
/// `-X dev`'s `default`, `PYTHONWARNINGS` (comma-separated, unless `-E`),
/// the `-W` options, then `-b`'s (`default`) or `-bb`'s (`error`)
/// `BytesWarning` filter.
fn warnoptions(flags: &Flags) -> Vec<String> {
    let mut options = Vec::new();
    if dev_mode(flags) {
        options.push("default".to_owned());
    }
    if !flags.ignore_environment {
        if let Ok(env) = std::env::var("PYTHONWARNINGS") {
            options.extend(env.split(',').filter(|o| !o.is_empty()).map(str::to_owned));
        }
    }
    options.extend(flags.warnoptions.iter().cloned());
    match flags.bytes_warning {
        0 => {}
        1 => options.push("default::BytesWarning".to_owned()),
        _ => options.push("error::BytesWarning".to_owned()),
    }
    options
}

/// Whether the environment variable `name` is set and not empty.
fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

/// `sys.pycache_prefix`: `-X pycache_prefix=PATH`, else
/// `PYTHONPYCACHEPREFIX` (unless `-E`); empty means none.
fn pycache_prefix(flags: &Flags) -> Option<String> {
    let from_x = flags.xoptions.iter().rev().find_map(|x| {
        x.strip_prefix("pycache_prefix=")
            .or_else(|| (x == "pycache_prefix").then_some(""))
    });
    let value = match from_x {
        Some(v) => v.to_owned(),
        None if !flags.ignore_environment => std::env::var("PYTHONPYCACHEPREFIX").ok()?,
        None => return None,
    };
    (!value.is_empty()).then_some(value)
}

/// The folder of an absolute script path (`sys.path[0]`).
fn script_dir(absolute: &str) -> String {
    match absolute.rsplit_once('/') {
        Some(("", _)) => "/".to_owned(),
        Some((dir, _)) => dir.to_owned(),
        None => String::new(),
    }
}

/// `taipan FILE`: CPython names the script by its absolute path (the
/// current directory joined to the path as given, not normalized).
fn run_file(
    program: &str,
    path: &str,
    config: Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
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
        Ok(bytes) if path.ends_with(".pyc") => run_pyc(config, &shown, &bytes, out, err),
        Ok(bytes) => compile_and_report(config, &shown, &bytes, true, out, err),
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

/// `taipan FILE.pyc`: run a compiled file (its code keeps the file name
/// it was compiled under); CPython's errors for a bad one.
fn run_pyc(
    config: Config,
    shown: &str,
    bytes: &[u8],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use taipan_bytecode::pyc::{self, PycError};
    let code = match pyc::read_header(bytes).and_then(|_| pyc::read_code(bytes, None)) {
        Ok(code) => code,
        Err(e) => {
            let message = match e {
                PycError::Truncated => "EOFError: EOF read where not expected",
                PycError::BadMagic(_) => "RuntimeError: Bad magic number in .pyc file",
                PycError::BadFlags(_) | PycError::Corrupt(_) => {
                    "RuntimeError: Bad code object in .pyc file"
                }
            };
            let _ = writeln!(err, "{message}");
            return 1;
        }
    };
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        taipan_vm::run_code_as(config, shown, code, &mut *out, &mut *err)
    }));
    run.unwrap_or_else(|_| {
        let _ = writeln!(err, "taipan: internal error while running {shown}");
        EXIT_INTERNAL_ERROR
    })
}

/// A program read from standard input, named `<stdin>`.
fn run_stdin(config: Config, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        let _ = writeln!(err, "taipan: cannot read standard input: {e}");
        return 1;
    }
    compile_and_report(config, "<stdin>", &bytes, true, out, err)
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
    config: Config,
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
    let mut filter = SyntaxWarningFilter::new(&config.warnoptions, filename);
    let (parsed, warnings) = frontend::parse_module_with_warnings(&source);
    let pairs = warnings.iter().map(|w| (w.message.as_str(), w.range));
    if let Some(status) = syntax_warnings(&mut filter, filename, &source, pairs, script, err) {
        return status;
    }
    let module = match parsed {
        Ok(module) => module,
        Err(e) => return report_syntax_error(filename, &source, &e, script, err),
    };
    let (compiled, warnings) = frontend::compile(&module, &source, filename, config.optimize);
    let pairs = warnings.iter().map(|w| (w.message.as_str(), w.range));
    if let Some(status) = syntax_warnings(&mut filter, filename, &source, pairs, script, err) {
        return status;
    }
    match compiled {
        Ok(code) => run_compiled(config, filename, &source, code, out, err),
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

/// Print (or drop) the `SyntaxWarning`s `warnings` as the `-W` options
/// say; an `error` one is reported as a `SyntaxError` and gives the exit
/// status.
fn syntax_warnings<'w>(
    filter: &mut SyntaxWarningFilter,
    filename: &str,
    source: &str,
    warnings: impl IntoIterator<Item = (&'w str, taipan_source::TextRange)>,
    script: bool,
    err: &mut dyn Write,
) -> Option<i32> {
    let index = taipan_source::LineIndex::new(source);
    for (message, range) in warnings {
        let line = index.line_col(range.start).line;
        match filter.action(message, line) {
            SyntaxWarningAction::Ignore => {}
            SyntaxWarningAction::Show => {
                let shown = format_syntax_warning(filename, source, message, range);
                let _ = err.write_all(shown.as_bytes());
            }
            SyntaxWarningAction::Error if filename.starts_with('<') => {
                // CPython finds no line to show for `-c` and standard input.
                let message = error_message(message);
                let _ = write!(
                    err,
                    "  File \"{filename}\", line {line}\nSyntaxError: {message}\n"
                );
                return Some(1);
            }
            SyntaxWarningAction::Error => {
                let range = error_range(message, range);
                let e = taipan_source::SyntaxError::new(error_message(message), range);
                return Some(report_syntax_error(filename, source, &e, script, err));
            }
        }
    }
    None
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
    config: Config,
    filename: &str,
    source: &str,
    code: taipan_bytecode::CodeObject,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        frontend::run(config, source, code, &mut *out, &mut *err)
    }));
    run.unwrap_or_else(|_| {
        let _ = writeln!(err, "taipan: internal error while running {filename}");
        EXIT_INTERNAL_ERROR
    })
}
