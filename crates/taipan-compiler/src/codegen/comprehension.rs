//! List, set and dict comprehensions, inlined into the enclosing code as
//! CPython 3.12+ does (PEP 709), and generator expressions (functions).
//!
//! An inlined comprehension makes no function object. Its outermost
//! iterable is evaluated in the enclosing block, then the names the
//! comprehension binds are saved with `LOAD_FAST_AND_CLEAR` (a cell gets a
//! fresh `MAKE_CELL`) below the iterator (`SWAP n+1`), the loop runs under a
//! cleanup handler that restores them if an exception escapes, and they are
//! restored with `SWAP n+1; STORE_FAST ...` after it. While it is compiled,
//! the enclosing unit sees each name with the comprehension's scope where
//! the two differ (CPython's `_PyCompile_TweakInlinedComprehensionScopes`):
//! module and class code then reads the comprehension's variables as fast
//! locals ("fast hidden"), and in a class body every other name is read as
//! a global (`LOAD_GLOBAL`), never from the class namespace.

use taipan_ast::{Comprehension, Expr, ExprKind};
use taipan_bytecode::{Count, Instr, LocalIdx, NoArg};

use super::unit::{Handler, Unit};
use super::{unsupported, CResult, Compiler};
use crate::symtable::{ScopeId, ScopeKind, SymbolFlags, SymbolScope};

/// Slots of cells and free variables are only known once all fast
/// locals are (they follow `co_varnames`, which grows as the code first
/// uses each local): until then they are numbered from here and
/// renumbered by [`Unit::fix_hidden_slots`].
pub(super) const PROVISIONAL: u32 = 1 << 24;

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

/// The inlined comprehensions open in one unit.
#[derive(Default)]
pub(super) struct Inlined {
    /// Names the open comprehensions see with another scope than the
    /// enclosing block (innermost last).
    temp: Vec<(String, Option<SymbolScope>)>,
    /// Names module or class code accesses as fast locals for now.
    fast_hidden: Vec<String>,
    /// How many are open.
    pub(super) depth: u32,
}

impl Inlined {
    /// The scope an open comprehension gives `name`, if it changes it.
    pub(super) fn scope_of(&self, name: &str) -> Option<Option<SymbolScope>> {
        self.temp.iter().rev().find(|(n, _)| n == name).map(|t| t.1)
    }

    /// Whether module or class code reads `name` as a fast local here.
    pub(super) fn is_fast_hidden(&self, name: &str) -> bool {
        self.fast_hidden.iter().any(|n| n == name)
    }
}

