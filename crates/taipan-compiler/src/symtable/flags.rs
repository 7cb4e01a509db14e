//! The facts the symbol table records: per-symbol flags, resolved scopes,
//! and the kinds of blocks.

use std::fmt;

/// What pass 1 learned about one name in one block, as CPython's `DEF_*`
/// and `USE` bits (same values, so `_symtable`'s numbers carry over).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SymbolFlags(pub u32);

impl SymbolFlags {
    /// `global NAME` in this block.
    pub const DEF_GLOBAL: Self = Self(1);
    /// Assigned (or deleted) in this block.
    pub const DEF_LOCAL: Self = Self(2);
    /// A parameter of this block.
    pub const DEF_PARAM: Self = Self(4);
    /// `nonlocal NAME` in this block.
    pub const DEF_NONLOCAL: Self = Self(8);
    /// Read in this block.
    pub const USE: Self = Self(16);
    /// CPython defines it ("used but not defined in a nested block") but
    /// never sets it; kept for the numbering.
    pub const DEF_FREE: Self = Self(32);
    /// Free in a method and also bound in the enclosing class.
    pub const DEF_FREE_CLASS: Self = Self(64);
    /// Bound by an import.
    pub const DEF_IMPORT: Self = Self(128);
    /// Annotated (`name: T`).
    pub const DEF_ANNOT: Self = Self(256);
    /// A comprehension's iteration variable.
    pub const DEF_COMP_ITER: Self = Self(512);
    /// A type parameter (PEP 695).
    pub const DEF_TYPE_PARAM: Self = Self(1024);
    /// A cell inside an inlined comprehension (PEP 709).
    pub const DEF_COMP_CELL: Self = Self(2048);
    /// Any binding: local, parameter or import.
    pub const DEF_BOUND: Self = Self(2 | 4 | 128);

    /// No flag.
    pub const fn empty() -> Self {
        Self(0)
    }

    /// Whether any bit of `other` is set.
    pub const fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The union of both.
    pub const fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// The names `symtable.Symbol._flags_str` yields, in its order (a flag
    /// shows when all its bits are set, so `DEF_BOUND` may show too).
    pub fn python_names(self) -> impl Iterator<Item = &'static str> {
        const ORDER: [(&str, SymbolFlags); 12] = [
            ("USE", SymbolFlags::USE),
            ("DEF_GLOBAL", SymbolFlags::DEF_GLOBAL),
            ("DEF_NONLOCAL", SymbolFlags::DEF_NONLOCAL),
            ("DEF_LOCAL", SymbolFlags::DEF_LOCAL),
            ("DEF_PARAM", SymbolFlags::DEF_PARAM),
            ("DEF_TYPE_PARAM", SymbolFlags::DEF_TYPE_PARAM),
            ("DEF_FREE_CLASS", SymbolFlags::DEF_FREE_CLASS),
            ("DEF_IMPORT", SymbolFlags::DEF_IMPORT),
            ("DEF_BOUND", SymbolFlags::DEF_BOUND),
            ("DEF_ANNOT", SymbolFlags::DEF_ANNOT),
            ("DEF_COMP_ITER", SymbolFlags::DEF_COMP_ITER),
            ("DEF_COMP_CELL", SymbolFlags::DEF_COMP_CELL),
        ];
        ORDER
            .into_iter()
            .filter(move |(_, flag)| self.contains(*flag))
            .map(|(name, _)| name)
    }
}

impl std::ops::BitOr for SymbolFlags {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        self.union(rhs)
    }
}

impl std::ops::BitOrAssign for SymbolFlags {
    fn bitor_assign(&mut self, rhs: Self) {
        self.0 |= rhs.0;
    }
}

/// Where a name lives at run time, as pass 2 decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    /// A local of this block (fast local in functions).
    Local = 1,
    /// Declared `global` here (or in the class a scope can see).
    GlobalExplicit = 2,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit = 3,
    /// Bound in an enclosing function: read through a closure cell.
    Free = 4,
    /// Local here and free in a nested block: stored in a cell.
    Cell = 5,
}

impl SymbolScope {
    /// The name `symtable` prints (lower case of CPython's constant).
    pub const fn python_name(self) -> &'static str {
        match self {
            SymbolScope::Local => "local",
            SymbolScope::GlobalExplicit => "global_explicit",
            SymbolScope::GlobalImplicit => "global_implicit",
            SymbolScope::Free => "free",
            SymbolScope::Cell => "cell",
        }
    }
}

/// The kind of a block (CPython's `_Py_block_ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// A `def`, `lambda`, comprehension or generator expression.
    Function,
    /// A `class` body.
    Class,
    /// The module.
    Module,
    /// An `__annotate__` function (PEP 649).
    Annotation,
    /// The lazily evaluated value of a `type` alias.
    TypeAlias,
    /// The hidden scope holding a generic's type parameters (PEP 695).
    TypeParameters,
    /// The lazily evaluated bound, constraints or default of one type
    /// parameter.
    TypeVariable,
}

impl ScopeKind {
    /// What `symtable.SymbolTable.get_type()` returns.
    pub const fn python_name(self) -> &'static str {
        match self {
            ScopeKind::Function => "function",
            ScopeKind::Class => "class",
            ScopeKind::Module => "module",
            ScopeKind::Annotation => "annotation",
            ScopeKind::TypeAlias => "type alias",
            ScopeKind::TypeParameters => "type parameters",
            ScopeKind::TypeVariable => "type variable",
        }
    }

    /// Function-like blocks keep their locals in fast slots and can hold
    /// cells (`_PyST_IsFunctionLike`).
    pub const fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Class | ScopeKind::Module)
    }
}

/// Which comprehension a function block implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    /// `[x for ...]`
    List,
    /// `{k: v for ...}`
    Dict,
    /// `{x for ...}`
    Set,
    /// `(x for ...)`
    Generator,
}

impl ComprehensionKind {
    /// The block's name (`listcomp`, ...).
    pub const fn scope_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Generator => "genexpr",
        }
    }
}

impl fmt::Display for ComprehensionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Generator => "generator expression",
        })
    }
}
