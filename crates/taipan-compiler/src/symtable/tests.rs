//! Unit tests of the table's API (the golden programs in
//! `tests/golden/symtable` check the contents against CPython).

use taipan_ast::{Expr, ExprContext, ExprKind, Mod, Stmt, StmtKind, UnaryOp};
use taipan_source::TextRange;

use super::*;

fn name(id: &str, ctx: ExprContext, start: u32) -> Expr {
    Expr {
        kind: ExprKind::Name {
            id: id.to_owned(),
            ctx,
        },
        range: TextRange::new(start, start + id.len() as u32),
    }
}

fn module(body: Vec<Stmt>) -> Mod {
    Mod::Module {
        body,
        type_ignores: Vec::new(),
    }
}

fn expr_stmt(value: Expr) -> Stmt {
    let range = value.range;
    Stmt {
        kind: StmtKind::Expr {
            value: Box::new(value),
        },
        range,
    }
}

#[test]
fn module_use_is_global_implicit() {
    let tree = module(vec![expr_stmt(name("x", ExprContext::Load, 0))]);
    let table = SymbolTable::build(&tree, "x\n").expect("builds");
    let top = table.top();
    assert_eq!(top.kind, ScopeKind::Module);
    assert_eq!(top.scope_of("x"), Some(SymbolScope::GlobalImplicit));
    assert!(top
        .symbol("x")
        .is_some_and(|s| s.flags.contains(SymbolFlags::USE)));
}

#[test]
fn lambda_scope_is_found_by_its_node() {
    let body = name("a", ExprContext::Load, 10);
    let args = taipan_ast::Arguments {
        args: vec![taipan_ast::Arg {
            arg: "a".into(),
            annotation: None,
            type_comment: None,
            range: TextRange::new(7, 8),
        }],
        ..Default::default()
    };
    let lambda = Expr {
        kind: ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        range: TextRange::new(0, 11),
    };
    let tree = module(vec![expr_stmt(lambda.clone())]);
    let table = SymbolTable::build(&tree, "lambda a: a\n").expect("builds");
    let id = table
        .scope_of_expr(&lambda)
        .expect("the lambda has a block");
    let scope = table.scope(id);
    assert_eq!(scope.name, "lambda");
    assert_eq!(scope.varnames, ["a"]);
    assert_eq!(scope.scope_of("a"), Some(SymbolScope::Local));
    assert_eq!(table.top().children, [id]);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut e = name("x", ExprContext::Load, 0);
    for _ in 0..5000 {
        e = Expr {
            kind: ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(e),
            },
            range: TextRange::new(0, 1),
        };
    }
    let tree = module(vec![expr_stmt(e)]);
    let err = SymbolTable::build(&tree, "").expect_err("too deep");
    assert!(err.is_recursion_error());
    assert_eq!(
        err.to_string(),
        "maximum recursion depth exceeded during compilation"
    );
}

#[test]
fn errors_carry_cpython_wording() {
    let kind = SymtableErrorKind::YieldInComprehension(ComprehensionKind::Set);
    assert_eq!(kind.to_string(), "'yield' inside set comprehension");
    let err = SymtableError::new(
        SymtableErrorKind::GlobalAfterUse("x".into()),
        TextRange::new(3, 9),
    );
    let shown = err.to_syntax_error();
    assert_eq!(
        shown.message,
        "name 'x' is used prior to global declaration"
    );
    assert_eq!(shown.range, TextRange::new(3, 9));
}

#[test]
fn flag_names_follow_symtable_py() {
    let flags = SymbolFlags::DEF_LOCAL | SymbolFlags::DEF_PARAM | SymbolFlags::DEF_IMPORT;
    let names: Vec<_> = flags.python_names().collect();
    assert_eq!(names, ["DEF_LOCAL", "DEF_PARAM", "DEF_IMPORT", "DEF_BOUND"]);
}
