//! Code generation: from the AST and its symbol table to code objects.
//!
//! One [`Unit`](unit::Unit) is open per block being compiled (the module,
//! then each function nested in it, as a stack). Statements and
//! expressions append typed instructions ([`taipan_bytecode::Instr`]) to
//! the innermost unit; jumps name labels that assembly turns into
//! relative distances. Where each name lives comes from the symbol table
//! (`symtable`): module code uses `LOAD_NAME`/`STORE_NAME`, functions use
//! fast local slots, closure cells (`*_DEREF`) and `LOAD_GLOBAL`, exactly
//! as CPython 3.14 decides.
//!
//! Every instruction carries the source range of the node it was emitted
//! for; tracebacks read the line from it.

mod annotations;
mod async_stmt;
mod class_def;
mod comprehension;
mod cond;
mod consts;
mod expr;
mod flow;
mod pattern;
mod stmt;
mod try_star;
mod try_stmt;
mod type_params;
mod unit;

use std::fmt;
use std::rc::Rc;

use taipan_ast::{Mod, Stmt};
use taipan_bytecode::{CodeObject, ConstValue, Count, Instr, LocalIdx, NoArg};
use taipan_source::{LineIndex, TextRange};

use crate::symtable::{ScopeId, SymbolScope, SymbolTable, SymtableError};
use crate::warnings::CompileWarning;
use unit::Unit;

/// A program the compiler rejects: a symbol-table `SyntaxError`, or a
/// construct this compiler does not handle yet.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    /// The exception type CPython would raise (`SyntaxError`), or
    /// `NotImplementedError` for constructs not compiled yet.
    pub error_type: &'static str,
    /// The message.
    pub message: String,
    /// Where.
    pub range: TextRange,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error_type, self.message)
    }
}

impl From<SymtableError> for CompileError {
    fn from(e: SymtableError) -> Self {
        CompileError {
            error_type: "SyntaxError",
            message: e.to_string(),
            range: e.range,
        }
    }
}

/// The result of compiling one node.
type CResult<T = ()> = Result<T, CompileError>;

/// The error for a construct not compiled yet.
fn unsupported(what: &str, range: TextRange) -> CompileError {
    CompileError {
        error_type: "NotImplementedError",
        message: format!("taipan cannot compile {what} yet"),
        range,
    }
}

/// A `SyntaxError` the code generator finds (CPython's `compiler_error`).
fn syntax_error(message: &str, range: TextRange) -> CompileError {
    CompileError {
        error_type: "SyntaxError",
        message: message.to_string(),
        range,
    }
}

impl Compiler {
    /// A module docstring is stored as `__doc__` first (not under `-OO`);
    /// the expression statement itself compiles to nothing.
    fn module_docstring(&mut self, body: &[taipan_ast::Stmt]) {
        let Some(taipan_ast::Stmt {
            kind: taipan_ast::StmtKind::Expr { value },
            ..
        }) = body.first()
        else {
            return;
        };
        let taipan_ast::ExprKind::Constant {
            value: taipan_ast::Constant::Str(doc),
            ..
        } = &value.kind
        else {
            return;
        };
        let (Some(doc), true) = (doc.as_str(), self.optimize < 2) else {
            return;
        };
        let old = self.set_range(value.range);
        self.load_const(taipan_bytecode::ConstValue::Str(doc.into()));
        self.store_name("__doc__");
        self.set_range(old);
    }

    /// Whether the block being compiled is a function (`return` and
    /// `yield` are allowed only there).
    fn in_function(&mut self) -> bool {
        let scope = self.unit().scope;
        self.table.scope(scope).kind == crate::symtable::ScopeKind::Function
    }
}

