//! `class` statements, compiled as CPython does: the body becomes a
//! function (run by `__build_class__` with the class namespace as its
//! locals, so it uses `LOAD_NAME`/`STORE_NAME`), called with the class
//! name and the bases.

use taipan_ast::{ClassDef, Stmt};
use taipan_ast::{Expr, ExprKind};
use taipan_bytecode::{
    ConstValue, Count, FunctionAttr, GlobalArg, Instr, LocalIdx, NoArg, SmallInt, SuperArg,
};

use super::unit::Unit;
use super::{unsupported, CResult, Compiler};
use crate::symtable::SymbolScope;

impl Compiler {
    /// Compile a `class` statement.
    pub(super) fn compile_class_def(&mut self, stmt: &Stmt, def: &ClassDef) -> CResult {
        if !def.type_params.is_empty() {
            return self.compile_generic_class_def(stmt, def);
        }
        for d in &def.decorator_list {
            self.compile_expr(d)?;
            self.unit().emit(Instr::PushNull(NoArg));
        }
        self.compile_class_call(stmt, def, false)?;
        for _ in &def.decorator_list {
            self.unit().emit(Instr::Call(Count(1)));
        }
        self.store_name(&def.name);
        Ok(())
    }

    /// Make the class (`__build_class__(body, name, *bases, **keywords)`),
    /// leaving it on the stack; `generic`: inside its type-parameters
    /// block, with `Generic[...]` as a last base.
    pub(super) fn compile_class_call(
        &mut self,
        stmt: &Stmt,
        def: &ClassDef,
        generic: bool,
    ) -> CResult {
        let scope_id = self
            .table
            .scope_of_stmt(stmt)
            .ok_or_else(|| unsupported("this class", stmt.range))?;
        let scope = self.table.scope(scope_id);
        // The implicit `__classdict__`/`__conditional_annotations__`
        // cells only matter to annotation scopes, not compiled yet.
        let hidden = |name: &str| {
            name.starts_with("__classdict__")
                || name == "__conditional_annotations__"
                || name == "__class__"
        };
        let mut freevars: Vec<String> = scope
            .symbols
            .iter()
            .filter(|(name, s)| {
                let through = s
                    .flags
                    .contains(crate::symtable::SymbolFlags::DEF_FREE_CLASS);
                (through || matches!(s.scope, Some(SymbolScope::Free))) && !hidden(name)
            })
            .map(|(name, _)| name.to_owned())
            .collect();
        freevars.sort();
        let class_cell = scope.needs_class_closure;
        let (classdict, conditional) = (scope.needs_classdict, scope.has_conditional_annotations);
        let starred = def
            .bases
            .iter()
            .any(|b| matches!(b.kind, ExprKind::Starred { .. }));
        if starred || def.keywords.iter().any(|k| k.arg.is_none()) {
            return Err(unsupported(
                "starred bases or ** in class keywords",
                stmt.range,
            ));
        }
        self.unit().emit(Instr::LoadBuildClass(NoArg));
        self.unit().emit(Instr::PushNull(NoArg));
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.range.start, |d| d.range.start);
        let line = self.line_of(first_line);
        let qualname = self.qualname(&def.name);
        let mut unit = Unit::new(scope_id, &def.name, qualname.clone(), line);
        unit.range = stmt.range;
        // Methods using `super()` or `__class__` close over `__class__`
        // (`__build_class__` fills it with the new class); annotation
        // scopes read the namespace through `__classdict__`.
        let implicit = [
            ("__class__", class_cell),
            ("__classdict__", classdict),
            ("__conditional_annotations__", conditional),
        ];
        // Cells of inlined comprehensions first (sorted), then these; slots
        // are provisional until the body's fast locals are known.
        unit.cellvars = super::comprehension::hidden_cells(self.table.scope(scope_id));
        for (name, _) in implicit.iter().filter(|(_, on)| *on) {
            unit.cellvars.push((*name).to_owned());
        }
        let provisional = super::comprehension::PROVISIONAL;
        unit.cell_slots = (0..unit.cellvars.len() as u32)
            .map(|i| provisional + i)
            .collect();
        let mut anns = Vec::new();
        super::annotations::collect_annotations(&def.body, &mut anns);
        unit.annotations = anns.iter().map(|a| a.2).collect();
        unit.freevars = freevars.clone();
        let ncells = unit.cellvars.len() as u32;
        self.units.push(unit);
        for slot in 0..ncells {
            self.unit()
                .emit(Instr::MakeCell(LocalIdx(provisional + slot)));
        }
        if !freevars.is_empty() {
            self.unit()
                .emit(Instr::CopyFreeVars(Count(freevars.len() as u32)));
        }
        self.unit().emit(Instr::Resume(Count(0)));
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(ConstValue::Str(qualname.as_str().into()));
        self.store_name("__qualname__");
        if line <= 255 {
            self.unit().emit(Instr::LoadSmallInt(SmallInt(line)));
        } else {
            self.load_const(ConstValue::Int(i64::from(line)));
        }
        self.store_name("__firstlineno__");
        if generic {
            self.load_name(".type_params");
            self.store_name("__type_params__");
        }
        if let super::NameOp::Deref(slot) = self.name_op("__classdict__") {
            self.unit().emit(Instr::LoadLocals(NoArg));
            self.unit().emit(Instr::StoreDeref(slot));
        }
        if let super::NameOp::Deref(slot) = self.name_op("__conditional_annotations__") {
            self.unit().emit(Instr::BuildSet(Count(0)));
            self.unit().emit(Instr::StoreDeref(slot));
        }
        if let Some(doc) = def.body.first().and_then(docstring) {
            self.compile_expr(doc)?;
            self.store_name("__doc__");
        }
        if self.future_annotations() && !anns.is_empty() {
            self.unit().emit(Instr::BuildMap(Count(0)));
            self.store_name("__annotations__");
        }
        let mut body = self.compile_body(&def.body);
        if body.is_ok() {
            body = self.compile_body_annotate(&anns).map(|made| {
                if made {
                    self.store_name("__annotate_func__");
                }
            });
        }
        if body.is_ok() {
            let mut names = std::mem::take(&mut self.unit().static_attributes);
            names.sort();
            names.dedup();
            let names = names
                .into_iter()
                .map(|n| ConstValue::Str(n.into()))
                .collect();
            self.load_const(ConstValue::Tuple(names));
            self.store_name("__static_attributes__");
            if let super::NameOp::Deref(slot) = self.name_op("__classdict__") {
                self.unit().emit(Instr::LoadFast(slot));
                self.store_name("__classdictcell__");
            }
            if class_cell {
                if let super::NameOp::Deref(slot) = self.name_op("__class__") {
                    self.unit().emit(Instr::LoadFast(slot));
                }
                self.store_name("__classcell__");
            }
            self.emit_return_none();
        }
        let mut unit = self
            .units
            .pop()
            .ok_or_else(|| unsupported("class", stmt.range))?;
        body?;
        unit.fix_hidden_slots();
        let code = unit.assemble(&self.index, &self.filename);
        for free in &freevars {
            match self.closure_slot(free) {
                Some(slot) => self.unit().emit(Instr::LoadFast(slot)),
                None => return Err(unsupported("this closure", stmt.range)),
            }
        }
        if !freevars.is_empty() {
            self.unit()
                .emit(Instr::BuildTuple(Count(freevars.len() as u32)));
        }
        let code = self
            .unit()
            .add_const(ConstValue::Code(std::rc::Rc::new(code)));
        self.unit().emit(Instr::LoadConst(code));
        self.unit().emit(Instr::MakeFunction(NoArg));
        if !freevars.is_empty() {
            self.unit()
                .emit(Instr::SetFunctionAttribute(FunctionAttr(8)));
        }
        self.load_const(ConstValue::Str(def.name.as_str().into()));
        for base in &def.bases {
            self.compile_expr(base)?;
        }
        if generic {
            self.compile_generic_base();
        }
        let mut names = Vec::new();
        for kw in &def.keywords {
            if let Some(name) = &kw.arg {
                self.compile_expr(&kw.value)?;
                names.push(ConstValue::Str(name.as_str().into()));
            }
        }
        let total = 2 + (def.bases.len() + names.len() + usize::from(generic)) as u32;
        if names.is_empty() {
            self.unit().emit(Instr::Call(Count(total)));
        } else {
            self.load_const(ConstValue::Tuple(names));
            self.unit().emit(Instr::CallKw(Count(total)));
        }
        Ok(())
    }
}

