//! Taipan's bytecode: the instruction set, code objects and their encoding.
//!
//! This crate is data only: the compiler (`taipan-compiler`) produces
//! [`CodeObject`]s and the virtual machine (`taipan-vm`) runs them; neither
//! depends on the other. The instruction set is defined once, in
//! [`opcode`], by the `define_opcodes!` table; everything else about an
//! instruction (its name, number, operand type, stack effect, flags, cache
//! units) is derived from that table.

mod code;
mod encode;
pub mod marshal;
pub mod opcode;
pub mod operand;
pub mod pyc;
mod siphash;

pub use code::{CodeFlags, CodeObject, ConstValue, ExceptionTableEntry, Position};
pub use encode::{decode, encode, Encoded, Instruction, InstructionIter};
pub use opcode::{Instr, OpFlags, Opcode, OperandKind};
pub use operand::{
    AttrArg, BinaryOpArg, CompareOpArg, ConstIdx, Conversion, Count, FunctionAttr, GlobalArg,
    Invert, Label, LocalIdx, NameIdx, NoArg, Operand, SmallInt, SuperArg,
};
pub use siphash::siphash13;
