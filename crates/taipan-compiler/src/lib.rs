//! Taipan's compiler: from an AST to code objects. So far it holds the
//! first pass, the [`symtable`] (which scope every name belongs to).

pub mod symtable;
