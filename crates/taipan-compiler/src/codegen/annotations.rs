//! Annotations, compiled as CPython 3.14 does (PEP 649/749): the
//! annotations of a function, a class body or a module become an
//! `__annotate__(format)` function, evaluated only when `__annotations__`
//! is first read, so names are resolved then (forward references work).
//!
//! - A `def`'s parameter and return annotations: the function is made
//!   before the `def`'s own and attached with `SET_FUNCTION_ATTRIBUTE 16`.
//! - A module's or class's simple `name: T` annotations: one function for
//!   the whole body, stored as `__annotate__` at the module's start, or as
//!   `__annotate_func__` at the class body's end. When some annotations
//!   may not run (always in a module; in a class, under `if`, `for`,
//!   ...), each executed one adds its index to the set
//!   `__conditional_annotations__` and the function checks it.
//! - `from __future__ import annotations`: annotations are strings; a
//!   module or class evaluates them into `__annotations__` eagerly.
//!
//! Annotations inside a class read the class namespace first (through the
//! `__classdict__` cell, `LOAD_FROM_DICT_OR_GLOBALS`).

use taipan_ast::{Arguments, Expr, ExprKind, Stmt, StmtKind};
use taipan_bytecode::{CompareOpArg, ConstValue, Count, Instr, Invert, LocalIdx, NoArg, SmallInt};
use taipan_source::TextRange;

use super::{unsupported, CResult, Compiler, NameOp};
use crate::symtable::{ScopeId, ScopeKey, ScopeKind};

/// One simple annotation of a module or class body: the name, the
/// annotation, and the range of its statement.
pub(super) type BodyAnnotation<'a> = (&'a str, &'a Expr, TextRange);

/// The simple `name: T` annotations of a module or class body in source
/// order, looking into compound statements but not into nested scopes.
pub(super) fn collect_annotations<'a>(body: &'a [Stmt], out: &mut Vec<BodyAnnotation<'a>>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::AnnAssign {
                target,
                annotation,
                simple: true,
                ..
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    out.push((id.as_str(), annotation, stmt.range));
                }
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                collect_annotations(body, out);
                collect_annotations(orelse, out);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                collect_annotations(&f.body, out);
                collect_annotations(&f.orelse, out);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => collect_annotations(&w.body, out),
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                collect_annotations(&t.body, out);
                for h in &t.handlers {
                    collect_annotations(&h.body, out);
                }
                collect_annotations(&t.orelse, out);
                collect_annotations(&t.finalbody, out);
            }
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    collect_annotations(&case.body, out);
                }
            }
            _ => {}
        }
    }
}

impl Compiler {
    /// Whether `from __future__ import annotations` is on.
    pub(super) fn future_annotations(&self) -> bool {
        self.table.future().annotations
    }

    /// `if format > 2: raise NotImplementedError` at the start of an
    /// `__annotate__` function (it computes VALUE and
    /// VALUE_WITH_FAKE_GLOBALS only).
    fn emit_format_check(&mut self) {
        let ok = self.unit().new_label();
        self.unit().emit(Instr::LoadFast(LocalIdx(0)));
        self.unit().emit(Instr::LoadSmallInt(SmallInt(2)));
        self.unit()
            .emit(Instr::CompareOp(CompareOpArg::new(CompareOpArg::GT, false)));
        self.unit().emit(Instr::PopJumpIfFalse(ok));
        self.unit().emit(Instr::LoadCommonConstant(Count(1)));
        self.unit().emit(Instr::RaiseVarargs(Count(1)));
        self.unit().bind(ok);
    }

