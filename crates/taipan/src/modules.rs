//! `-m MODULE`: the library modules Taipan can run itself (`tokenize`,
//! `ast` and `symtable`), and finding a user's module or package on
//! `sys.path` to run as `__main__`.

use std::io::{Read, Write};

use crate::frontend;
use crate::module_args::{parse_ast, parse_tokenize, ArgsExit};

/// Whether `-m name` is one of the library commands Taipan runs itself.
pub fn is_builtin_command(name: &str) -> bool {
    matches!(name, "tokenize" | "ast" | "symtable")
}

/// Find `-m name` on `path` (CPython's `runpy._get_module_details`): the
/// module's name and file; a package runs its `__main__` submodule. The
/// error is the text CPython prints after the program name.
pub fn find_main_module(name: &str, path: &[String]) -> Result<(String, String), String> {
    let parts: Vec<&str> = name.split('.').collect();
    let mut dirs: Vec<String> = path
        .iter()
        .map(|p| {
            if p.is_empty() {
                std::env::current_dir()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default()
            } else {
                p.clone()
            }
        })
        .collect();
    for (i, part) in parts.iter().enumerate() {
        let so_far = parts[..=i].join(".");
        let last = i + 1 == parts.len();
        let mut package_dirs = Vec::new();
        let mut module_file = None;
        for dir in &dirs {
            let sub = format!("{dir}/{part}");
            if std::path::Path::new(&sub).is_dir() {
                package_dirs.push(sub);
                break;
            }
            let file = format!("{dir}/{part}.py");
            if std::path::Path::new(&file).is_file() {
                module_file = Some(file);
                break;
            }
        }
        match (module_file, package_dirs.first(), last) {
            (Some(file), _, true) => return Ok((name.to_owned(), file)),
            (Some(_), _, false) => {
                let next = parts[..=i + 1].join(".");
                return Err(format!(
                    "Error while finding module specification for '{name}' \
                     (ModuleNotFoundError: __path__ attribute not found on '{so_far}' \
                     while trying to find '{next}')"
                ));
            }
            (None, Some(pkg), true) => {
                let main = format!("{pkg}/__main__.py");
                if std::path::Path::new(&main).is_file() {
                    return Ok((format!("{name}.__main__"), main));
                }
                return Err(format!(
                    "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
                ));
            }
            (None, Some(_), false) => dirs = package_dirs,
            (None, None, _) if i == 0 && !last => {
                return Err(format!(
                    "Error while finding module specification for '{name}' \
                     (ModuleNotFoundError: No module named '{so_far}')"
                ));
            }
            (None, None, _) => return Err(format!("No module named {name}")),
        }
    }
    Err(format!("No module named {name}"))
}

/// Run module `name` with `args`; returns the exit status.
pub fn run(
    program: &str,
    name: &str,
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match name {
        "tokenize" => match parse_tokenize(args) {
            Ok(o) => with_source(o.file.as_deref(), err, |filename, source, err| {
                frontend::tokenize(filename, source, o.exact, out, err)
            })
            .unwrap_or_else(|e| {
                // tokenize._main reports an OSError as `error: <str(err)>`.
                let _ = writeln!(err, "error: {e}");
                1
            }),
            Err(e) => args_exit(e, out, err),
        },
        "ast" => match parse_ast(args) {
            Ok(o) => with_source(o.file.as_deref(), err, |filename, source, err| {
                frontend::ast(filename, source, &o, out, err)
            })
            .unwrap_or_else(|e| {
                // ast.main lets the OSError escape; CPython's traceback
                // (frames inside ast.py) ends with this line, the only one
                // Taipan prints.
                let _ = writeln!(err, "{}: {e}", e.python_name());
                1
            }),
            Err(e) => args_exit(e, out, err),
        },
        "symtable" => run_symtable(args, out, err),
        _ => {
            let _ = writeln!(err, "{program}: No module named {name}");
            1
        }
    }
}

/// `-m symtable [FILE...]`: `symtable.main` takes no options; each file
/// (`-` or none: standard input) is dumped in turn until one fails.
fn run_symtable(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let stdin = ["-".to_string()];
    let files = if args.is_empty() { &stdin[..] } else { args };
    for file in files {
        let path = (file != "-").then_some(file.as_str());
        let status = with_source(path, err, |filename, source, err| {
            crate::symtable_cmd::run(filename, source, out, err)
        });
        match status {
            Ok(0) => {}
            Ok(code) => return code,
            Err(e) => {
                // The OSError escapes `symtable.main`; its traceback ends so.
                let _ = writeln!(err, "{}: {e}", e.python_name());
                return 1;
            }
        }
    }
    0
}

/// Print argparse's help or error and return its exit status.
fn args_exit(e: ArgsExit, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match e {
        ArgsExit::Help(text) => {
            let _ = out.write_all(text.as_bytes());
            0
        }
        ArgsExit::Error(text) => {
            let _ = err.write_all(text.as_bytes());
            2
        }
    }
}

/// Read `file` (or standard input for `None`) and hand it to `f`.
fn with_source<E: Write + ?Sized>(
    file: Option<&str>,
    err: &mut E,
    f: impl FnOnce(&str, &[u8], &mut E) -> i32,
) -> Result<i32, OsError> {
    match file {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| OsError::new(e, path))?;
            Ok(f(path, &bytes, err))
        }
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| OsError::new(e, "<stdin>"))?;
            Ok(f("<stdin>", &bytes, err))
        }
    }
}

/// An `OSError` as Python shows it: `[Errno 2] No such file or directory: 'f.py'`.
pub struct OsError {
    errno: i32,
    strerror: String,
    filename: String,
}

impl OsError {
    /// The Python view of `e`, raised while opening `filename`.
    pub fn new(e: std::io::Error, filename: &str) -> Self {
        let errno = e.raw_os_error().unwrap_or(0);
        let text = e.to_string();
        let strerror = match text.rfind(" (os error ") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        Self {
            errno,
            strerror,
            filename: filename.to_string(),
        }
    }

    /// The errno number.
    pub fn errno(&self) -> i32 {
        self.errno
    }

    /// The C library's text for the errno.
    pub fn strerror(&self) -> &str {
        &self.strerror
    }

    /// The subclass CPython raises for this errno.
    pub fn python_name(&self) -> &'static str {
        match self.errno {
            2 => "FileNotFoundError",
            13 => "PermissionError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            _ => "OSError",
        }
    }
}

impl std::fmt::Display for OsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[Errno {}] {}: {}",
            self.errno,
            self.strerror,
            py_str_repr(&self.filename)
        )
    }
}

/// Python's `repr()` of a str, for the printable ASCII and Unicode cases.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut r = String::with_capacity(s.len() + 2);
    r.push(quote);
    for c in s.chars() {
        match c {
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if c == quote => {
                r.push('\\');
                r.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                r.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => r.push(c),
        }
    }
    r.push(quote);
    r
}
