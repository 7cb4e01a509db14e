//! Taipan's compiler: from an AST to code objects. The first pass is the
//! [`symtable`] (which scope every name belongs to); the second,
//! [`codegen`], emits bytecode (`taipan-bytecode`) block by block.

pub mod codegen;
pub mod symtable;
mod warnings;

pub use codegen::{
    compile_module, compile_module_optimized, compile_module_with_warnings, CompileError,
};
pub use warnings::CompileWarning;
