//! `await` and `async for` (`async with` shares `compile_with`).
//!
//! `await x` is `GET_AWAITABLE` then the `SEND` loop of `yield from`:
//! the coroutine suspends with whatever the awaited object yields (an
//! event loop's future) until it returns. `async for` calls `__anext__`
//! and awaits it each time round; the `StopAsyncIteration` that ends the
//! loop reaches the handler `END_ASYNC_FOR`, as in CPython.

use taipan_ast::For;
use taipan_bytecode::{ConstValue, Count, Instr, NoArg};

use super::unit::{FBlock, Handler, LoopLabels};
use super::{CResult, Compiler};

impl Compiler {
    /// Await the object on top of the stack (`GET_AWAITABLE kind`: 0 for
    /// `await`, 1 for `__aenter__`, 2 for `__aexit__`).
    pub(super) fn emit_await(&mut self, kind: u32) {
        self.unit().emit(Instr::GetAwaitable(Count(kind)));
        self.load_const(ConstValue::None);
        self.emit_send_loop();
    }

    /// `async for target in iter: body else: orelse`.
    pub(super) fn compile_async_for(&mut self, f: &For) -> CResult {
        let depth = self.unit().depth();
        self.compile_expr(&f.iter)?;
        let old = self.set_range(f.iter.range);
        self.unit().emit(Instr::GetAiter(NoArg));
        let top = self.unit().new_label();
        let stop = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind(top);
        self.unit().handlers.push(Handler {
            target: stop,
            depth: depth + 1,
            lasti: false,
        });
        self.unit().emit(Instr::GetAnext(NoArg));
        self.emit_await(0);
        self.unit().handlers.pop();
        self.set_range(old);
        self.compile_store(&f.target)?;
        self.unit().loops.push(LoopLabels {
            continue_to: top,
            break_to: end,
        });
        self.unit().fblocks.push(FBlock::ForLoop);
        let result = self.compile_body(&f.body);
        self.unit().fblocks.pop();
        self.unit().loops.pop();
        result?;
        let old = self.set_range(f.iter.range);
        self.unit().emit(Instr::JumpBackward(top));
        self.unit().bind(stop);
        self.unit().emit(Instr::EndAsyncFor(NoArg));
        self.set_range(old);
        self.compile_body(&f.orelse)?;
        // `break` pops the iterator itself.
        self.unit().bind(end);
        Ok(())
    }
}
