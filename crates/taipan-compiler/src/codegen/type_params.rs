//! PEP 695 generics, compiled as CPython 3.14 does. A generic `def`,
//! `class` or `type` statement runs inside a hidden function (the
//! "type-parameters block", `<generic parameters of NAME>`) that binds
//! each parameter (`CALL_INTRINSIC_1 TYPEVAR`..., bounds, constraints and
//! defaults as lazily called functions), so the body closes over them;
//! the outer code calls that block at once. A generic function's
//! defaults are evaluated outside and passed in (`.defaults`,
//! `.kwdefaults`); a generic class gets `Generic[*params]` as an extra
//! base (`.generic_base`) and `__type_params__` in its namespace.

use taipan_ast::TypeParamKind;
use taipan_ast::{Arg, Arguments, ClassDef, Expr, ExprKind, FunctionDef, Stmt, TypeParam};
use taipan_bytecode::{ConstValue, Count, Instr, NoArg};

use super::{unsupported, CResult, Compiler};
use crate::symtable::ScopeId;

/// `CALL_INTRINSIC_1` operands.
const INTRINSIC_TYPEVAR: u32 = 7;
const INTRINSIC_PARAMSPEC: u32 = 8;
const INTRINSIC_TYPEVARTUPLE: u32 = 9;
const INTRINSIC_SUBSCRIPT_GENERIC: u32 = 10;
const INTRINSIC_TYPEALIAS: u32 = 11;
/// `CALL_INTRINSIC_2` operands.
const INTRINSIC_TYPEVAR_WITH_BOUND: u32 = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
const INTRINSIC_SET_FUNCTION_TYPE_PARAMS: u32 = 4;
const INTRINSIC_SET_TYPEPARAM_DEFAULT: u32 = 5;

/// Parameters named `names`, positional only in effect.
fn hidden_params(names: &[&str]) -> Arguments {
    Arguments {
        args: names
            .iter()
            .map(|n| Arg {
                arg: (*n).to_owned(),
                annotation: None,
                type_comment: None,
                range: Default::default(),
            })
            .collect(),
        ..Arguments::default()
    }
}

impl Compiler {
    /// The type-parameters block of `stmt`.
    fn type_params_block(&self, stmt: &Stmt) -> CResult<ScopeId> {
        self.table
            .type_params_scope(stmt)
            .ok_or_else(|| unsupported("these type parameters", stmt.range))
    }