/// The docstring expression of a body's first statement, if any.
pub(super) fn docstring(stmt: &Stmt) -> Option<&Expr> {
    match &stmt.kind {
        taipan_ast::StmtKind::Expr { value }
            if matches!(
                value.kind,
                ExprKind::Constant {
                    value: taipan_ast::Constant::Str(_),
                    ..
                }
            ) =>
        {
            Some(value)
        }
        _ => None,
    }
}

impl Compiler {
    /// Whether `expr` is a zero-argument `super()` call that can be
    /// compiled to `LOAD_SUPER_ATTR` (inside a method with a `__class__`
    /// cell and a first parameter).
    pub(super) fn is_zero_arg_super(&mut self, expr: &Expr) -> bool {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &expr.kind
        else {
            return false;
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return false;
        };
        if id != "super" || !args.is_empty() || !keywords.is_empty() {
            return false;
        }
        let unit = &self.units[self.units.len() - 1];
        let ok = unit.argcount > 0 && unit.freevars.iter().any(|f| f == "__class__");
        ok && matches!(self.name_op("super"), super::NameOp::Global)
    }

    /// `super().attr` (with the method bit for a call; bit 2 stays clear:
    /// it marks the two-argument form).
    pub(super) fn compile_super_attr(&mut self, super_call: &Expr, attr: &str, method: bool) {
        let old = self.set_range(super_call.range);
        let name = self.unit().add_name("super");
        self.unit().emit(Instr::LoadGlobal(GlobalArg(name.0 << 1)));
        self.load_name("__class__");
        let first = self.unit().varnames[0].clone();
        self.load_name(&first);
        self.set_range(old);
        let name = self.add_attr_name(attr);
        self.unit().emit(Instr::LoadSuperAttr(SuperArg(
            name.0 << 2 | u32::from(method),
        )));
    }
}

