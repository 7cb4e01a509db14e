//! List and dict comprehensions, inlined into the enclosing code as
//! CPython 3.12+ does (PEP 709): no function object is made; the
//! comprehension's own variables get local slots of the enclosing code
//! (even at module level), saved with `LOAD_FAST_AND_CLEAR` before the loop
//! and restored after it, so they do not leak.

use taipan_ast::{Comprehension, Expr};
use taipan_bytecode::{Count, Instr, LocalIdx, NoArg};

use super::{unsupported, CResult, Compiler, NameOp};
use crate::symtable::SymbolScope;

/// What a comprehension builds.
pub(super) enum CompKind<'a> {
    /// `[elt for ...]`
    List(&'a Expr),
    /// `{key: value for ...}`
    Dict(&'a Expr, &'a Expr),
    /// `(elt for ...)`: the body of the generator function.
    Generator(&'a Expr),
    /// `{elt for ...}`
    Set(&'a Expr),
}

impl Compiler {
    /// Compile an inlined comprehension `expr`.
    pub(super) fn compile_comprehension(
        &mut self,
        expr: &Expr,
        kind: CompKind<'_>,
        generators: &[Comprehension],
    ) -> CResult {
        let scope_id = self
            .table
            .scope_of_expr(expr)
            .ok_or_else(|| unsupported("this comprehension", expr.range))?;
        let scope = self.table.scope(scope_id);
        if !scope.comp_inlined {
            return Err(unsupported("this comprehension", expr.range));
        }
        // (name, is a cell captured by a closure in the comprehension)
        let mut locals = Vec::new();
        for (name, symbol) in scope.symbols.iter() {
            if name.starts_with('.') {
                // `.0`, the iterator parameter: on the stack when inlined.
                continue;
            }
            match symbol.scope {
                Some(SymbolScope::Local) => locals.push((name.to_owned(), false)),
                Some(SymbolScope::Cell) => locals.push((name.to_owned(), true)),
                _ => {}
            }
        }
        let Some((first, rest)) = generators.split_first() else {
            return Err(unsupported("an empty comprehension", expr.range));
        };
        self.compile_expr(&first.iter)?;
        self.emit_get_iter(first.is_async);
        let saved_overrides = self.unit().overrides.len();
        let mut slots = Vec::new();
        for (name, cell) in &locals {
            let (slot, own) = self.comp_slot(name, *cell);
            if !own {
                self.unit().overrides.push((name.clone(), slot, *cell));
            }
            slots.push(slot);
        }
        for (&slot, (_, cell)) in slots.iter().zip(&locals) {
            self.unit().emit(Instr::LoadFastAndClear(slot));
            if *cell {
                self.unit().emit(Instr::MakeCell(slot));
            }
            self.unit().emit(Instr::Swap(Count(2)));
        }
        match kind {
            CompKind::Dict(..) => self.unit().emit(Instr::BuildMap(Count(0))),
            CompKind::Set(_) => self.unit().emit(Instr::BuildSet(Count(0))),
            _ => self.unit().emit(Instr::BuildList(Count(0))),
        }
        self.unit().emit(Instr::Swap(Count(2)));
        let result = self.compile_generators(first, rest, &kind, 0);
        self.unit().overrides.truncate(saved_overrides);
        result?;
        for &slot in slots.iter().rev() {
            self.unit().emit(Instr::Swap(Count(2)));
            self.unit().emit(Instr::StoreFast(slot));
        }
        Ok(())
    }

    /// `(elt for target in iter ...)`: a generator function over the
    /// outermost iterator, called at once with that iterator.
    pub(super) fn compile_generator_expression(
        &mut self,
        expr: &Expr,
        comp: &taipan_ast::Comp,
    ) -> CResult {
        let scope = self
            .table
            .scope_of_expr(expr)
            .ok_or_else(|| unsupported("this generator expression", expr.range))?;
        let Some((first, rest)) = comp.generators.split_first() else {
            return Err(unsupported("an empty generator expression", expr.range));
        };
        let line = self.line_of(expr.range.start);
        let args = taipan_ast::Arguments::default();
        self.compile_function(scope, "<genexpr>", &args, line, |c| {
            c.unit().argcount = 1;
            c.unit().emit(Instr::LoadFast(LocalIdx(0)));
            c.compile_generators(first, rest, &CompKind::Generator(&comp.elt), 0)
        })?;
        self.compile_expr(&first.iter)?;
        self.emit_get_iter(first.is_async);
        self.unit().emit(Instr::Call(Count(0)));
        Ok(())
    }

    /// The loop of one `for` clause (its iterator is already on the
    /// stack), then the inner clauses, then the element.
    fn compile_generators(
        &mut self,
        gen: &Comprehension,
        rest: &[Comprehension],
        kind: &CompKind<'_>,
        depth: u32,
    ) -> CResult {
        let top = self.unit().new_label();
        let next_item = self.unit().new_label();
        let exhausted = self.unit().new_label();
        self.unit().bind(top);
        if gen.is_async {
            self.unit().handlers.push(super::unit::Handler {
                target: exhausted,
                depth: super::unit::Handler::INFER,
                lasti: false,
            });
            self.unit().emit(Instr::GetAnext(NoArg));
            self.emit_await(0);
            self.unit().handlers.pop();
        } else {
            self.unit().emit(Instr::ForIter(exhausted));
        }
        self.compile_store(&gen.target)?;
        for cond in &gen.ifs {
            // Conditional jumps only go forward: a failed test jumps to
            // the loop's `JUMP_BACKWARD`.
            self.compile_jump_if(cond, false, next_item)?;
        }
        match rest.split_first() {
            Some((next, rest)) => {
                self.compile_expr(&next.iter)?;
                self.emit_get_iter(next.is_async);
                self.compile_generators(next, rest, kind, depth + 1)?;
            }
            None => match kind {
                CompKind::List(elt) => {
                    self.compile_expr(elt)?;
                    self.unit().emit(Instr::ListAppend(Count(depth + 2)));
                }
                CompKind::Dict(key, value) => {
                    self.compile_expr(key)?;
                    self.compile_expr(value)?;
                    self.unit().emit(Instr::MapAdd(Count(depth + 2)));
                }
                CompKind::Set(elt) => {
                    self.compile_expr(elt)?;
                    self.unit().emit(Instr::SetAdd(Count(depth + 2)));
                }
                CompKind::Generator(elt) => {
                    self.compile_expr(elt)?;
                    self.unit().emit(Instr::YieldValue(Count(0)));
                    self.unit().emit(Instr::Resume(Count(1)));
                    self.unit().emit(Instr::PopTop(NoArg));
                }
            },
        }
        self.unit().bind(next_item);
        self.unit().emit(Instr::JumpBackward(top));
        if gen.is_async {
            self.unit().bind(exhausted);
            self.unit().emit(Instr::EndAsyncFor(NoArg));
        } else {
            self.unit().emit(Instr::EndFor(NoArg));
            self.unit().bind(exhausted);
            self.unit().emit(Instr::PopIter(NoArg));
        }
        Ok(())
    }

    /// `GET_ITER`, or `GET_AITER` for an `async for` clause.
    fn emit_get_iter(&mut self, is_async: bool) {
        self.unit().emit(if is_async {
            Instr::GetAiter(NoArg)
        } else {
            Instr::GetIter(NoArg)
        });
    }

    /// The local slot of comprehension variable `name` (a `cell` one
    /// holds a cell): the enclosing function's own slot (`true`), or a new
    /// slot in module code.
    fn comp_slot(&mut self, name: &str, cell: bool) -> (LocalIdx, bool) {
        // Outside functions a cell symbol has no slot yet (`name_op`
        // must not look for it).
        if !cell || self.in_function() {
            match self.name_op(name) {
                NameOp::Fast(slot) if !cell => return (slot, true),
                NameOp::Deref(slot) if cell => return (slot, true),
                _ => {}
            }
        }
        let unit = self.unit();
        let index = match unit.varnames.iter().position(|v| v == name) {
            Some(i) => i,
            None => {
                unit.varnames.push(name.to_owned());
                unit.varnames.len() - 1
            }
        };
        (LocalIdx(index as u32), false)
    }
}
