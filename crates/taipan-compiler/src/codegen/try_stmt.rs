//! `try` statements and the unwinding that `return`, `break` and
//! `continue` do through open blocks.
//!
//! Layout, as CPython 3.14: the body of a `try` is covered by an exception
//! table entry pointing at its handler code. `except` clauses run after
//! `PUSH_EXC_INFO` (which saves the previously handled exception below the
//! new one) and are themselves covered by a *cleanup* entry that restores
//! the saved exception (`POP_EXCEPT`) and re-raises. A `finally` body is
//! compiled twice: inline on the normal path, and in a handler that runs
//! it and re-raises. `return`/`break`/`continue` out of a `try ... finally`
//! compile one more copy of the `finally` body at the jump.

use std::rc::Rc;

use taipan_ast::{Stmt, Try};
use taipan_bytecode::{ConstValue, Count, Instr, Label, NoArg};

use super::unit::{FBlock, Handler};
use super::{CResult, Compiler};

impl Compiler {
    /// Any `try` statement.
    pub(super) fn compile_try(&mut self, t: &Try) -> CResult {
        if t.finalbody.is_empty() {
            return self.compile_try_except(t);
        }
        let finalbody: Rc<[Stmt]> = t.finalbody.clone().into();
        self.compile_try_finally(finalbody, |c| {
            if t.handlers.is_empty() {
                c.compile_body(&t.body)
            } else {
                c.compile_try_except(t)
            }
        })
    }

    /// `try: BODY finally: FINALBODY`.
    pub(super) fn compile_try_finally(
        &mut self,
        finalbody: Rc<[Stmt]>,
        body: impl FnOnce(&mut Compiler) -> CResult,
    ) -> CResult {
        let depth = self.unit().depth();
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        let handlers_len = self.unit().handlers.len();
        // The `try` line, outside the block it opens.
        self.unit().emit(Instr::Nop(NoArg));
        self.unit().handlers.push(Handler {
            target: handler,
            depth,
            lasti: false,
        });
        self.unit().fblocks.push(FBlock::FinallyTry {
            body: finalbody.clone(),
            handlers_len,
        });
        let result = body(self);
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        result?;
        self.compile_body(&finalbody)?;
        self.emit_no_location(Instr::JumpForward(end));
        self.unit().bind(handler);
        self.unit().handlers.push(Handler {
            target: cleanup,
            depth: depth + 1,
            lasti: true,
        });
        self.emit_no_location(Instr::PushExcInfo(NoArg));
        self.unit().fblocks.push(FBlock::FinallyEnd);
        // CPython warns about the copies on the normal and unwinding
        // paths only, not this exceptional one.
        let warned = self.warnings.len();
        let result = self.compile_body(&finalbody);
        self.warnings.truncate(warned);
        self.unit().fblocks.pop();
        result?;
        self.emit_no_location(Instr::Reraise(Count(0)));
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.unit().bind(end);
        Ok(())
    }

    /// `with ITEM as TARGET: BODY` (several items nest), as CPython 3.14:
    /// `__exit__` (found by `LOAD_SPECIAL`, with its `self`) stays on the
    /// stack under the body; the body's handler calls it with the
    /// exception (`WITH_EXCEPT_START`) and re-raises unless it returns
    /// true.
    pub(super) fn compile_with(
        &mut self,
        items: &[taipan_ast::WithItem],
        body: &[Stmt],
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let depth = self.unit().depth();
        self.compile_expr(&item.context_expr)?;
        let old = self.set_range(item.context_expr.range);
        let (exit, enter) = if is_async { (3, 2) } else { (1, 0) };
        self.unit().emit(Instr::Copy(Count(1)));
        self.unit().emit(Instr::LoadSpecial(Count(exit)));
        self.unit().emit(Instr::Swap(Count(2)));
        self.unit().emit(Instr::Swap(Count(3)));
        self.unit().emit(Instr::LoadSpecial(Count(enter)));
        self.unit().emit(Instr::Call(Count(0)));
        if is_async {
            self.emit_await(1);
        }
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        let handlers_len = self.unit().handlers.len();
        self.unit().handlers.push(Handler {
            target: handler,
            depth: depth + 2,
            lasti: true,
        });
        self.unit().fblocks.push(if is_async {
            FBlock::AsyncWith { handlers_len }
        } else {
            FBlock::With { handlers_len }
        });
        let result = match &item.optional_vars {
            Some(target) => {
                let r = self.compile_store(target);
                self.set_range(old);
                r
            }
            None => {
                self.unit().emit(Instr::PopTop(NoArg));
                self.set_range(old);
                Ok(())
            }
        }
        .and_then(|()| self.compile_with(rest, body, is_async));
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        result?;
        let old = self.set_range(item.context_expr.range);
        self.emit_exit_call(is_async);
        self.unit().emit(Instr::JumpForward(end));
        self.unit().bind(handler);
        self.unit().handlers.push(Handler {
            target: cleanup,
            depth: depth + 4,
            lasti: true,
        });
        self.unit().emit(Instr::PushExcInfo(NoArg));
        self.unit().emit(Instr::WithExceptStart(NoArg));
        if is_async {
            self.emit_await(2);
        }
        self.set_range(old);
        self.with_except_finish(cleanup, end);
        Ok(())
    }