/// What `pop_inlined` undoes.
struct InlineState {
    /// The names saved on the stack, in push order.
    pushed: Vec<LocalIdx>,
    /// The cleanup handler's label, when names were saved.
    cleanup: Option<taipan_bytecode::Label>,
    /// The lengths of `Inlined`'s lists before.
    marks: (usize, usize),
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
        if !self.table.scope(scope_id).comp_inlined {
            return Err(unsupported("this comprehension", expr.range));
        }
        let Some(first) = generators.first() else {
            return Err(unsupported("an empty comprehension", expr.range));
        };
        self.compile_expr(&first.iter)?;
        let old = self.set_range(first.iter.range);
        self.emit_get_iter(first.is_async);
        self.set_range(expr.range);
        let state = self.push_inlined(scope_id);
        match kind {
            CompKind::Dict(..) => self.unit().emit(Instr::BuildMap(Count(0))),
            CompKind::Set(_) => self.unit().emit(Instr::BuildSet(Count(0))),
            _ => self.unit().emit(Instr::BuildList(Count(0))),
        }
        self.unit().emit(Instr::Swap(Count(2)));
        let result = self.compile_generators(expr, generators, 0, &kind, true);
        self.set_range(expr.range);
        self.pop_inlined(state);
        self.set_range(old);
        result
    }

    /// Enter comprehension `comp`'s names (CPython's
    /// `push_inlined_comprehension_state`): the iterator is on the stack.
    fn push_inlined(&mut self, comp: ScopeId) -> InlineState {
        let outer_kind = self.table.scope(self.unit_scope()).kind;
        let in_class = outer_kind == ScopeKind::Class && self.unit().inlined.depth == 0;
        let symbols: Vec<(String, SymbolFlags, Option<SymbolScope>)> = self
            .table
            .scope(comp)
            .symbols
            .iter()
            .map(|(n, s)| (n.to_owned(), s.flags, s.scope))
            .collect();
        let inlined = &self.units[self.units.len() - 1].inlined;
        let marks = (inlined.temp.len(), inlined.fast_hidden.len());
        let mut temp = Vec::new();
        let mut hidden = Vec::new();
        let mut saved = Vec::new();
        for (name, flags, scope) in &symbols {
            let outsc = match inlined.scope_of(name) {
                Some(s) => s,
                None => self.table.scope(self.unit_scope()).scope_of(name),
            };
            let differs = *scope != outsc
                && *scope != Some(SymbolScope::Free)
                && !(*scope == Some(SymbolScope::Cell) && outsc == Some(SymbolScope::Free));
            if differs || in_class {
                temp.push((name.clone(), *scope));
            }
            let local = flags.contains(SymbolFlags::DEF_LOCAL)
                && !flags.contains(SymbolFlags::DEF_NONLOCAL);
            if (local || in_class) && !outer_kind.is_function_like() {
                hidden.push(name.clone());
            }
            if local {
                saved.push((name.clone(), *scope == Some(SymbolScope::Cell)));
            }
        }
        let unit = self.unit();
        unit.inlined.depth += 1;
        unit.inlined.temp.extend(temp);
        for name in hidden {
            if !unit.inlined.is_fast_hidden(&name) {
                unit.inlined.fast_hidden.push(name);
            }
        }
        let mut pushed = Vec::new();
        for (name, cell) in &saved {
            let slot = self.unit().fast_slot(name);
            self.unit().emit(Instr::LoadFastAndClear(slot));
            if *cell {
                if let super::NameOp::Deref(cell) = self.name_op(name) {
                    self.unit().emit(Instr::MakeCell(cell));
                }
            }
            pushed.push(slot);
        }
        let mut cleanup = None;
        if !pushed.is_empty() {
            let unit = self.unit();
            unit.emit(Instr::Swap(Count(pushed.len() as u32 + 1)));
            let label = unit.new_label();
            unit.handlers.push(Handler {
                target: label,
                depth: Handler::INFER,
                lasti: false,
            });
            cleanup = Some(label);
        }
        InlineState {
            pushed,
            cleanup,
            marks,
        }
    }

    /// Leave an inlined comprehension: restore the saved names on the
    /// normal path and in the cleanup handler (which re-raises).
    fn pop_inlined(&mut self, state: InlineState) {
        let unit = self.unit();
        if let Some(cleanup) = state.cleanup {
            unit.handlers.pop();
            let end = unit.new_label();
            // CPython gives the jump and the first two instructions of
            // the handler no location; they keep the comprehension's
            // until the flow graph passes place such instructions.
            unit.emit(Instr::JumpForward(end));
            unit.bind(cleanup);
            // The incomplete result, below the exception.
            unit.emit(Instr::Swap(Count(2)));
            unit.emit(Instr::PopTop(NoArg));
            unit.restore_saved(&state.pushed);
            unit.emit(Instr::Reraise(Count(0)));
            unit.bind(end);
            unit.restore_saved(&state.pushed);
        }
        let (temp, hidden) = state.marks;
        unit.inlined.temp.truncate(temp);
        unit.inlined.fast_hidden.truncate(hidden);
        unit.inlined.depth -= 1;
    }

    /// The block of the unit being compiled.
    fn unit_scope(&self) -> ScopeId {
        self.units[self.units.len() - 1].scope
    }

    /// Whether the unit being compiled is a class body.
    pub(super) fn in_class_body(&self) -> bool {
        self.table.scope(self.unit_scope()).kind == ScopeKind::Class
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
        let Some(first) = comp.generators.first() else {
            return Err(unsupported("an empty generator expression", expr.range));
        };
        let line = self.line_of(expr.range.start);
        let args = taipan_ast::Arguments::default();
        self.compile_function(scope, "<genexpr>", &args, line, |c| {
            c.unit().argcount = 1;
            c.set_range(expr.range);
            c.unit().emit(Instr::LoadFast(LocalIdx(0)));
            let kind = CompKind::Generator(&comp.elt);
            c.compile_generators(expr, &comp.generators, 0, &kind, true)
        })?;
        self.compile_expr(&first.iter)?;
        let old = self.set_range(first.iter.range);
        self.emit_get_iter(first.is_async);
        self.set_range(expr.range);
        self.unit().emit(Instr::Call(Count(0)));
        self.set_range(old);
        Ok(())
    }

    /// The loop of clause `gens[0]` (its iterator is on the stack when
    /// `iter_on_stack`), then the inner clauses, then the element; `depth`
    /// counts the iterators on the stack above the result.
    fn compile_generators(
        &mut self,
        expr: &Expr,
        gens: &[Comprehension],
        depth: u32,
        kind: &CompKind<'_>,
        iter_on_stack: bool,
    ) -> CResult {
        let Some((gen, rest)) = gens.split_first() else {
            return Ok(());
        };
        if gen.is_async {
            return self.compile_async_generator(expr, gens, depth, kind, iter_on_stack);
        }
        let mut looping = true;
        if !iter_on_stack {
            match single_element(&gen.iter) {
                // `for y in [f(x)]`: no loop, just the assignment.
                Some(elt) => {
                    self.compile_expr(elt)?;
                    looping = false;
                }
                None => {
                    self.compile_expr(&gen.iter)?;
                    self.set_range(gen.iter.range);
                    self.unit().emit(Instr::GetIter(NoArg));
                }
            }
        }
        let top = self.unit().new_label();
        let next_item = self.unit().new_label();
        let exhausted = self.unit().new_label();
        let depth = depth + u32::from(looping);
        if looping {
            self.set_range(gen.iter.range);
            self.unit().bind(top);
            self.unit().emit(Instr::ForIter(exhausted));
        }
        self.compile_store(&gen.target)?;
        self.compile_ifs(expr, gen, next_item)?;
        let elt_range = if rest.is_empty() {
            self.compile_element(kind, depth)?
        } else {
            self.compile_generators(expr, rest, depth, kind, false)?;
            element_range(kind)
        };
        self.unit().bind(next_item);
        if looping {
            self.set_range(elt_range);
            self.unit().emit(Instr::JumpBackward(top));
            // CPython's `NO_LOCATION`: these take the line before them.
            // `FOR_ITER` targets the `END_FOR` (and skips it).
            self.unit().bind(exhausted);
            self.unit().emit(Instr::EndFor(NoArg));
            self.unit().emit(Instr::PopIter(NoArg));
        }
        Ok(())
    }

    /// The `if` tests of one clause: a failed test jumps to `next_item`.
    fn compile_ifs(
        &mut self,
        expr: &Expr,
        gen: &Comprehension,
        next_item: taipan_bytecode::Label,
    ) -> CResult {
        for cond in &gen.ifs {
            self.set_range(expr.range);
            self.compile_jump_if(cond, false, next_item)?;
        }
        Ok(())
    }

    /// Add the element to the result (or yield it); returns the range
    /// the instruction got.
    fn compile_element(
        &mut self,
        kind: &CompKind<'_>,
        depth: u32,
    ) -> CResult<taipan_source::TextRange> {
        let range = element_range(kind);
        match kind {
            CompKind::List(elt) | CompKind::Set(elt) | CompKind::Generator(elt) => {
                self.compile_expr(elt)?;
            }
            CompKind::Dict(key, value) => {
                self.compile_expr(key)?;
                self.compile_expr(value)?;
            }
        }
        self.set_range(range);
        match kind {
            CompKind::List(_) => self.unit().emit(Instr::ListAppend(Count(depth + 1))),
            CompKind::Set(_) => self.unit().emit(Instr::SetAdd(Count(depth + 1))),
            CompKind::Dict(..) => self.unit().emit(Instr::MapAdd(Count(depth + 1))),
            CompKind::Generator(_) => {
                self.unit().emit(Instr::YieldValue(Count(0)));
                self.unit().emit(Instr::Resume(Count(1)));
                self.unit().emit(Instr::PopTop(NoArg));
            }
        }
        Ok(range)
    }

    /// An `async for` clause: `GET_ANEXT` and an await under a handler
    /// that ends the loop at `StopAsyncIteration`.
    fn compile_async_generator(
        &mut self,
        expr: &Expr,
        gens: &[Comprehension],
        depth: u32,
        kind: &CompKind<'_>,
        iter_on_stack: bool,
    ) -> CResult {
        let Some((gen, rest)) = gens.split_first() else {
            return Ok(());
        };
        if !iter_on_stack {
            self.compile_expr(&gen.iter)?;
            self.set_range(gen.iter.range);
            self.unit().emit(Instr::GetAiter(NoArg));
        }
        let top = self.unit().new_label();
        let next_item = self.unit().new_label();
        let exhausted = self.unit().new_label();
        self.set_range(expr.range);
        self.unit().bind(top);
        self.unit().handlers.push(Handler {
            target: exhausted,
            depth: Handler::INFER,
            lasti: false,
        });
        self.unit().emit(Instr::GetAnext(NoArg));
        self.emit_await(0);
        self.unit().handlers.pop();
        self.compile_store(&gen.target)?;
        self.compile_ifs(expr, gen, next_item)?;
        let depth = depth + 1;
        let elt_range = if rest.is_empty() {
            self.compile_element(kind, depth)?
        } else {
            self.compile_generators(expr, rest, depth, kind, false)?;
            element_range(kind)
        };
        self.unit().bind(next_item);
        self.set_range(elt_range);
        self.unit().emit(Instr::JumpBackward(top));
        self.unit().bind(exhausted);
        self.set_range(expr.range);
        self.unit().emit(Instr::EndAsyncFor(NoArg));
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
}

