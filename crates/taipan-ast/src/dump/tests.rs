//! `dump` on hand-built trees; every expected text is what CPython 3.14's
//! `ast.dump(ast.parse(SOURCE, type_comments=True), **options)` printed for
//! the source named in the test.

use super::*;

fn r(start: u32, end: u32) -> TextRange {
    TextRange::new(start, end)
}

fn name(id: &str, ctx: ExprContext, range: TextRange) -> Expr {
    Expr {
        kind: ExprKind::Name { id: id.into(), ctx },
        range,
    }
}

fn stmt(kind: StmtKind, range: TextRange) -> Stmt {
    Stmt { kind, range }
}

fn module(body: Vec<Stmt>) -> Mod {
    Mod::Module {
        body,
        type_ignores: vec![],
    }
}

fn expr_stmt(value: Expr) -> Stmt {
    let range = value.range;
    stmt(
        StmtKind::Expr {
            value: Box::new(value),
        },
        range,
    )
}

fn show(tree: &Mod, source: &str, include_attributes: bool, indent: Option<usize>) -> String {
    let options = DumpOptions {
        include_attributes,
        indent,
        show_empty: false,
    };
    dump(tree, source, &LineIndex::new(source), &options)
}

/// `x = None`
fn assign_none() -> Mod {
    module(vec![stmt(
        StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, r(0, 1))],
            value: Box::new(Expr {
                kind: ExprKind::Constant {
                    value: Constant::None,
                    kind: None,
                },
                range: r(4, 8),
            }),
            type_comment: None,
        },
        r(0, 8),
    )])
}

#[test]
fn one_line_and_indented() {
    let tree = assign_none();
    let src = "x = None";
    assert_eq!(
        show(&tree, src, false, None),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=None))])"
    );
    assert_eq!(
        show(&tree, src, false, Some(3)),
        "Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n         value=Constant(value=None))])"
    );
    assert_eq!(
        show(&tree, src, false, Some(0)),
        "Module(\nbody=[\nAssign(\ntargets=[\nName(id='x', ctx=Store())],\nvalue=Constant(value=None))])"
    );
    let options = DumpOptions {
        show_empty: true,
        ..DumpOptions::default()
    };
    assert_eq!(
        dump(&tree, src, &LineIndex::new(src), &options),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=None))], type_ignores=[])"
    );
}

#[test]
fn attributes() {
    let tree = assign_none();
    let src = "x = None";
    assert_eq!(
        show(&tree, src, true, None),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=None, lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"
    );
    assert_eq!(
        show(&tree, src, true, Some(2)),
        "Module(\n  body=[\n    Assign(\n      targets=[\n        Name(\n          id='x',\n          ctx=Store(),\n          lineno=1,\n          col_offset=0,\n          end_lineno=1,\n          end_col_offset=1)],\n      value=Constant(\n        value=None,\n        lineno=1,\n        col_offset=4,\n        end_lineno=1,\n        end_col_offset=8),\n      lineno=1,\n      col_offset=0,\n      end_lineno=1,\n      end_col_offset=8)])"
    );
}

#[test]
fn kw_defaults_none_and_show_empty() {
    // def f(*, k): pass
    let args = Arguments {
        kwonlyargs: vec![Arg {
            arg: "k".into(),
            annotation: None,
            type_comment: None,
            range: r(9, 10),
        }],
        kw_defaults: vec![None],
        ..Arguments::default()
    };
    let def = FunctionDef {
        name: "f".into(),
        args: Box::new(args),
        body: vec![stmt(StmtKind::Pass, r(13, 17))],
        decorator_list: vec![],
        returns: None,
        type_comment: None,
        type_params: vec![],
    };
    let tree = module(vec![stmt(StmtKind::FunctionDef(Box::new(def)), r(0, 17))]);
    let src = "def f(*, k): pass";
    assert_eq!(
        show(&tree, src, false, None),
        "Module(body=[FunctionDef(name='f', args=arguments(kwonlyargs=[arg(arg='k')], kw_defaults=[None]), body=[Pass()])])"
    );
    let options = DumpOptions {
        show_empty: true,
        ..DumpOptions::default()
    };
    assert_eq!(
        dump(&tree, src, &LineIndex::new(src), &options),
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])"
    );
}

#[test]
fn int_fields_and_identifier_lists() {
    // from .. import a
    let tree = module(vec![stmt(
        StmtKind::ImportFrom {
            module: None,
            names: vec![Alias {
                name: "a".into(),
                asname: None,
                range: r(15, 16),
            }],
            level: 2,
        },
        r(0, 16),
    )]);
    assert_eq!(
        show(&tree, "from .. import a", false, None),
        "Module(body=[ImportFrom(names=[alias(name='a')], level=2)])"
    );
    // x: int
    let tree = module(vec![stmt(
        StmtKind::AnnAssign {
            target: Box::new(name("x", ExprContext::Store, r(0, 1))),
            annotation: Box::new(name("int", ExprContext::Load, r(3, 6))),
            value: None,
            simple: true,
        },
        r(0, 6),
    )]);
    assert_eq!(
        show(&tree, "x: int", false, None),
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)])"
    );
    // global a, b (indent=3)
    let tree = module(vec![stmt(
        StmtKind::Global {
            names: vec!["a".into(), "b".into()],
        },
        r(0, 11),
    )]);
    assert_eq!(
        show(&tree, "global a, b", false, Some(3)),
        "Module(\n   body=[\n      Global(\n         names=[\n            'a',\n            'b'])])"
    );
}