    /// The end of a `with` handler: re-raise unless `__exit__` returned
    /// true, else drop the exception, `__exit__` and its `self`.
    fn with_except_finish(&mut self, cleanup: Label, end: Label) {
        let suppress = self.unit().new_label();
        self.emit_no_location(Instr::ToBool(NoArg));
        self.emit_no_location(Instr::PopJumpIfTrue(suppress));
        self.emit_no_location(Instr::Reraise(Count(2)));
        self.unit().bind(suppress);
        self.emit_no_location(Instr::PopTop(NoArg));
        self.unit().handlers.pop();
        self.emit_no_location(Instr::PopExcept(NoArg));
        for _ in 0..3 {
            self.emit_no_location(Instr::PopTop(NoArg));
        }
        self.emit_no_location(Instr::JumpForward(end));
        self.emit_cleanup(cleanup);
        self.unit().bind(end);
    }

    /// Call `__exit__` (or `__aexit__`, then await it) and its `self`
    /// on the stack with three `None`s and drop the result.
    fn emit_exit_call(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(ConstValue::None);
        }
        self.unit().emit(Instr::Call(Count(3)));
        if is_async {
            self.emit_await(2);
        }
        self.unit().emit(Instr::PopTop(NoArg));
    }

    /// The cleanup handler: restore the saved exception and re-raise.
    pub(super) fn emit_cleanup(&mut self, cleanup: taipan_bytecode::Label) {
        self.unit().bind(cleanup);
        self.emit_no_location(Instr::Copy(Count(3)));
        self.emit_no_location(Instr::PopExcept(NoArg));
        self.emit_no_location(Instr::Reraise(Count(1)));
    }

    /// Emit what leaving the open blocks needs, innermost first: for a
    /// `return` (its value on top of the stack) all of them, for
    /// `break`/`continue` those inside the innermost loop.
    pub(super) fn unwind_fblocks(&mut self, for_return: bool) -> CResult {
        let blocks = self.unit().fblocks.clone();
        let handlers = self.unit().handlers.clone();
        let result = self.unwind_blocks(&blocks, for_return);
        self.unit().handlers = handlers;
        result
    }

    /// [`Compiler::unwind_fblocks`] over `blocks`, innermost first; the
    /// code leaving a block runs outside its handlers.
    fn unwind_blocks(&mut self, blocks: &[FBlock], for_return: bool) -> CResult {
        let swap = |c: &mut Compiler, n: u32| {
            if for_return {
                c.unit().emit(Instr::Swap(Count(n)));
            }
        };
        for (i, block) in blocks.iter().enumerate().rev() {
            match block {
                FBlock::ForLoop | FBlock::WhileLoop if !for_return => break,
                FBlock::ForLoop => {
                    swap(self, 2);
                    self.unit().emit(Instr::PopTop(NoArg));
                }
                FBlock::TryBody { handlers_len } => self.unit().handlers.truncate(*handlers_len),
                FBlock::ExceptHandler { name, handlers_len } => {
                    self.unit().handlers.truncate(*handlers_len);
                    swap(self, 2);
                    self.unit().emit(Instr::PopExcept(NoArg));
                    if let Some(name) = name {
                        self.clear_name(name)?;
                    }
                }
                FBlock::FinallyEnd => {
                    swap(self, 2);
                    self.unit().emit(Instr::PopTop(NoArg));
                    swap(self, 2);
                    self.unit().emit(Instr::PopExcept(NoArg));
                }
                FBlock::With { handlers_len } | FBlock::AsyncWith { handlers_len } => {
                    self.unit().handlers.truncate(*handlers_len);
                    swap(self, 3);
                    swap(self, 2);
                    self.emit_exit_call(matches!(block, FBlock::AsyncWith { .. }));
                }
                FBlock::ReturnValue => {
                    swap(self, 2);
                    self.unit().emit(Instr::PopTop(NoArg));
                }
                FBlock::FinallyTry { body, handlers_len } => {
                    self.compile_finally_copy(i, body.clone(), *handlers_len, for_return)?
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// `name = None; del name` (artificial): an `except ... as name`
    /// target cleared when its body is left.
    fn clear_name(&mut self, name: &str) -> CResult {
        let range = self.no_location_range();
        let old = self.set_range(range);
        self.load_const(ConstValue::None);
        self.store_name(name);
        let result = self.compile_delete_name(name, range);
        self.set_range(old);
        result
    }

    /// A copy of a `finally` body run by a jump out of its `try`: compiled
    /// outside that `try`'s handler and blocks.
    fn compile_finally_copy(
        &mut self,
        index: usize,
        body: Rc<[Stmt]>,
        handlers_len: usize,
        for_return: bool,
    ) -> CResult {
        let saved_fblocks = self.unit().fblocks.split_off(index);
        let keep = handlers_len.min(self.unit().handlers.len());
        let saved_handlers = self.unit().handlers.split_off(keep);
        if for_return {
            self.unit().fblocks.push(FBlock::ReturnValue);
        }
        let result = self.compile_body(&body);
        if for_return {
            self.unit().fblocks.pop();
        }
        self.unit().handlers.extend(saved_handlers);
        self.unit().fblocks.extend(saved_fblocks);
        result
    }

    /// The body of a `try` (with `except` or `except*`), covered by the
    /// handler at `except_label`, then (for `except`) the `else` body and
    /// a jump to `after`; at `except_label` the handlers' own cleanup
    /// handler is opened and `PUSH_EXC_INFO` saves the previously handled
    /// exception.
    pub(super) fn compile_try_body(
        &mut self,
        t: &taipan_ast::Try,
        depth: u32,
        labels: (Label, Label, Label),
        inline_else: bool,
    ) -> CResult {
        let (except_label, cleanup, after) = labels;
        let handlers_len = self.unit().handlers.len();
        // The `try` line, outside the block it opens.
        self.unit().emit(Instr::Nop(NoArg));
        self.unit().handlers.push(Handler {
            target: except_label,
            depth,
            lasti: false,
        });
        self.unit().fblocks.push(FBlock::TryBody { handlers_len });
        let body = self.compile_body(&t.body);
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        body?;
        if inline_else {
            self.compile_body(&t.orelse)?;
        }
        self.emit_no_location(Instr::JumpForward(after));
        self.unit().bind(except_label);
        self.unit().handlers.push(Handler {
            target: cleanup,
            depth: depth + 1,
            lasti: true,
        });
        self.emit_no_location(Instr::PushExcInfo(NoArg));
        Ok(())
    }

    /// `try: ... except T as name: ... else: ...`, laid out as CPython
    /// 3.14 does: the body (then the `else` body) is covered by the
    /// handler at `except_label`; the handlers themselves by a cleanup
    /// that restores the previously handled exception and re-raises; the
    /// body of an `except ... as name` by one more, clearing `name`.
    pub(super) fn compile_try_except(&mut self, t: &taipan_ast::Try) -> CResult {
        let depth = self.unit().depth();
        let except_label = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_try_body(t, depth, (except_label, cleanup, end), true)?;
        // The handlers open outside the `except` bodies.
        let outer = self.unit().handlers.len().saturating_sub(1);
        for handler in &t.handlers {
            let old = self.set_range(handler.range);
            let next = self.unit().new_label();
            if let Some(type_) = &handler.type_ {
                self.compile_expr(type_)?;
                self.unit().emit(Instr::CheckExcMatch(NoArg));
                self.unit().emit(Instr::PopJumpIfFalse(next));
            }
            let result = match &handler.name {
                Some(name) => self.except_as_body(handler, name, depth, outer, end),
                None => {
                    self.unit().emit(Instr::PopTop(NoArg));
                    self.except_body(handler, None, outer).map(|()| {
                        let inner = self.unit().handlers.split_off(outer);
                        self.emit_no_location(Instr::PopExcept(NoArg));
                        self.emit_no_location(Instr::JumpForward(end));
                        self.unit().handlers.extend(inner);
                    })
                }
            };
            self.set_range(old);
            result?;
            self.unit().bind(next);
        }
        self.emit_no_location(Instr::Reraise(Count(0)));
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.unit().bind(end);
        Ok(())
    }

    /// The statements of an `except` clause.
    fn except_body(
        &mut self,
        handler: &taipan_ast::ExceptHandler,
        name: Option<&str>,
        outer: usize,
    ) -> CResult {
        self.unit().fblocks.push(FBlock::ExceptHandler {
            name: name.map(str::to_owned),
            handlers_len: outer,
        });
        let result = self.compile_body(&handler.body);
        self.unit().fblocks.pop();
        result
    }

    /// `except T as name: BODY`: the body runs under a handler that clears
    /// `name` and re-raises; both ways out clear it.
    fn except_as_body(
        &mut self,
        handler: &taipan_ast::ExceptHandler,
        name: &str,
        depth: u32,
        outer: usize,
        end: Label,
    ) -> CResult {
        self.store_name(name);
        let cleanup_end = self.unit().new_label();
        self.unit().handlers.push(Handler {
            target: cleanup_end,
            depth: depth + 1,
            lasti: true,
        });
        let result = self.except_body(handler, Some(name), outer);
        self.unit().handlers.pop();
        result?;
        let inner = self.unit().handlers.split_off(outer);
        self.emit_no_location(Instr::PopExcept(NoArg));
        let cleared = self.clear_name(name);
        self.emit_no_location(Instr::JumpForward(end));
        self.unit().handlers.extend(inner);
        cleared?;
        self.unit().bind(cleanup_end);
        self.clear_name(name)?;
        self.emit_no_location(Instr::Reraise(Count(1)));
        Ok(())
    }
}
