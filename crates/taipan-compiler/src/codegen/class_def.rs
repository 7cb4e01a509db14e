//! `class` statements, compiled as CPython does: the body becomes a
//! function (run by `__build_class__` with the class namespace as its
//! locals, so it uses `LOAD_NAME`/`STORE_NAME`), called with the class
//! name and the bases.

use taipan_ast::{ClassDef, Stmt};
use taipan_bytecode::{ConstValue, Count, Instr, NoArg};

use super::unit::Unit;
use super::{unsupported, CResult, Compiler};
use crate::symtable::SymbolScope;

impl Compiler {
    /// Compile a `class` statement.
    pub(super) fn compile_class_def(&mut self, stmt: &Stmt, def: &ClassDef) -> CResult {
        let scope_id = self
            .table
            .scope_of_stmt(stmt)
            .ok_or_else(|| unsupported("this class", stmt.range))?;
        let scope = self.table.scope(scope_id);
        // The implicit `__classdict__`/`__conditional_annotations__`
        // cells only matter to annotation scopes, not compiled yet.
        let has_free = scope.symbols.iter().any(|(name, s)| {
            matches!(s.scope, Some(SymbolScope::Free | SymbolScope::Cell))
                && !name.starts_with("__classdict__")
                && name != "__conditional_annotations__"
        });
        if scope.needs_class_closure
            || has_free
            || !def.keywords.is_empty()
            || !def.type_params.is_empty()
        {
            return Err(unsupported(
                "super(), class keywords, generic classes or closures in class bodies",
                stmt.range,
            ));
        }
        for d in &def.decorator_list {
            self.compile_expr(d)?;
            self.unit().emit(Instr::PushNull(NoArg));
        }
        self.unit().emit(Instr::LoadBuildClass(NoArg));
        self.unit().emit(Instr::PushNull(NoArg));
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.range.start, |d| d.range.start);
        let line = self.line_of(first_line);
        let qualname = self.qualname(&def.name);
        let mut unit = Unit::new(scope_id, &def.name, qualname.clone(), line);
        unit.range = stmt.range;
        self.units.push(unit);
        self.unit().emit(Instr::Resume(Count(0)));
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(ConstValue::Str(qualname.as_str().into()));
        self.store_name("__qualname__");
        let body = self.compile_body(&def.body);
        if body.is_ok() {
            self.emit_return_none();
        }
        let unit = self
            .units
            .pop()
            .ok_or_else(|| unsupported("class", stmt.range))?;
        body?;
        let code = unit.assemble(&self.index, &self.filename);
        let code = self
            .unit()
            .add_const(ConstValue::Code(std::rc::Rc::new(code)));
        self.unit().emit(Instr::LoadConst(code));
        self.unit().emit(Instr::MakeFunction(NoArg));
        self.load_const(ConstValue::Str(def.name.as_str().into()));
        for base in &def.bases {
            self.compile_expr(base)?;
        }
        self.unit()
            .emit(Instr::Call(Count(2 + def.bases.len() as u32)));
        for _ in &def.decorator_list {
            self.unit().emit(Instr::Call(Count(1)));
        }
        self.store_name(&def.name);
        Ok(())
    }
}