    /// Bind each type parameter (in the type-parameters block) and leave
    /// their tuple on the stack.
    fn compile_type_params(&mut self, params: &[TypeParam]) -> CResult {
        for tp in params {
            let old = self.set_range(tp.range);
            let (name, default) = match &tp.kind {
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                } => {
                    self.load_const(ConstValue::Str(name.as_str().into()));
                    match bound {
                        Some(b) => {
                            let scope = self
                                .table
                                .bound_scope(tp)
                                .ok_or_else(|| unsupported("this bound", b.range))?;
                            self.compile_lazy(scope, name, b)?;
                            let which = if matches!(b.kind, ExprKind::Tuple { .. }) {
                                INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                            } else {
                                INTRINSIC_TYPEVAR_WITH_BOUND
                            };
                            self.unit().emit(Instr::CallIntrinsic2(Count(which)));
                        }
                        None => self
                            .unit()
                            .emit(Instr::CallIntrinsic1(Count(INTRINSIC_TYPEVAR))),
                    }
                    (name, default_value)
                }
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                } => {
                    self.load_const(ConstValue::Str(name.as_str().into()));
                    self.unit()
                        .emit(Instr::CallIntrinsic1(Count(INTRINSIC_PARAMSPEC)));
                    (name, default_value)
                }
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                } => {
                    self.load_const(ConstValue::Str(name.as_str().into()));
                    self.unit()
                        .emit(Instr::CallIntrinsic1(Count(INTRINSIC_TYPEVARTUPLE)));
                    (name, default_value)
                }
            };
            if let Some(d) = default {
                let scope = self
                    .table
                    .default_scope(tp)
                    .ok_or_else(|| unsupported("this default", d.range))?;
                self.compile_lazy(scope, name, d)?;
                self.unit().emit(Instr::CallIntrinsic2(Count(
                    INTRINSIC_SET_TYPEPARAM_DEFAULT,
                )));
            }
            self.unit().emit(Instr::Copy(Count(1)));
            self.store_name(name);
            self.set_range(old);
        }
        self.unit()
            .emit(Instr::BuildTuple(Count(params.len() as u32)));
        Ok(())
    }

    /// A function (block `scope`) returning `expr`, evaluated when asked.
    fn compile_lazy(&mut self, scope: ScopeId, name: &str, expr: &Expr) -> CResult {
        let line = self.line_of(expr.range.start);
        self.make_function(scope, name, &Arguments::default(), line, (false, 0), |c| {
            c.compile_expr(expr)?;
            c.unit().emit(Instr::ReturnValue(NoArg));
            Ok(())
        })
    }

    /// `def f[T](...)`.
    pub(super) fn compile_generic_function_def(
        &mut self,
        stmt: &Stmt,
        def: &FunctionDef,
    ) -> CResult {
        for d in &def.decorator_list {
            self.compile_expr(d)?;
            self.unit().emit(Instr::PushNull(NoArg));
        }
        let block = self.type_params_block(stmt)?;
        let scope = self
            .table
            .scope_of_stmt(stmt)
            .ok_or_else(|| unsupported("this function", stmt.range))?;
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.range.start, |d| d.range.start);
        let line = self.line_of(first_line);
        let (has_defaults, kwdefaults) = self.compile_defaults(&def.args)?;
        let mut names = Vec::new();
        if has_defaults {
            names.push(".defaults");
        }
        if kwdefaults > 0 {
            names.push(".kwdefaults");
        }
        let nargs = names.len() as u32;
        if nargs == 2 {
            self.unit().emit(Instr::Swap(Count(2)));
        }
        let block_name = format!("<generic parameters of {}>", def.name);
        let params = hidden_params(&names);
        self.make_function(block, &block_name, &params, line, (false, 0), |c| {
            c.set_range(stmt.range);
            c.compile_type_params(&def.type_params)?;
            for name in &names {
                c.load_name(name);
            }
            c.annotate_pending =
                c.compile_function_annotate(stmt, &def.args, def.returns.as_deref())?;
            let defaults = (has_defaults, kwdefaults);
            c.make_function(scope, &def.name, &def.args, line, defaults, |c| {
                c.compile_body(&def.body)
            })?;
            c.unit().emit(Instr::Swap(Count(2)));
            c.unit().emit(Instr::CallIntrinsic2(Count(
                INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
            )));
            c.unit().emit(Instr::ReturnValue(NoArg));
            Ok(())
        })?;
        self.call_block(nargs);
        for _ in &def.decorator_list {
            self.unit().emit(Instr::Call(Count(1)));
        }
        self.store_name(&def.name);
        Ok(())
    }

    /// Call the type-parameters block just made, with the `nargs` values
    /// below it as arguments (CPython's `SWAP`/`CALL` sequence).
    fn call_block(&mut self, nargs: u32) {
        if nargs > 0 {
            self.unit().emit(Instr::Swap(Count(nargs + 1)));
            self.unit().emit(Instr::Call(Count(nargs - 1)));
        } else {
            self.unit().emit(Instr::PushNull(NoArg));
            self.unit().emit(Instr::Call(Count(0)));
        }
    }

    /// `class C[T](...)`.
    pub(super) fn compile_generic_class_def(&mut self, stmt: &Stmt, def: &ClassDef) -> CResult {
        for d in &def.decorator_list {
            self.compile_expr(d)?;
            self.unit().emit(Instr::PushNull(NoArg));
        }
        let block = self.type_params_block(stmt)?;
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.range.start, |d| d.range.start);
        let line = self.line_of(first_line);
        let block_name = format!("<generic parameters of {}>", def.name);
        let params = Arguments::default();
        self.make_function(block, &block_name, &params, line, (false, 0), |c| {
            c.set_range(stmt.range);
            c.compile_type_params(&def.type_params)?;
            c.store_name(".type_params");
            c.compile_class_call(stmt, def, true)?;
            c.unit().emit(Instr::ReturnValue(NoArg));
            Ok(())
        })?;
        self.call_block(0);
        for _ in &def.decorator_list {
            self.unit().emit(Instr::Call(Count(1)));
        }
        self.store_name(&def.name);
        Ok(())
    }

    /// The extra base of a generic class: `Generic[*.type_params]`.
    pub(super) fn compile_generic_base(&mut self) {
        self.load_name(".type_params");
        self.unit()
            .emit(Instr::CallIntrinsic1(Count(INTRINSIC_SUBSCRIPT_GENERIC)));
        self.store_name(".generic_base");
        self.load_name(".generic_base");
    }

    /// `type NAME[params] = value`: a `TypeAliasType` whose value a
    /// function computes lazily (`CALL_INTRINSIC_1 TYPEALIAS` on `(name,
    /// type_params or None, function)`).
    pub(super) fn compile_type_alias(
        &mut self,
        stmt: &Stmt,
        name: &Expr,
        type_params: &[TypeParam],
        value: &Expr,
    ) -> CResult {
        let ExprKind::Name { id, .. } = &name.kind else {
            return Err(unsupported("this type alias", stmt.range));
        };
        let scope = self
            .table
            .scope_of_stmt(stmt)
            .ok_or_else(|| unsupported("this type alias", stmt.range))?;
        let line = self.line_of(stmt.range.start);
        let body = |c: &mut Compiler, generic: bool| -> CResult {
            c.load_const(ConstValue::Str(id.as_str().into()));
            if generic {
                c.compile_type_params(type_params)?;
            } else {
                c.load_const(ConstValue::None);
            }
            c.compile_lazy(scope, id, value)?;
            c.unit().emit(Instr::BuildTuple(Count(3)));
            c.unit()
                .emit(Instr::CallIntrinsic1(Count(INTRINSIC_TYPEALIAS)));
            Ok(())
        };
        if type_params.is_empty() {
            body(self, false)?;
        } else {
            let block = self.type_params_block(stmt)?;
            let block_name = format!("<generic parameters of {id}>");
            let params = Arguments::default();
            self.make_function(block, &block_name, &params, line, (false, 0), |c| {
                c.set_range(stmt.range);
                body(c, true)?;
                c.unit().emit(Instr::ReturnValue(NoArg));
                Ok(())
            })?;
            self.call_block(0);
        }
        self.store_name(id);
        Ok(())
    }
}
