//! Expressions: each leaves exactly one value on the stack.

use taipan_ast::{BoolOp, CmpOp, Constant, Expr, ExprKind, Int, Keyword, Operator, UnaryOp};
use taipan_bytecode::{
    AttrArg, BinaryOpArg, CompareOpArg, ConstValue, Conversion, Count, GlobalArg, Instr, Invert,
    NoArg, SmallInt,
};

use super::{syntax_error, unsupported, CResult, Compiler, NameOp};
use taipan_source::TextRange;

/// CPython's `_PY_STACK_USE_GUIDELINE`: longer runs of items are built
/// piece by piece.
const STACK_USE_GUIDELINE: usize = 30;

/// The `NB_*` number of a binary operator.
pub(super) fn operator_arg(op: Operator) -> BinaryOpArg {
    match op {
        Operator::Add => BinaryOpArg::ADD,
        Operator::Sub => BinaryOpArg::SUBTRACT,
        Operator::Mult => BinaryOpArg::MULTIPLY,
        Operator::MatMult => BinaryOpArg::MATRIX_MULTIPLY,
        Operator::Div => BinaryOpArg::TRUE_DIVIDE,
        Operator::Mod => BinaryOpArg::REMAINDER,
        Operator::Pow => BinaryOpArg::POWER,
        Operator::LShift => BinaryOpArg::LSHIFT,
        Operator::RShift => BinaryOpArg::RSHIFT,
        Operator::BitOr => BinaryOpArg::OR,
        Operator::BitXor => BinaryOpArg::XOR,
        Operator::BitAnd => BinaryOpArg::AND,
        Operator::FloorDiv => BinaryOpArg::FLOOR_DIVIDE,
    }
}

