//! `Dump` for every node type, fields in `Python.asdl` order.

use super::{int_bool, unit, Ctx, Dump, Dumped, Node};
use crate::*;

impl Dump for Stmt {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        let node = |name| Node::new(cx, name, level);
        use StmtKind as S;
        match &self.kind {
            S::FunctionDef(f) => function_def(node("FunctionDef"), f),
            S::AsyncFunctionDef(f) => function_def(node("AsyncFunctionDef"), f),
            S::ClassDef(c) => node("ClassDef")
                .field("name", &c.name)
                .list("bases", &c.bases)
                .list("keywords", &c.keywords)
                .list("body", &c.body)
                .list("decorator_list", &c.decorator_list)
                .list("type_params", &c.type_params),
            S::Return { value } => node("Return").opt("value", value),
            S::Delete { targets } => node("Delete").list("targets", targets),
            S::Assign {
                targets,
                value,
                type_comment,
            } => node("Assign")
                .list("targets", targets)
                .field("value", value)
                .opt("type_comment", type_comment),
            S::TypeAlias {
                name,
                type_params,
                value,
            } => node("TypeAlias")
                .field("name", name)
                .list("type_params", type_params)
                .field("value", value),
            S::AugAssign { target, op, value } => node("AugAssign")
                .field("target", target)
                .field("op", op)
                .field("value", value),
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => node("AnnAssign")
                .field("target", target)
                .field("annotation", annotation)
                .opt("value", value)
                .raw("simple", int_bool(*simple)),
            S::For(f) => for_loop(node("For"), f),
            S::AsyncFor(f) => for_loop(node("AsyncFor"), f),
            S::While { test, body, orelse } => node("While")
                .field("test", test)
                .list("body", body)
                .list("orelse", orelse),
            S::If { test, body, orelse } => node("If")
                .field("test", test)
                .list("body", body)
                .list("orelse", orelse),
            S::With(w) => with(node("With"), w),
            S::AsyncWith(w) => with(node("AsyncWith"), w),
            S::Match { subject, cases } => {
                node("Match").field("subject", subject).list("cases", cases)
            }
            S::Raise { exc, cause } => node("Raise").opt("exc", exc).opt("cause", cause),
            S::Try(t) => try_stmt(node("Try"), t),
            S::TryStar(t) => try_stmt(node("TryStar"), t),
            S::Assert { test, msg } => node("Assert").field("test", test).opt("msg", msg),
            S::Import { names } => node("Import").list("names", names),
            S::ImportFrom {
                module,
                names,
                level: dots,
            } => node("ImportFrom")
                .opt("module", module)
                .list("names", names)
                .raw("level", dots),
            S::Global { names } => node("Global").list("names", names),
            S::Nonlocal { names } => node("Nonlocal").list("names", names),
            S::Expr { value } => node("Expr").field("value", value),
            S::Pass => node("Pass"),
            S::Break => node("Break"),
            S::Continue => node("Continue"),
        }
        .attrs(self.range)
        .finish()
    }
}

fn function_def<'c, 'a>(node: Node<'c, 'a>, f: &FunctionDef) -> Node<'c, 'a> {
    node.field("name", &f.name)
        .field("args", &f.args)
        .list("body", &f.body)
        .list("decorator_list", &f.decorator_list)
        .opt("returns", &f.returns)
        .opt("type_comment", &f.type_comment)
        .list("type_params", &f.type_params)
}

fn for_loop<'c, 'a>(node: Node<'c, 'a>, f: &For) -> Node<'c, 'a> {
    node.field("target", &f.target)
        .field("iter", &f.iter)
        .list("body", &f.body)
        .list("orelse", &f.orelse)
        .opt("type_comment", &f.type_comment)
}

fn with<'c, 'a>(node: Node<'c, 'a>, w: &With) -> Node<'c, 'a> {
    node.list("items", &w.items)
        .list("body", &w.body)
        .opt("type_comment", &w.type_comment)
}