/// The one element of a `[x]` or `(x,)` display (not starred).
fn single_element(iter: &Expr) -> Option<&Expr> {
    match &iter.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => match elts.as_slice() {
            [elt] if !matches!(elt.kind, ExprKind::Starred { .. }) => Some(elt),
            _ => None,
        },
        _ => None,
    }
}

/// Where the instruction adding the element goes: the element, or a dict
/// comprehension's key to value.
fn element_range(kind: &CompKind<'_>) -> taipan_source::TextRange {
    match kind {
        CompKind::List(elt) | CompKind::Set(elt) | CompKind::Generator(elt) => elt.range,
        CompKind::Dict(key, value) => {
            taipan_source::TextRange::new(key.range.start, value.range.end)
        }
    }
}

impl Unit {
    /// The `co_varnames` slot of `name`, added if new.
    pub(super) fn fast_slot(&mut self, name: &str) -> LocalIdx {
        let index = match self.varnames.iter().position(|v| v == name) {
            Some(i) => i,
            None => {
                self.varnames.push(name.to_owned());
                self.varnames.len() - 1
            }
        };
        LocalIdx(index as u32)
    }

    /// `SWAP n+1` and `STORE_FAST` each saved name, last first.
    fn restore_saved(&mut self, pushed: &[LocalIdx]) {
        self.emit(Instr::Swap(Count(pushed.len() as u32 + 1)));
        for &slot in pushed.iter().rev() {
            self.emit(Instr::StoreFast(slot));
        }
    }
}

