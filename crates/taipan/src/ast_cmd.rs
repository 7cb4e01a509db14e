//! `-m ast`: what `python3.14 -m ast [options] FILE` prints.
//!
//! `ast.main` parses the file's bytes with `ast.parse(source, name, mode,
//! type_comments=…, optimize=…)` and prints `ast.dump(tree,
//! include_attributes=…, indent=…, show_empty=…)`. A `SyntaxError` escapes
//! as a traceback; its last lines (the `File "NAME", line N` block, which
//! is all that depends on the input) are what this prints; for a
//! `ValueError` (an int constant too long for `repr`) or a `RecursionError`
//! (a tree too deep for `dump`'s recursion) it is the traceback's last line.
//!
//! Not done: `--feature-version` (CPython's parser uses it only to refuse
//! newer syntax) and the AST optimizer that `-O 1` and above run; `optimize`
//! is accepted and ignored. In 3.14 that optimizer folds constant match
//! patterns (`case -1:`, `case 1+2j:`), replaces `__debug__` by `False` and
//! rewrites `'%s' % (a,)` into an f-string whose literal parts have position
//! -1 (which byte ranges cannot express).

use std::io::Write;

use taipan_ast::{dump::try_dump, DumpOptions};
use taipan_parser::{Mode, ParseOptions};
use taipan_source::{LineIndex, SyntaxError};

/// The options of `python -m ast`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AstArgs {
    /// `-m/--mode`: `exec`, `single`, `eval` or `func_type`.
    pub mode: String,
    /// `-a/--include-attributes`.
    pub include_attributes: bool,
    /// `-i/--indent` (CPython's default is 3; a negative value acts as 0).
    pub indent: usize,
    /// `--show-empty`.
    pub show_empty: bool,
    /// `--no-type-comments` (type comments are kept by default).
    pub no_type_comments: bool,
    /// `-O/--optimize` (default -1).
    pub optimize: i32,
}

impl Default for AstArgs {
    fn default() -> Self {
        Self {
            mode: "exec".to_owned(),
            include_attributes: false,
            indent: 3,
            show_empty: false,
            no_type_comments: false,
            optimize: -1,
        }
    }
}

/// Run `-m ast` on `source` (the file's bytes) named `filename`; returns
/// the exit status (0, or 1 after a `SyntaxError` or `ValueError`).
pub fn run(
    filename: &str,
    source: &[u8],
    args: &AstArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let text = match crate::frontend::decode(source) {
        Ok(text) => text,
        // The error's range points into the bytes read as (lossy) UTF-8.
        Err(e) => return report(filename, &String::from_utf8_lossy(source), &e, err),
    };
    let mode = match args.mode.as_str() {
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" => Mode::FuncType,
        _ => Mode::Exec,
    };
    let options = ParseOptions {
        mode,
        type_comments: !args.no_type_comments,
    };
    let tree = match taipan_parser::parse(&text, &options) {
        Ok(tree) => tree,
        Err(e) => return report(filename, &text, &e, err),
    };
    let index = LineIndex::new(&text);
    let dump_options = DumpOptions {
        include_attributes: args.include_attributes,
        indent: Some(args.indent),
        show_empty: args.show_empty,
    };
    match try_dump(&tree, &text, &index, &dump_options) {
        Ok(dumped) => {
            let _ = writeln!(out, "{dumped}");
            0
        }
        Err(e) => {
            let _ = writeln!(err, "{e}");
            1
        }
    }
}

/// Print a syntax error as CPython's traceback ends; returns 1.
fn report(filename: &str, text: &str, e: &SyntaxError, err: &mut dyn Write) -> i32 {
    let shown = crate::syntax_error::format_syntax_error(filename, text, e);
    let _ = err.write_all(shown.as_bytes());
    1
}

#[cfg(test)]
#[path = "ast_cmd/tests.rs"]
mod tests;
