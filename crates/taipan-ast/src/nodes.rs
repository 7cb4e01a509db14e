//! The node types of `Parser/Python.asdl` (Python 3.14), one Rust type per
//! ASDL type. Sum types with attributes are a struct holding a `range` and a
//! `kind` enum; product types are plain structs. Field order is the ASDL's.

use crate::Wtf8Buf;
use num_bigint::BigInt;
use taipan_source::TextRange;

/// An identifier (already NFKC-normalised by the parser).
pub type Identifier = String;

/// `mod`: the root of a parse.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    /// `Module(stmt* body, type_ignore* type_ignores)`
    Module {
        body: Vec<Stmt>,
        type_ignores: Vec<TypeIgnore>,
    },
    /// `Interactive(stmt* body)`
    Interactive { body: Vec<Stmt> },
    /// `Expression(expr body)`
    Expression { body: Box<Expr> },
    /// `FunctionType(expr* argtypes, expr returns)`
    FunctionType {
        argtypes: Vec<Expr>,
        returns: Box<Expr>,
    },
}

/// `stmt`, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub range: TextRange,
}

/// Shared fields of `FunctionDef` and `AsyncFunctionDef`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
    pub type_comment: Option<String>,
    pub type_params: Vec<TypeParam>,
}

/// `ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body,
/// expr* decorator_list, type_param* type_params)`
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub type_params: Vec<TypeParam>,
}

/// Shared fields of `For` and `AsyncFor`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub type_comment: Option<String>,
}

/// Shared fields of `With` and `AsyncWith`.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
    pub type_comment: Option<String>,
}

/// Shared fields of `Try` and `TryStar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

/// The kinds of `stmt`.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    AsyncFunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `Return(expr? value)`
    Return {
        value: Option<Box<Expr>>,
    },
    /// `Delete(expr* targets)`
    Delete {
        targets: Vec<Expr>,
    },
    /// `Assign(expr* targets, expr value, string? type_comment)`
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
        type_comment: Option<String>,
    },
    /// `TypeAlias(expr name, type_param* type_params, expr value)`
    TypeAlias {
        name: Box<Expr>,
        type_params: Vec<TypeParam>,
        value: Box<Expr>,
    },
    /// `AugAssign(expr target, operator op, expr value)`
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    /// `AnnAssign(expr target, expr annotation, expr? value, int simple)`
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For(Box<For>),
    AsyncFor(Box<For>),
    /// `While(expr test, stmt* body, stmt* orelse)`
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `If(expr test, stmt* body, stmt* orelse)`
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With(Box<With>),
    AsyncWith(Box<With>),
    /// `Match(expr subject, match_case* cases)`
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    /// `Raise(expr? exc, expr? cause)`
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try(Box<Try>),
    TryStar(Box<Try>),
    /// `Assert(expr test, expr? msg)`
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    /// `Import(alias* names)`
    Import {
        names: Vec<Alias>,
    },
    /// `ImportFrom(identifier? module, alias* names, int? level)`
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `Global(identifier* names)`
    Global {
        names: Vec<Identifier>,
    },
    /// `Nonlocal(identifier* names)`
    Nonlocal {
        names: Vec<Identifier>,
    },
    /// `Expr(expr value)`
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

/// `expr`, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub range: TextRange,
}

