//! Code objects: what the compiler makes of one block (module, function),
//! with CPython's attribute names.

use std::rc::Rc;

use num_bigint::BigInt;

/// `co_flags` bits (CPython's values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    /// Locals live in fast slots (every function).
    pub const OPTIMIZED: u32 = 1;
    /// A fresh local namespace is made for each call.
    pub const NEWLOCALS: u32 = 2;
    /// Has `*args`.
    pub const VARARGS: u32 = 4;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 8;
    /// Defined inside another function.
    pub const NESTED: u32 = 16;
    /// A generator function.
    pub const GENERATOR: u32 = 32;
    /// An `async def` function.
    pub const COROUTINE: u32 = 0x80;
    /// An `async def` function that yields (an async generator).
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// The first constant is not a docstring... (CPython's `CO_HAS_DOCSTRING` is 0x4000000).
    pub const HAS_DOCSTRING: u32 = 0x400_0000;
}

/// A constant in `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// An int that fits 64 bits.
    Int(i64),
    /// Any other int.
    BigInt(Box<BigInt>),
    /// A float.
    Float(f64),
    /// A complex (`2j`): real and imaginary parts.
    Complex(f64, f64),
    /// A string.
    Str(Rc<str>),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
    /// A tuple of constants.
    Tuple(Vec<ConstValue>),
    /// A frozenset of constants (a set display of constants, `x in {...}`),
    /// items in source order: the VM inserts them in that order.
    FrozenSet(Vec<ConstValue>),
    /// A nested code object (a function body).
    Code(Rc<CodeObject>),
}

/// The source span of one code unit (CPython's `co_positions()`): 1-based
/// lines, 0-based UTF-8 byte columns; `line == 0` means "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Column on the first line.
    pub col: u32,
    /// Column (exclusive) on the last line.
    pub end_col: u32,
}

/// One entry of the exception table (CPython 3.11+'s "zero-cost"
/// exceptions): while an instruction in code units `start..end` runs, an
/// exception jumps to `target`, after the value stack is cut to `depth`
/// values (plus the offset of the failing instruction if `lasti`), with
/// the exception pushed. Entries do not overlap; a `try` nested in another
/// splits the outer range, as CPython's assembler does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First code unit covered.
    pub start: u32,
    /// One past the last code unit covered.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// The stack depth the handler expects below the exception.
    pub depth: u32,
    /// Whether the failing instruction's offset is pushed too.
    pub lasti: bool,
}

/// A compiled block, as CPython's `types.CodeType`.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`
    pub name: String,
    /// `co_qualname`
    pub qualname: String,
    /// `co_filename`
    pub filename: Rc<str>,
    /// `co_firstlineno`
    pub firstlineno: u32,
    /// `co_argcount` (positional parameters, positional-only included).
    pub argcount: u32,
    /// `co_posonlyargcount`
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`
    pub kwonlyargcount: u32,
    /// `co_varnames`: parameters, then other locals.
    pub varnames: Vec<String>,
    /// `co_names`: globals, attributes and (in module code) variables.
    pub names: Vec<String>,
    /// `co_consts`
    pub consts: Vec<ConstValue>,
    /// `co_cellvars`: locals captured by nested functions.
    pub cellvars: Vec<String>,
    /// `co_freevars`: variables of enclosing functions this code reads.
    pub freevars: Vec<String>,
    /// `co_flags`
    pub flags: CodeFlags,
    /// `co_code`: 16-bit code units (opcode byte, argument byte).
    pub code: Vec<u8>,
    /// One position per code unit.
    pub positions: Vec<Position>,
    /// `co_stacksize`: the deepest the value stack gets.
    pub stacksize: u32,
    /// `co_exceptiontable`, decoded.
    pub exception_table: Vec<ExceptionTableEntry>,
    /// Local slot of each of `cellvars` (a parameter's own slot when a
    /// parameter is captured).
    pub cell_slots: Vec<u32>,
}

impl CodeObject {
    /// Number of local slots: `co_varnames`, cells that are not
    /// parameters, then `co_freevars` (CPython's "localsplus").
    pub fn nlocalsplus(&self) -> usize {
        let extra_cells = self
            .cell_slots
            .iter()
            .filter(|&&s| s as usize >= self.varnames.len())
            .count();
        self.varnames.len() + extra_cells + self.freevars.len()
    }

    /// The handler covering code unit `unit`, if any.
    pub fn handler_for(&self, unit: usize) -> Option<&ExceptionTableEntry> {
        let unit = unit as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= unit && unit < e.end)
    }

    /// The position of the code unit at `index`.
    pub fn position(&self, index: usize) -> Position {
        self.positions.get(index).copied().unwrap_or_default()
    }
}