    /// Make an `__annotate__` function of block `scope` whose body `body`
    /// compiles (after the format check), leaving it on the stack.
    fn make_annotate(
        &mut self,
        scope: ScopeId,
        line: u32,
        body: impl FnOnce(&mut Compiler) -> CResult,
    ) -> CResult {
        let args = Arguments::default();
        self.make_function(scope, "__annotate__", &args, line, (false, 0), |c| {
            c.unit().argcount = 1;
            if let Some(first) = c.unit().varnames.first_mut() {
                // The symbol table's `.format` is `format` in the code.
                *first = "format".to_owned();
            }
            c.emit_format_check();
            body(c)?;
            c.unit().emit(Instr::ReturnValue(NoArg));
            Ok(())
        })
    }

    /// An annotation's value: the expression, or its text under
    /// `from __future__ import annotations`.
    fn compile_annotation_value(&mut self, annotation: &Expr) -> CResult {
        if self.future_annotations() {
            let text = self.annotation_text(annotation);
            self.load_const(ConstValue::Str(text.as_str().into()));
            return Ok(());
        }
        self.compile_expr(annotation)
    }

    /// The source text of an annotation (as `from __future__ import
    /// annotations` keeps it).
    pub(super) fn annotation_text(&self, annotation: &Expr) -> String {
        if let Some(text) = super::class_def::unparse(annotation) {
            return text;
        }
        let (start, end) = (
            annotation.range.start as usize,
            annotation.range.end as usize,
        );
        self.source.get(start..end).unwrap_or("").to_owned()
    }

    /// Push the `__annotate__` function of a `def`'s annotations, if it
    /// has any; returns whether it did.
    pub(super) fn compile_function_annotate(
        &mut self,
        stmt: &Stmt,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> CResult<bool> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        let mut items: Vec<(String, &Expr)> = Vec::new();
        for p in params {
            if let Some(a) = p.annotation.as_deref() {
                items.push((self.mangled(&p.arg).into_owned(), a));
            }
        }
        if let Some(r) = returns {
            items.push(("return".to_owned(), r));
        }
        if items.is_empty() {
            return Ok(false);
        }
        let scope = self
            .table
            .lookup(ScopeKey::FunctionAnnotations(stmt.range))
            .ok_or_else(|| unsupported("these annotations", stmt.range))?;
        let line = self.line_of(stmt.range.start);
        self.make_annotate(scope, line, |c| {
            for (key, value) in &items {
                c.load_const(ConstValue::Str(key.as_str().into()));
                match &value.kind {
                    ExprKind::Starred { value, .. } if !c.future_annotations() => {
                        // `*args: *Ts`: `[annotation] = [*Ts]`.
                        c.compile_expr(value)?;
                        c.unit().emit(Instr::UnpackSequence(Count(1)));
                    }
                    _ => c.compile_annotation_value(value)?,
                }
            }
            c.unit().emit(Instr::BuildMap(Count(items.len() as u32)));
            Ok(())
        })?;
        Ok(true)
    }

    /// Whether `scope` is the `__annotate__` block of a class with
    /// conditional annotations (it closes over the class's
    /// `__conditional_annotations__` cell, which its symbols do not list).
    pub(super) fn reads_conditional_set(&self, scope: &crate::symtable::Scope) -> bool {
        let Some(parent) = scope.parent.map(|p| self.table.scope(p)) else {
            return false;
        };
        scope.kind == ScopeKind::Annotation
            && parent.kind == ScopeKind::Class
            && parent.has_conditional_annotations
            && parent.annotation_block == Some(scope.id)
            && scope.scope_of("__conditional_annotations__").is_none()
    }

    /// The block being compiled is a module or class body whose
    /// annotations are conditional.
    fn conditional_annotations(&self) -> bool {
        let unit = &self.units[self.units.len() - 1];
        let scope = self.table.scope(unit.scope);
        scope.has_conditional_annotations
    }

    /// Push the set of executed annotations (`__conditional_annotations__`).
    fn load_conditional_set(&mut self) {
        let name = "__conditional_annotations__";
        match self.name_op(name) {
            NameOp::Deref(slot) => self.unit().emit(Instr::LoadDeref(slot)),
            _ => self.load_name(name),
        }
    }