/// Whether a display or argument list has `*starred` items.
fn has_starred(elts: &[Expr]) -> bool {
    elts.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

/// A constant as `co_consts` holds it.
pub(super) fn const_value(value: &Constant) -> Option<ConstValue> {
    Some(match value {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Int(Int::Small(i)) => ConstValue::Int(*i),
        Constant::Int(Int::Big(b)) => ConstValue::BigInt(b.clone()),
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Str(s) => ConstValue::Str(s.as_str()?.into()),
        Constant::Ellipsis => ConstValue::Ellipsis,
        Constant::Tuple(items) => {
            ConstValue::Tuple(items.iter().map(const_value).collect::<Option<_>>()?)
        }
        Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
        Constant::Complex { real, imag } => ConstValue::Complex(*real, *imag),
    })
}

impl Compiler {
    /// Compile `expr`, leaving its value on the stack.
    pub(super) fn compile_expr(&mut self, expr: &Expr) -> CResult {
        let old = self.set_range(expr.range);
        let result = self.compile_expr_kind(expr);
        self.set_range(old);
        result
    }

    fn compile_expr_kind(&mut self, expr: &Expr) -> CResult {
        match &expr.kind {
            ExprKind::Constant { value, .. } => self.compile_constant(value, expr)?,
            ExprKind::Name { id, .. } if id == "__debug__" => {
                self.load_const(ConstValue::Bool(self.optimize == 0));
            }
            ExprKind::Name { id, .. } => self.load_name(id),
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.unit().emit(Instr::BinaryOp(operator_arg(*op)));
            }
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } if matches!(operand.kind, ExprKind::Constant { .. })
                && super::consts::folded(expr).is_some() =>
            {
                let value = super::consts::folded(expr).unwrap_or(ConstValue::None);
                self.load_folded(value);
            }
            ExprKind::List { .. } | ExprKind::Set { .. } if self.compile_const_display(expr)? => {}
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                match op {
                    UnaryOp::USub => self.unit().emit(Instr::UnaryNegative(NoArg)),
                    UnaryOp::Invert => self.unit().emit(Instr::UnaryInvert(NoArg)),
                    UnaryOp::UAdd => self.unit().emit(Instr::CallIntrinsic1(Count(5))),
                    UnaryOp::Not => {
                        self.unit().emit(Instr::ToBool(NoArg));
                        self.unit().emit(Instr::UnaryNot(NoArg));
                    }
                }
            }
            ExprKind::BoolOp { op, values } => self.compile_bool_op(*op, values)?,
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.unit().emit(Instr::Copy(Count(1)));
                self.compile_store(target)?;
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let w = crate::warnings::check_compare(expr, left, ops, comparators);
                self.warn(w);
                self.compile_compare(left, ops, comparators)?
            }
            ExprKind::IfExp { test, body, orelse } => self.compile_if_exp(test, body, orelse)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.warn(crate::warnings::check_caller(func));
                self.compile_call(func, args, keywords)?
            }
            ExprKind::Attribute { value, attr, .. } if self.is_zero_arg_super(value) => {
                self.compile_super_attr(value, attr, false)
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let old = self.set_range(self.attr_range(expr.range, expr, attr));
                let name = self.add_attr_name(attr);
                self.unit().emit(Instr::LoadAttr(AttrArg(name.0 << 1)));
                self.set_range(old);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.warn(crate::warnings::check_subscript(value, slice));
                self.compile_expr(value)?;
                if self.compile_slice_bounds(slice)? {
                    self.unit().emit(Instr::BinarySlice(NoArg));
                } else {
                    self.compile_expr(slice)?;
                    self.unit().emit(Instr::BinaryOp(BinaryOpArg::SUBSCR));
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                let parts = [lower, upper, step];
                let n = if step.is_some() { 3 } else { 2 };
                for part in &parts[..n] {
                    match part {
                        Some(e) => self.compile_expr(e)?,
                        None => self.load_const(ConstValue::None),
                    }
                }
                self.unit().emit(Instr::BuildSlice(Count(n as u32)));
            }
            ExprKind::List { elts, .. } if has_starred(elts) => self.compile_starred_list(elts)?,
            ExprKind::Tuple { elts, .. } if has_starred(elts) => {
                self.compile_starred_list(elts)?;
                self.unit().emit(Instr::CallIntrinsic1(Count(6)));
            }
            ExprKind::List { elts, .. } => {
                self.compile_items(elts)?;
                self.unit().emit(Instr::BuildList(Count(elts.len() as u32)));
            }
            ExprKind::Tuple { elts, .. } => {
                self.compile_items(elts)?;
                self.unit()
                    .emit(Instr::BuildTuple(Count(elts.len() as u32)));
            }
            ExprKind::Set { elts } if has_starred(elts) => {
                self.compile_starunpack(elts, Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate)?
            }
            ExprKind::Set { elts } => {
                self.compile_items(elts)?;
                self.unit().emit(Instr::BuildSet(Count(elts.len() as u32)));
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::ListComp(comp) => self.compile_comprehension(
                expr,
                super::comprehension::CompKind::List(&comp.elt),
                &comp.generators,
            )?,
            ExprKind::SetComp(comp) => self.compile_comprehension(
                expr,
                super::comprehension::CompKind::Set(&comp.elt),
                &comp.generators,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(
                expr,
                super::comprehension::CompKind::Dict(key, value),
                generators,
            )?,
            ExprKind::Yield { value } => {
                if !self.in_function() {
                    return Err(syntax_error("'yield' outside function", expr.range));
                }
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(ConstValue::None),
                }
                self.unit().emit(Instr::YieldValue(Count(0)));
                self.unit().emit(Instr::Resume(Count(1)));
            }
            ExprKind::YieldFrom { value } => {
                if !self.in_function() {
                    return Err(syntax_error("'yield' outside function", expr.range));
                }
                self.compile_expr(value)?;
                self.unit().emit(Instr::GetYieldFromIter(NoArg));
                self.load_const(ConstValue::None);
                self.emit_send_loop();
            }
            ExprKind::Await { value } => {
                self.compile_expr(value)?;
                self.emit_await(0);
            }
            ExprKind::GeneratorExp(comp) => self.compile_generator_expression(expr, comp)?,
            ExprKind::JoinedStr { values } => self.compile_fstring(values)?,
            ExprKind::FormattedValue { .. } => self.compile_formatted(expr)?,
            ExprKind::Lambda { args, body } => {
                let scope = self
                    .table
                    .scope_of_expr(expr)
                    .ok_or_else(|| unsupported("this lambda", expr.range))?;
                let line = self.line_of(expr.range.start);
                self.compile_function(scope, "<lambda>", args, line, |c| {
                    c.compile_expr(body)?;
                    c.unit().emit(Instr::ReturnValue(NoArg));
                    Ok(())
                })?;
            }
            _ => return Err(unsupported("this expression", expr.range)),
        }
        Ok(())
    }

    fn compile_items(&mut self, elts: &[Expr]) -> CResult {
        for e in elts {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                return Err(unsupported("starred items", e.range));
            }
            self.compile_expr(e)?;
        }
        Ok(())
    }

    fn compile_constant(&mut self, value: &Constant, expr: &Expr) -> CResult {
        if let Constant::Int(Int::Small(i @ 0..=255)) = value {
            self.unit().emit(Instr::LoadSmallInt(SmallInt(*i as u32)));
            return Ok(());
        }
        let value = const_value(value).ok_or_else(|| unsupported("this constant", expr.range))?;
        self.load_const(value);
        Ok(())
    }

    /// Push a constant.
    pub(super) fn load_const(&mut self, value: ConstValue) {
        let idx = self.unit().add_const(value);
        self.unit().emit(Instr::LoadConst(idx));
    }

    /// Push the value of a name.
    pub(super) fn load_name(&mut self, id: &str) {
        let id = &*self.mangled(id);
        if self.load_class_scope_name(id) {
            return;
        }
        match self.name_op(id) {
            NameOp::Fast(i) => self.unit().emit(Instr::LoadFast(i)),
            NameOp::Deref(i) => self.unit().emit(Instr::LoadDeref(i)),
            NameOp::Global => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::LoadGlobal(GlobalArg(n.0 << 1)));
            }
            NameOp::Name if self.unit().inlined.depth > 0 && self.in_class_body() => {
                // An inlined comprehension in a class body cannot see
                // the class namespace.
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::LoadGlobal(GlobalArg(n.0 << 1)));
            }
            NameOp::Name => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::LoadName(n));
            }
        }
    }

    /// Names that read a class namespace first: a free variable in a class
    /// body (`LOAD_LOCALS`, `LOAD_FROM_DICT_OR_DEREF`), and free or global
    /// names in annotation and type-parameter scopes inside a class (the
    /// `__classdict__` cell, then `LOAD_FROM_DICT_OR_*`). Returns whether
    /// it emitted the load.
    fn load_class_scope_name(&mut self, id: &str) -> bool {
        if matches!(
            id,
            "__class__" | "__classdict__" | "__conditional_annotations__"
        ) {
            return false;
        }
        let unit = &self.units[self.units.len() - 1];
        let scope = self.table.scope(unit.scope);
        let in_class = scope.kind == crate::symtable::ScopeKind::Class;
        let sees_class = scope.can_see_class_scope;
        if !(sees_class || in_class && unit.inlined.depth == 0) {
            return false;
        }
        let implicit_global =
            scope.scope_of(id) == Some(crate::symtable::SymbolScope::GlobalImplicit);
        let op = self.name_op(id);
        if !(matches!(op, NameOp::Deref(_)) || sees_class && implicit_global) {
            return false;
        }
        if in_class {
            self.unit().emit(Instr::LoadLocals(NoArg));
        } else {
            match self.name_op("__classdict__") {
                NameOp::Deref(slot) => self.unit().emit(Instr::LoadDeref(slot)),
                _ => return false,
            }
        }
        match op {
            NameOp::Deref(slot) => self.unit().emit(Instr::LoadFromDictOrDeref(slot)),
            _ => {
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::LoadFromDictOrGlobals(n));
            }
        }
        true
    }

    /// Push the bounds of a two-part slice `a[x:y]` (missing ones as
    /// `None`) for `BINARY_SLICE`/`STORE_SLICE`, as CPython 3.14 compiles
    /// it; returns `false`, pushing nothing, for any other subscript.
    pub(super) fn compile_slice_bounds(&mut self, slice: &Expr) -> CResult<bool> {
        let ExprKind::Slice {
            lower,
            upper,
            step: None,
        } = &slice.kind
        else {
            return Ok(false);
        };
        for part in [lower, upper] {
            match part {
                Some(e) => self.compile_expr(e)?,
                None => self.load_const(ConstValue::None),
            }
        }
        Ok(true)
    }

    fn compile_bool_op(&mut self, op: BoolOp, values: &[Expr]) -> CResult {
        let end = self.unit().new_label();
        for (i, value) in values.iter().enumerate() {
            self.compile_expr(value)?;
            if i + 1 < values.len() {
                self.unit().emit(Instr::Copy(Count(1)));
                self.unit().emit(Instr::ToBool(NoArg));
                match op {
                    BoolOp::And => self.unit().emit(Instr::PopJumpIfFalse(end)),
                    BoolOp::Or => self.unit().emit(Instr::PopJumpIfTrue(end)),
                }
                self.unit().emit(Instr::PopTop(NoArg));
            }
        }
        self.unit().bind(end);
        Ok(())
    }

    /// Emit the instruction for one comparison operator.
    pub(super) fn emit_compare(&mut self, op: CmpOp) {
        let instr = match op {
            CmpOp::Eq => Instr::CompareOp(CompareOpArg::new(CompareOpArg::EQ, false)),
            CmpOp::NotEq => Instr::CompareOp(CompareOpArg::new(CompareOpArg::NE, false)),
            CmpOp::Lt => Instr::CompareOp(CompareOpArg::new(CompareOpArg::LT, false)),
            CmpOp::LtE => Instr::CompareOp(CompareOpArg::new(CompareOpArg::LE, false)),
            CmpOp::Gt => Instr::CompareOp(CompareOpArg::new(CompareOpArg::GT, false)),
            CmpOp::GtE => Instr::CompareOp(CompareOpArg::new(CompareOpArg::GE, false)),
            CmpOp::Is => Instr::IsOp(Invert(0)),
            CmpOp::IsNot => Instr::IsOp(Invert(1)),
            CmpOp::In => Instr::ContainsOp(Invert(0)),
            CmpOp::NotIn => Instr::ContainsOp(Invert(1)),
        };
        self.unit().emit(instr);
    }

    /// The right operand of a comparison (a constant list or set after
    /// `in` is folded to a tuple or frozenset).
    pub(super) fn compile_comparator(&mut self, op: CmpOp, right: &Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.compile_iterated(right)
        } else {
            self.compile_expr(right)
        }
    }

    fn compile_compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> CResult {
        self.compile_expr(left)?;
        let cleanup = self.unit().new_label();
        let last = ops.len() - 1;
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.compile_comparator(*op, right)?;
            if i < last {
                self.unit().emit(Instr::Swap(Count(2)));
                self.unit().emit(Instr::Copy(Count(2)));
                self.emit_compare(*op);
                self.unit().emit(Instr::Copy(Count(1)));
                self.unit().emit(Instr::ToBool(NoArg));
                self.unit().emit(Instr::PopJumpIfFalse(cleanup));
                self.unit().emit(Instr::PopTop(NoArg));
            } else {
                self.emit_compare(*op);
            }
        }
        if last > 0 {
            let end = self.unit().new_label();
            self.emit_no_location(Instr::JumpForward(end));
            self.unit().bind(cleanup);
            self.unit().emit(Instr::Swap(Count(2)));
            self.unit().emit(Instr::PopTop(NoArg));
            self.unit().bind(end);
        }
        Ok(())
    }

    /// CPython's `update_start_location_to_match_attr`: an instruction for
    /// `attr` of `attr_expr` over `range` starts at the attribute name when
    /// the expression starts on another line.
    pub(super) fn attr_range(&self, range: TextRange, attr_expr: &Expr, attr: &str) -> TextRange {
        let end = attr_expr.range.end;
        if self.line_of(range.start) == self.line_of(end) {
            return range;
        }
        let start = end.saturating_sub(attr.len() as u32).max(range.start);
        TextRange {
            start,
            end: range.end.max(start),
        }
    }

    fn compile_call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult {
        match &func.kind {
            ExprKind::Name { id, .. } if matches!(self.name_op(id), NameOp::Global) => {
                let old = self.set_range(func.range);
                let id = &*self.mangled(id);
                let n = self.unit().add_name(id);
                self.unit().emit(Instr::LoadGlobal(GlobalArg(n.0 << 1 | 1)));
                self.set_range(old);
            }
            ExprKind::Attribute { value, attr, .. } if self.is_zero_arg_super(value) => {
                let old = self.set_range(func.range);
                self.compile_super_attr(value, attr, true);
                self.set_range(old);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let old = self.set_range(self.attr_range(func.range, func, attr));
                let n = self.add_attr_name(attr);
                self.unit().emit(Instr::LoadAttr(AttrArg(n.0 << 1 | 1)));
                self.set_range(old);
            }
            _ => {
                self.compile_expr(func)?;
                self.unit().emit(Instr::PushNull(NoArg));
            }
        }
        if has_starred(args) || keywords.iter().any(|k| k.arg.is_none()) {
            return self.compile_call_ex(args, keywords);
        }
        self.compile_items(args)?;
        let mut names = Vec::new();
        for kw in keywords {
            let Some(name) = &kw.arg else {
                return Err(unsupported("** arguments", kw.range));
            };
            self.compile_expr(&kw.value)?;
            names.push(ConstValue::Str(name.as_str().into()));
        }
        let total = (args.len() + keywords.len()) as u32;
        let call_range = self.unit().range;
        let old = match &func.kind {
            ExprKind::Attribute { attr, .. } => {
                self.set_range(self.attr_range(call_range, func, attr))
            }
            _ => call_range,
        };
        let result = self.emit_call(names, total);
        self.set_range(old);
        result
    }

    /// `CALL n` or, with keyword names, `CALL_KW n`.
    fn emit_call(&mut self, names: Vec<ConstValue>, total: u32) -> CResult {
        if names.is_empty() {
            self.unit().emit(Instr::Call(Count(total)));
        } else {
            self.load_const(ConstValue::Tuple(names));
            self.unit().emit(Instr::CallKw(Count(total)));
        }
        Ok(())
    }

    /// A dict display, as CPython's `codegen_dict`: runs of `key: value`
    /// pairs become dicts, merged in order with each `**mapping`.
    fn compile_dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> CResult {
        let mut have_dict = false;
        let mut run = 0;
        for (i, (k, v)) in keys.iter().zip(values).enumerate() {
            if k.is_some() {
                if run * 2 > STACK_USE_GUIDELINE {
                    self.compile_subdict(&keys[i - run..=i], &values[i - run..=i])?;
                    self.dict_update_if(have_dict);
                    have_dict = true;
                    run = 0;
                } else {
                    run += 1;
                }
                continue;
            }
            if run > 0 {
                self.compile_subdict(&keys[i - run..i], &values[i - run..i])?;
                self.dict_update_if(have_dict);
                have_dict = true;
                run = 0;
            }
            if !have_dict {
                self.unit().emit(Instr::BuildMap(Count(0)));
                have_dict = true;
            }
            self.compile_expr(v)?;
            self.unit().emit(Instr::DictUpdate(Count(1)));
        }
        if run > 0 {
            let n = keys.len();
            self.compile_subdict(&keys[n - run..], &values[n - run..])?;
            self.dict_update_if(have_dict);
            have_dict = true;
        }
        if !have_dict {
            self.unit().emit(Instr::BuildMap(Count(0)));
        }
        Ok(())
    }

    /// `DICT_UPDATE 1` when a dict was built before this part.
    fn dict_update_if(&mut self, have_dict: bool) {
        if have_dict {
            self.unit().emit(Instr::DictUpdate(Count(1)));
        }
    }

    /// `key: value` pairs as one dict (a long run built with `MAP_ADD`).
    fn compile_subdict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> CResult {
        let big = keys.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.unit().emit(Instr::BuildMap(Count(0)));
        }
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.compile_expr(k)?;
            }
            self.compile_expr(v)?;
            if big {
                self.unit().emit(Instr::MapAdd(Count(1)));
            }
        }
        if !big {
            self.unit().emit(Instr::BuildMap(Count(keys.len() as u32)));
        }
        Ok(())
    }

    /// A list built from items some of which are `*starred`.
    fn compile_starred_list(&mut self, elts: &[Expr]) -> CResult {
        self.compile_starunpack(elts, Instr::BuildList, Instr::ListAppend, Instr::ListExtend)
    }

    /// A display with `*starred` items, as CPython's `starunpack_helper`:
    /// the items before the first star are built into the container,
    /// then each star extends it and each other item is added.
    fn compile_starunpack(
        &mut self,
        elts: &[Expr],
        build: fn(Count) -> Instr,
        add: fn(Count) -> Instr,
        extend: fn(Count) -> Instr,
    ) -> CResult {
        let mut built = false;
        for (i, e) in elts.iter().enumerate() {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    if !built {
                        self.unit().emit(build(Count(i as u32)));
                        built = true;
                    }
                    self.compile_expr(value)?;
                    self.unit().emit(extend(Count(1)));
                }
                _ => {
                    self.compile_expr(e)?;
                    if built {
                        self.unit().emit(add(Count(1)));
                    }
                }
            }
        }
        if !built {
            self.unit().emit(build(Count(elts.len() as u32)));
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: `CALL_FUNCTION_EX` on a tuple
    /// of positional arguments and a dict of keyword arguments.
    fn compile_call_ex(&mut self, args: &[Expr], keywords: &[Keyword]) -> CResult {
        match args {
            // `f(*args)` passes the iterable itself.
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] => self.compile_expr(value)?,
            _ if !has_starred(args) => {
                self.compile_items(args)?;
                self.unit()
                    .emit(Instr::BuildTuple(Count(args.len() as u32)));
            }
            _ => {
                self.compile_starred_list(args)?;
                // INTRINSIC_LIST_TO_TUPLE
                self.unit().emit(Instr::CallIntrinsic1(Count(6)));
            }
        }
        if keywords.is_empty() {
            self.unit().emit(Instr::PushNull(NoArg));
        } else {
            self.compile_call_kwargs(keywords)?;
        }
        self.unit().emit(Instr::CallFunctionEx(NoArg));
        Ok(())
    }

    /// The keyword arguments of a `CALL_FUNCTION_EX` as one dict: runs of
    /// `name=value` become a `BUILD_MAP`, merged with each `**mapping`.
    fn compile_call_kwargs(&mut self, keywords: &[Keyword]) -> CResult {
        let mut have_dict = false;
        let mut run = 0;
        for (i, kw) in keywords.iter().enumerate() {
            if kw.arg.is_some() {
                run += 1;
                continue;
            }
            if run > 0 {
                self.compile_kwargs_run(&keywords[i - run..i])?;
                if have_dict {
                    self.unit().emit(Instr::DictMerge(Count(1)));
                }
                have_dict = true;
                run = 0;
            }
            if !have_dict {
                self.unit().emit(Instr::BuildMap(Count(0)));
                have_dict = true;
            }
            self.compile_expr(&kw.value)?;
            self.unit().emit(Instr::DictMerge(Count(1)));
        }
        if run > 0 {
            self.compile_kwargs_run(&keywords[keywords.len() - run..])?;
            if have_dict {
                self.unit().emit(Instr::DictMerge(Count(1)));
            }
        }
        Ok(())
    }

    /// `name=value` keywords as a dict (CPython's `codegen_subkwargs`: a
    /// long run is built with `MAP_ADD` to keep the stack shallow).
    fn compile_kwargs_run(&mut self, keywords: &[Keyword]) -> CResult {
        let big = keywords.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.unit().emit(Instr::BuildMap(Count(0)));
        }
        for kw in keywords {
            let name = kw.arg.as_deref().unwrap_or_default();
            self.load_const(ConstValue::Str(name.into()));
            self.compile_expr(&kw.value)?;
            if big {
                self.unit().emit(Instr::MapAdd(Count(1)));
            }
        }
        if !big {
            self.unit()
                .emit(Instr::BuildMap(Count(keywords.len() as u32)));
        }
        Ok(())
    }

    fn compile_fstring(&mut self, values: &[Expr]) -> CResult {
        for v in values {
            self.compile_expr(v)?;
        }
        if values.len() != 1 || !matches!(values[0].kind, ExprKind::FormattedValue { .. }) {
            if values.is_empty() {
                self.load_const(ConstValue::Str("".into()));
            } else if values.len() > 1 {
                self.unit()
                    .emit(Instr::BuildString(Count(values.len() as u32)));
            }
        }
        Ok(())
    }

    fn compile_formatted(&mut self, expr: &Expr) -> CResult {
        let ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } = &expr.kind
        else {
            return Ok(());
        };
        self.compile_expr(value)?;
        let conv = match u8::try_from(*conversion).ok() {
            Some(b's') => 1,
            Some(b'r') => 2,
            Some(b'a') => 3,
            _ => 0,
        };
        if conv != 0 {
            self.unit().emit(Instr::ConvertValue(Conversion(conv)));
        }
        match format_spec {
            Some(spec) => {
                self.compile_expr(spec)?;
                self.unit().emit(Instr::FormatWithSpec(NoArg));
            }
            None => self.unit().emit(Instr::FormatSimple(NoArg)),
        }
        Ok(())
    }
}

impl Compiler {
    /// The `SEND` loop of `yield from` and `await`, with the sub-iterator
    /// and the first value to send on the stack; leaves the result.
    pub(super) fn emit_send_loop(&mut self) {
        let send = self.unit().new_label();
        let exit = self.unit().new_label();
        self.unit().bind(send);
        self.unit().emit(Instr::Send(exit));
        self.unit().emit(Instr::YieldValue(Count(1)));
        self.unit().emit(Instr::Resume(Count(2)));
        self.unit().emit(Instr::JumpBackwardNoInterrupt(send));
        self.unit().bind(exit);
        self.unit().emit(Instr::EndSend(NoArg));
    }
}
