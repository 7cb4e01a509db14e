//! The `SyntaxWarning`s CPython 3.14's compiler raises, in its order: first
//! PEP 765's control flow in `finally` blocks (found while preprocessing
//! the AST, before the symbol table), then, while generating code, `is`
//! with a literal, calling or subscripting a literal, indexing a literal
//! with the wrong type, and `assert` of a non-empty tuple. The caller
//! prints them (`FILE:LINE: SyntaxWarning: MESSAGE`) before running.

use taipan_ast::{CmpOp, Constant, Expr, ExprKind, Stmt, StmtKind};
use taipan_source::TextRange;

/// One warning: CPython's message and the node it is about (CPython
/// reports the line where `range` starts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// The message.
    pub message: String,
    /// Where.
    pub range: TextRange,
}

/// Where a `finally` block's control flow stands.
#[derive(Clone, Copy, Default)]
struct Flow {
    in_finally: bool,
    in_loop: bool,
}

/// PEP 765: `return`, `break` and `continue` that would leave a `finally`
/// block (not counting nested functions, nor loops inside the block).
pub(crate) fn finally_warnings(body: &[Stmt], out: &mut Vec<CompileWarning>) {
    walk_body(body, Flow::default(), out);
}

fn walk_body(body: &[Stmt], flow: Flow, out: &mut Vec<CompileWarning>) {
    for s in body {
        walk_stmt(s, flow, out);
    }
}

fn warn_flow(kw: &str, s: &Stmt, out: &mut Vec<CompileWarning>) {
    out.push(CompileWarning {
        message: format!("'{kw}' in a 'finally' block"),
        range: s.range,
    });
}

fn walk_stmt(s: &Stmt, flow: Flow, out: &mut Vec<CompileWarning>) {
    let in_loop = Flow {
        in_loop: true,
        ..flow
    };
    match &s.kind {
        StmtKind::Return { .. } if flow.in_finally => warn_flow("return", s, out),
        StmtKind::Break if flow.in_finally && !flow.in_loop => warn_flow("break", s, out),
        StmtKind::Continue if flow.in_finally && !flow.in_loop => warn_flow("continue", s, out),
        StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
            walk_body(&def.body, Flow::default(), out)
        }
        StmtKind::ClassDef(def) => walk_body(&def.body, flow, out),
        StmtKind::For(f) | StmtKind::AsyncFor(f) => {
            walk_body(&f.body, in_loop, out);
            walk_body(&f.orelse, flow, out);
        }
        StmtKind::While { body, orelse, .. } => {
            walk_body(body, in_loop, out);
            walk_body(orelse, flow, out);
        }
        StmtKind::If { body, orelse, .. } => {
            walk_body(body, flow, out);
            walk_body(orelse, flow, out);
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => walk_body(&w.body, flow, out),
        StmtKind::Match { cases, .. } => {
            for case in cases {
                walk_body(&case.body, flow, out);
            }
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            walk_body(&t.body, flow, out);
            for h in &t.handlers {
                walk_body(&h.body, flow, out);
            }
            walk_body(&t.orelse, flow, out);
            let finally = Flow {
                in_finally: true,
                in_loop: false,
            };
            walk_body(&t.finalbody, finally, out);
        }
        _ => {}
    }
}

/// The type name CPython infers for a literal expression (`infer_type`).
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp(_) => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp(_) => "set",
        ExprKind::GeneratorExp(_) => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::TemplateStr { .. } => "string.templatelib.Template",
        ExprKind::Interpolation { .. } => "string.templatelib.Interpolation",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => constant_type(value),
        _ => return None,
    })
}

/// The type name of a constant.
fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Ellipsis => "ellipsis",
        Constant::Tuple(_) => "tuple",
    }
}

/// Whether `e` may be an operand of `is` without a warning (CPython's
/// `check_is_arg`): anything but a literal other than `None`, `True`,
/// `False` and `...`, or a tuple of constants.
fn is_arg_ok(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple { elts, .. } => !elts
            .iter()
            .all(|x| matches!(x.kind, ExprKind::Constant { .. })),
        ExprKind::Constant { value, .. } => matches!(
            value,
            Constant::None | Constant::Bool(_) | Constant::Ellipsis
        ),
        _ => true,
    }
}