    /// `name: T` (or `name: T = value`) in a module or class body: record
    /// that the annotation ran, or, under `from __future__ import
    /// annotations`, store its text in `__annotations__`.
    pub(super) fn compile_body_annotation(
        &mut self,
        stmt: &Stmt,
        target: &Expr,
        annotation: &Expr,
    ) -> CResult {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        if self.future_annotations() {
            self.compile_annotation_value(annotation)?;
            self.load_name("__annotations__");
            let key = self.mangled(id).into_owned();
            self.load_const(ConstValue::Str(key.into()));
            self.unit().emit(Instr::StoreSubscr(NoArg));
            return Ok(());
        }
        if !self.conditional_annotations() {
            return Ok(());
        }
        let unit = &self.units[self.units.len() - 1];
        let Some(index) = unit.annotations.iter().position(|r| *r == stmt.range) else {
            return Ok(());
        };
        self.load_conditional_set();
        self.unit()
            .emit(Instr::LoadSmallInt(SmallInt(index as u32)));
        self.unit().emit(Instr::SetAdd(Count(1)));
        self.unit().emit(Instr::PopTop(NoArg));
        Ok(())
    }

    /// Push the `__annotate__` function of a module's or class's
    /// annotations (`anns`), if the body has any.
    pub(super) fn compile_body_annotate(&mut self, anns: &[BodyAnnotation<'_>]) -> CResult<bool> {
        let unit = &self.units[self.units.len() - 1];
        let owner = self.table.scope(unit.scope);
        let (Some(block), false) = (owner.annotation_block, self.future_annotations()) else {
            return Ok(false);
        };
        let conditional = owner.has_conditional_annotations;
        let in_class = owner.kind == ScopeKind::Class;
        let keys: Vec<String> = anns
            .iter()
            .map(|(name, ..)| self.mangled(name).into_owned())
            .collect();
        let line = match (in_class, anns.first()) {
            (true, _) => self.units[self.units.len() - 1].firstlineno,
            _ => 1,
        };
        self.make_annotate(block, line, |c| {
            if !conditional {
                for (key, (_, value, _)) in keys.iter().zip(anns) {
                    c.load_const(ConstValue::Str(key.as_str().into()));
                    c.compile_expr(value)?;
                }
                c.unit().emit(Instr::BuildMap(Count(keys.len() as u32)));
                return Ok(());
            }
            c.unit().emit(Instr::BuildMap(Count(0)));
            for (index, (key, (_, value, _))) in keys.iter().zip(anns).enumerate() {
                let skip = c.unit().new_label();
                c.unit().emit(Instr::LoadSmallInt(SmallInt(index as u32)));
                c.load_conditional_set();
                c.unit().emit(Instr::ContainsOp(Invert(0)));
                c.unit().emit(Instr::PopJumpIfFalse(skip));
                c.compile_expr(value)?;
                c.unit().emit(Instr::Copy(Count(2)));
                c.load_const(ConstValue::Str(key.as_str().into()));
                c.unit().emit(Instr::StoreSubscr(NoArg));
                c.unit().bind(skip);
            }
            Ok(())
        })?;
        Ok(true)
    }

    /// The start of a module body: its `__annotate__` function, the set of
    /// executed annotations, and (under `from __future__ import
    /// annotations`) an empty `__annotations__`.
    pub(super) fn compile_module_annotations_setup(&mut self, body: &[Stmt]) -> CResult {
        let mut anns = Vec::new();
        collect_annotations(body, &mut anns);
        self.unit().annotations = anns.iter().map(|a| a.2).collect();
        if self.compile_body_annotate(&anns)? {
            self.store_name("__annotate__");
        }
        if self.conditional_annotations() {
            self.unit().emit(Instr::BuildSet(Count(0)));
            self.store_name("__conditional_annotations__");
        }
        if self.future_annotations() && !anns.is_empty() {
            self.unit().emit(Instr::BuildMap(Count(0)));
            self.store_name("__annotations__");
        }
        Ok(())
    }
}
