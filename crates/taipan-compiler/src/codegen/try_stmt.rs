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
        self.unit().handlers.push(Handler {
            target: handler,
            depth,
            lasti: false,
        });
        self.unit().fblocks.push(FBlock::FinallyTry {
            body: finalbody.clone(),
            handlers_len,
        });
        self.unit().emit(Instr::Nop(NoArg));
        let result = body(self);
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        result?;
        self.compile_body(&finalbody)?;
        self.unit().emit(Instr::JumpForward(end));
        self.unit().bind(handler);
        self.unit().handlers.push(Handler {
            target: cleanup,
            depth: depth + 1,
            lasti: true,
        });
        self.unit().emit(Instr::PushExcInfo(NoArg));
        self.unit().fblocks.push(FBlock::FinallyEnd);
        // CPython warns about the copies on the normal and unwinding
        // paths only, not this exceptional one.
        let warned = self.warnings.len();
        let result = self.compile_body(&finalbody);
        self.warnings.truncate(warned);
        self.unit().fblocks.pop();
        result?;
        self.unit().emit(Instr::Reraise(Count(0)));
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.unit().bind(end);
        Ok(())
    }

    /// `with ITEM as TARGET: BODY` (several items nest).
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
        let (exit, enter) = if is_async {
            ("__aexit__", "__aenter__")
        } else {
            ("__exit__", "__enter__")
        };
        let exit = self.unit().add_name(exit);
        let enter = self.unit().add_name(enter);
        self.unit().emit(Instr::Copy(Count(1)));
        self.unit()
            .emit(Instr::LoadAttr(taipan_bytecode::AttrArg(exit.0 << 1)));
        self.unit().emit(Instr::Swap(Count(2)));
        self.unit()
            .emit(Instr::LoadAttr(taipan_bytecode::AttrArg(enter.0 << 1 | 1)));
        self.unit().emit(Instr::Call(Count(0)));
        if is_async {
            self.emit_await(1);
        }
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.unit().emit(Instr::PopTop(NoArg)),
        }
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().handlers.push(Handler {
            target: handler,
            depth: depth + 1,
            lasti: false,
        });
        self.unit().fblocks.push(if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        });
        let result = self.compile_with(rest, body, is_async);
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        result?;
        self.emit_exit_call(is_async);
        self.unit().emit(Instr::JumpForward(end));
        self.unit().bind(handler);
        self.unit().handlers.push(Handler {
            target: cleanup,
            depth: depth + 2,
            lasti: true,
        });
        self.unit().emit(Instr::PushExcInfo(NoArg));
        self.unit().emit(Instr::WithExceptStart(NoArg));
        if is_async {
            self.emit_await(2);
        }
        self.unit().emit(Instr::ToBool(NoArg));
        let suppress = self.unit().new_label();
        self.unit().emit(Instr::PopJumpIfTrue(suppress));
        self.unit().emit(Instr::Reraise(Count(0)));
        self.unit().bind(suppress);
        self.unit().emit(Instr::PopTop(NoArg));
        self.unit().emit(Instr::PopExcept(NoArg));
        self.unit().emit(Instr::PopTop(NoArg));
        self.unit().handlers.pop();
        self.unit().emit(Instr::JumpForward(end));
        self.emit_cleanup(cleanup);
        self.unit().bind(end);
        Ok(())
    }

    /// Call the bound `__exit__` (or `__aexit__`, then await it) on top
    /// of the stack with three `None`s and drop the result.
    fn emit_exit_call(&mut self, is_async: bool) {
        self.unit().emit(Instr::PushNull(NoArg));
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
        self.unit().emit(Instr::Copy(Count(3)));
        self.unit().emit(Instr::PopExcept(NoArg));
        self.unit().emit(Instr::Reraise(Count(1)));
    }

    /// Emit what leaving the open blocks needs, innermost first: for a
    /// `return` (its value on top of the stack) all of them, for
    /// `break`/`continue` those inside the innermost loop.
    pub(super) fn unwind_fblocks(&mut self, for_return: bool) -> CResult {
        let blocks = self.unit().fblocks.clone();
        for (i, block) in blocks.iter().enumerate().rev() {
            match block {
                FBlock::ForLoop | FBlock::WhileLoop if !for_return => break,
                FBlock::ForLoop if for_return => {
                    self.unit().emit(Instr::Swap(Count(2)));
                    self.unit().emit(Instr::PopTop(NoArg));
                }
                FBlock::ExceptHandler => {
                    if for_return {
                        self.unit().emit(Instr::Swap(Count(2)));
                    }
                    self.unit().emit(Instr::PopExcept(NoArg));
                }
                FBlock::FinallyEnd => {
                    if for_return {
                        self.unit().emit(Instr::Swap(Count(2)));
                        self.unit().emit(Instr::PopTop(NoArg));
                        self.unit().emit(Instr::Swap(Count(2)));
                    } else {
                        self.unit().emit(Instr::PopTop(NoArg));
                    }
                    self.unit().emit(Instr::PopExcept(NoArg));
                }
                FBlock::With | FBlock::AsyncWith => {
                    if for_return {
                        self.unit().emit(Instr::Swap(Count(2)));
                    }
                    self.emit_exit_call(*block == FBlock::AsyncWith);
                }
                FBlock::ReturnValue => {
                    if for_return {
                        self.unit().emit(Instr::Swap(Count(2)));
                    }
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
        let saved_handlers = self.unit().handlers.split_off(handlers_len);
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
    /// handler at `except_label`, then a jump to `else_label`; at
    /// `except_label` the handlers' own cleanup handler is opened and
    /// `PUSH_EXC_INFO` saves the previously handled exception.
    pub(super) fn compile_try_body(
        &mut self,
        t: &taipan_ast::Try,
        depth: u32,
        except_label: Label,
        cleanup: Label,
        else_label: Label,
    ) -> CResult {
        self.unit().handlers.push(Handler {
            target: except_label,
            depth,
            lasti: false,
        });
        self.unit().fblocks.push(FBlock::TryBody);
        self.unit().emit(Instr::Nop(NoArg));
        let body = self.compile_body(&t.body);
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        body?;
        self.unit().emit(Instr::JumpForward(else_label));
        self.unit().bind(except_label);
        self.unit().handlers.push(Handler {
            target: cleanup,
            depth: depth + 1,
            lasti: true,
        });
        self.unit().emit(Instr::PushExcInfo(NoArg));
        Ok(())
    }

    /// `try: ... except T as name: ... else: ...`,
    /// laid out as CPython 3.14 does: the body is covered by the handler
    /// at `except_label`; the handlers themselves by a cleanup that
    /// restores the previously handled exception and re-raises.
    pub(super) fn compile_try_except(&mut self, t: &taipan_ast::Try) -> CResult {
        let depth = self.unit().depth();
        let except_label = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let else_label = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_try_body(t, depth, except_label, cleanup, else_label)?;
        for handler in &t.handlers {
            let old = self.set_range(handler.range);
            let next = self.unit().new_label();
            if let Some(type_) = &handler.type_ {
                self.compile_expr(type_)?;
                self.unit().emit(Instr::CheckExcMatch(NoArg));
                self.unit().emit(Instr::PopJumpIfFalse(next));
            }
            match &handler.name {
                Some(name) => self.store_name(name),
                None => self.unit().emit(Instr::PopTop(NoArg)),
            }
            self.unit().fblocks.push(FBlock::ExceptHandler);
            let result = self.compile_body(&handler.body);
            self.unit().fblocks.pop();
            result?;
            if let Some(name) = &handler.name {
                self.load_const(ConstValue::None);
                self.store_name(name);
                self.compile_delete_name(name, handler.range)?;
            }
            self.unit().emit(Instr::PopExcept(NoArg));
            self.unit().emit(Instr::JumpForward(end));
            self.unit().bind(next);
            self.set_range(old);
        }
        self.unit().emit(Instr::Reraise(Count(0)));
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.unit().bind(else_label);
        self.compile_body(&t.orelse)?;
        self.unit().bind(end);
        Ok(())
    }
}