fn try_stmt<'c, 'a>(node: Node<'c, 'a>, t: &Try) -> Node<'c, 'a> {
    node.list("body", &t.body)
        .list("handlers", &t.handlers)
        .list("orelse", &t.orelse)
        .list("finalbody", &t.finalbody)
}

impl Dump for Expr {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        let node = |name| Node::new(cx, name, level);
        use ExprKind as E;
        match &self.kind {
            E::BoolOp { op, values } => node("BoolOp").field("op", op).list("values", values),
            E::NamedExpr { target, value } => node("NamedExpr")
                .field("target", target)
                .field("value", value),
            E::BinOp { left, op, right } => node("BinOp")
                .field("left", left)
                .field("op", op)
                .field("right", right),
            E::UnaryOp { op, operand } => node("UnaryOp").field("op", op).field("operand", operand),
            E::Lambda { args, body } => node("Lambda").field("args", args).field("body", body),
            E::IfExp { test, body, orelse } => node("IfExp")
                .field("test", test)
                .field("body", body)
                .field("orelse", orelse),
            E::Dict { keys, values } => node("Dict").list("keys", keys).list("values", values),
            E::Set { elts } => node("Set").list("elts", elts),
            E::ListComp(c) => comp(node("ListComp"), c),
            E::SetComp(c) => comp(node("SetComp"), c),
            E::DictComp {
                key,
                value,
                generators,
            } => node("DictComp")
                .field("key", key)
                .field("value", value)
                .list("generators", generators),
            E::GeneratorExp(c) => comp(node("GeneratorExp"), c),
            E::Await { value } => node("Await").field("value", value),
            E::Yield { value } => node("Yield").opt("value", value),
            E::YieldFrom { value } => node("YieldFrom").field("value", value),
            E::Compare {
                left,
                ops,
                comparators,
            } => node("Compare")
                .field("left", left)
                .list("ops", ops)
                .list("comparators", comparators),
            E::Call {
                func,
                args,
                keywords,
            } => node("Call")
                .field("func", func)
                .list("args", args)
                .list("keywords", keywords),
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => node("FormattedValue")
                .field("value", value)
                .raw("conversion", conversion)
                .opt("format_spec", format_spec),
            E::Interpolation {
                value,
                str,
                conversion,
                format_spec,
            } => node("Interpolation")
                .field("value", value)
                .field("str", &Constant::Str(str.clone()))
                .raw("conversion", conversion)
                .opt("format_spec", format_spec),
            E::JoinedStr { values } => node("JoinedStr").list("values", values),
            E::TemplateStr { values } => node("TemplateStr").list("values", values),
            E::Constant { value, kind } => node("Constant").field("value", value).opt("kind", kind),
            E::Attribute { value, attr, ctx } => node("Attribute")
                .field("value", value)
                .field("attr", attr)
                .field("ctx", ctx),
            E::Subscript { value, slice, ctx } => node("Subscript")
                .field("value", value)
                .field("slice", slice)
                .field("ctx", ctx),
            E::Starred { value, ctx } => node("Starred").field("value", value).field("ctx", ctx),
            E::Name { id, ctx } => node("Name").field("id", id).field("ctx", ctx),
            E::List { elts, ctx } => node("List").list("elts", elts).field("ctx", ctx),
            E::Tuple { elts, ctx } => node("Tuple").list("elts", elts).field("ctx", ctx),
            E::Slice { lower, upper, step } => node("Slice")
                .opt("lower", lower)
                .opt("upper", upper)
                .opt("step", step),
        }
        .attrs(self.range)
        .finish()
    }
}

fn comp<'c, 'a>(node: Node<'c, 'a>, c: &Comp) -> Node<'c, 'a> {
    node.field("elt", &c.elt).list("generators", &c.generators)
}

