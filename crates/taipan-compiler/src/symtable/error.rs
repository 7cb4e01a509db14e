//! The errors the symbol table raises, with CPython 3.14's exact wording
//! (the named message constants of `Python/symtable.c` and
//! `Python/future.c`).

use std::fmt;

use taipan_source::{SyntaxError, TextRange};

use super::ComprehensionKind;

/// What went wrong; `Display` gives CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SymtableErrorKind {
    /// `global x` where `x` is a parameter.
    GlobalParam(String),
    /// `nonlocal x` where `x` is a parameter.
    NonlocalParam(String),
    /// `global x` after `x` was assigned in the block.
    GlobalAfterAssign(String),
    /// `nonlocal x` after `x` was assigned in the block.
    NonlocalAfterAssign(String),
    /// `global x` after `x` was used in the block.
    GlobalAfterUse(String),
    /// `nonlocal x` after `x` was used in the block.
    NonlocalAfterUse(String),
    /// `x: T` with `x` declared global (or the reverse).
    GlobalAnnot(String),
    /// `x: T` with `x` declared nonlocal (or the reverse).
    NonlocalAnnot(String),
    /// `global x` and `nonlocal x` in one block.
    NonlocalAndGlobal(String),
    /// `nonlocal` in the module.
    NonlocalAtModuleLevel,
    /// `nonlocal x` with no enclosing function binding `x`.
    NoBindingForNonlocal(String),
    /// `nonlocal T` naming a type parameter.
    NonlocalTypeParam(String),
    /// Two parameters with one name.
    DuplicateArgument(String),
    /// Two type parameters with one name.
    DuplicateTypeParam(String),
    /// `from m import *` outside the module.
    ImportStarNotAtModuleLevel,
    /// A walrus in a comprehension in a class body.
    NamedExprCompInClass,
    /// A walrus in a comprehension in a TypeVar bound.
    NamedExprCompInTypeVarBound,
    /// A walrus in a comprehension in a type alias.
    NamedExprCompInTypeAlias,
    /// A walrus in a comprehension in a generic's type parameters.
    NamedExprCompInTypeParam,
    /// A walrus rebinding an iteration variable.
    NamedExprCompConflict(String),
    /// An inner loop rebinding a walrus target.
    NamedExprCompInnerLoopConflict(String),
    /// A walrus in a comprehension's iterable.
    NamedExprCompIterExpr,
    /// `yield`, `await` or a walrus (the `&str`) in an annotation.
    NotAllowedInAnnotation(&'static str),
    /// ... in a type parameter's bound, constraints or default (described
    /// by the second `&str`).
    NotAllowedInTypeVariable(&'static str, &'static str),
    /// ... in a type alias's value.
    NotAllowedInTypeAlias(&'static str),
    /// ... in a generic's type parameters.
    NotAllowedInTypeParameters(&'static str),
    /// `yield` in a comprehension or generator expression.
    YieldInComprehension(ComprehensionKind),
    /// `await` in a module or class body.
    AwaitOutsideFunction,
    /// `await` in a function that is not `async`.
    AwaitOutsideAsyncFunction,
    /// `async with` outside an `async def`.
    AsyncWithOutsideAsyncFunction,
    /// `async for` outside an `async def`.
    AsyncForOutsideAsyncFunction,
    /// An async comprehension outside an `async def`.
    AsyncComprehensionOutsideAsyncFunction,
    /// Binding `__debug__`.
    AssignToDebug,
    /// `del __debug__`.
    DeleteDebug,
    /// A type parameter named `__classdict__`.
    ReservedTypeParamName(String),
    /// A `from __future__` import after other statements.
    FutureImportNotFirst,
    /// `from __future__ import braces`.
    FutureBraces,
    /// An unknown `__future__` feature.
    FutureFeatureNotDefined(String),
    /// Nesting too deep (CPython raises `RecursionError` here).
    RecursionLimit,
}

impl fmt::Display for SymtableErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SymtableErrorKind as K;
        match self {
            K::GlobalParam(n) => write!(f, "name '{n}' is parameter and global"),
            K::NonlocalParam(n) => write!(f, "name '{n}' is parameter and nonlocal"),
            K::GlobalAfterAssign(n) => {
                write!(f, "name '{n}' is assigned to before global declaration")
            }
            K::NonlocalAfterAssign(n) => {
                write!(f, "name '{n}' is assigned to before nonlocal declaration")
            }
            K::GlobalAfterUse(n) => write!(f, "name '{n}' is used prior to global declaration"),
            K::NonlocalAfterUse(n) => {
                write!(f, "name '{n}' is used prior to nonlocal declaration")
            }
            K::GlobalAnnot(n) => write!(f, "annotated name '{n}' can't be global"),
            K::NonlocalAnnot(n) => write!(f, "annotated name '{n}' can't be nonlocal"),
            K::NonlocalAndGlobal(n) => write!(f, "name '{n}' is nonlocal and global"),
            K::NonlocalAtModuleLevel => {
                f.write_str("nonlocal declaration not allowed at module level")
            }
            K::NoBindingForNonlocal(n) => write!(f, "no binding for nonlocal '{n}' found"),
            K::NonlocalTypeParam(n) => {
                write!(f, "nonlocal binding not allowed for type parameter '{n}'")
            }
            K::DuplicateArgument(n) => {
                write!(f, "duplicate argument '{n}' in function definition")
            }
            K::DuplicateTypeParam(n) => write!(f, "duplicate type parameter '{n}'"),
            K::ImportStarNotAtModuleLevel => f.write_str("import * only allowed at module level"),
            K::NamedExprCompInClass => f.write_str(
                "assignment expression within a comprehension cannot be used in a class body",
            ),
            K::NamedExprCompInTypeVarBound => f.write_str(
                "assignment expression within a comprehension cannot be used in a TypeVar bound",
            ),
            K::NamedExprCompInTypeAlias => f.write_str(
                "assignment expression within a comprehension cannot be used in a type alias",
            ),
            K::NamedExprCompInTypeParam => f.write_str(
                "assignment expression within a comprehension cannot be used within the \
                 definition of a generic",
            ),
            K::NamedExprCompConflict(n) => write!(
                f,
                "assignment expression cannot rebind comprehension iteration variable '{n}'"
            ),
            K::NamedExprCompInnerLoopConflict(n) => write!(
                f,
                "comprehension inner loop cannot rebind assignment expression target '{n}'"
            ),
            K::NamedExprCompIterExpr => f.write_str(
                "assignment expression cannot be used in a comprehension iterable expression",
            ),
            K::NotAllowedInAnnotation(what) => {
                write!(f, "{what} cannot be used within an annotation")
            }
            K::NotAllowedInTypeVariable(what, info) => {
                write!(f, "{what} cannot be used within {info}")
            }
            K::NotAllowedInTypeAlias(what) => {
                write!(f, "{what} cannot be used within a type alias")
            }
            K::NotAllowedInTypeParameters(what) => {
                write!(
                    f,
                    "{what} cannot be used within the definition of a generic"
                )
            }
            K::YieldInComprehension(kind) => write!(f, "'yield' inside {kind}"),
            K::AwaitOutsideFunction => f.write_str("'await' outside function"),
            K::AwaitOutsideAsyncFunction => f.write_str("'await' outside async function"),
            K::AsyncWithOutsideAsyncFunction => f.write_str("'async with' outside async function"),
            K::AsyncForOutsideAsyncFunction => f.write_str("'async for' outside async function"),
            K::AsyncComprehensionOutsideAsyncFunction => {
                f.write_str("asynchronous comprehension outside of an asynchronous function")
            }
            K::AssignToDebug => f.write_str("cannot assign to __debug__"),
            K::DeleteDebug => f.write_str("cannot delete __debug__"),
            K::ReservedTypeParamName(n) => {
                write!(f, "reserved name '{n}' cannot be used for type parameter")
            }
            K::FutureImportNotFirst => {
                f.write_str("from __future__ imports must occur at the beginning of the file")
            }
            K::FutureBraces => f.write_str("not a chance"),
            K::FutureFeatureNotDefined(n) => write!(f, "future feature {n} is not defined"),
            K::RecursionLimit => f.write_str("maximum recursion depth exceeded during compilation"),
        }
    }
}

/// An error and the source range it points at.
///
/// CPython reports these positions as UTF-8 byte columns plus one (it does
/// not convert them to characters, unlike the parser's errors); a display
/// that wants CPython's carets must do the same.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymtableError {
    /// What went wrong.
    pub kind: SymtableErrorKind,
    /// Where.
    pub range: TextRange,
}

impl SymtableError {
    /// An error of `kind` at `range`.
    pub fn new(kind: SymtableErrorKind, range: TextRange) -> Self {
        Self { kind, range }
    }

    /// Whether CPython raises this as `RecursionError`, not `SyntaxError`.
    pub fn is_recursion_error(&self) -> bool {
        self.kind == SymtableErrorKind::RecursionLimit
    }

    /// The error as the front end's `SyntaxError`.
    pub fn to_syntax_error(&self) -> SyntaxError {
        SyntaxError::new(self.kind.to_string(), self.range)
    }
}

impl fmt::Display for SymtableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for SymtableError {}
