//! Statements: assignment, control flow, function definitions.

use taipan_ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use taipan_bytecode::{
    BinaryOpArg, CodeFlags, ConstValue, Count, FunctionAttr, Instr, LocalIdx, NoArg,
};

use super::unit::{FBlock, LoopLabels, Unit};
use super::{syntax_error, unsupported, CResult, Compiler, NameOp};
use crate::symtable::{ScopeKind, SymbolScope};

impl Compiler {
    /// Compile one statement.
    pub(super) fn compile_stmt(&mut self, stmt: &Stmt) -> CResult {
        if let StmtKind::Assert { test, .. } = &stmt.kind {
            self.warn(crate::warnings::check_assert(stmt, test));
        }
        let old = self.set_range(stmt.range);
        let result = self.compile_stmt_kind(stmt);
        self.set_range(old);
        result
    }

    fn compile_stmt_kind(&mut self, stmt: &Stmt) -> CResult {
        match &stmt.kind {
            StmtKind::Expr { value } => {
                let interactive = self.interactive && self.units.len() == 1;
                if !interactive && matches!(value.kind, ExprKind::Constant { .. }) {
                    // A constant statement is ignored (its line stays).
                    self.unit().emit(Instr::Nop(NoArg));
                    return Ok(());
                }
                self.compile_expr(value)?;
                if interactive {
                    // INTRINSIC_PRINT: `sys.displayhook(value)`.
                    self.unit().emit(Instr::CallIntrinsic1(Count(1)));
                }
                self.emit_no_location(Instr::PopTop(NoArg));
            }
            StmtKind::Assign { targets, value, .. } => {
                self.compile_expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.unit().emit(Instr::Copy(Count(1)));
                    }
                    self.compile_store(target)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(target, *op, value)?
            }
            // Annotations are evaluated lazily in 3.14 (PEP 649), and only
            // by `__annotate__`, which Taipan does not build yet.
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
                simple,
            } => {
                if let Some(value) = value {
                    self.compile_expr(value)?;
                    self.compile_store(target)?;
                } else {
                    self.unit().emit(Instr::Nop(NoArg));
                    self.check_annotated_target(target)?;
                }
                if *simple && !self.in_function() {
                    self.compile_body_annotation(stmt, target, annotation)?;
                }
            }
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse)?,
            StmtKind::For(f) => self.compile_for(&f.target, &f.iter, &f.body, &f.orelse)?,
            StmtKind::Break | StmtKind::Continue => self.compile_jump_out(stmt)?,
            StmtKind::Pass => self.unit().emit(Instr::Nop(NoArg)),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Return { value } => self.compile_return(stmt, value.as_deref())?,
            StmtKind::Try(t) => self.compile_try(t)?,
            StmtKind::TryStar(t) => self.compile_try_star(t)?,
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => self.compile_type_alias(stmt, name, type_params, value)?,
            StmtKind::With(w) => self.compile_with(&w.items, &w.body, false)?,
            StmtKind::AsyncWith(w) => self.compile_with(&w.items, &w.body, true)?,
            StmtKind::AsyncFor(f) => self.compile_async_for(f)?,
            StmtKind::AsyncFunctionDef(def) => self.compile_function_def(stmt, def)?,
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases)?,
            StmtKind::FunctionDef(def) => self.compile_function_def(stmt, def)?,
            StmtKind::ClassDef(def) => self.compile_class_def(stmt, def)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.unit().emit(Instr::RaiseVarargs(Count(n)));
            }
            StmtKind::Assert { .. } if self.optimize > 0 => {}
            StmtKind::Assert { test, msg } => {
                let end = self.unit().new_label();
                self.compile_jump_if(test, true, end)?;
                self.unit().emit(Instr::LoadCommonConstant(Count(0)));
                if let Some(msg) = msg {
                    self.compile_expr(msg)?;
                    self.unit().emit(Instr::Call(Count(0)));
                }
                // The failure is reported at the test expression.
                let old = self.set_range(test.range);
                self.unit().emit(Instr::RaiseVarargs(Count(1)));
                self.set_range(old);
                self.unit().bind(end);
            }
            StmtKind::Import { names } => {
                for alias in names {
                    self.unit()
                        .emit(Instr::LoadSmallInt(taipan_bytecode::SmallInt(0)));
                    self.load_const(ConstValue::None);
                    let n = self.unit().add_name(&alias.name);
                    self.unit().emit(Instr::ImportName(n));
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule.
                            let parts: Vec<&str> = alias.name.split('.').skip(1).collect();
                            for (i, part) in parts.iter().enumerate() {
                                let p = self.unit().add_name(part);
                                self.unit().emit(Instr::ImportFrom(p));
                                if i + 1 < parts.len() {
                                    self.unit().emit(Instr::Swap(Count(2)));
                                    self.unit().emit(Instr::PopTop(NoArg));
                                }
                            }
                            self.store_name(asname);
                            if !parts.is_empty() {
                                self.unit().emit(Instr::PopTop(NoArg));
                            }
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(module.as_deref().unwrap_or(""), names, *level),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.compile_delete(t)?;
                }
            }
        }
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub(super) fn compile_store(&mut self, target: &Expr) -> CResult {
        let old = self.set_range(target.range);
        let result = match &target.kind {
            ExprKind::Name { id, .. } => {
                self.store_name(id);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        if i > 0xFF || after > 0xFF {
                            return Err(unsupported("this many targets", target.range));
                        }
                        self.unit()
                            .emit(Instr::UnpackEx(Count(i as u32 | (after as u32) << 8)));
                    }
                    None => self
                        .unit()
                        .emit(Instr::UnpackSequence(Count(elts.len() as u32))),
                }
                elts.iter().try_for_each(|e| match &e.kind {
                    ExprKind::Starred { value, .. } => self.compile_store(value),
                    _ => self.compile_store(e),
                })
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                if self.compile_slice_bounds(slice)? {
                    self.unit().emit(Instr::StoreSlice(NoArg));
                } else {
                    self.compile_expr(slice)?;
                    self.unit().emit(Instr::StoreSubscr(NoArg));
                }
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.note_static_attribute(value, attr);
                self.compile_expr(value)?;
                let range = self.attr_range(target.range, target, attr);
                let old = self.set_range(range);
                let name = self.add_attr_name(attr);
                self.unit().emit(Instr::StoreAttr(name));
                self.set_range(old);
                Ok(())
            }
            _ => Err(unsupported("this assignment target", target.range)),
        };
        self.set_range(old);
        result
    }

    /// `obj.attr: T` or `obj[i]: T` without a value still evaluates `obj`
    /// (and `i`), as CPython does.
    fn check_annotated_target(&mut self, target: &Expr) -> CResult {
        let parts: Vec<&Expr> = match &target.kind {
            ExprKind::Attribute { value, .. } => vec![value],
            ExprKind::Subscript { value, slice, .. } => vec![value, slice],
            _ => Vec::new(),
        };
        for e in parts {
            self.compile_expr(e)?;
            self.unit().emit(Instr::PopTop(NoArg));
        }
        Ok(())
    }

    /// Store TOS under a name.
    pub(super) fn store_name(&mut self, id: &str) {
        let id = &*self.mangled(id);
        match self.name_op(id) {
            NameOp::Fast(i) => self.unit().emit(Instr::StoreFast(i)),
            NameOp::Deref(i) => self.unit().emit(Instr::StoreDeref(i)),
            NameOp::Global => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::StoreGlobal(n));
            }
            NameOp::Name => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::StoreName(n));
            }
        }
    }

    fn compile_delete(&mut self, target: &Expr) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => self.compile_delete_name(id, target.range)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.unit().emit(Instr::DeleteSubscr(NoArg));
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let name = self.add_attr_name(attr);
                self.unit().emit(Instr::DeleteAttr(name));
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            _ => return Err(unsupported("this del target", target.range)),
        }
        Ok(())
    }

    /// `del name`.
    pub(super) fn compile_delete_name(
        &mut self,
        id: &str,
        _range: taipan_source::TextRange,
    ) -> CResult {
        let id = &*self.mangled(id);
        match self.name_op(id) {
            NameOp::Fast(i) => self.unit().emit(Instr::DeleteFast(i)),
            NameOp::Global => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::DeleteGlobal(n));
            }
            NameOp::Name => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::DeleteName(n));
            }
            NameOp::Deref(i) => self.unit().emit(Instr::DeleteDeref(i)),
        }
        Ok(())
    }

    fn compile_aug_assign(
        &mut self,
        target: &Expr,
        op: taipan_ast::Operator,
        value: &Expr,
    ) -> CResult {
        let arg = BinaryOpArg(super::expr::operator_arg(op).0 + BinaryOpArg::INPLACE_OFFSET);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id);
                self.compile_expr(value)?;
                self.unit().emit(Instr::BinaryOp(arg));
                self.store_name(id);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if matches!(slice.kind, ExprKind::Slice { step: None, .. }) => {
                // `a[x:y] op= v`: the container and both bounds stay below.
                self.compile_expr(obj)?;
                self.compile_slice_bounds(slice)?;
                for _ in 0..3 {
                    self.unit().emit(Instr::Copy(Count(3)));
                }
                self.unit().emit(Instr::BinarySlice(NoArg));
                self.compile_expr(value)?;
                self.unit().emit(Instr::BinaryOp(arg));
                for n in [4, 3, 2] {
                    self.unit().emit(Instr::Swap(Count(n)));
                }
                self.unit().emit(Instr::StoreSlice(NoArg));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.unit().emit(Instr::Copy(Count(2)));
                self.unit().emit(Instr::Copy(Count(2)));
                self.unit().emit(Instr::BinaryOp(BinaryOpArg::SUBSCR));
                self.compile_expr(value)?;
                self.unit().emit(Instr::BinaryOp(arg));
                self.unit().emit(Instr::Swap(Count(3)));
                self.unit().emit(Instr::Swap(Count(2)));
                self.unit().emit(Instr::StoreSubscr(NoArg));
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.note_static_attribute(obj, attr);
                self.compile_expr(obj)?;
                self.unit().emit(Instr::Copy(Count(1)));
                let name = self.add_attr_name(attr);
                self.unit()
                    .emit(Instr::LoadAttr(taipan_bytecode::AttrArg(name.0 << 1)));
                self.compile_expr(value)?;
                self.unit().emit(Instr::BinaryOp(arg));
                self.unit().emit(Instr::Swap(Count(2)));
                self.unit().emit(Instr::StoreAttr(name));
            }
            _ => return Err(unsupported("this augmented assignment", target.range)),
        }
        Ok(())
    }

    fn compile_if(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let else_label = self.unit().new_label();
        self.compile_jump_if(test, false, else_label)?;
        self.compile_body(body)?;
        if orelse.is_empty() {
            self.unit().bind(else_label);
        } else {
            let end = self.unit().new_label();
            self.emit_no_location(Instr::JumpForward(end));
            self.unit().bind(else_label);
            self.compile_body(orelse)?;
            self.unit().bind(end);
        }
        Ok(())
    }

    fn compile_while(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let top = self.unit().new_label();
        let else_label = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind(top);
        self.compile_jump_if(test, false, else_label)?;
        self.unit().loops.push(LoopLabels {
            continue_to: top,
            break_to: end,
        });
        self.unit().fblocks.push(FBlock::WhileLoop);
        self.compile_body(body)?;
        self.unit().fblocks.pop();
        self.unit().loops.pop();
        self.emit_no_location(Instr::JumpBackward(top));
        self.unit().bind(else_label);
        self.compile_body(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    fn compile_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> CResult {
        self.compile_iterated(iter)?;
        let old = self.set_range(iter.range);
        self.unit().emit(Instr::GetIter(NoArg));
        let top = self.unit().new_label();
        let exhausted = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind(top);
        self.unit().emit(Instr::ForIter(exhausted));
        // The target's line, for tracing a `for` spread over lines.
        self.set_range(target.range);
        self.unit().emit(Instr::Nop(NoArg));
        self.set_range(old);
        self.compile_store(target)?;
        self.unit().loops.push(LoopLabels {
            continue_to: top,
            break_to: end,
        });
        self.unit().fblocks.push(FBlock::ForLoop);
        self.compile_body(body)?;
        self.unit().fblocks.pop();
        self.unit().loops.pop();
        self.emit_no_location(Instr::JumpBackward(top));
        // `FOR_ITER` jumps to the `END_FOR` and, when the iterator is
        // exhausted, past it.
        self.unit().bind(exhausted);
        self.emit_no_location(Instr::EndFor(NoArg));
        self.emit_no_location(Instr::PopIter(NoArg));
        self.compile_body(orelse)?;
        // `break` pops the iterator itself.
        self.unit().bind(end);
        Ok(())
    }

    fn compile_jump_out(&mut self, stmt: &Stmt) -> CResult {
        let Some(&labels) = self.unit().loops.last() else {
            let message = if matches!(stmt.kind, StmtKind::Break) {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(syntax_error(message, stmt.range));
        };
        // A `NOP` carries the statement's line.
        self.unit().emit(Instr::Nop(NoArg));
        self.unwind_fblocks(false)?;
        if matches!(stmt.kind, StmtKind::Break) {
            let in_for = self.unit().fblocks.iter().rev().find_map(|b| match b {
                FBlock::ForLoop => Some(true),
                FBlock::WhileLoop => Some(false),
                _ => None,
            });
            if in_for == Some(true) {
                // The iterator.
                self.unit().emit(Instr::PopTop(NoArg));
            }
            self.unit().emit(Instr::JumpForward(labels.break_to));
        } else {
            self.unit().emit(Instr::JumpBackward(labels.continue_to));
        }
        Ok(())
    }

    fn compile_return(&mut self, stmt: &Stmt, value: Option<&Expr>) -> CResult {
        if !self.in_function() {
            return Err(syntax_error("'return' outside function", stmt.range));
        }
        // A constant is loaded after the unwinding, which then need not
        // keep the value on top; `NOP`s carry the lines of the value and
        // of the statement.
        let constant = value.filter(|v| matches!(v.kind, ExprKind::Constant { .. }));
        match value {
            Some(v) if constant.is_none() => self.compile_expr(v)?,
            Some(v) => {
                let old = self.set_range(v.range);
                self.unit().emit(Instr::Nop(NoArg));
                self.set_range(old);
            }
            None => {}
        }
        if value.is_none_or(|v| self.line_of(v.range.start) != self.line_of(stmt.range.start)) {
            self.unit().emit(Instr::Nop(NoArg));
        }
        self.unwind_fblocks(value.is_some() && constant.is_none())?;
        match (value, constant) {
            (None, _) => self.load_const(ConstValue::None),
            (_, Some(c)) => self.compile_expr(c)?,
            _ => {}
        }
        self.unit().emit(Instr::ReturnValue(NoArg));
        Ok(())
    }

    fn compile_function_def(&mut self, stmt: &Stmt, def: &FunctionDef) -> CResult {
        if !def.type_params.is_empty() {
            return self.compile_generic_function_def(stmt, def);
        }
        for d in &def.decorator_list {
            self.compile_expr(d)?;
            self.unit().emit(Instr::PushNull(NoArg));
        }
        let scope = self
            .table
            .scope_of_stmt(stmt)
            .ok_or_else(|| unsupported("this function", stmt.range))?;
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.range.start, |d| d.range.start);
        let line = self.line_of(first_line);
        let defaults = self.compile_defaults(&def.args)?;
        self.annotate_pending =
            self.compile_function_annotate(stmt, &def.args, def.returns.as_deref())?;
        self.make_function(scope, &def.name, &def.args, line, defaults, |c| {
            let doc = c.function_docstring(&def.body);
            c.compile_body(&def.body[usize::from(doc)..])?;
            Ok(())
        })?;
        for _ in &def.decorator_list {
            self.unit().emit(Instr::Call(Count(1)));
        }
        self.store_name(&def.name);
        Ok(())
    }

    /// Compile a function's body into a new unit and emit the code that
    /// makes the function object (defaults, closure, `MAKE_FUNCTION`).
    pub(super) fn compile_function(
        &mut self,
        scope_id: crate::symtable::ScopeId,
        name: &str,
        args: &taipan_ast::Arguments,
        line: u32,
        body: impl FnOnce(&mut Compiler) -> CResult,
    ) -> CResult {
        let (has_defaults, kwdefaults) = self.compile_defaults(args)?;
        self.make_function(scope_id, name, args, line, (has_defaults, kwdefaults), body)
    }

    /// Push the defaults tuple and keyword-only defaults dict of `args`
    /// (each only if any); returns whether there are defaults and how
    /// many keyword-only ones.
    pub(super) fn compile_defaults(
        &mut self,
        args: &taipan_ast::Arguments,
    ) -> CResult<(bool, u32)> {
        let has_defaults = !args.defaults.is_empty();
        for d in &args.defaults {
            self.compile_expr(d)?;
        }
        if has_defaults {
            self.unit()
                .emit(Instr::BuildTuple(Count(args.defaults.len() as u32)));
        }
        let mut kwdefaults = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let key = self.mangled(&arg.arg).into_owned();
                self.load_const(ConstValue::Str(key.into()));
                self.compile_expr(default)?;
                kwdefaults += 1;
            }
        }
        if kwdefaults > 0 {
            self.unit().emit(Instr::BuildMap(Count(kwdefaults)));
        }
        Ok((has_defaults, kwdefaults))
    }

    /// Compile a function body and make the function object, consuming
    /// the defaults `compile_defaults` pushed (`defaults`: its result).
    pub(super) fn make_function(
        &mut self,
        scope_id: crate::symtable::ScopeId,
        name: &str,
        args: &taipan_ast::Arguments,
        line: u32,
        defaults: (bool, u32),
        body: impl FnOnce(&mut Compiler) -> CResult,
    ) -> CResult {
        let (has_defaults, kwdefaults) = defaults;
        let annotate = std::mem::take(&mut self.annotate_pending);
        let qualname = self.qualname(name);
        let mut unit = Unit::new(scope_id, name, qualname, line);
        self.setup_function_unit(&mut unit, args);
        let cell_slots = unit.cell_slots.clone();
        let nfree = unit.freevars.len() as u32;
        let freevars = unit.freevars.clone();
        self.units.push(unit);
        for slot in cell_slots {
            self.unit().emit(Instr::MakeCell(LocalIdx(slot)));
        }
        if nfree > 0 {
            self.unit().emit(Instr::CopyFreeVars(Count(nfree)));
        }
        let scope = self.table.scope(scope_id);
        if scope.generator || scope.coroutine {
            self.unit().emit(Instr::ReturnGenerator(NoArg));
            self.unit().emit(Instr::PopTop(NoArg));
        }
        self.unit().emit(Instr::Resume(Count(0)));
        body(self)?;
        self.emit_return_none();
        let mut unit = self
            .units
            .pop()
            .ok_or_else(|| unsupported("function", self.unit().range))?;
        unit.fix_hidden_slots();
        let code = unit.assemble(&self.index, &self.filename);
        if nfree > 0 {
            for free in &freevars {
                match self.closure_slot(free) {
                    Some(slot) => self.unit().emit(Instr::LoadFast(slot)),
                    None => return Err(unsupported("this closure", self.unit().range)),
                }
            }
            self.unit().emit(Instr::BuildTuple(Count(nfree)));
        }
        let code = self
            .unit()
            .add_const(ConstValue::Code(std::rc::Rc::new(code)));
        self.unit().emit(Instr::LoadConst(code));
        self.unit().emit(Instr::MakeFunction(NoArg));
        if nfree > 0 {
            self.unit()
                .emit(Instr::SetFunctionAttribute(FunctionAttr(8)));
        }
        if annotate {
            self.unit()
                .emit(Instr::SetFunctionAttribute(FunctionAttr(16)));
        }
        if kwdefaults > 0 {
            self.unit()
                .emit(Instr::SetFunctionAttribute(FunctionAttr(2)));
        }
        if has_defaults {
            self.unit()
                .emit(Instr::SetFunctionAttribute(FunctionAttr(1)));
        }
        Ok(())
    }

    /// A function's docstring becomes its first constant, flagged
    /// `HAS_DOCSTRING` (its `__doc__`), as in CPython 3.14; true when it
    /// did (the statement is then not compiled).
    fn function_docstring(&mut self, body: &[Stmt]) -> bool {
        let Some(ExprKind::Constant {
            value: taipan_ast::Constant::Str(doc),
            ..
        }) = body
            .first()
            .and_then(super::class_def::docstring)
            .map(|e| &e.kind)
        else {
            return false;
        };
        if let (Some(text), true) = (doc.as_str(), self.optimize < 2) {
            self.unit().add_const(ConstValue::Str(text.into()));
            self.unit().flags |= CodeFlags::HAS_DOCSTRING;
            return true;
        }
        false
    }

    /// Fill a function unit's parameter counts and local tables.
    fn setup_function_unit(&self, unit: &mut Unit, args: &taipan_ast::Arguments) {
        let scope = self.table.scope(unit.scope);
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        unit.varnames = scope.varnames.clone();
        unit.flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
        if scope.nested {
            unit.flags |= CodeFlags::NESTED;
        }
        unit.flags |= match (scope.generator, scope.coroutine) {
            (true, true) => CodeFlags::ASYNC_GENERATOR,
            (false, true) => CodeFlags::COROUTINE,
            (true, false) => CodeFlags::GENERATOR,
            (false, false) => 0,
        };
        if args.vararg.is_some() {
            unit.flags |= CodeFlags::VARARGS;
        }
        if args.kwarg.is_some() {
            unit.flags |= CodeFlags::VARKEYWORDS;
        }
        // Other locals join `co_varnames` as the code first uses them,
        // as in CPython; cells and free variables get their slots after
        // them (`Unit::fix_hidden_slots`).
        let mut cells = Vec::new();
        for (name, symbol) in scope.symbols.iter() {
            match symbol.scope {
                Some(SymbolScope::Cell) => cells.push(name.to_owned()),
                Some(SymbolScope::Free) => unit.freevars.push(name.to_owned()),
                _ => {}
            }
        }
        if self.reads_conditional_set(scope) {
            unit.freevars.push("__conditional_annotations__".to_owned());
        }
        cells.sort();
        unit.freevars.sort();
        let provisional = super::comprehension::PROVISIONAL;
        unit.cell_slots = (0..cells.len() as u32).map(|i| provisional + i).collect();
        unit.cellvars = cells;
    }

    /// The qualified name of a function `name` defined in the current unit.
    pub(super) fn qualname(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_owned();
        };
        let mut parent_kind = self.table.scope(parent.scope).kind;
        if self.table.scope(parent.scope).comprehension.is_some() {
            // A generator expression adds no `<locals>`.
            return format!("{}.{name}", parent.qualname);
        }
        let mut parent_qualname = &parent.qualname;
        if parent_kind == ScopeKind::TypeParameters && self.units.len() >= 2 {
            // A generic's own block is named after its grandparent.
            let grand = &self.units[self.units.len() - 2];
            parent_kind = self.table.scope(grand.scope).kind;
            parent_qualname = &grand.qualname;
        }
        let parent = parent_qualname;
        match parent_kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Function => format!("{parent}.<locals>.{name}"),
            _ => format!("{parent}.{name}"),
        }
    }
}

