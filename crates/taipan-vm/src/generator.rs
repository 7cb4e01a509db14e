//! Generators: a generator is a suspended frame.
//!
//! Calling a generator function binds its frame as usual but, instead of
//! running it, wraps it in a generator object. Each `next()` (or
//! `FOR_ITER`) resumes the frame in a nested run until it yields
//! (`YIELD_VALUE` hands the frame back, suspended) or returns (the
//! generator is then exhausted). Since frames are plain data, suspension
//! costs nothing more than moving the frame in and out of the object.

use std::cell::RefCell;

use taipan_bytecode::CodeFlags;

use crate::exception::{value_error, PyResult};
use crate::frame::Frame;
use crate::interp::Outcome;
use crate::value::{Object, Value};
use crate::Vm;

/// Where a generator is.
#[derive(Debug)]
pub enum GenState {
    /// Not started or suspended at a `yield`.
    Suspended(Frame),
    /// Running (a generator cannot resume itself).
    Running,
    /// Returned or raised.
    Finished,
}

/// A generator object.
#[derive(Debug)]
pub struct GeneratorObj {
    /// `__qualname__` (of its function).
    pub qualname: String,
    /// Its frame, while suspended.
    pub state: RefCell<GenState>,
}

/// Whether `frame` runs a generator function's code.
pub(crate) fn is_generator_code(frame: &Frame) -> bool {
    frame.code.obj.flags.0 & CodeFlags::GENERATOR != 0
}

/// The generator object for a freshly bound generator frame.
pub(crate) fn make_generator(frame: Frame) -> Value {
    Value::obj(Object::Generator(GeneratorObj {
        qualname: frame.code.obj.qualname.clone(),
        state: RefCell::new(GenState::Suspended(frame)),
    }))
}

impl Vm<'_> {
    /// Resume `g`: the next yielded value, or `None` once it returned.
    pub(crate) fn resume(&mut self, g: &GeneratorObj) -> PyResult<Option<Value>> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
        let mut frame = match state {
            GenState::Suspended(frame) => frame,
            GenState::Running => return Err(value_error("generator already executing")),
            GenState::Finished => {
                *g.state.borrow_mut() = GenState::Finished;
                return Ok(None);
            }
        };
        if frame.pc > 0 {
            // The value of the `yield` expression: `next()` sends None.
            frame.push(Value::None);
        }
        match self.run_until(frame) {
            Ok(Outcome::Yielded(frame, value)) => {
                *g.state.borrow_mut() = GenState::Suspended(frame);
                Ok(Some(value))
            }
            Ok(Outcome::Returned(_)) => {
                *g.state.borrow_mut() = GenState::Finished;
                Ok(None)
            }
            Err(e) => {
                *g.state.borrow_mut() = GenState::Finished;
                Err(e)
            }
        }
    }
}
