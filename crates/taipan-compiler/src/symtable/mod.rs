//! The symbol table: for every block of a module, which names it binds,
//! uses and declares, and where each name lives at run time.
//!
//! This follows CPython 3.14's `Python/symtable.c`, the specification of
//! Python's scoping rules, and is what `python3.14 -m symtable` shows.
//!
//! # Blocks
//!
//! A *block* ([`Scope`]) is a unit of code with its own namespace: the
//! module, a class body, a function (`def`, `lambda`, each comprehension
//! and generator expression), and four kinds of hidden function-like
//! blocks that Python 3.12–3.14 added for lazily evaluated code:
//! `__annotate__` functions (PEP 649: one for each function's parameter
//! annotations, one for the variable annotations of a module or class), the
//! *type parameters* block around a generic `def`/`class`/`type` (PEP 695),
//! the value of a `type` alias, and the bound, constraints or default of one
//! type parameter (*type variable* blocks).
//!
//! # Pass 1: collect facts (`builder.rs`, `visit.rs`)
//!
//! A walk over the AST opens a block at each scope-making node and records,
//! per block and per name, raw facts as [`SymbolFlags`]: assigned here
//! (`DEF_LOCAL`), a parameter, imported, annotated, declared `global` or
//! `nonlocal`, read (`USE`), a comprehension iteration variable, a type
//! parameter. Names in a class body (and the type parameters of a generic
//! class) are *mangled*: `__x` becomes `_C__x`. Errors that need only one
//! block's facts are raised here: `global x` after a use of `x`, duplicate
//! parameters, `yield` in a comprehension, misplaced `await`, a walrus that
//! rebinds an iteration variable (a walrus in a comprehension binds in the
//! nearest enclosing function or module, so pass 1 adds that binding there).
//!
//! # Pass 2: decide scopes (`analyze.rs`)
//!
//! A walk over the blocks turns the facts into a [`SymbolScope`] per name.
//! Each block receives from its parent the names bound in enclosing
//! function-like blocks (`bound`) and those declared global (`global`).
//! A name bound here is `LOCAL`; declared `global`, `GLOBAL_EXPLICIT`;
//! otherwise it is `FREE` if an enclosing function binds it, else
//! `GLOBAL_IMPLICIT`. Class bodies are invisible to the blocks they contain,
//! except to annotation and type-parameter blocks that "can see the class
//! scope" (they read the class namespace through `__classdict__`). Children
//! report the names they need from outside (`free`); a local of a function
//! that a child needs becomes a `CELL`, and free names pass up through
//! blocks that do not bind them. A class turns a child's need for
//! `__class__` (from `super()`), `__classdict__` or
//! `__conditional_annotations__` into a flag on itself.
//!
//! List, set and dict comprehensions are *inlined* (PEP 709): after their
//! block is analysed, its symbols are merged into the enclosing block
//! (unless that block is an annotation or type-parameter block inside a
//! class), and its children become the parent's children; the comprehension
//! block stays in the table, marked [`Scope::comp_inlined`], for the code
//! generator. Generator expressions stay separate functions.
//!
//! Blocks are stored in an arena in creation order ([`ScopeId`]), each
//! with its children in source order. The code generator finds the block
//! of an AST node with [`SymbolTable::lookup`] and a [`ScopeKey`] (the
//! node's kind and range).

mod analyze;
mod builder;
pub mod dump;
mod error;
mod flags;
mod future;
mod mangle;
mod names;
mod visit;

use std::collections::HashMap;

use taipan_ast::{Expr, Mod, Stmt, TypeParam};
use taipan_source::TextRange;

pub use error::{SymtableError, SymtableErrorKind};
pub use flags::{ComprehensionKind, ScopeKind, SymbolFlags, SymbolScope};
pub use future::FutureFeatures;
pub use mangle::mangle;
pub use names::SymbolMap;

/// The index of a block in [`SymbolTable`]'s arena; the module is 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

impl ScopeId {
    /// The arena index.
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// One name in one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The facts pass 1 recorded (and `DEF_FREE_CLASS`, `DEF_COMP_CELL`
    /// that pass 2 adds).
    pub flags: SymbolFlags,
    /// Pass 2's decision; `None` only in blocks pass 2 never reaches
    /// (annotation blocks under `from __future__ import annotations`).
    pub scope: Option<SymbolScope>,
}