impl Compiler {
    /// `from MODULE import names` (`level` leading dots; `*` imports every
    /// public name): `IMPORT_NAME` with the level and the from-list, then
    /// one `IMPORT_FROM` per name, or `CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR`.
    fn compile_import_from(&mut self, module: &str, names: &[taipan_ast::Alias], level: u32) {
        if level <= 255 {
            self.unit()
                .emit(Instr::LoadSmallInt(taipan_bytecode::SmallInt(level)));
        } else {
            self.load_const(ConstValue::Int(i64::from(level)));
        }
        let fromlist = names
            .iter()
            .map(|a| ConstValue::Str(a.name.as_str().into()))
            .collect();
        self.load_const(ConstValue::Tuple(fromlist));
        let n = self.unit().add_name(module);
        self.unit().emit(Instr::ImportName(n));
        if names.len() == 1 && names[0].name == "*" {
            self.unit().emit(Instr::CallIntrinsic1(Count(2)));
            self.unit().emit(Instr::PopTop(NoArg));
            return;
        }
        for alias in names {
            let n = self.unit().add_name(&alias.name);
            self.unit().emit(Instr::ImportFrom(n));
            self.store_name(alias.asname.as_deref().unwrap_or(&alias.name));
        }
        self.unit().emit(Instr::PopTop(NoArg));
    }
}
