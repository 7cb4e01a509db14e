//! The text `python3.14 -m symtable FILE` prints (`Lib/symtable.py`'s
//! `main`): each block's header, its symbols with scope and flags, a blank
//! line, then its children indented by four spaces.

use std::fmt::Write;

use taipan_ast::{repr::str_repr, Wtf8Buf};

use super::{ScopeId, ScopeKind, SymbolTable};

/// The whole table as `-m symtable` prints it for a file named `filename`.
pub fn dump(table: &SymbolTable, filename: &str) -> String {
    let mut out = String::new();
    dump_scope(table, ScopeId(0), 0, filename, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, level: usize, filename: &str, out: &mut String) {
    let scope = table.scope(id);
    let indent = "    ".repeat(level);
    let nested = if scope.nested { "nested " } else { "" };
    let what = if scope.kind == ScopeKind::Module {
        format!("from file {}", py_repr(filename))
    } else {
        py_repr(&scope.name)
    };
    let kind = scope.kind.python_name();
    let _ = writeln!(out, "{indent}symbol table for {nested}{kind} {what}:");
    for (name, symbol) in scope.symbols.iter() {
        let scope_name = symbol.scope.map_or("0", |s| s.python_name());
        let flags: Vec<String> = symbol.flags.python_names().map(str::to_lowercase).collect();
        let _ = writeln!(
            out,
            "    {indent}{scope_name} symbol {}: {}",
            py_repr(name),
            flags.join(", ")
        );
    }
    out.push('\n');
    for &child in &scope.children {
        dump_scope(table, child, level + 1, filename, out);
    }
}

/// Python's `repr` of a string.
fn py_repr(s: &str) -> String {
    str_repr(&Wtf8Buf::from(s))
}
