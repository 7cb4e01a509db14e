//! Pass 1: walk the AST, open a block at each scope-making node, and record
//! the raw facts about each name (see the essay in the module above). This
//! file holds the block bookkeeping and the statements; expressions,
//! comprehensions, annotations and type parameters are in `visit.rs`.

use std::collections::{HashMap, HashSet};

use taipan_ast::{Alias, ExprContext, ExprKind, Mod, Stmt, StmtKind};
use taipan_source::{LineIndex, TextRange};

use super::{
    mangle, FutureFeatures, Scope, ScopeId, ScopeKey, ScopeKind, Symbol, SymbolFlags as F,
    SymbolMap, SymbolTable, SymtableError, SymtableErrorKind as K,
};

/// Deepest AST nesting the walk accepts before giving up (CPython raises
/// `RecursionError` at its own limit).
const MAX_DEPTH: u32 = 1000;

/// Result of a pass-1 step.
pub(crate) type Visit = Result<(), SymtableError>;

/// Pass-1 state of one block that the finished table does not keep.
#[derive(Clone, Debug, Default)]
pub(crate) struct BuildState {
    /// Visiting a comprehension's iteration target.
    pub(crate) comp_iter_target: bool,
    /// Depth of comprehension iterables being visited (no walrus there).
    pub(crate) comp_iter_expr: u32,
    /// Inside `if`/`for`/`while`/`try`/`with`/`match` (for annotations).
    pub(crate) in_conditional_block: bool,
    /// Visiting a function-local annotation, which is never evaluated.
    pub(crate) in_unevaluated_annotation: bool,
    /// The type-parameters block whose set limits mangling here.
    pub(crate) mangled_owner: Option<ScopeId>,
    /// The names that are mangled (type parameters of a generic class).
    pub(crate) mangled_names: HashSet<String>,
    /// What a type variable block holds ("a TypeVar bound", ...).
    pub(crate) scope_info: Option<&'static str>,
}

/// The pass-1 walker.
pub(crate) struct Builder<'src> {
    pub(crate) scopes: Vec<Scope>,
    pub(crate) state: Vec<BuildState>,
    pub(crate) directives: Vec<Vec<(String, TextRange)>>,
    pub(crate) keys: HashMap<ScopeKey, ScopeId>,
    pub(crate) stack: Vec<ScopeId>,
    /// The class name used for mangling, if inside a class.
    pub(crate) private: Option<String>,
    pub(crate) future: FutureFeatures,
    pub(crate) lines: LineIndex,
    depth: u32,
    _source: std::marker::PhantomData<&'src str>,
}

impl<'src> Builder<'src> {
    /// A walker over a module of `source` with its future features.
    pub(crate) fn new(source: &'src str, future: FutureFeatures) -> Self {
        Self {
            scopes: Vec::new(),
            state: Vec::new(),
            directives: Vec::new(),
            keys: HashMap::new(),
            stack: Vec::new(),
            private: None,
            future,
            lines: LineIndex::new(source),
            depth: 0,
            _source: std::marker::PhantomData,
        }
    }

    /// Run pass 1 over `module`; pass 2 has not run on the result.
    pub(crate) fn build(mut self, module: &Mod) -> Result<SymbolTable, SymtableError> {
        let top = self.new_scope("top", ScopeKind::Module, None, TextRange::default());
        self.enter_existing(top, true);
        match module {
            Mod::Module { body, .. } => {
                self.scopes[0].has_docstring = has_docstring(body);
                self.visit_body(body)?;
            }
            Mod::Interactive { body } => self.visit_body(body)?,
            Mod::Expression { body } => self.visit_expr(body)?,
            Mod::FunctionType { .. } => {}
        }
        self.exit_block();
        for (i, state) in self.state.iter().enumerate() {
            if let Some(owner) = state.mangled_owner {
                let names = self.state[owner.index()].mangled_names.clone();
                self.scopes[i].mangle_only = Some(names);
            }
        }
        Ok(SymbolTable {
            scopes: self.scopes,
            keys: self.keys,
            future: self.future,
            directives: self.directives,
        })
    }

    // ---- blocks ----