impl Compiler {
    /// Record `self.attr = ...` in a function nested in a class body as
    /// one of the class's `__static_attributes__` (CPython keys on the
    /// name `self`, whatever the first parameter is called).
    pub(super) fn note_static_attribute(&mut self, value: &Expr, attr: &str) {
        let ExprKind::Name { id, .. } = &value.kind else {
            return;
        };
        if id.as_str() != "self" {
            return;
        }
        let class_kind = crate::symtable::ScopeKind::Class;
        let innermost = self.units.len() - 1;
        if self.table.scope(self.units[innermost].scope).kind == class_kind {
            return;
        }
        let class = self.units[..innermost]
            .iter()
            .rposition(|u| self.table.scope(u.scope).kind == class_kind);
        if let Some(i) = class {
            self.units[i].static_attributes.push(attr.to_owned());
        }
    }
}

/// The source text of a simple annotation (names, attributes,
/// subscripts, `|`, constants), or `None`.
pub(super) fn unparse(e: &Expr) -> Option<String> {
    use taipan_ast::{Constant, Operator};
    Some(match &e.kind {
        ExprKind::Name { id, .. } => id.to_string(),
        ExprKind::Attribute { value, attr, .. } => format!("{}.{}", unparse(value)?, attr),
        ExprKind::Subscript { value, slice, .. } => {
            let inner = match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => join(elts)?,
                _ => unparse(slice)?,
            };
            format!("{}[{}]", unparse(value)?, inner)
        }
        ExprKind::Tuple { elts, .. } if elts.len() == 1 => format!("({},)", unparse(&elts[0])?),
        ExprKind::Tuple { elts, .. } => format!("({})", join(elts)?),
        ExprKind::List { elts, .. } => format!("[{}]", join(elts)?),
        ExprKind::BinOp {
            left,
            op: Operator::BitOr,
            right,
        } => format!("{} | {}", unparse(left)?, unparse(right)?),
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None".to_owned(),
            Constant::Ellipsis => "...".to_owned(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
            Constant::Str(s) => {
                let s = s.as_str()?;
                if s.contains(['\\', '\'', '\n']) {
                    return None;
                }
                format!("'{s}'")
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// Comma-separated texts of `items`.
fn join(items: &[Expr]) -> Option<String> {
    let parts: Option<Vec<String>> = items.iter().map(unparse).collect();
    Some(parts?.join(", "))
}
