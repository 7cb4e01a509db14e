//! The seam between the command line and the front-end stages: decoding,
//! parsing, and the `tokenize` and `ast` module commands. Each function here
//! forwards to the stage that implements it; while a stage is still being
//! written, its function says so honestly instead.

use std::io::Write;

use taipan_parser::{Mode, ParseOptions};
use taipan_source::{SyntaxError, TextRange};

use crate::module_args::AstOptions;

/// Decode a source file's bytes (BOM, coding cookie) into text.
pub fn decode(bytes: &[u8]) -> Result<String, SyntaxError> {
    // Placeholder until `taipan_source::decode_source` lands: UTF-8 only.
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let at = e.utf8_error().valid_up_to() as u32;
        SyntaxError::new("source is not valid UTF-8", TextRange::empty(at))
    })
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

/// `-m tokenize`: print the tokens of `source` as `python -m tokenize` does.
pub fn tokenize(
    _filename: &str,
    _source: &[u8],
    _exact: bool,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let _ = writeln!(err, "taipan: -m tokenize is not implemented yet");
    1
}

/// `-m ast`: dump the AST of `source` as `python -m ast` does.
pub fn ast(
    _filename: &str,
    _source: &[u8],
    _options: &AstOptions,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let _ = writeln!(err, "taipan: -m ast is not implemented yet");
    1
}
