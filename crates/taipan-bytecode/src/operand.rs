//! Typed instruction operands. Each instruction's 8-bit argument (widened
//! by `EXTENDED_ARG` prefixes to 32 bits) means something different: an
//! index into `co_consts`, `co_names` or the frame's local slots, a jump
//! distance, an operator number. Each meaning is a newtype, so the compiler
//! cannot put a name index where a constant index belongs.

/// A type an instruction's argument can hold.
pub trait Operand: Copy {
    /// The raw 32-bit argument.
    fn to_arg(self) -> u32;
    /// Back from the raw argument.
    fn from_arg(arg: u32) -> Self;
}

macro_rules! newtype_operand {
    ($( $(#[doc = $doc:literal])* $name:ident; )*) => {$(
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl Operand for $name {
            #[inline]
            fn to_arg(self) -> u32 {
                self.0
            }
            #[inline]
            fn from_arg(arg: u32) -> Self {
                Self(arg)
            }
        }
    )*};
}

newtype_operand! {
    /// An index into `co_consts`.
    ConstIdx;
    /// An index into the frame's local slots (`co_varnames`, then the
    /// cells that are not parameters, then `co_freevars`).
    LocalIdx;
    /// Two local slots packed as `first << 4 | second` (each below 16),
    /// for the superinstructions (`LOAD_FAST_LOAD_FAST`, ...).
    LocalPair;
    /// An index into `co_names`.
    NameIdx;
    /// A jump target. In the compiler it names a label; once encoded it is
    /// the distance in code units from the end of the jump instruction
    /// (forwards, or backwards for `JUMP_BACKWARD`).
    Label;
    /// A count: of arguments, of items to build, of values to unpack, or a
    /// stack depth for `COPY`/`SWAP`.
    Count;
    /// A small integer pushed by `LOAD_SMALL_INT` (0..=255).
    SmallInt;
    /// `LOAD_GLOBAL`'s argument: `name << 1 | push_null`.
    GlobalArg;
    /// `LOAD_ATTR`'s argument: `name << 1 | is_method`.
    AttrArg;
    /// `LOAD_SUPER_ATTR`'s argument: `name << 2 | two_args << 1 | is_method`.
    SuperArg;
    /// `SET_FUNCTION_ATTRIBUTE`'s flag: 1 defaults, 2 keyword defaults,
    /// 4 annotations, 8 closure.
    FunctionAttr;
    /// `IS_OP`/`CONTAINS_OP`'s argument: 1 inverts the test.
    Invert;
    /// `CONVERT_VALUE`'s argument: 1 `str`, 2 `repr`, 3 `ascii`.
    Conversion;
}

/// `BINARY_OP`'s argument: CPython's `NB_*` numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BinaryOpArg(pub u32);

impl BinaryOpArg {
    /// `+`
    pub const ADD: Self = Self(0);
    /// `&`
    pub const AND: Self = Self(1);
    /// `//`
    pub const FLOOR_DIVIDE: Self = Self(2);
    /// `<<`
    pub const LSHIFT: Self = Self(3);
    /// `@`
    pub const MATRIX_MULTIPLY: Self = Self(4);
    /// `*`
    pub const MULTIPLY: Self = Self(5);
    /// `%`
    pub const REMAINDER: Self = Self(6);
    /// `|`
    pub const OR: Self = Self(7);
    /// `**`
    pub const POWER: Self = Self(8);
    /// `>>`
    pub const RSHIFT: Self = Self(9);
    /// `-`
    pub const SUBTRACT: Self = Self(10);
    /// `/`
    pub const TRUE_DIVIDE: Self = Self(11);
    /// `^`
    pub const XOR: Self = Self(12);
    /// The in-place forms are the plain ones plus this (`+=` is 13).
    pub const INPLACE_OFFSET: u32 = 13;
    /// `[]` (subscript, `container[key]`).
    pub const SUBSCR: Self = Self(26);

    const SYMBOLS: [&'static str; 13] = [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    ];

    /// The operator as written (`+`, `+=`, `[]`), as error messages show it.
    pub fn symbol(self) -> &'static str {
        const INPLACE: [&str; 13] = [
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ];
        let n = self.0 as usize;
        match n {
            0..13 => Self::SYMBOLS[n],
            13..26 => INPLACE[n - 13],
            _ => "[]",
        }
    }

    /// The operator without its in-place flag.
    pub fn base(self) -> Self {
        if (13..26).contains(&self.0) {
            Self(self.0 - Self::INPLACE_OFFSET)
        } else {
            self
        }
    }
}

impl Operand for BinaryOpArg {
    fn to_arg(self) -> u32 {
        self.0
    }
    fn from_arg(arg: u32) -> Self {
        Self(arg)
    }
}

/// `COMPARE_OP`'s argument, as CPython 3.14 packs it: `op << 5`, plus 16
/// when the result is to be converted to `bool` (before a jump).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CompareOpArg(pub u32);

impl CompareOpArg {
    /// `<`
    pub const LT: u32 = 0;
    /// `<=`
    pub const LE: u32 = 1;
    /// `==`
    pub const EQ: u32 = 2;
    /// `!=`
    pub const NE: u32 = 3;
    /// `>`
    pub const GT: u32 = 4;
    /// `>=`
    pub const GE: u32 = 5;

    /// The argument for comparison `op` (one of the constants above).
    pub fn new(op: u32, to_bool: bool) -> Self {
        // The low four bits are CPython's comparison mask (less 2,
        // greater 4, equal 8, unordered 1), which its specializer reads.
        let mask = [2, 10, 8, 7, 4, 12].get(op as usize).copied().unwrap_or(0);
        Self(op << 5 | if to_bool { 16 } else { 0 } | mask)
    }

    /// The comparison (one of the constants above).
    pub fn op(self) -> u32 {
        self.0 >> 5
    }

    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="]
            .get(self.op() as usize)
            .copied()
            .unwrap_or("?")
    }
}

impl Operand for CompareOpArg {
    fn to_arg(self) -> u32 {
        self.0
    }
    fn from_arg(arg: u32) -> Self {
        Self(arg)
    }
}

/// The operand of an instruction that takes none (its argument byte is 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NoArg;

impl Operand for NoArg {
    fn to_arg(self) -> u32 {
        0
    }
    fn from_arg(_: u32) -> Self {
        NoArg
    }
}
