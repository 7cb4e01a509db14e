//! The instruction set, defined once.
//!
//! Every instruction is one line of the `define_opcodes!` table below:
//! its Rust name, CPython's number and name (Taipan uses CPython 3.14's
//! numbering and names wherever the semantics are the same, so `co_code`
//! reads like CPython's), the operand type, the stack effect as
//! `|arg| (popped, pushed)` on the fall-through path, its flags, the
//! number of inline cache units that follow it, and one line of doc.
//! From the table the macro derives:
//!
//! - [`Opcode`], the fieldless enum the VM dispatches on (`#[repr(u8)]`,
//!   the discriminant is the byte in `co_code`), with [`Opcode::name`],
//!   [`Opcode::from_u8`], [`Opcode::stack_effect`], [`Opcode::flags`],
//!   [`Opcode::caches`] and [`Opcode::ALL`];
//! - [`Instr`], the typed instruction the compiler emits: one variant per
//!   opcode holding its operand newtype, so operands cannot be mixed up.
//!
//! Stack effects are written as "popped, pushed" rather than a net number
//! so the compiler's max-stack pass can also check underflow. Jumps have
//! the same effect on both paths except `FOR_ITER` (see
//! [`Opcode::branch_stack_effect`]).
//!
//! Cache units: each instruction is followed by as many `CACHE` code
//! units as CPython 3.14's `_PyOpcode_Caches` gives it (`LOAD_ATTR` 9,
//! `BINARY_OP` 5, `CALL` 3, ...), all zero. Jump distances count them, so
//! jump arguments and offsets read as CPython's; the VM skips them when it
//! decodes the code (`Code::decoded`), so they cost nothing at run time.

use crate::operand::{
    AttrArg, BinaryOpArg, CompareOpArg, ConstIdx, Conversion, Count, FunctionAttr, GlobalArg,
    Invert, Label, LocalIdx, LocalPair, NameIdx, NoArg, Operand, SmallInt, SuperArg,
};

/// What an instruction's argument means (for `dis` and checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// Ignored.
    None,
    /// `co_consts` index.
    Const,
    /// Local slot.
    Local,
    /// `co_names` index.
    Name,
    /// `co_names` index shifted left once, low bit a flag.
    NameFlag,
    /// Relative jump.
    Jump,
    /// Two local slots, `first << 4 | second`.
    LocalPair,
    /// Anything else: a count, an operator, a flag.
    Number,
}

/// Flags of an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct OpFlags(pub u8);

impl OpFlags {
    /// Its argument is a jump distance.
    pub const JUMP: Self = Self(1);
    /// Control never falls through to the next instruction.
    pub const NO_FALLTHROUGH: Self = Self(2);
    /// A backward jump (`JUMP_BACKWARD`).
    pub const BACKWARD: Self = Self(4);
    /// Its argument indexes `co_consts`.
    pub const HAS_CONST: Self = Self(8);
    /// Its argument indexes `co_names`.
    pub const HAS_NAME: Self = Self(16);
    /// Its argument indexes the local slots.
    pub const HAS_LOCAL: Self = Self(32);
    /// No flag.
    pub const NONE: Self = Self(0);

    /// Whether all bits of `other` are set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for OpFlags {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        Self(self.0 | rhs.0)
    }
}

/// How an operand type shows up in the table.
trait KindOf {
    const KIND: OperandKind;
}

macro_rules! kind_of {
    ($($t:ty => $k:ident),* $(,)?) => {$(
        impl KindOf for $t {
            const KIND: OperandKind = OperandKind::$k;
        }
    )*};
}

