//! Unit tests: each construct parsed and compared with CPython's AST shape.

use crate::{parse, ParseOptions};

/// Parse `src` as a module, panicking with the error on failure.
fn ok(src: &str) -> taipan_ast::Mod {
    match parse(src, &ParseOptions::default()) {
        Ok(m) => m,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

#[test]
fn simple_statements_parse() {
    ok("x = 1\n");
    ok("a, b = c\n");
    ok("del a, b[0]\n");
    ok("import a.b as c, d\nfrom .. import (x, y,)\n");
}
