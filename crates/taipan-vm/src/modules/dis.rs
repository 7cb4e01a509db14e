//! `_dis`: what the Python half of the `dis` module (`lib/dis.py`) cannot
//! read off a code object by itself — the instruction table, the position
//! table, the exception table, the names of the local slots — and the
//! compiler, for `python -m dis FILE`.

use std::rc::Rc;

use taipan_bytecode::{OpFlags, Opcode, OperandKind};

use super::add_functions;
use crate::code::Code;
use crate::dict::Dict;
use crate::exception::{type_error, value_error, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_dis`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 7] = [
        ("code_of", code_of),
        ("compile_file", compile_file),
        ("opcodes", opcodes),
        ("positions", positions),
        ("exception_table", exception_table),
        ("localsplus", localsplus),
        ("stack_effect", stack_effect),
    ];
    add_functions(d, &functions);
}

/// The code object among `args`, or CPython's `TypeError`.
fn code_arg(args: &[Value], func: &str) -> PyResult<Rc<Code>> {
    match args {
        [v] => match v.as_obj() {
            Some(Object::Code(c)) => Ok(c.clone()),
            _ => Err(type_error(format!(
                "{func}() argument must be code, not {}",
                type_name(v)
            ))),
        },
        _ => Err(type_error(format!(
            "{func}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// The kind of an operand, as `dis.py` groups opcodes.
fn kind_name(op: Opcode) -> &'static str {
    match op.operand_kind() {
        OperandKind::None => "none",
        OperandKind::Const => "const",
        OperandKind::Local => "local",
        OperandKind::LocalPair => "local_pair",
        OperandKind::Name | OperandKind::NameFlag => "name",
        OperandKind::Jump => "jump",
        OperandKind::Number => "number",
    }
}

/// `opcodes()`: one `(number, name, kind, backward, caches)` tuple per
/// opcode of the instruction set.
fn opcodes(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let rows = Opcode::ALL
        .iter()
        .map(|&op| {
            Value::tuple(vec![
                Value::Int(i64::from(op as u8)),
                Value::str(op.name()),
                Value::str(kind_name(op)),
                Value::Bool(op.flags().contains(OpFlags::BACKWARD)),
                Value::Int(i64::from(op.caches())),
            ])
        })
        .collect();
    Ok(Value::list(rows))
}

/// `positions(code)`: `co_positions()`, one `(line, end_line, col,
/// end_col)` per code unit, `None`s where there is no position.
fn positions(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = code_arg(args, "positions")?;
    let obj = &code.obj;
    let units = obj.code.len() / 2;
    let int = |n: u32| Value::Int(i64::from(n));
    let rows = (0..units)
        .map(|i| {
            let p = obj.position(i);
            // Line 0 with an end line is module code's prologue.
            if p.line == 0 && p.end_line == 0 {
                Value::tuple(vec![Value::None; 4])
            } else {
                Value::tuple(vec![
                    int(p.line),
                    int(p.end_line),
                    int(p.col),
                    int(p.end_col),
                ])
            }
        })
        .collect();
    Ok(Value::list(rows))
}

/// `exception_table(code)`: `(start, end, target, depth, lasti)` per
/// entry, offsets in bytes as `dis` shows them.
fn exception_table(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = code_arg(args, "exception_table")?;
    let int = |n: u32| Value::Int(i64::from(n) * 2);
    let rows = code
        .obj
        .exception_table
        .iter()
        .map(|e| {
            Value::tuple(vec![
                int(e.start),
                int(e.end),
                int(e.target),
                Value::Int(i64::from(e.depth)),
                Value::Bool(e.lasti),
            ])
        })
        .collect();
    Ok(Value::list(rows))
}

/// `localsplus(code)`: the name of each local slot (`co_varnames`, cells
/// that are not parameters, `co_freevars`), as `LOAD_FAST`'s argument
/// counts them.
fn localsplus(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = code_arg(args, "localsplus")?;
    let obj = &code.obj;
    let mut names: Vec<Value> = obj
        .varnames
        .iter()
        .map(|s| Value::str(s.as_str()))
        .collect();
    for (name, &slot) in obj.cellvars.iter().zip(&obj.cell_slots) {
        if slot as usize >= obj.varnames.len() {
            names.push(Value::str(name.as_str()));
        }
    }
    names.extend(obj.freevars.iter().map(|s| Value::str(s.as_str())));
    Ok(Value::tuple(names))
}

/// `code_of(obj)`: the code object a suspended generator, coroutine or
/// async generator runs (CPython's `gi_code`/`cr_code`/`ag_code`), the
/// function a `staticmethod`, `classmethod` or bound method wraps, or
/// `None`.
fn code_of(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match args.first().and_then(Value::as_obj) {
        Some(Object::Generator(g)) => match &*g.state.borrow() {
            crate::generator::GenState::Suspended(frame) => {
                Value::obj(Object::Code(frame.code.clone()))
            }
            _ => Value::None,
        },
        // The function a `staticmethod`/`classmethod` or a bound method wraps.
        Some(Object::StaticMethod(f) | Object::ClassMethod(f) | Object::Method(f, _)) => f.clone(),
        _ => Value::None,
    })
}

/// `compile_file(path)`: read and compile a source file (`python -m dis
/// FILE`), `OSError` if it cannot be read.
fn compile_file(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(path) = args.first().and_then(Value::as_str).map(str::to_owned) else {
        return Err(type_error("compile_file() expects a path"));
    };
    let bytes = std::fs::read(&path).map_err(|e| super::os::os_error(&e, &path))?;
    let source = taipan_source::decode_source_file(&bytes, &path)
        .map_err(|e| crate::exception::PyErr::msg(crate::ExcKind::SyntaxError, e.message))?;
    let code = vm.compile_text(&path, source)?;
    Ok(Value::obj(Object::Code(code)))
}

/// `stack_effect(opcode, oparg=None, *, jump=None)`: the net stack
/// effect, on the jump path (`jump` true), the fall-through path (false)
/// or the larger of both (`None`).
fn stack_effect(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (op, oparg) = match args {
        [op] => (op, &Value::None),
        [op, oparg] => (op, oparg),
        _ => {
            return Err(type_error(format!(
                "stack_effect() takes from 1 to 2 positional arguments but {} were given",
                args.len()
            )))
        }
    };
    let mut jump = &Value::None;
    for (name, value) in kw {
        match &**name {
            "jump" => jump = value,
            _ => {
                return Err(type_error(format!(
                    "stack_effect() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let invalid = || value_error("invalid opcode or oparg");
    let op = match op {
        Value::Int(n) => u8::try_from(*n)
            .ok()
            .and_then(Opcode::from_u8)
            .ok_or_else(invalid)?,
        v => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
    };
    let oparg = match oparg {
        Value::Int(n) => u32::try_from(*n).map_err(|_| invalid())?,
        _ => 0,
    };
    let net = |(pop, push): (u32, u32)| i64::from(push) - i64::from(pop);
    let fall = net(op.stack_effect(oparg));
    let jumps = op.flags().contains(OpFlags::JUMP);
    let taken = net(op.branch_stack_effect(oparg));
    let effect = match jump {
        Value::None if jumps => fall.max(taken),
        Value::Bool(true) if jumps => taken,
        _ => fall,
    };
    Ok(Value::Int(effect))
}