/// One block (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    /// Its index in the table.
    pub id: ScopeId,
    /// The block's kind.
    pub kind: ScopeKind,
    /// `top`, the function or class name, `lambda`, `listcomp`, ...,
    /// `__annotate__`, or the alias or type parameter's name.
    pub name: String,
    /// The node the block starts at (empty at 0 for the module).
    pub range: TextRange,
    /// The enclosing block as written (before comprehension inlining).
    pub parent: Option<ScopeId>,
    /// Nested blocks in source order; after pass 2, an inlined
    /// comprehension is replaced by its own children.
    pub children: Vec<ScopeId>,
    /// The symbols, in the order CPython's dict would hold them.
    pub symbols: SymbolMap,
    /// Parameter names in order (`co_varnames`' start).
    pub varnames: Vec<String>,
    /// Inside a function-like block (or nested in one).
    pub nested: bool,
    /// Contains `yield` (or is a generator expression).
    pub generator: bool,
    /// An `async def`, or awaits, or holds an async comprehension.
    pub coroutine: bool,
    /// Which comprehension this function block implements, if any.
    pub comprehension: Option<ComprehensionKind>,
    /// Has a `*args` parameter.
    pub varargs: bool,
    /// Has a `**kwargs` parameter.
    pub varkeywords: bool,
    /// Has `return VALUE`.
    pub returns_value: bool,
    /// A class whose methods use `__class__` (or `super()`).
    pub needs_class_closure: bool,
    /// A class whose annotation or type-parameter blocks read its
    /// namespace through `__classdict__`.
    pub needs_classdict: bool,
    /// A list, set or dict comprehension merged into its parent.
    pub comp_inlined: bool,
    /// An annotation, type-parameter, alias or bound block inside a class
    /// body that reads the class namespace.
    pub can_see_class_scope: bool,
    /// A module or class whose annotations are conditional (PEP 649).
    pub has_conditional_annotations: bool,
    /// Its body starts with a docstring.
    pub has_docstring: bool,
    /// A function block directly in a class body.
    pub method: bool,
    /// The class name private names are mangled with here, if any.
    pub private: Option<String>,
    /// In a generic class's type-parameters block (and blocks inside it
    /// other than the class): only these names are mangled.
    pub mangle_only: Option<std::collections::HashSet<String>>,
    /// Annotations were seen in it (or, for an annotation block, in
    /// what it annotates).
    pub annotations_used: bool,
    /// For a module or class: the `__annotate__` block of its variable
    /// annotations.
    pub annotation_block: Option<ScopeId>,
}

impl Scope {
    /// The symbol `name` (already mangled), if the block has it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// `name` as this block stores it (CPython's `_Py_MaybeMangle`).
    pub fn mangle<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        let exempt = self.mangle_only.as_ref().is_some_and(|m| !m.contains(name));
        match &self.private {
            Some(p) if !exempt && name.starts_with("__") => mangle(Some(p), name).into(),
            _ => name.into(),
        }
    }

    /// The resolved scope of `name` (already mangled).
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.symbol(name).and_then(|s| s.scope)
    }
}

/// Which AST node a block belongs to, for the code generator's look-ups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKey {
    /// The body of a `def`/`async def` statement (its range).
    Function(TextRange),
    /// The `__annotate__` block of a `def`'s parameter annotations.
    FunctionAnnotations(TextRange),
    /// The type-parameters block of a generic `def`, `class` or `type`.
    TypeParams(TextRange),
    /// A class body.
    Class(TextRange),
    /// The value block of a `type` statement.
    TypeAlias(TextRange),
    /// A `lambda` expression.
    Lambda(TextRange),
    /// A comprehension or generator expression.
    Comprehension(TextRange),
    /// A `TypeVar`'s bound or constraints (the type parameter's range).
    TypeParamBound(TextRange),
    /// A type parameter's default.
    TypeParamDefault(TextRange),
}