#[test]
fn none_in_lists() {
    // {**m}, with indent=None and indent=1
    let dict = Expr {
        kind: ExprKind::Dict {
            keys: vec![None],
            values: vec![name("m", ExprContext::Load, r(3, 4))],
        },
        range: r(0, 5),
    };
    let tree = module(vec![expr_stmt(dict)]);
    assert_eq!(
        show(&tree, "{**m}", false, None),
        "Module(body=[Expr(value=Dict(keys=[None], values=[Name(id='m', ctx=Load())]))])"
    );
    assert_eq!(
        show(&tree, "{**m}", false, Some(1)),
        "Module(\n body=[\n  Expr(\n   value=Dict(\n    keys=[\n     None],\n    values=[\n     Name(id='m', ctx=Load())]))])"
    );
}

#[test]
fn type_ignores_fstrings_and_comprehensions() {
    // pass  # type: ignore[x]
    let tree = Mod::Module {
        body: vec![stmt(StmtKind::Pass, r(0, 4))],
        type_ignores: vec![TypeIgnore {
            lineno: 1,
            tag: "[x]".into(),
        }],
    };
    assert_eq!(
        show(&tree, "pass  # type: ignore[x]", false, None),
        "Module(body=[Pass()], type_ignores=[TypeIgnore(lineno=1, tag='[x]')])"
    );
    // f"{x}"
    let fv = Expr {
        kind: ExprKind::FormattedValue {
            value: Box::new(name("x", ExprContext::Load, r(3, 4))),
            conversion: -1,
            format_spec: None,
        },
        range: r(2, 5),
    };
    let joined = Expr {
        kind: ExprKind::JoinedStr { values: vec![fv] },
        range: r(0, 6),
    };
    assert_eq!(
        show(&module(vec![expr_stmt(joined)]), "f\"{x}\"", false, None),
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))])"
    );
    // t"{x!r}"
    let interp = Expr {
        kind: ExprKind::Interpolation {
            value: Box::new(name("x", ExprContext::Load, r(3, 4))),
            str: "x".into(),
            conversion: 114,
            format_spec: None,
        },
        range: r(2, 7),
    };
    let template = Expr {
        kind: ExprKind::TemplateStr {
            values: vec![interp],
        },
        range: r(0, 8),
    };
    assert_eq!(
        show(&module(vec![expr_stmt(template)]), "t\"{x!r}\"", false, None),
        "Module(body=[Expr(value=TemplateStr(values=[Interpolation(value=Name(id='x', ctx=Load()), str='x', conversion=114)]))])"
    );
    // [y async for y in z]
    let comp = Expr {
        kind: ExprKind::ListComp(Box::new(Comp {
            elt: Box::new(name("y", ExprContext::Load, r(1, 2))),
            generators: vec![Comprehension {
                target: name("y", ExprContext::Store, r(13, 14)),
                iter: name("z", ExprContext::Load, r(18, 19)),
                ifs: vec![],
                is_async: true,
            }],
        })),
        range: r(0, 20),
    };
    assert_eq!(
        show(&module(vec![expr_stmt(comp)]), "[y async for y in z]", false, None),
        "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), is_async=1)]))])"
    );
}

#[test]
fn more_than_three_simple_args_break_lines() {
    // x = (1, 2, 3, 4) with indent=3: Tuple's elts list is not simple
    let consts: Vec<Expr> = (1..=4)
        .map(|i| Expr {
            kind: ExprKind::Constant {
                value: Constant::Int(Int::Small(i)),
                kind: None,
            },
            range: r(4 + 3 * i as u32, 5 + 3 * i as u32),
        })
        .collect();
    let tuple = Expr {
        kind: ExprKind::Tuple {
            elts: consts,
            ctx: ExprContext::Load,
        },
        range: r(4, 16),
    };
    let tree = module(vec![stmt(
        StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, r(0, 1))],
            value: Box::new(tuple),
            type_comment: None,
        },
        r(0, 16),
    )]);
    assert_eq!(
        show(&tree, "x = (1, 2, 3, 4)", false, None),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2), Constant(value=3), Constant(value=4)], ctx=Load()))])"
    );
}

#[test]
fn huge_int_is_a_value_error() {
    let big = num_bigint::BigInt::from(10).pow(4300);
    let value = Expr {
        kind: ExprKind::Constant {
            value: Constant::Int(Int::Big(Box::new(big))),
            kind: None,
        },
        range: r(0, 1),
    };
    let tree = module(vec![expr_stmt(value)]);
    let src = "x";
    let result = try_dump(&tree, src, &LineIndex::new(src), &DumpOptions::default());
    assert_eq!(result, Err(DumpError::IntTooLarge));
}