impl Dump for Comprehension {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "comprehension", level)
            .field("target", &self.target)
            .field("iter", &self.iter)
            .list("ifs", &self.ifs)
            .raw("is_async", int_bool(self.is_async))
            .finish()
    }
}

impl Dump for ExceptHandler {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "ExceptHandler", level)
            .opt("type", &self.type_)
            .opt("name", &self.name)
            .list("body", &self.body)
            .attrs(self.range)
            .finish()
    }
}

impl Dump for Arguments {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "arguments", level)
            .list("posonlyargs", &self.posonlyargs)
            .list("args", &self.args)
            .opt("vararg", &self.vararg)
            .list("kwonlyargs", &self.kwonlyargs)
            .list("kw_defaults", &self.kw_defaults)
            .opt("kwarg", &self.kwarg)
            .list("defaults", &self.defaults)
            .finish()
    }
}

impl Dump for Arg {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "arg", level)
            .field("arg", &self.arg)
            .opt("annotation", &self.annotation)
            .opt("type_comment", &self.type_comment)
            .attrs(self.range)
            .finish()
    }
}

impl Dump for Keyword {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "keyword", level)
            .opt("arg", &self.arg)
            .field("value", &self.value)
            .attrs(self.range)
            .finish()
    }
}

impl Dump for Alias {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "alias", level)
            .field("name", &self.name)
            .opt("asname", &self.asname)
            .attrs(self.range)
            .finish()
    }
}

impl Dump for WithItem {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "withitem", level)
            .field("context_expr", &self.context_expr)
            .opt("optional_vars", &self.optional_vars)
            .finish()
    }
}

impl Dump for MatchCase {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "match_case", level)
            .field("pattern", &self.pattern)
            .opt("guard", &self.guard)
            .list("body", &self.body)
            .finish()
    }
}

impl Dump for Pattern {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        let node = |name| Node::new(cx, name, level);
        use PatternKind as P;
        match &self.kind {
            P::MatchValue { value } => node("MatchValue").field("value", value),
            P::MatchSingleton { value } => node("MatchSingleton").field("value", value),
            P::MatchSequence { patterns } => node("MatchSequence").list("patterns", patterns),
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => node("MatchMapping")
                .list("keys", keys)
                .list("patterns", patterns)
                .opt("rest", rest),
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => node("MatchClass")
                .field("cls", cls)
                .list("patterns", patterns)
                .list("kwd_attrs", kwd_attrs)
                .list("kwd_patterns", kwd_patterns),
            P::MatchStar { name } => node("MatchStar").opt("name", name),
            P::MatchAs { pattern, name } => {
                node("MatchAs").opt("pattern", pattern).opt("name", name)
            }
            P::MatchOr { patterns } => node("MatchOr").list("patterns", patterns),
        }
        .attrs(self.range)
        .finish()
    }
}

impl Dump for TypeParam {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        let node = |name| Node::new(cx, name, level);
        use TypeParamKind as T;
        match &self.kind {
            T::TypeVar {
                name,
                bound,
                default_value,
            } => node("TypeVar")
                .field("name", name)
                .opt("bound", bound)
                .opt("default_value", default_value),
            T::ParamSpec {
                name,
                default_value,
            } => node("ParamSpec")
                .field("name", name)
                .opt("default_value", default_value),
            T::TypeVarTuple {
                name,
                default_value,
            } => node("TypeVarTuple")
                .field("name", name)
                .opt("default_value", default_value),
        }
        .attrs(self.range)
        .finish()
    }
}

/// The field-less node types print as `Name()`.
macro_rules! unit_nodes {
    ($($ty:ty),*) => {$(
        impl Dump for $ty {
            fn dump(&self, _cx: &Ctx<'_>, _level: usize) -> Dumped {
                unit(&format!("{self:?}"))
            }
        }
    )*};
}

unit_nodes!(ExprContext, BoolOp, Operator, UnaryOp, CmpOp);