/// The symbol table of one module: its blocks and how to find them.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    keys: HashMap<ScopeKey, ScopeId>,
    future: FutureFeatures,
    /// Per block: the `global`/`nonlocal` declarations (mangled name and
    /// statement range), for pass 2's errors.
    directives: Vec<Vec<(String, TextRange)>>,
}

impl SymbolTable {
    /// Build the table of `module` (both passes).
    pub fn build(module: &Mod, source: &str) -> Result<SymbolTable, SymtableError> {
        let future = future::parse_future(module)?;
        let mut table = builder::Builder::new(source, future).build(module)?;
        analyze::analyze(&mut table)?;
        Ok(table)
    }

    /// The module block.
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The block `id`.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    /// Every block, in creation order.
    pub fn scopes(&self) -> &[Scope] {
        &self.scopes
    }

    /// The `from __future__` features the module enables.
    pub fn future(&self) -> FutureFeatures {
        self.future
    }

    /// The block of an AST node, if it made one.
    pub fn lookup(&self, key: ScopeKey) -> Option<ScopeId> {
        self.keys.get(&key).copied()
    }

    /// The block of a `def`, `async def` or `class` statement's body.
    pub fn scope_of_stmt(&self, stmt: &Stmt) -> Option<ScopeId> {
        use taipan_ast::StmtKind as S;
        match &stmt.kind {
            S::FunctionDef(_) | S::AsyncFunctionDef(_) => {
                self.lookup(ScopeKey::Function(stmt.range))
            }
            S::ClassDef(_) => self.lookup(ScopeKey::Class(stmt.range)),
            S::TypeAlias { .. } => self.lookup(ScopeKey::TypeAlias(stmt.range)),
            _ => None,
        }
    }

    /// The block of a `lambda`, comprehension or generator expression.
    pub fn scope_of_expr(&self, expr: &Expr) -> Option<ScopeId> {
        use taipan_ast::ExprKind as E;
        match &expr.kind {
            E::Lambda { .. } => self.lookup(ScopeKey::Lambda(expr.range)),
            E::ListComp(_) | E::SetComp(_) | E::DictComp { .. } | E::GeneratorExp(_) => {
                self.lookup(ScopeKey::Comprehension(expr.range))
            }
            _ => None,
        }
    }

    /// The type-parameters block of a generic statement.
    pub fn type_params_scope(&self, stmt: &Stmt) -> Option<ScopeId> {
        self.lookup(ScopeKey::TypeParams(stmt.range))
    }

    /// The bound (or constraints) block of a type parameter.
    pub fn bound_scope(&self, param: &TypeParam) -> Option<ScopeId> {
        self.lookup(ScopeKey::TypeParamBound(param.range))
    }

    /// The default block of a type parameter.
    pub fn default_scope(&self, param: &TypeParam) -> Option<ScopeId> {
        self.lookup(ScopeKey::TypeParamDefault(param.range))
    }

    /// Check the table's invariants (a debugging aid for tests): every
    /// block reachable from the module has a scope for each symbol, cells
    /// live only in function-like blocks (or come from an inlined
    /// comprehension), and each child's recorded parent
    /// is the block listing it or an inlined comprehension inside it.
    pub fn check(&self) -> Result<(), String> {
        let mut pending = vec![ScopeId(0)];
        while let Some(id) = pending.pop() {
            let scope = self.scope(id);
            for (name, symbol) in scope.symbols.iter() {
                match symbol.scope {
                    None => return Err(format!("{}: '{name}' has no scope", scope.name)),
                    Some(SymbolScope::Cell)
                        if !scope.kind.is_function_like()
                            && !symbol.flags.contains(SymbolFlags::DEF_COMP_CELL) =>
                    {
                        return Err(format!("{}: cell '{name}' outside a function", scope.name))
                    }
                    _ => {}
                }
            }
            for &child in &scope.children {
                let mut parent = self.scope(child).parent;
                while let Some(p) = parent.filter(|&p| p != id) {
                    if !self.scope(p).comp_inlined {
                        let child_name = &self.scope(child).name;
                        return Err(format!("{child_name}: listed under {}", scope.name));
                    }
                    parent = self.scope(p).parent;
                }
                pending.push(child);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
