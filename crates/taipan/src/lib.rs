//! The `taipan` command as a library: the command line, the `-m tokenize`,
//! `-m ast` and `-m symtable` module commands, and CPython's display of
//! syntax errors.
//! `src/main.rs` only wires the process's arguments and streams to
//! [`run::main`].

pub mod ast_cmd;
pub mod bench;
pub mod cli;
pub mod frontend;
pub mod keyword_typo;
pub mod module_args;
pub mod modules;
pub mod run;
pub mod symtable_cmd;
pub mod syntax_error;
pub mod tokenize_cmd;
pub mod warn_options;
