//! The seam between the command line and the front-end stages: decoding,
//! parsing, compiling, running, and the `tokenize` and `ast` module commands. Each function here
//! forwards to the stage that implements it.

use std::io::Write;

use taipan_ast::Mod;
use taipan_bytecode::CodeObject;
use taipan_compiler::CompileError;
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

/// [`parse_module`], returning the AST, with the `SyntaxWarning`s found
/// before any error, in source order.
pub fn parse_module_with_warnings(
    source: &str,
) -> (Result<Mod, SyntaxError>, Vec<taipan_parser::SyntaxWarning>) {
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    taipan_parser::parse_with_warnings(source, &options)
}

/// Compile a parsed module (symbol table, code generation) at the
/// optimization level of `-O`. The error is a `SyntaxError` the compiler
/// found, or a `NotImplementedError` for a construct not compiled yet;
/// the compiler's `SyntaxWarning`s come with it, in order.
pub fn compile(
    module: &Mod,
    source: &str,
    filename: &str,
    optimize: u8,
) -> (
    Result<CodeObject, CompileError>,
    Vec<taipan_compiler::CompileWarning>,
) {
    taipan_compiler::compile_module_with_warnings(module, source, filename, optimize)
}

/// Run compiled module code with the virtual machine; its exit status.
pub fn run(
    config: taipan_vm::Config,
    source: &str,
    code: CodeObject,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    taipan_vm::run_code_with(config, source, code, out, err)
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
