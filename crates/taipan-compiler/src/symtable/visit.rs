//! Pass 1, continued: definitions, annotations, type parameters,
//! expressions, comprehensions and patterns (CPython's `symtable_visit_*`).

use taipan_ast::{
    Arguments, ClassDef, Comprehension, Expr, ExprContext, ExprKind, FunctionDef, Keyword, Pattern,
    PatternKind, Stmt, TypeParam, TypeParamKind,
};
use taipan_source::TextRange;

use super::builder::{check_name, err, has_docstring, Builder, Visit};
use super::{ComprehensionKind, ScopeKey, ScopeKind, SymbolFlags as F, SymtableErrorKind as K};

impl Builder<'_> {
    // ---- definitions ----

    /// `def`/`async def`: defaults and decorators outside, then the
    /// type-parameters block, the annotations block and the body.
    pub(crate) fn visit_function_def(
        &mut self,
        s: &Stmt,
        def: &FunctionDef,
        is_async: bool,
    ) -> Visit {
        self.add_def(&def.name, F::DEF_LOCAL, s.range)?;
        let args = &def.args;
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        self.visit_exprs(&def.decorator_list)?;
        let generic = !def.type_params.is_empty();
        if generic {
            let has_kwdefaults = args.kw_defaults.iter().any(Option::is_some);
            let key = ScopeKey::TypeParams(s.range);
            self.enter_type_param_block(&def.name, key, true, has_kwdefaults, false, s.range)?;
            def.type_params
                .iter()
                .try_for_each(|tp| self.visit_type_param(tp))?;
        }
        let key = Some(ScopeKey::Function(s.range));
        let func = self.new_scope(&def.name, ScopeKind::Function, key, s.range);
        self.scopes[func.index()].has_docstring = has_docstring(&def.body);
        self.visit_function_annotations(s, args, def.returns.as_deref())?;
        self.enter_existing(func, true);
        if is_async {
            self.cur_scope().coroutine = true;
        }
        self.visit_arguments(args)?;
        self.visit_body(&def.body)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    /// `class`: decorators, then the type-parameters block (bases and
    /// keywords are evaluated there), then the body.
    pub(crate) fn visit_class_def(&mut self, s: &Stmt, class: &ClassDef) -> Visit {
        self.add_def(&class.name, F::DEF_LOCAL, s.range)?;
        self.visit_exprs(&class.decorator_list)?;
        let saved_private = self.private.clone();
        let generic = !class.type_params.is_empty();
        if generic {
            let key = ScopeKey::TypeParams(s.range);
            self.enter_type_param_block(&class.name, key, false, false, true, s.range)?;
            self.private = Some(class.name.clone());
            self.cur_scope().private = self.private.clone();
            let cur = self.cur();
            self.cur_state().mangled_owner = Some(cur);
            class
                .type_params
                .iter()
                .try_for_each(|tp| self.visit_type_param(tp))?;
        }
        self.visit_exprs(&class.bases)?;
        self.visit_keywords(&class.keywords)?;
        let key = Some(ScopeKey::Class(s.range));
        self.enter_block(&class.name, ScopeKind::Class, key, s.range)?;
        self.private = Some(class.name.clone());
        self.cur_scope().private = self.private.clone();
        if generic {
            self.add_def("__type_params__", F::DEF_LOCAL, s.range)?;
            self.add_def(".type_params", F::USE, s.range)?;
        }
        self.cur_scope().has_docstring = has_docstring(&class.body);
        self.visit_body(&class.body)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        self.private = saved_private;
        Ok(())
    }

    /// `type X[T] = value`: the value is a lazily evaluated block.
    pub(crate) fn visit_type_alias(
        &mut self,
        s: &Stmt,
        name: &Expr,
        type_params: &[TypeParam],
        value: &Expr,
    ) -> Visit {
        self.visit_expr(name)?;
        let ExprKind::Name { id, .. } = &name.kind else {
            return Ok(());
        };
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        let generic = !type_params.is_empty();
        if generic {
            let key = ScopeKey::TypeParams(s.range);
            self.enter_type_param_block(id, key, false, false, false, s.range)?;
            type_params
                .iter()
                .try_for_each(|tp| self.visit_type_param(tp))?;
        }
        let key = Some(ScopeKey::TypeAlias(s.range));
        self.enter_block(id, ScopeKind::TypeAlias, key, s.range)?;
        self.cur_scope().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", F::USE, value.range)?;
        }
        self.visit_expr(value)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    /// Open the hidden block holding a generic's type parameters.
    fn enter_type_param_block(
        &mut self,
        name: &str,
        key: ScopeKey,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        range: TextRange,
    ) -> Visit {
        let outer = self.cur_scope().kind;
        self.enter_block(name, ScopeKind::TypeParameters, Some(key), range)?;
        if outer == ScopeKind::Class {
            self.cur_scope().can_see_class_scope = true;
            self.add_def("__classdict__", F::USE, range)?;
        }
        if is_class {
            // Set when the parameters tuple is built, used for the bases.
            self.add_def(".type_params", F::DEF_LOCAL, range)?;
            self.add_def(".type_params", F::USE, range)?;
            self.add_def(".generic_base", F::DEF_LOCAL, range)?;
            self.add_def(".generic_base", F::USE, range)?;
        }
        if has_defaults {
            self.add_def(".defaults", F::DEF_PARAM, range)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", F::DEF_PARAM, range)?;
        }
        Ok(())
    }

    fn visit_type_param(&mut self, tp: &TypeParam) -> Visit {
        self.enter_recursive(tp.range)?;
        let flag = F::DEF_TYPE_PARAM | F::DEF_LOCAL;
        match &tp.kind {
            TypeParamKind::TypeVar {
                name,
                bound,
                default_value,
            } => {
                self.add_def(name, flag, tp.range)?;
                let info = match bound.as_deref().map(|b| &b.kind) {
                    Some(ExprKind::Tuple { .. }) => "a TypeVar constraint",
                    _ => "a TypeVar bound",
                };
                let key = ScopeKey::TypeParamBound(tp.range);
                self.visit_bound_or_default(bound.as_deref(), name, tp, key, info)?;
                let key = ScopeKey::TypeParamDefault(tp.range);
                let default = default_value.as_deref();
                self.visit_bound_or_default(default, name, tp, key, "a TypeVar default")?;
            }
            TypeParamKind::TypeVarTuple {
                name,
                default_value,
            } => {
                self.add_def(name, flag, tp.range)?;
                let key = ScopeKey::TypeParamDefault(tp.range);
                let default = default_value.as_deref();
                self.visit_bound_or_default(default, name, tp, key, "a TypeVarTuple default")?;
            }
            TypeParamKind::ParamSpec {
                name,
                default_value,
            } => {
                self.add_def(name, flag, tp.range)?;
                let key = ScopeKey::TypeParamDefault(tp.range);
                let default = default_value.as_deref();
                self.visit_bound_or_default(default, name, tp, key, "a ParamSpec default")?;
            }
        }
        self.leave_recursive();
        Ok(())
    }

    /// A type parameter's bound, constraints or default: a lazily
    /// evaluated block named after the parameter.
    fn visit_bound_or_default(
        &mut self,
        e: Option<&Expr>,
        name: &str,
        tp: &TypeParam,
        key: ScopeKey,
        info: &'static str,
    ) -> Visit {
        if name == "__classdict__" {
            return Err(err(K::ReservedTypeParamName(name.to_owned()), tp.range));
        }
        let Some(e) = e else {
            return Ok(());
        };
        let in_class = self.cur_scope().can_see_class_scope;
        self.enter_block(name, ScopeKind::TypeVariable, Some(key), e.range)?;
        self.cur_scope().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", F::USE, e.range)?;
        }
        self.cur_state().scope_info = Some(info);
        self.visit_expr(e)?;
        self.exit_block();
        Ok(())
    }

    /// The `__annotate__` block of a function's parameter and return
    /// annotations (always created, even when empty).
    fn visit_function_annotations(
        &mut self,
        s: &Stmt,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> Visit {
        let in_class = self.cur_scope().can_see_class_scope;
        let outer = self.cur_scope().kind;
        let key = Some(ScopeKey::FunctionAnnotations(s.range));
        self.enter_block("__annotate__", ScopeKind::Annotation, key, s.range)?;
        if in_class || outer == ScopeKind::Class {
            self.cur_scope().can_see_class_scope = true;
            self.add_def("__classdict__", F::USE, s.range)?;
        }
        let annotated = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
            .chain(&args.kwonlyargs)
            .filter_map(|a| a.annotation.as_deref())
            .chain(returns);
        for annotation in annotated {
            self.cur_scope().annotations_used = true;
            self.visit_expr(annotation)?;
        }
        self.exit_block();
        Ok(())
    }

    /// A variable annotation (`x: T`) goes to the block's single shared
    /// `__annotate__` block.
    pub(crate) fn visit_variable_annotation(&mut self, annotation: &Expr) -> Visit {
        let parent = self.cur();
        let kind = self.kind(parent);
        let unevaluated = kind == ScopeKind::Function;
        let conditional = kind == ScopeKind::Module
            || (kind == ScopeKind::Class && self.state[parent.index()].in_conditional_block);
        if conditional && !self.scopes[parent.index()].has_conditional_annotations {
            self.scopes[parent.index()].has_conditional_annotations = true;
            self.add_def("__conditional_annotations__", F::USE, annotation.range)?;
        }
        match self.scopes[parent.index()].annotation_block {
            None => {
                let range = annotation.range;
                let block = self.enter_block("__annotate__", ScopeKind::Annotation, None, range)?;
                self.scopes[parent.index()].annotation_block = Some(block);
                if kind == ScopeKind::Class && !self.future.annotations {
                    self.cur_scope().can_see_class_scope = true;
                    self.add_def("__classdict__", F::USE, range)?;
                }
            }
            Some(block) => self.enter_existing(block, false),
        }
        if unevaluated {
            self.cur_state().in_unevaluated_annotation = true;
        }
        let result = self.visit_expr(annotation);
        if unevaluated {
            self.cur_state().in_unevaluated_annotation = false;
        }
        self.exit_block();
        result
    }

    /// Parameters, in CPython's order: positional-only, positional,
    /// keyword-only, then `*args` and `**kwargs`.
    pub(crate) fn visit_arguments(&mut self, args: &Arguments) -> Visit {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&arg.arg, F::DEF_PARAM, arg.range)?;
        }
        if let Some(arg) = &args.vararg {
            self.add_def(&arg.arg, F::DEF_PARAM, arg.range)?;
            self.cur_scope().varargs = true;
        }
        if let Some(arg) = &args.kwarg {
            self.add_def(&arg.arg, F::DEF_PARAM, arg.range)?;
            self.cur_scope().varkeywords = true;
        }
        Ok(())
    }

    /// Keyword arguments: refuse `__debug__=...`, then visit the values.
    fn visit_keywords(&mut self, keywords: &[Keyword]) -> Visit {
        for kw in keywords {
            if let Some(arg) = &kw.arg {
                check_name(arg, kw.range, ExprContext::Store)?;
            }
        }
        keywords
            .iter()
            .try_for_each(|kw| self.visit_expr(&kw.value))
    }

    // ---- expressions ----

    pub(crate) fn visit_exprs(&mut self, exprs: &[Expr]) -> Visit {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt(&mut self, e: Option<&Expr>) -> Visit {
        e.map_or(Ok(()), |e| self.visit_expr(e))
    }

    pub(crate) fn visit_expr(&mut self, e: &Expr) -> Visit {
        self.enter_recursive(e.range)?;
        self.visit_expr_kind(e)?;
        self.leave_recursive();
        Ok(())
    }

    fn visit_expr_kind(&mut self, e: &Expr) -> Visit {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.visit_named_expr(e, target, value)
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => self.visit_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.visit_expr(k))?;
                self.visit_exprs(values)
            }
            ExprKind::Set { elts } => self.visit_exprs(elts),
            ExprKind::ListComp(_)
            | ExprKind::SetComp(_)
            | ExprKind::GeneratorExp(_)
            | ExprKind::DictComp { .. } => self.visit_comprehension_node(e),
            ExprKind::Yield { value } => self.visit_yield(e, value.as_deref()),
            ExprKind::YieldFrom { value } => self.visit_yield(e, Some(value)),
            ExprKind::Await { value } => self.visit_await(e, value),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                self.visit_keywords(keywords)
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            }
            | ExprKind::Interpolation {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_opt(format_spec.as_deref())
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                self.visit_exprs(values)
            }
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, attr, ctx } => {
                check_name(attr, e.range, *ctx)?;
                self.visit_expr(value)
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt(lower.as_deref())?;
                self.visit_opt(upper.as_deref())?;
                self.visit_opt(step.as_deref())
            }
            ExprKind::Name { id, ctx } => self.visit_name(e, id, *ctx),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts),
        }
    }

    /// Dispatch the four comprehension kinds.
    fn visit_comprehension_node(&mut self, e: &Expr) -> Visit {
        use ComprehensionKind as C;
        match &e.kind {
            ExprKind::ListComp(c) => {
                self.visit_comprehension_expr(e, C::List, &c.generators, &c.elt, None)
            }
            ExprKind::SetComp(c) => {
                self.visit_comprehension_expr(e, C::Set, &c.generators, &c.elt, None)
            }
            ExprKind::GeneratorExp(c) => {
                self.visit_comprehension_expr(e, C::Generator, &c.generators, &c.elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension_expr(e, C::Dict, generators, key, Some(value)),
            _ => Ok(()),
        }
    }

    fn visit_name(&mut self, e: &Expr, id: &str, ctx: ExprContext) -> Visit {
        if self.cur_state().in_unevaluated_annotation {
            return Ok(());
        }
        let flag = if ctx == ExprContext::Load {
            F::USE
        } else {
            F::DEF_LOCAL
        };
        self.add_def_ctx(id, flag, e.range, ctx)?;
        // `super()` needs the `__class__` cell.
        if ctx == ExprContext::Load && self.cur_scope().kind.is_function_like() && id == "super" {
            self.add_def("__class__", F::USE, e.range)?;
        }
        Ok(())
    }

    fn visit_lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> Visit {
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        let key = Some(ScopeKey::Lambda(e.range));
        self.enter_block("lambda", ScopeKind::Function, key, e.range)?;
        self.visit_arguments(args)?;
        self.visit_expr(body)?;
        self.exit_block();
        Ok(())
    }

    fn visit_yield(&mut self, e: &Expr, value: Option<&Expr>) -> Visit {
        self.raise_if_annotation_block("yield expression", e)?;
        self.visit_opt(value)?;
        self.cur_scope().generator = true;
        match self.cur_scope().comprehension {
            Some(kind) => Err(err(K::YieldInComprehension(kind), e.range)),
            None => Ok(()),
        }
    }

    fn visit_await(&mut self, e: &Expr, value: &Expr) -> Visit {
        self.raise_if_annotation_block("await expression", e)?;
        let cur = self.cur_scope();
        if !cur.kind.is_function_like() {
            return Err(err(K::AwaitOutsideFunction, e.range));
        }
        let async_def = cur.kind == ScopeKind::Function && cur.coroutine;
        if !async_def && cur.comprehension.is_none() {
            return Err(err(K::AwaitOutsideAsyncFunction, e.range));
        }
        self.visit_expr(value)?;
        self.cur_scope().coroutine = true;
        Ok(())
    }

    /// `yield`, `await` and walrus are refused in lazily evaluated blocks.
    fn raise_if_annotation_block(&mut self, what: &'static str, e: &Expr) -> Visit {
        let kind = match self.cur_scope().kind {
            ScopeKind::Annotation => K::NotAllowedInAnnotation(what),
            ScopeKind::TypeVariable => {
                let info = self.cur_state().scope_info.unwrap_or("a TypeVar bound");
                K::NotAllowedInTypeVariable(what, info)
            }
            ScopeKind::TypeAlias => K::NotAllowedInTypeAlias(what),
            ScopeKind::TypeParameters => K::NotAllowedInTypeParameters(what),
            _ => return Ok(()),
        };
        Err(err(kind, e.range))
    }

    fn visit_named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Visit {
        if self.cur_state().comp_iter_expr > 0 {
            return Err(err(K::NamedExprCompIterExpr, e.range));
        }
        if self.cur_scope().comprehension.is_some() {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// A walrus in a comprehension binds in the nearest enclosing function
    /// or module: declare it there, and nonlocal/global in the
    /// comprehension.
    fn extend_named_expr_scope(&mut self, target: &Expr) -> Visit {
        let ExprKind::Name { id: name, .. } = &target.kind else {
            return Ok(());
        };
        let range = target.range;
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            if self.scopes[ste.index()].comprehension.is_some() {
                let flags = self.lookup_in(ste, name);
                if flags.contains(F::DEF_COMP_ITER | F::DEF_LOCAL) {
                    return Err(err(K::NamedExprCompConflict(name.clone()), range));
                }
                continue;
            }
            let kind = match self.kind(ste) {
                ScopeKind::Function => {
                    let declared = if self.lookup_in(ste, name).intersects(F::DEF_GLOBAL) {
                        F::DEF_GLOBAL
                    } else {
                        F::DEF_NONLOCAL
                    };
                    self.add_def(name, declared, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, F::DEF_LOCAL, ste, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, F::DEF_GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, F::DEF_GLOBAL, ste, range);
                }
                ScopeKind::Class => K::NamedExprCompInClass,
                ScopeKind::TypeParameters => K::NamedExprCompInTypeParam,
                ScopeKind::TypeAlias => K::NamedExprCompInTypeAlias,
                ScopeKind::TypeVariable => K::NamedExprCompInTypeVarBound,
                ScopeKind::Annotation => continue,
            };
            return Err(err(kind, range));
        }
        Ok(())
    }

    /// A comprehension: its first iterable is evaluated outside, the rest
    /// in a new function block whose only parameter is `.0`.
    fn visit_comprehension_expr(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Visit {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur_state().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur_state().comp_iter_expr -= 1;
        let key = Some(ScopeKey::Comprehension(e.range));
        self.enter_block(kind.scope_name(), ScopeKind::Function, key, e.range)?;
        self.cur_scope().comprehension = Some(kind);
        if outermost.is_async {
            self.cur_scope().coroutine = true;
        }
        self.add_def(".0", F::DEF_PARAM, e.range)?;
        self.cur_state().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur_state().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        generators[1..]
            .iter()
            .try_for_each(|g| self.visit_generator(g))?;
        self.visit_opt(value)?;
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        self.cur_scope().generator = is_generator;
        let is_async = self.cur_scope().coroutine && !is_generator;
        self.exit_block();
        if is_async {
            let cur = self.cur_scope();
            let async_def = cur.kind == ScopeKind::Function && cur.coroutine;
            if !async_def && cur.comprehension.is_none() {
                return Err(err(K::AsyncComprehensionOutsideAsyncFunction, e.range));
            }
            cur.coroutine = true;
        }
        Ok(())
    }

    /// A `for ... in ... if ...` clause after the first.
    fn visit_generator(&mut self, g: &Comprehension) -> Visit {
        self.cur_state().comp_iter_target = true;
        self.visit_expr(&g.target)?;
        self.cur_state().comp_iter_target = false;
        self.cur_state().comp_iter_expr += 1;
        self.visit_expr(&g.iter)?;
        self.cur_state().comp_iter_expr -= 1;
        self.visit_exprs(&g.ifs)?;
        if g.is_async {
            self.cur_scope().coroutine = true;
        }
        Ok(())
    }

    // ---- patterns ----

    pub(crate) fn visit_pattern(&mut self, p: &Pattern) -> Visit {
        self.enter_recursive(p.range)?;
        self.visit_pattern_kind(p)?;
        self.leave_recursive();
        Ok(())
    }

    fn visit_patterns(&mut self, patterns: &[Pattern]) -> Visit {
        patterns.iter().try_for_each(|p| self.visit_pattern(p))
    }

    fn visit_pattern_kind(&mut self, p: &Pattern) -> Visit {
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                self.visit_patterns(patterns)
            }
            PatternKind::MatchStar { name } => self.bind_capture(name.as_deref(), p.range),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                self.visit_patterns(patterns)?;
                self.bind_capture(rest.as_deref(), p.range)
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.visit_expr(cls)?;
                self.visit_patterns(patterns)?;
                for (attr, pattern) in kwd_attrs.iter().zip(kwd_patterns) {
                    check_name(attr, pattern.range, ExprContext::Store)?;
                }
                self.visit_patterns(kwd_patterns)
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.visit_pattern(pattern)?;
                }
                self.bind_capture(name.as_deref(), p.range)
            }
        }
    }

    fn bind_capture(&mut self, name: Option<&str>, range: TextRange) -> Visit {
        name.map_or(Ok(()), |n| self.add_def(n, F::DEF_LOCAL, range))
    }
}