/// The cells that inlined comprehensions give module or class code
/// (`scope`'s cell symbols and those marked `DEF_COMP_CELL`), sorted.
pub(super) fn hidden_cells(scope: &crate::symtable::Scope) -> Vec<String> {
    let mut cells: Vec<String> = scope
        .symbols
        .iter()
        .filter(|(_, s)| {
            s.scope == Some(SymbolScope::Cell) || s.flags.contains(SymbolFlags::DEF_COMP_CELL)
        })
        .map(|(n, _)| n.to_owned())
        .collect();
    cells.sort();
    cells
}

impl Compiler {
    /// Module code: the cells of its inlined comprehensions, made before
    /// `RESUME`.
    pub(super) fn setup_hidden_cells(&mut self) {
        let cells = hidden_cells(self.table.scope(self.unit_scope()));
        let unit = self.unit();
        unit.cell_slots = (0..cells.len() as u32).map(|i| PROVISIONAL + i).collect();
        unit.cellvars = cells;
        for i in 0..unit.cellvars.len() as u32 {
            unit.emit(Instr::MakeCell(LocalIdx(PROVISIONAL + i)));
        }
    }
}

impl Unit {
    /// Give cells and free variables their slots after `co_varnames`
    /// (a cell that is also a fast local shares its slot), renumber the
    /// instructions that used provisional ones, and order the opening
    /// `MAKE_CELL`s by slot (CPython's localsplus layout).
    pub(super) fn fix_hidden_slots(&mut self) {
        let nvars = self.varnames.len() as u32;
        let mut extra = 0;
        let mut slots = Vec::new();
        for cell in &self.cellvars {
            match self.varnames.iter().position(|v| v == cell) {
                Some(i) => slots.push(i as u32),
                None => {
                    slots.push(nvars + extra);
                    extra += 1;
                }
            }
        }
        for i in 0..self.freevars.len() as u32 {
            slots.push(nvars + extra + i);
        }
        // `co_cellvars` lists the cells in slot order.
        let mut cells: Vec<(u32, String)> = slots
            .iter()
            .copied()
            .zip(std::mem::take(&mut self.cellvars))
            .collect();
        cells.sort_by_key(|c| c.0);
        (self.cell_slots, self.cellvars) = cells.into_iter().unzip();
        for (instr, _) in &mut self.instrs {
            let op = instr.opcode();
            let arg = instr.arg();
            if op.operand_kind() == taipan_bytecode::OperandKind::Local && arg >= PROVISIONAL {
                if let Some(&slot) = slots.get((arg - PROVISIONAL) as usize) {
                    *instr = Instr::from_parts(op, slot);
                }
            }
        }
        let prologue = self
            .instrs
            .iter()
            .take_while(|(i, _)| matches!(i, Instr::MakeCell(_)))
            .count();
        self.instrs[..prologue].sort_by_key(|(i, _)| i.arg());
    }
}