    /// The block being visited.
    pub(crate) fn cur(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(ScopeId(0))
    }

    pub(crate) fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id.index()]
    }

    pub(crate) fn cur_state(&mut self) -> &mut BuildState {
        let id = self.cur();
        &mut self.state[id.index()]
    }

    pub(crate) fn kind(&self, id: ScopeId) -> ScopeKind {
        self.scopes[id.index()].kind
    }

    /// Create a block (CPython's `ste_new`) without entering it.
    pub(crate) fn new_scope(
        &mut self,
        name: &str,
        kind: ScopeKind,
        key: Option<ScopeKey>,
        range: TextRange,
    ) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        let parent = self.stack.last().copied();
        let (nested, method) = match parent {
            Some(p) => {
                let p = &self.scopes[p.index()];
                (
                    p.nested || p.kind.is_function_like(),
                    p.kind == ScopeKind::Class && kind == ScopeKind::Function,
                )
            }
            None => (false, false),
        };
        self.scopes.push(Scope {
            id,
            kind,
            name: name.to_owned(),
            range,
            parent,
            children: Vec::new(),
            symbols: SymbolMap::default(),
            varnames: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            can_see_class_scope: false,
            has_conditional_annotations: false,
            has_docstring: false,
            method,
            private: self.private.clone(),
            mangle_only: None,
            annotations_used: false,
            annotation_block: None,
        });
        self.state.push(BuildState::default());
        self.directives.push(Vec::new());
        if let Some(key) = key {
            self.keys.entry(key).or_insert(id);
        }
        id
    }

    /// Push `id` on the block stack; `add_child` lists it among the current
    /// block's children (not when re-entering an annotation block).
    pub(crate) fn enter_existing(&mut self, id: ScopeId, add_child: bool) {
        let prev = self.stack.last().copied();
        self.stack.push(id);
        if let Some(prev) = prev {
            let inherited = self.state[prev.index()].comp_iter_expr;
            self.state[id.index()].comp_iter_expr = inherited;
            let owner = self.state[prev.index()].mangled_owner;
            if owner.is_some() && self.kind(id) != ScopeKind::Class {
                self.state[id.index()].mangled_owner = owner;
            }
        }
        // Under `from __future__ import annotations`, annotations become
        // strings: their blocks are walked but belong to no parent.
        if self.future.annotations && self.kind(id) == ScopeKind::Annotation {
            return;
        }
        if let (Some(prev), true) = (prev, add_child) {
            self.scopes[prev.index()].children.push(id);
        }
    }

    /// Create and enter a block; lazily evaluated blocks get the implicit
    /// `.format` parameter.
    pub(crate) fn enter_block(
        &mut self,
        name: &str,
        kind: ScopeKind,
        key: Option<ScopeKey>,
        range: TextRange,
    ) -> Result<ScopeId, SymtableError> {
        let id = self.new_scope(name, kind, key, range);
        self.enter_existing(id, true);
        if matches!(
            kind,
            ScopeKind::Annotation | ScopeKind::TypeVariable | ScopeKind::TypeAlias
        ) {
            self.add_def(".format", F::DEF_PARAM, range)?;
            self.add_def(".format", F::USE, range)?;
        }
        Ok(id)
    }

    pub(crate) fn exit_block(&mut self) {
        self.stack.pop();
    }

    // ---- names ----

    /// `name` as block `id` stores it (CPython's `_Py_MaybeMangle`).
    pub(crate) fn maybe_mangle(&self, id: ScopeId, name: &str) -> String {
        if let Some(owner) = self.state[id.index()].mangled_owner {
            if !self.state[owner.index()].mangled_names.contains(name) {
                return name.to_owned();
            }
        }
        mangle(self.private.as_deref(), name)
    }

    /// The flags of `name` in block `id` (0 if absent).
    pub(crate) fn lookup_in(&self, id: ScopeId, name: &str) -> F {
        let mangled = self.maybe_mangle(id, name);
        self.scopes[id.index()]
            .symbols
            .get(&mangled)
            .map_or(F::empty(), |s| s.flags)
    }

    pub(crate) fn lookup(&self, name: &str) -> F {
        self.lookup_in(self.cur(), name)
    }

    /// Record `flag` for `name` in block `target` (mangled as the current
    /// block mangles).
    pub(crate) fn add_def_in(
        &mut self,
        name: &str,
        flag: F,
        target: ScopeId,
        range: TextRange,
    ) -> Visit {
        let mangled = self.maybe_mangle(self.cur(), name);
        let scope = &mut self.scopes[target.index()];
        let mut val = match scope.symbols.get(&mangled) {
            Some(old) => {
                if flag.intersects(F::DEF_PARAM) && old.flags.intersects(F::DEF_PARAM) {
                    return Err(err(K::DuplicateArgument(name.to_owned()), range));
                }
                if flag.intersects(F::DEF_TYPE_PARAM) && old.flags.intersects(F::DEF_TYPE_PARAM) {
                    return Err(err(K::DuplicateTypeParam(name.to_owned()), range));
                }
                old.flags | flag
            }
            None => flag,
        };
        if self.state[target.index()].comp_iter_target {
            if val.intersects(F::DEF_GLOBAL | F::DEF_NONLOCAL) {
                let kind = K::NamedExprCompInnerLoopConflict(name.to_owned());
                return Err(err(kind, range));
            }
            val |= F::DEF_COMP_ITER;
        }
        let symbol = Symbol {
            flags: val,
            scope: None,
        };
        scope.symbols.insert(&mangled, symbol);
        if flag.intersects(F::DEF_PARAM) {
            scope.varnames.push(mangled);
        } else if flag.intersects(F::DEF_GLOBAL) {
            // A global declaration anywhere is also recorded in the module.
            let module = &mut self.scopes[0].symbols;
            let flags = module.get(&mangled).map_or(F::empty(), |s| s.flags) | flag;
            module.insert(&mangled, Symbol { flags, scope: None });
        }
        Ok(())
    }

    /// Record `flag` for `name` in the current block; bindings of
    /// `__debug__` are refused.
    pub(crate) fn add_def_ctx(
        &mut self,
        name: &str,
        flag: F,
        range: TextRange,
        ctx: ExprContext,
    ) -> Visit {
        if flag.intersects(F::DEF_PARAM | F::DEF_LOCAL | F::DEF_IMPORT) {
            check_name(name, range, ctx)?;
        }
        if flag.intersects(F::DEF_TYPE_PARAM) {
            if let Some(owner) = self.cur_state().mangled_owner {
                self.state[owner.index()]
                    .mangled_names
                    .insert(name.to_owned());
            }
        }
        self.add_def_in(name, flag, self.cur(), range)
    }

    pub(crate) fn add_def(&mut self, name: &str, flag: F, range: TextRange) -> Visit {
        let ctx = if flag == F::USE {
            ExprContext::Load
        } else {
            ExprContext::Store
        };
        self.add_def_ctx(name, flag, range, ctx)
    }

    /// Remember where a `global`/`nonlocal` (or walrus) declared `name`,
    /// for pass 2's errors.
    pub(crate) fn record_directive(&mut self, name: &str, range: TextRange) {
        let cur = self.cur();
        let mangled = self.maybe_mangle(cur, name);
        self.directives[cur.index()].push((mangled, range));
    }

    /// Count one level of AST nesting.
    pub(crate) fn enter_recursive(&mut self, range: TextRange) -> Visit {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err(K::RecursionLimit, range));
        }
        Ok(())
    }

    pub(crate) fn leave_recursive(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ---- statements ----

    pub(crate) fn visit_body(&mut self, body: &[Stmt]) -> Visit {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// Visit `body` as a conditional block (for annotations' sake).
    fn visit_conditional(&mut self, bodies: &[&[Stmt]]) -> Visit {
        let saved = self.cur_state().in_conditional_block;
        self.cur_state().in_conditional_block = true;
        let result = bodies.iter().try_for_each(|b| self.visit_body(b));
        self.cur_state().in_conditional_block = saved;
        result
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Visit {
        self.enter_recursive(s.range)?;
        self.visit_stmt_kind(s)?;
        self.leave_recursive();
        Ok(())
    }

    fn visit_stmt_kind(&mut self, s: &Stmt) -> Visit {
        match &s.kind {
            StmtKind::FunctionDef(def) => self.visit_function_def(s, def, false),
            StmtKind::AsyncFunctionDef(def) => self.visit_function_def(s, def, true),
            StmtKind::ClassDef(class) => self.visit_class_def(s, class),
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => self.visit_type_alias(s, name, type_params, value),
            StmtKind::Return { value } => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                    self.cur_scope().returns_value = true;
                }
                Ok(())
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(s, target, annotation, value.as_deref(), *simple),
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)
            }
            StmtKind::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_conditional(&[&f.body, &f.orelse])
            }
            StmtKind::AsyncFor(f) => {
                self.require_coroutine(K::AsyncForOutsideAsyncFunction, s.range)?;
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_conditional(&[&f.body, &f.orelse])
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_conditional(&[body, orelse])
            }
            StmtKind::With(w) => self.visit_with(w),
            StmtKind::AsyncWith(w) => {
                self.require_coroutine(K::AsyncWithOutsideAsyncFunction, s.range)?;
                self.visit_with(w)
            }
            StmtKind::Match { subject, cases } => self.visit_match(subject, cases),
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                    }
                }
                Ok(())
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => self.visit_try(t),
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                msg.as_deref().map_or(Ok(()), |m| self.visit_expr(m))
            }
            StmtKind::Import { names } => names.iter().try_for_each(|a| self.visit_alias(a)),
            StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a))?;
                self.check_import_from(s)
            }
            StmtKind::Global { names } => self.visit_declaration(s, names, true),
            StmtKind::Nonlocal { names } => self.visit_declaration(s, names, false),
            StmtKind::Expr { value } => self.visit_expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn visit_match(
        &mut self,
        subject: &taipan_ast::Expr,
        cases: &[taipan_ast::MatchCase],
    ) -> Visit {
        self.visit_expr(subject)?;
        let saved = self.cur_state().in_conditional_block;
        self.cur_state().in_conditional_block = true;
        let result = cases.iter().try_for_each(|case| {
            self.visit_pattern(&case.pattern)?;
            if let Some(guard) = &case.guard {
                self.visit_expr(guard)?;
            }
            self.visit_body(&case.body)
        });
        self.cur_state().in_conditional_block = saved;
        result
    }

    fn visit_with(&mut self, w: &taipan_ast::With) -> Visit {
        let saved = self.cur_state().in_conditional_block;
        self.cur_state().in_conditional_block = true;
        let result = (|| {
            for item in &w.items {
                self.visit_expr(&item.context_expr)?;
                if let Some(vars) = &item.optional_vars {
                    self.visit_expr(vars)?;
                }
            }
            self.visit_body(&w.body)
        })();
        self.cur_state().in_conditional_block = saved;
        result
    }

    fn visit_try(&mut self, t: &taipan_ast::Try) -> Visit {
        let saved = self.cur_state().in_conditional_block;
        self.cur_state().in_conditional_block = true;
        let result = (|| {
            self.visit_body(&t.body)?;
            for handler in &t.handlers {
                if let Some(type_) = &handler.type_ {
                    self.visit_expr(type_)?;
                }
                if let Some(name) = &handler.name {
                    self.add_def(name, F::DEF_LOCAL, handler.range)?;
                }
                self.visit_body(&handler.body)?;
            }
            self.visit_body(&t.orelse)?;
            self.visit_body(&t.finalbody)
        })();
        self.cur_state().in_conditional_block = saved;
        result
    }

    /// `async for`/`async with` need an enclosing `async def`.
    fn require_coroutine(&mut self, kind: K, range: TextRange) -> Visit {
        if self.cur_scope().coroutine {
            Ok(())
        } else {
            Err(err(kind, range))
        }
    }

    /// `global` (`is_global`) or `nonlocal` names.
    fn visit_declaration(&mut self, s: &Stmt, names: &[String], is_global: bool) -> Visit {
        for name in names {
            let cur = self.lookup(name);
            if cur.intersects(F::DEF_PARAM | F::DEF_LOCAL | F::USE | F::DEF_ANNOT) {
                let name = name.clone();
                let kind = match (is_global, cur) {
                    (true, c) if c.intersects(F::DEF_PARAM) => K::GlobalParam(name),
                    (true, c) if c.intersects(F::USE) => K::GlobalAfterUse(name),
                    (true, c) if c.intersects(F::DEF_ANNOT) => K::GlobalAnnot(name),
                    (true, _) => K::GlobalAfterAssign(name),
                    (false, c) if c.intersects(F::DEF_PARAM) => K::NonlocalParam(name),
                    (false, c) if c.intersects(F::USE) => K::NonlocalAfterUse(name),
                    (false, c) if c.intersects(F::DEF_ANNOT) => K::NonlocalAnnot(name),
                    (false, _) => K::NonlocalAfterAssign(name),
                };
                return Err(err(kind, s.range));
            }
            let flag = if is_global {
                F::DEF_GLOBAL
            } else {
                F::DEF_NONLOCAL
            };
            self.add_def(name, flag, s.range)?;
            self.record_directive(name, s.range);
        }
        Ok(())
    }

    /// An import binds the first part of a dotted name (or the alias).
    fn visit_alias(&mut self, a: &Alias) -> Visit {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.cur_scope().kind != ScopeKind::Module {
                return Err(err(K::ImportStarNotAtModuleLevel, a.range));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, F::DEF_IMPORT, a.range)
    }

    /// A `from __future__` import after the leading run of them.
    fn check_import_from(&mut self, s: &Stmt) -> Visit {
        if !super::future::is_future_import(s) {
            return Ok(());
        }
        let start = self.lines.line_col(s.range.start);
        let late = match self.future.location {
            None => true,
            Some(fut) => {
                let fut_start = self.lines.line_col(fut.start);
                let fut_end = self.lines.line_col(fut.end);
                start.line > fut_start.line
                    || (start.line == fut_end.line && start.col > fut_end.col)
            }
        };
        if late {
            return Err(err(K::FutureImportNotFirst, s.range));
        }
        Ok(())
    }

    fn visit_ann_assign(
        &mut self,
        s: &Stmt,
        target: &taipan_ast::Expr,
        annotation: &taipan_ast::Expr,
        value: Option<&taipan_ast::Expr>,
        simple: bool,
    ) -> Visit {
        self.cur_scope().annotations_used = true;
        if let ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            if cur.intersects(F::DEF_GLOBAL | F::DEF_NONLOCAL) && self.cur().index() != 0 && simple
            {
                let kind = if cur.intersects(F::DEF_GLOBAL) {
                    K::GlobalAnnot(id.clone())
                } else {
                    K::NonlocalAnnot(id.clone())
                };
                return Err(err(kind, s.range));
            }
            if simple {
                self.add_def(id, F::DEF_ANNOT | F::DEF_LOCAL, target.range)?;
            } else if value.is_some() {
                self.add_def(id, F::DEF_LOCAL, target.range)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        self.visit_variable_annotation(annotation)?;
        value.map_or(Ok(()), |v| self.visit_expr(v))
    }
}

/// Whether a body starts with a docstring (CPython's `_PyAST_GetDocString`).
pub(crate) fn has_docstring(body: &[Stmt]) -> bool {
    matches!(
        body.first().map(|s| &s.kind),
        Some(StmtKind::Expr { value }) if matches!(
            &value.kind,
            ExprKind::Constant { value: taipan_ast::Constant::Str(_), .. }
        )
    )
}

/// Refuse to bind or delete `__debug__`.
pub(crate) fn check_name(name: &str, range: TextRange, ctx: ExprContext) -> Visit {
    if name != "__debug__" {
        return Ok(());
    }
    match ctx {
        ExprContext::Store => Err(err(K::AssignToDebug, range)),
        ExprContext::Del => Err(err(K::DeleteDebug, range)),
        ExprContext::Load => Ok(()),
    }
}

/// An error of `kind` at `range`.
pub(crate) fn err(kind: K, range: TextRange) -> SymtableError {
    SymtableError::new(kind, range)
}