kind_of! {
    NoArg => None, ConstIdx => Const, LocalIdx => Local, LocalPair => LocalPair, NameIdx => Name,
    GlobalArg => NameFlag, AttrArg => NameFlag, SuperArg => NameFlag, Label => Jump, Count => Number,
    SmallInt => Number, BinaryOpArg => Number, CompareOpArg => Number,
    FunctionAttr => Number, Invert => Number, Conversion => Number,
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $num:literal, $name:literal, $operand:ident,
        |$arg:ident| ($pop:expr, $push:expr), [$($flag:ident)|*], $caches:literal;
    )*) => {
        /// An instruction's opcode: the first byte of its code unit.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $variant = $num, )*
        }

        /// A typed instruction: an opcode with its operand.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $variant($operand), )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant),*];

            /// The opcode whose number is `byte`, if any.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $num => Some(Opcode::$variant), )*
                    _ => None,
                }
            }

            /// CPython's name (`LOAD_CONST`).
            pub const fn name(self) -> &'static str {
                match self { $( Opcode::$variant => $name, )* }
            }

            /// What the argument means.
            pub const fn operand_kind(self) -> OperandKind {
                match self { $( Opcode::$variant => <$operand as KindOf>::KIND, )* }
            }

            /// The instruction's flags.
            pub const fn flags(self) -> OpFlags {
                match self { $( Opcode::$variant => OpFlags(0 $(| OpFlags::$flag.0)*), )* }
            }

            /// How many `CACHE` code units follow the instruction.
            #[inline]
            pub const fn caches(self) -> u32 {
                match self { $( Opcode::$variant => $caches, )* }
            }

            /// `(popped, pushed)` on the fall-through path, for argument `oparg`.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32) -> (u32, u32) {
                match self { $( Opcode::$variant => { let $arg = oparg; ($pop, $push) } )* }
            }
        }

        impl Instr {
            /// The opcode.
            pub const fn opcode(self) -> Opcode {
                match self { $( Instr::$variant(_) => Opcode::$variant, )* }
            }

            /// The raw argument.
            pub fn arg(self) -> u32 {
                match self { $( Instr::$variant(a) => a.to_arg(), )* }
            }

            /// Rebuild a typed instruction from its opcode and raw argument.
            pub fn from_parts(op: Opcode, arg: u32) -> Instr {
                match op { $( Opcode::$variant => Instr::$variant(<$operand>::from_arg(arg)), )* }
            }
        }
    };
}

impl Opcode {
    /// `(popped, pushed)` when the jump is taken: the same as falling
    /// through (`FOR_ITER` jumps to an `END_FOR` that pops the value it
    /// would have pushed; the VM skips that `END_FOR`).
    pub fn branch_stack_effect(self, oparg: u32) -> (u32, u32) {
        self.stack_effect(oparg)
    }
}

impl Instr {
    /// The jump target label, for jump instructions.
    pub fn label(self) -> Option<Label> {
        self.opcode()
            .flags()
            .contains(OpFlags::JUMP)
            .then_some(Label(self.arg()))
    }
}