/// `x is 1`: the warning for the first `is`/`is not` with a literal.
pub(crate) fn check_compare(
    e: &Expr,
    left: &Expr,
    ops: &[CmpOp],
    comparators: &[Expr],
) -> Option<CompileWarning> {
    let mut left_ok = is_arg_ok(left);
    let mut left_expr = left;
    for (op, right) in ops.iter().zip(comparators) {
        let right_ok = is_arg_ok(right);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
            let literal = if left_ok { right } else { left_expr };
            let name = infer_type(literal).unwrap_or("object");
            let message = if *op == CmpOp::Is {
                format!("\"is\" with '{name}' literal. Did you mean \"==\"?")
            } else {
                format!("\"is not\" with '{name}' literal. Did you mean \"!=\"?")
            };
            return Some(CompileWarning {
                message,
                range: e.range,
            });
        }
        left_ok = right_ok;
        left_expr = right;
    }
    None
}

/// `(1, 2)(3)`: calling a literal.
pub(crate) fn check_caller(func: &Expr) -> Option<CompileWarning> {
    let callable_literal = matches!(
        func.kind,
        ExprKind::Constant { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp(_)
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set { .. }
            | ExprKind::SetComp(_)
            | ExprKind::GeneratorExp(_)
            | ExprKind::JoinedStr { .. }
            | ExprKind::TemplateStr { .. }
            | ExprKind::FormattedValue { .. }
            | ExprKind::Interpolation { .. }
    );
    let name = infer_type(func).filter(|_| callable_literal)?;
    Some(CompileWarning {
        message: format!("'{name}' object is not callable; perhaps you missed a comma?"),
        range: func.range,
    })
}

/// `5[0]`: subscripting a literal that cannot be subscripted, then
/// `"ab"["x"]`: indexing a sequence literal with the wrong type.
pub(crate) fn check_subscript(value: &Expr, index: &Expr) -> Option<CompileWarning> {
    let not_subscriptable = match &value.kind {
        ExprKind::Constant { value: c, .. } => matches!(
            c,
            Constant::None
                | Constant::Ellipsis
                | Constant::Bool(_)
                | Constant::Int(_)
                | Constant::Float(_)
                | Constant::Complex { .. }
        ),
        ExprKind::Set { .. }
        | ExprKind::SetComp(_)
        | ExprKind::GeneratorExp(_)
        | ExprKind::Lambda { .. } => true,
        _ => false,
    };
    if not_subscriptable {
        let name = infer_type(value).unwrap_or("object");
        return Some(CompileWarning {
            message: format!("'{name}' object is not subscriptable; perhaps you missed a comma?"),
            range: value.range,
        });
    }
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool") {
        return None;
    }
    let sequence = match &value.kind {
        ExprKind::Constant { value: c, .. } => {
            matches!(
                c,
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
            )
        }
        ExprKind::Tuple { .. }
        | ExprKind::List { .. }
        | ExprKind::ListComp(_)
        | ExprKind::JoinedStr { .. }
        | ExprKind::FormattedValue { .. } => true,
        _ => false,
    };
    let name = infer_type(value).filter(|_| sequence)?;
    Some(CompileWarning {
        message: format!(
            "{name} indices must be integers or slices, not {index_type}; \
             perhaps you missed a comma?"
        ),
        range: value.range,
    })
}

/// `assert (x, "message")`: always true.
pub(crate) fn check_assert(stmt: &Stmt, test: &Expr) -> Option<CompileWarning> {
    let tuple = match &test.kind {
        ExprKind::Tuple { elts, .. } => !elts.is_empty(),
        ExprKind::Constant {
            value: Constant::Tuple(items),
            ..
        } => !items.is_empty(),
        _ => false,
    };
    tuple.then(|| CompileWarning {
        message: "assertion is always true, perhaps remove parentheses?".to_owned(),
        range: stmt.range,
    })
}
