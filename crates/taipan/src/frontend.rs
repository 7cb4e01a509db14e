//! The seam between the command line and the front-end stages: decoding,
//! parsing, and the `tokenize` and `ast` module commands. Each function here
//! forwards to the stage that implements it.

use std::io::Write;

use taipan_parser::{Mode, ParseOptions};
use taipan_source::SyntaxError;

use crate::ast_cmd::AstArgs;
use crate::module_args::AstOptions;

/// Decode a source file's bytes (BOM, coding cookie) into text.
pub fn decode(bytes: &[u8]) -> Result<String, SyntaxError> {
    taipan_source::decode_source(bytes)
}

/// Parse `source` as a module, as `python3.14 FILE` compiles a script
/// (`exec` mode, no type comments), and report the first error.
pub fn parse_module(source: &str) -> Result<(), SyntaxError> {
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    taipan_parser::parse(source, &options).map(drop)
}

/// [`parse_module`], with the `SyntaxWarning`s found before any error, in
/// source order: (message, range).
pub fn parse_module_with_warnings(
    source: &str,
) -> (Result<(), SyntaxError>, Vec<taipan_parser::SyntaxWarning>) {
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    let (result, warnings) = taipan_parser::parse_with_warnings(source, &options);
    (result.map(drop), warnings)
}

/// Why the compiler cannot compile `source` yet, if it cannot: the message
/// of its `NotImplementedError` and the 1-based line. Syntax errors the
/// compiler finds (symbol table) are left to [`run`] to report.
pub fn not_compilable_yet(source: &str, filename: &str) -> Option<(String, u32)> {
    let module = taipan_parser::parse(source, &ParseOptions::default()).ok()?;
    match taipan_compiler::compile_module(&module, source, filename) {
        Err(e) if e.error_type == "NotImplementedError" => {
            let line = taipan_source::LineIndex::new(source)
                .line_col(e.range.start)
                .line;
            Some((e.message, line))
        }
        _ => None,
    }
}

/// Run a program that compiles with the virtual machine; its exit status.
pub fn run(filename: &str, source: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    taipan_vm::run_file(filename, source, out, err)
}

/// `-m tokenize`: print the tokens of `source` as `python -m tokenize` does.
pub fn tokenize(
    filename: &str,
    source: &[u8],
    exact: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    crate::tokenize_cmd::run(filename, source, exact, out, err)
}

/// `-m ast`: dump the AST of `source` as `python -m ast` does.
pub fn ast(
    filename: &str,
    source: &[u8],
    options: &AstOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let args = AstArgs {
        mode: options.mode.clone(),
        include_attributes: options.include_attributes,
        // `ast.dump` treats a negative indent as 0.
        indent: usize::try_from(options.indent.max(0)).unwrap_or(usize::MAX),
        show_empty: options.show_empty,
        no_type_comments: !options.type_comments,
        optimize: i32::try_from(options.optimize).unwrap_or(i32::MAX),
    };
    crate::ast_cmd::run(filename, source, &args, out, err)
}