/// A comprehension's element and generators (shared by the four kinds).
#[derive(Clone, Debug, PartialEq)]
pub struct Comp {
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

/// The kinds of `expr`.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `BoolOp(boolop op, expr* values)`
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `NamedExpr(expr target, expr value)`
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `BinOp(expr left, operator op, expr right)`
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    /// `UnaryOp(unaryop op, expr operand)`
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `Lambda(arguments args, expr body)`
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `IfExp(expr test, expr body, expr orelse)`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `Dict(expr?* keys, expr* values)`; a `None` key is a `**` item.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `Set(expr* elts)`
    Set { elts: Vec<Expr> },
    /// `ListComp(expr elt, comprehension* generators)`
    ListComp(Box<Comp>),
    /// `SetComp(expr elt, comprehension* generators)`
    SetComp(Box<Comp>),
    /// `DictComp(expr key, expr value, comprehension* generators)`
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `GeneratorExp(expr elt, comprehension* generators)`
    GeneratorExp(Box<Comp>),
    /// `Await(expr value)`
    Await { value: Box<Expr> },
    /// `Yield(expr? value)`
    Yield { value: Option<Box<Expr>> },
    /// `YieldFrom(expr value)`
    YieldFrom { value: Box<Expr> },
    /// `Compare(expr left, cmpop* ops, expr* comparators)`
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `Call(expr func, expr* args, keyword* keywords)`
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `FormattedValue(expr value, int conversion, expr? format_spec)`;
    /// `conversion` is -1 or the code of `s`, `r`, `a`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    /// `Interpolation(expr value, constant str, int conversion, expr? format_spec)`
    Interpolation {
        value: Box<Expr>,
        str: Wtf8Buf,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    /// `JoinedStr(expr* values)`
    JoinedStr { values: Vec<Expr> },
    /// `TemplateStr(expr* values)`
    TemplateStr { values: Vec<Expr> },
    /// `Constant(constant value, string? kind)`; `kind` is `Some("u")` for
    /// `u"..."` literals.
    Constant {
        value: Constant,
        kind: Option<String>,
    },
    /// `Attribute(expr value, identifier attr, expr_context ctx)`
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    /// `Subscript(expr value, expr slice, expr_context ctx)`
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    /// `Starred(expr value, expr_context ctx)`
    Starred { value: Box<Expr>, ctx: ExprContext },
    /// `Name(identifier id, expr_context ctx)`
    Name { id: Identifier, ctx: ExprContext },
    /// `List(expr* elts, expr_context ctx)`
    List { elts: Vec<Expr>, ctx: ExprContext },
    /// `Tuple(expr* elts, expr_context ctx)`
    Tuple { elts: Vec<Expr>, ctx: ExprContext },
    /// `Slice(expr? lower, expr? upper, expr? step)`
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A constant value, as `Constant.value` and `MatchSingleton.value` hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Int(Int),
    Float(f64),
    /// A complex number; literals only ever produce `real == 0.0`.
    Complex {
        real: f64,
        imag: f64,
    },
    Ellipsis,
    /// Only produced by constant folding, never by the parser.
    Tuple(Vec<Constant>),
}

/// An integer constant: small ones unboxed, others arbitrary precision.
#[derive(Clone, Debug, PartialEq)]
pub enum Int {
    Small(i64),
    Big(Box<BigInt>),
}

/// `expr_context`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

/// `boolop`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// `operator`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// `unaryop`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// `cmpop`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `comprehension = (expr target, expr iter, expr* ifs, int is_async)`
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`, with position.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Box<Expr>>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// `arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
/// expr* kw_defaults, arg? kwarg, expr* defaults)`; `kw_defaults` holds
/// `None` for keyword-only parameters without a default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    pub defaults: Vec<Expr>,
}

/// `arg = (identifier arg, expr? annotation, string? type_comment)`, with position.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
    pub type_comment: Option<String>,
    pub range: TextRange,
}

/// `keyword = (identifier? arg, expr value)`, with position; `arg` is
/// `None` for `**kwargs`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub range: TextRange,
}

/// `alias = (identifier name, identifier? asname)`, with position.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Identifier,
    pub asname: Option<Identifier>,
    pub range: TextRange,
}

/// `withitem = (expr context_expr, expr? optional_vars)`
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

/// `match_case = (pattern pattern, expr? guard, stmt* body)`
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

/// `pattern`, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub range: TextRange,
}

/// The kinds of `pattern`.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// `MatchValue(expr value)`
    MatchValue { value: Box<Expr> },
    /// `MatchSingleton(constant value)`
    MatchSingleton { value: Constant },
    /// `MatchSequence(pattern* patterns)`
    MatchSequence { patterns: Vec<Pattern> },
    /// `MatchMapping(expr* keys, pattern* patterns, identifier? rest)`
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Identifier>,
    },
    /// `MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)`
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `MatchStar(identifier? name)`
    MatchStar { name: Option<Identifier> },
    /// `MatchAs(pattern? pattern, identifier? name)`
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Identifier>,
    },
    /// `MatchOr(pattern* patterns)`
    MatchOr { patterns: Vec<Pattern> },
}

/// `TypeIgnore(int lineno, string tag)`
#[derive(Clone, Debug, PartialEq)]
pub struct TypeIgnore {
    pub lineno: u32,
    pub tag: String,
}

/// `type_param`, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeParam {
    pub kind: TypeParamKind,
    pub range: TextRange,
}

/// The kinds of `type_param`.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeParamKind {
    /// `TypeVar(identifier name, expr? bound, expr? default_value)`
    TypeVar {
        name: Identifier,
        bound: Option<Box<Expr>>,
        default_value: Option<Box<Expr>>,
    },
    /// `ParamSpec(identifier name, expr? default_value)`
    ParamSpec {
        name: Identifier,
        default_value: Option<Box<Expr>>,
    },
    /// `TypeVarTuple(identifier name, expr? default_value)`
    TypeVarTuple {
        name: Identifier,
        default_value: Option<Box<Expr>>,
    },
}