/// [`compile_module_optimized`], also returning the `SyntaxWarning`s found
/// (in CPython's order, including those found before an error).
pub fn compile_module_with_warnings(
    module: &Mod,
    source: &str,
    filename: &str,
    optimize: u8,
) -> (CResult<CodeObject>, Vec<CompileWarning>) {
    let mut warnings = Vec::new();
    if let Mod::Module { body, .. } | Mod::Interactive { body } = module {
        crate::warnings::finally_warnings(body, &mut warnings);
    }
    let table = match SymbolTable::build(module, source) {
        Ok(t) => t,
        Err(e) => return (Err(e.into()), warnings),
    };
    let mut compiler = Compiler {
        table,
        index: LineIndex::new(source),
        filename: Rc::from(filename),
        source: Rc::from(source),
        units: vec![Unit::new(ScopeId(0), "<module>", "<module>".to_owned(), 1)],
        optimize,
        interactive: false,
        warnings,
        annotate_pending: false,
    };
    let code = compiler.compile_top(module);
    (code, compiler.warnings)
}

/// Compile a parsed module to its code object.
pub fn compile_module(module: &Mod, source: &str, filename: &str) -> CResult<CodeObject> {
    compile_module_optimized(module, source, filename, 0)
}

/// [`compile_module`] at an optimization level (`-O` is 1: `assert`
/// statements are left out and `__debug__` is `False`; `-OO` is 2).
/// Also compiles the other modes of `compile()`: an expression (`eval`,
/// the code returns its value) and an interactive statement (`single`,
/// top-level expression statements print their value through
/// `sys.displayhook`, `CALL_INTRINSIC_1 INTRINSIC_PRINT`).
pub fn compile_module_optimized(
    module: &Mod,
    source: &str,
    filename: &str,
    optimize: u8,
) -> CResult<CodeObject> {
    compile_module_with_warnings(module, source, filename, optimize).0
}

impl Compiler {
    /// The code of the module, expression or interactive statement.
    fn compile_top(&mut self, module: &Mod) -> CResult<CodeObject> {
        self.setup_hidden_cells();
        self.unit().emit(Instr::Resume(Count(0)));
        match module {
            Mod::Module { body, .. } => {
                self.compile_module_annotations_setup(body)?;
                self.module_docstring(body);
                self.compile_body(body)?;
                self.emit_return_none();
            }
            Mod::Interactive { body } => {
                self.interactive = true;
                self.compile_body(body)?;
                self.emit_return_none();
            }
            Mod::Expression { body } => {
                self.compile_expr(body)?;
                self.unit().emit(Instr::ReturnValue(NoArg));
            }
            Mod::FunctionType { .. } => return Err(unsupported("this mode", TextRange::default())),
        }
        let mut unit = self
            .units
            .pop()
            .ok_or_else(|| unsupported("module", TextRange::default()))?;
        unit.fix_hidden_slots();
        Ok(unit.assemble(&self.index, &self.filename))
    }

    /// Record a `SyntaxWarning`, if any.
    fn warn(&mut self, warning: Option<CompileWarning>) {
        if let Some(w) = warning {
            self.warnings.push(w);
        }
    }
}

/// How a name is accessed in the current unit.
enum NameOp {
    /// `*_FAST` on a local slot.
    Fast(LocalIdx),
    /// `*_DEREF` on a cell's slot.
    Deref(LocalIdx),
    /// `*_GLOBAL`.
    Global,
    /// `*_NAME` (module and class bodies).
    Name,
}

/// The compiler state: the symbol table and the stack of open units.
pub(crate) struct Compiler {
    table: SymbolTable,
    index: LineIndex,
    filename: Rc<str>,
    /// The source text (for `from __future__ import annotations`).
    source: Rc<str>,
    units: Vec<Unit>,
    /// The optimization level (`-O`).
    optimize: u8,
    /// Compiling `compile(..., 'single')`: top-level expression
    /// statements print their value.
    interactive: bool,
    /// The `SyntaxWarning`s found so far.
    warnings: Vec<CompileWarning>,
    /// The next function made gets the `__annotate__` function below its
    /// code on the stack (`SET_FUNCTION_ATTRIBUTE 16`).
    annotate_pending: bool,
}