define_opcodes! {
    /// Filler for an inline cache unit; never executed.
    Cache = 0, "CACHE", NoArg, |a| (0, 0), [], 0;
    /// `TOS = TOS1[TOS2:TOS]`... not used yet: slices are `BUILD_SLICE` + subscript.
    BinarySlice = 1, "BINARY_SLICE", NoArg, |a| (3, 1), [], 0;
    /// `TOS = isinstance(TOS1, TOS)` for an `except` clause (TOS1 stays).
    CheckExcMatch = 6, "CHECK_EXC_MATCH", NoArg, |a| (2, 2), [], 0;
    /// Handler of a `yield from`/`await` loop: with `sub_iter, lasti, exc`
    /// on the stack, a `StopIteration` becomes `None, value`; else re-raise.
    CleanupThrow = 7, "CLEANUP_THROW", NoArg, |a| (3, 2), [], 0;
    /// Call `TOS3(*TOS1, **TOS)` (TOS is null without keywords; TOS2 is
    /// the self-or-null slot).
    CallFunctionEx = 4, "CALL_FUNCTION_EX", NoArg, |a| (4, 1), [], 0;
    /// `except*`: split the exception group TOS1 by the type TOS into the
    /// rest (TOS1) and the match (TOS, `None` when nothing matched).
    CheckEgMatch = 5, "CHECK_EG_MATCH", NoArg, |a| (2, 2), [], 0;
    /// `del TOS1[TOS]`.
    DeleteSubscr = 8, "DELETE_SUBSCR", NoArg, |a| (2, 0), [], 0;
    /// End of a `for` loop: pops the last value (reached only by
    /// instrumentation in CPython; `FOR_ITER` jumps past it).
    EndFor = 9, "END_FOR", NoArg, |a| (1, 0), [], 0;
    /// End of a `yield from`/`await` loop: drop the sub-iterator TOS1.
    EndSend = 10, "END_SEND", NoArg, |a| (2, 1), [], 0;
    /// `format(TOS, '')` for an f-string field.
    FormatSimple = 12, "FORMAT_SIMPLE", NoArg, |a| (1, 1), [], 0;
    /// `format(TOS1, TOS)` for an f-string field with a spec.
    FormatWithSpec = 13, "FORMAT_WITH_SPEC", NoArg, |a| (2, 1), [], 0;
    /// `TOS = TOS.__aiter__()` (`async for`).
    GetAiter = 14, "GET_AITER", NoArg, |a| (1, 1), [], 0;
    /// Push the awaitable of `TOS.__anext__()` (TOS stays).
    GetAnext = 15, "GET_ANEXT", NoArg, |a| (1, 2), [], 0;
    /// `TOS = iter(TOS)`.
    GetIter = 16, "GET_ITER", NoArg, |a| (1, 1), [], 0;
    /// Push `builtins.__build_class__`.
    LoadBuildClass = 21, "LOAD_BUILD_CLASS", NoArg, |a| (0, 1), [], 0;
    /// Push the local namespace (a class body's).
    LoadLocals = 22, "LOAD_LOCALS", NoArg, |a| (0, 1), [], 0;
    /// Push `len(TOS)` (TOS stays).
    GetLen = 18, "GET_LEN", NoArg, |a| (1, 2), [], 0;
    /// `TOS = iter(TOS)` for `yield from` (generators and coroutines stay).
    GetYieldFromIter = 19, "GET_YIELD_FROM_ITER", NoArg, |a| (1, 1), [], 0;
    /// Push whether TOS is a mapping (for `match`).
    MatchMapping = 25, "MATCH_MAPPING", NoArg, |a| (1, 2), [], 0;
    /// Mapping pattern: with `subject, keys` on the stack, push a tuple of
    /// the values for `keys`, or `None` if one is missing.
    MatchKeys = 24, "MATCH_KEYS", NoArg, |a| (2, 3), [], 0;
    /// Push whether TOS is a sequence other than str/bytes (for `match`).
    MatchSequence = 26, "MATCH_SEQUENCE", NoArg, |a| (1, 2), [], 0;
    /// Make a function from the code object on top of the stack.
    MakeFunction = 23, "MAKE_FUNCTION", NoArg, |a| (1, 1), [], 0;
    /// Do nothing.
    Nop = 27, "NOP", NoArg, |a| (0, 0), [], 0;
    /// Marks the not-taken side of a branch (for monitoring); no effect.
    NotTaken = 28, "NOT_TAKEN", NoArg, |a| (0, 0), [], 0;
    /// Leave an `except` body: pop the saved exception and make it the
    /// handled one again.
    PopExcept = 29, "POP_EXCEPT", NoArg, |a| (1, 0), [], 0;
    /// Pop the exhausted iterator after a `for` loop.
    PopIter = 30, "POP_ITER", NoArg, |a| (1, 0), [], 0;
    /// Pop and discard TOS.
    PopTop = 31, "POP_TOP", NoArg, |a| (1, 0), [], 0;
    /// Enter an `except` block: TOS (the exception) becomes the handled
    /// one; the previously handled exception is pushed below it.
    PushExcInfo = 32, "PUSH_EXC_INFO", NoArg, |a| (1, 2), [], 0;
    /// Push the null marker that fills `self_or_null` before a call.
    PushNull = 33, "PUSH_NULL", NoArg, |a| (0, 1), [], 0;
    /// Generator start: the call returns the generator; when first
    /// resumed, pushes the sent value (`None`).
    ReturnGenerator = 34, "RETURN_GENERATOR", NoArg, |a| (0, 1), [], 0;
    /// Return TOS to the caller.
    ReturnValue = 35, "RETURN_VALUE", NoArg, |a| (1, 0), [NO_FALLTHROUGH], 0;
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr = 38, "STORE_SUBSCR", NoArg, |a| (3, 0), [], 1;
    /// `TOS2[TOS1:TOS] = TOS3`.
    StoreSlice = 37, "STORE_SLICE", NoArg, |a| (4, 0), [], 0;
    /// `TOS = bool(TOS)`.
    ToBool = 39, "TO_BOOL", NoArg, |a| (1, 1), [], 3;
    /// `TOS = ~TOS`.
    UnaryInvert = 40, "UNARY_INVERT", NoArg, |a| (1, 1), [], 0;
    /// `TOS = -TOS`.
    UnaryNegative = 41, "UNARY_NEGATIVE", NoArg, |a| (1, 1), [], 0;
    /// `TOS = not TOS` (TOS is already a bool).
    UnaryNot = 42, "UNARY_NOT", NoArg, |a| (1, 1), [], 0;
    /// In a `with` block's exception handler, with `exit, self_or_null,
    /// lasti, saved, exc` on the stack: push `exit(type(exc), exc, tb)`
    /// (`self` first when not null).
    WithExceptStart = 43, "WITH_EXCEPT_START", NoArg, |a| (3, 4), [], 0;
    /// `TOS = TOS1 op TOS` for the `NB_*` operator (subscript included).
    BinaryOp = 44, "BINARY_OP", BinaryOpArg, |a| (2, 1), [], 5;
    /// Replace the top `n` values by a list of them.
    BuildList = 46, "BUILD_LIST", Count, |n| (n, 1), [], 0;
    /// Replace the top `2n` values (key, value, ...) by a dict.
    BuildMap = 47, "BUILD_MAP", Count, |n| (2 * n, 1), [], 0;
    /// Replace the top `n` values by a set of them.
    BuildSet = 48, "BUILD_SET", Count, |n| (n, 1), [], 0;
    /// Replace the top `n` values (`n` is 2 or 3) by a slice.
    BuildSlice = 49, "BUILD_SLICE", Count, |n| (n, 1), [], 0;
    /// Concatenate the top `n` strings.
    BuildString = 50, "BUILD_STRING", Count, |n| (n, 1), [], 0;
    /// Replace the top `n` values by a tuple of them.
    BuildTuple = 51, "BUILD_TUPLE", Count, |n| (n, 1), [], 0;
    /// `TOS = intrinsic(TOS)`: 5 is unary `+`, 6 turns a list into a tuple.
    CallIntrinsic1 = 53, "CALL_INTRINSIC_1", Count, |a| (1, 1), [], 0;
    /// `TOS = intrinsic(TOS1, TOS)`: 1 prepares a re-raise of what the
    /// `except*` clauses left, 2 `TypeVar` with bound, 3 with constraints.
    CallIntrinsic2 = 54, "CALL_INTRINSIC_2", Count, |a| (2, 1), [], 0;
    /// Call `callable(self_or_null?, *args)` with `n` positional arguments;
    /// the stack holds `callable, self_or_null, arg1 .. argn`.
    Call = 52, "CALL", Count, |n| (n + 2, 1), [], 3;
    /// Like `CALL`, with a tuple of keyword names on top; the last
    /// `len(names)` of the `n` arguments are keyword arguments.
    CallKw = 55, "CALL_KW", Count, |n| (n + 3, 1), [], 3;
    /// `TOS = TOS1 <op> TOS` for a rich comparison.
    CompareOp = 56, "COMPARE_OP", CompareOpArg, |a| (2, 1), [], 1;
    /// `TOS = TOS1 in TOS` (or `not in` when the argument is 1).
    ContainsOp = 57, "CONTAINS_OP", Invert, |a| (2, 1), [], 1;
    /// `TOS = str/repr/ascii(TOS)` for an f-string conversion.
    ConvertValue = 58, "CONVERT_VALUE", Conversion, |a| (1, 1), [], 0;
    /// Push a copy of the `n`th value from the top (1 is TOS).
    Copy = 59, "COPY", Count, |n| (n, n + 1), [], 0;
    /// Copy the function's `n` closure cells into the last local slots.
    CopyFreeVars = 60, "COPY_FREE_VARS", Count, |a| (0, 0), [], 0;
    /// `del TOS.name`.
    DeleteAttr = 61, "DELETE_ATTR", NameIdx, |a| (1, 0), [HAS_NAME], 0;
    /// Empty the cell in local slot `i`.
    DeleteDeref = 62, "DELETE_DEREF", LocalIdx, |a| (0, 0), [HAS_LOCAL], 0;
    /// Unbind a local slot.
    DeleteFast = 63, "DELETE_FAST", LocalIdx, |a| (0, 0), [HAS_LOCAL], 0;
    /// Remove a name from the module namespace.
    DeleteGlobal = 64, "DELETE_GLOBAL", NameIdx, |a| (0, 0), [HAS_NAME], 0;
    /// Remove a name from the current namespace.
    DeleteName = 65, "DELETE_NAME", NameIdx, |a| (0, 0), [HAS_NAME], 0;
    /// Merge the mapping TOS into the dict `n` below it, rejecting
    /// duplicate keys (keyword arguments).
    DictMerge = 66, "DICT_MERGE", Count, |n| (n + 1, n), [], 0;
    /// Update the dict `n` below TOS with the mapping TOS.
    DictUpdate = 67, "DICT_UPDATE", Count, |n| (n + 1, n), [], 0;
    /// End of an `async for`: `StopAsyncIteration` (TOS) ends the loop.
    EndAsyncFor = 68, "END_ASYNC_FOR", NoArg, |a| (2, 0), [], 0;
    /// Widen the next instruction's argument by 8 bits.
    ExtendedArg = 69, "EXTENDED_ARG", Count, |a| (0, 0), [], 0;
    /// Push `next(TOS)`; when the iterator is exhausted, jump forward to
    /// the loop's `END_FOR` and skip it (leaving the iterator for
    /// `POP_ITER`).
    ForIter = 70, "FOR_ITER", Label, |a| (1, 2), [JUMP], 1;
    /// `TOS = awaitable(TOS)` (`__await__`), checking it can be awaited.
    GetAwaitable = 71, "GET_AWAITABLE", Count, |a| (1, 1), [], 0;
    /// Push attribute `name` of the module TOS (`from m import name`).
    ImportFrom = 72, "IMPORT_FROM", NameIdx, |a| (1, 2), [HAS_NAME], 0;
    /// Import module `name` (TOS1 is the level, TOS the from-list).
    ImportName = 73, "IMPORT_NAME", NameIdx, |a| (2, 1), [HAS_NAME], 0;
    /// `TOS = TOS1 is TOS` (or `is not` when the argument is 1).
    IsOp = 74, "IS_OP", Invert, |a| (2, 1), [], 0;
    /// Jump backward (a loop's end).
    JumpBackward = 75, "JUMP_BACKWARD", Label, |a| (0, 0), [JUMP | NO_FALLTHROUGH | BACKWARD], 1;
    /// Jump backward without a check for signals (`yield from` loops).
    JumpBackwardNoInterrupt = 76, "JUMP_BACKWARD_NO_INTERRUPT", Label, |a| (0, 0), [JUMP | NO_FALLTHROUGH | BACKWARD], 0;
    /// Jump forward.
    JumpForward = 77, "JUMP_FORWARD", Label, |a| (0, 0), [JUMP | NO_FALLTHROUGH], 0;
    /// Append TOS to the list `n` below it (comprehensions).
    ListAppend = 78, "LIST_APPEND", Count, |n| (n + 1, n), [], 0;
    /// Extend the list `n` below TOS with the iterable TOS.
    ListExtend = 79, "LIST_EXTEND", Count, |n| (n + 1, n), [], 0;
    /// `TOS = TOS.name` (the low bit of the argument asks for a method
    /// pair, not used yet).
    LoadAttr = 80, "LOAD_ATTR", AttrArg, |a| (1, 1 + (a & 1)), [HAS_NAME], 9;
    /// Push a built-in object: 0 `AssertionError`, 1
    /// `NotImplementedError`, 2 `tuple`, 3 `all`, 4 `any`, 5 `list`, 6 `set`.
    LoadCommonConstant = 81, "LOAD_COMMON_CONSTANT", Count, |a| (0, 1), [], 0;
    /// Push `co_consts[i]`.
    LoadConst = 82, "LOAD_CONST", ConstIdx, |a| (0, 1), [HAS_CONST], 0;
    /// Replace the mapping TOS with its item named after local slot `i`,
    /// or the contents of the cell in that slot if it has none.
    LoadFromDictOrDeref = 90, "LOAD_FROM_DICT_OR_DEREF", LocalIdx, |a| (1, 1), [HAS_LOCAL], 0;
    /// Replace the mapping TOS with its item `co_names[i]`, or the global
    /// (or built-in) of that name if it has none.
    LoadFromDictOrGlobals = 91, "LOAD_FROM_DICT_OR_GLOBALS", NameIdx, |a| (1, 1), [HAS_NAME], 0;
    /// Push the contents of the cell in local slot `i`.
    LoadDeref = 83, "LOAD_DEREF", LocalIdx, |a| (0, 1), [HAS_LOCAL], 0;
    /// Push local slot `i`.
    LoadFast = 84, "LOAD_FAST", LocalIdx, |a| (0, 1), [HAS_LOCAL], 0;
    /// Push local slot `i` (null if unbound) and unbind it: saves a
    /// variable an inlined comprehension shadows.
    LoadFastAndClear = 85, "LOAD_FAST_AND_CLEAR", LocalIdx, |a| (0, 1), [HAS_LOCAL], 0;
    /// Push local slot `i` (CPython borrows the reference; Taipan clones
    /// it like `LOAD_FAST`).
    LoadFastBorrow = 86, "LOAD_FAST_BORROW", LocalIdx, |a| (0, 1), [HAS_LOCAL], 0;
    /// Push local slots `a >> 4` then `a & 15` (borrowed in CPython).
    LoadFastBorrowLoadFastBorrow = 87, "LOAD_FAST_BORROW_LOAD_FAST_BORROW", LocalPair, |a| (0, 2), [], 0;
    /// Push local slots `a >> 4` then `a & 15`.
    LoadFastLoadFast = 89, "LOAD_FAST_LOAD_FAST", LocalPair, |a| (0, 2), [], 0;
    /// Push local slot `i`, raising `UnboundLocalError` if it is unbound.
    LoadFastCheck = 88, "LOAD_FAST_CHECK", LocalIdx, |a| (0, 1), [HAS_LOCAL], 0;
    /// Push a global (or builtin); the low bit also pushes a null.
    LoadGlobal = 92, "LOAD_GLOBAL", GlobalArg, |a| (0, 1 + (a & 1)), [HAS_NAME], 4;
    /// Push a name from the current namespace, globals or builtins.
    LoadName = 93, "LOAD_NAME", NameIdx, |a| (0, 1), [HAS_NAME], 0;
    /// Replace the context manager TOS by its special method (0
    /// `__enter__`, 1 `__exit__`, 2 `__aenter__`, 3 `__aexit__`) looked up
    /// on its type: the method and `self`, or the bound attribute and null.
    LoadSpecial = 95, "LOAD_SPECIAL", Count, |a| (1, 2), [], 0;
    /// Push the small int `i`.
    LoadSmallInt = 94, "LOAD_SMALL_INT", SmallInt, |a| (0, 1), [], 0;
    /// `super(TOS1, TOS).name` with `super` (the global) below them; the
    /// low bit asks for a method pair, like `LOAD_ATTR`.
    LoadSuperAttr = 96, "LOAD_SUPER_ATTR", SuperArg, |a| (3, 1 + (a & 1)), [HAS_NAME], 1;
    /// Wrap local slot `i` in a new cell.
    MakeCell = 97, "MAKE_CELL", LocalIdx, |a| (0, 0), [HAS_LOCAL], 0;
    /// Class pattern: with `subject, class, keyword names` on the stack,
    /// replace them by a tuple of the `n` positional then the keyword
    /// attributes, or `None` when the subject does not match.
    MatchClass = 99, "MATCH_CLASS", Count, |a| (3, 1), [], 0;
    /// `TOS2[TOS1] = TOS` into the dict `n` below the pair (dict comprehensions).
    MapAdd = 98, "MAP_ADD", Count, |n| (n + 2, n), [], 0;
    /// Pop and jump if TOS is false.
    PopJumpIfFalse = 100, "POP_JUMP_IF_FALSE", Label, |a| (1, 0), [JUMP], 1;
    /// Pop and jump if TOS is None.
    PopJumpIfNone = 101, "POP_JUMP_IF_NONE", Label, |a| (1, 0), [JUMP], 1;
    /// Pop and jump if TOS is not None.
    PopJumpIfNotNone = 102, "POP_JUMP_IF_NOT_NONE", Label, |a| (1, 0), [JUMP], 1;
    /// Pop and jump if TOS is true.
    PopJumpIfTrue = 103, "POP_JUMP_IF_TRUE", Label, |a| (1, 0), [JUMP], 1;
    /// `raise` (0), `raise TOS` (1), `raise TOS1 from TOS` (2).
    RaiseVarargs = 104, "RAISE_VARARGS", Count, |n| (n, 0), [NO_FALLTHROUGH], 0;
    /// Re-raise the exception TOS with its traceback (the argument says a
    /// saved offset lies below it).
    Reraise = 105, "RERAISE", Count, |a| (1, 0), [NO_FALLTHROUGH], 0;
    /// Send TOS to the sub-iterator TOS1: its next yielded value replaces
    /// TOS; when it returns, its value replaces TOS and the jump is taken.
    Send = 106, "SEND", Label, |a| (2, 2), [JUMP], 1;
    /// Add TOS to the set `n` below it (set comprehensions).
    SetAdd = 107, "SET_ADD", Count, |n| (n + 1, n), [], 0;
    /// Add the items of the iterable TOS to the set `n` below it.
    SetUpdate = 109, "SET_UPDATE", Count, |n| (n + 1, n), [], 0;
    /// Set an attribute of the function TOS from TOS1 (the flag says which).
    SetFunctionAttribute = 108, "SET_FUNCTION_ATTRIBUTE", FunctionAttr, |a| (2, 1), [], 0;
    /// `TOS.name = TOS1`.
    StoreAttr = 110, "STORE_ATTR", NameIdx, |a| (2, 0), [HAS_NAME], 4;
    /// Store TOS into the cell in local slot `i`.
    StoreDeref = 111, "STORE_DEREF", LocalIdx, |a| (1, 0), [HAS_LOCAL], 0;
    /// Store TOS into local slot `i`.
    StoreFast = 112, "STORE_FAST", LocalIdx, |a| (1, 0), [HAS_LOCAL], 0;
    /// Store TOS into local slot `a >> 4`, then push local slot `a & 15`.
    StoreFastLoadFast = 113, "STORE_FAST_LOAD_FAST", LocalPair, |a| (1, 1), [], 0;
    /// Store TOS into local slot `a >> 4`, then the next value into `a & 15`.
    StoreFastStoreFast = 114, "STORE_FAST_STORE_FAST", LocalPair, |a| (2, 0), [], 0;
    /// Store TOS as a module global.
    StoreGlobal = 115, "STORE_GLOBAL", NameIdx, |a| (1, 0), [HAS_NAME], 0;
    /// Store TOS under a name in the current namespace.
    StoreName = 116, "STORE_NAME", NameIdx, |a| (1, 0), [HAS_NAME], 0;
    /// Swap TOS with the `n`th value from the top.
    Swap = 117, "SWAP", Count, |n| (n, n), [], 0;
    /// Starred unpacking: `low byte` values before the star, `high byte`
    /// after; the starred ones become a list.
    UnpackEx = 118, "UNPACK_EX", Count, |n| (1, (n & 0xFF) + (n >> 8) + 1), [], 0;
    /// Replace the iterable TOS by its `n` items, the first on top.
    UnpackSequence = 119, "UNPACK_SEQUENCE", Count, |n| (1, n), [], 1;
    /// Suspend the generator, handing TOS to whoever resumed it; on the
    /// next resumption the sent value replaces it.
    YieldValue = 120, "YIELD_VALUE", Count, |a| (1, 1), [], 0;
    /// Function entry point (and where a thread switch could happen).
    Resume = 128, "RESUME", Count, |a| (0, 0), [], 0;
}