impl Compiler {
    /// The innermost open unit.
    fn unit(&mut self) -> &mut Unit {
        // The module unit is pushed first and popped last.
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    /// Attribute the next instructions to `range`; returns the old range.
    fn set_range(&mut self, range: TextRange) -> TextRange {
        std::mem::replace(&mut self.unit().range, range)
    }

    /// Compile statements in order.
    fn compile_body(&mut self, body: &[Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    /// `return None` at a block's end.
    fn emit_return_none(&mut self) {
        let none = self.unit().add_const(ConstValue::None);
        self.unit().emit(Instr::LoadConst(none));
        self.unit().emit(Instr::ReturnValue(NoArg));
    }

    /// `name` as the current block stores it (private names mangled).
    fn mangled<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        let unit = &self.units[self.units.len() - 1];
        self.table.scope(unit.scope).mangle(name)
    }

    /// The `co_names` index of attribute `attr` (mangled).
    fn add_attr_name(&mut self, attr: &str) -> taipan_bytecode::NameIdx {
        let attr = self.mangled(attr);
        self.unit().add_name(&attr)
    }

    /// How `name` (already mangled: mangling twice changes nothing) is
    /// accessed in the current unit.
    fn name_op(&mut self, name: &str) -> NameOp {
        let name = &*self.mangled(name);
        let unit = &self.units[self.units.len() - 1];
        let scope = self.table.scope(unit.scope);
        let mut resolved = match unit.inlined.scope_of(name) {
            Some(inlined) => inlined,
            None => scope.scope_of(name),
        };
        let implicit = ["__class__", "__classdict__", "__conditional_annotations__"];
        if implicit.contains(&name) && unit.cellvars.iter().any(|c| c == name) {
            // The implicit class cell has no symbol in the class block.
            resolved = Some(SymbolScope::Cell);
        } else if implicit.contains(&name) && unit.freevars.iter().any(|c| c == name) {
            resolved = Some(SymbolScope::Free);
        }
        let function_like = scope.kind.is_function_like();
        match resolved {
            Some(SymbolScope::Cell) => {
                let i = unit.cellvars.iter().position(|c| c == name).unwrap_or(0);
                NameOp::Deref(LocalIdx(unit.cell_slots[i]))
            }
            Some(SymbolScope::Free) => {
                let i = unit.freevars.iter().position(|c| c == name).unwrap_or(0);
                NameOp::Deref(LocalIdx(free_slot(unit, i)))
            }
            Some(SymbolScope::Local) if function_like || unit.inlined.is_fast_hidden(name) => {
                // Joins `co_varnames` at its first use. (A comprehension
                // variable shadowing a cell shares the cell's slot: the
                // cell waits on the stack meanwhile.)
                let name = name.to_owned();
                let last = self.units.len() - 1;
                NameOp::Fast(self.units[last].fast_slot(&name))
            }
            Some(SymbolScope::GlobalExplicit) => NameOp::Global,
            Some(SymbolScope::GlobalImplicit) if function_like => NameOp::Global,
            _ => NameOp::Name,
        }
    }

    /// The slot of the cell a nested block closes over as `name`: a cell
    /// or free variable here, or a name a class both binds and passes
    /// through to its methods (CPython's `DEF_FREE_CLASS`).
    fn closure_slot(&mut self, name: &str) -> Option<LocalIdx> {
        if let NameOp::Deref(slot) = self.name_op(name) {
            return Some(slot);
        }
        let unit = &self.units[self.units.len() - 1];
        let i = unit.freevars.iter().position(|f| f == name)?;
        Some(LocalIdx(free_slot(unit, i)))
    }

    /// The 1-based line of `offset`.
    fn line_of(&self, offset: u32) -> u32 {
        self.index.line_col(offset).line
    }
}

/// The slot of free variable `i` of `unit`.
fn free_slot(unit: &Unit, i: usize) -> u32 {
    // Known once all fast locals are (`Unit::fix_hidden_slots`).
    comprehension::PROVISIONAL + (unit.cellvars.len() + i) as u32
}

#[cfg(test)]
mod tests;
