//! `-X trace`: the stack machine in motion. For every executed instruction
//! one line goes to standard error (or the `-X trace-file=` file): the
//! frame's code name, the line, the instruction with its argument, and
//! the value stack after it, values by `repr` cut to a readable width:
//!
//! ```text
//! add             3  LOAD_FAST a              → [5]
//! add             3  LOAD_FAST b              → [5, 3]
//! add             3  BINARY_OP +              → [8]
//! add             3  RETURN_VALUE             → []
//! <module>        5  CALL 2                   → [8]
//! ```
//!
//! How it hooks in: `Vm::execute` is compiled twice (`TRACE` false and
//! true); `run_until` picks the tracing copy once per entry when a tracer
//! is installed, so the ordinary loop carries no check at all. The
//! tracing loop calls [`before`] ahead of each instruction. A line is
//! printed when its instruction has finished — that is, when the next
//! instruction of the same run starts, or when the run returns, yields or
//! raises — so the stack shown is the one the instruction left. An
//! instruction that called a Python function (`CALL`, which switches
//! frames in place) is pending until the callee returns, so its line
//! follows the callee's lines and shows the result. Pending lines are a
//! stack of [`Record`]s tagged with the run nesting level and frame depth
//! they belong to.

use std::fmt::Write as _;
use std::io::Write;
use std::rc::Rc;

use taipan_bytecode::{BinaryOpArg, CompareOpArg, OpFlags, Opcode, OperandKind};

use crate::code::Code;
use crate::exception::PyErr;
use crate::frame::Frame;
use crate::value::{Object, Value};
use crate::Vm;

/// Widest `repr` shown for one stack value.
const VALUE_WIDTH: usize = 40;
/// Most stack values shown (the top ones).
const STACK_ITEMS: usize = 8;

/// Which instructions to trace (`-X trace=...`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TraceSpec {
    /// Everything (`-X trace`).
    All,
    /// Frames of the functions with this name or qualified name
    /// (`-X trace=NAME`).
    Function(String),
    /// Lines `first..=last` of files whose name ends with `file` (every
    /// file when empty): `-X trace=FILE:A-B`, `-X trace=:A-B`, `-X trace=A-B`.
    Lines {
        /// The end of the file name (empty: any file).
        file: String,
        /// First line traced.
        first: u32,
        /// Last line traced.
        last: u32,
    },
}

impl TraceSpec {
    /// Parse the value of `-X trace=VALUE` (`None` for a bare `-X trace`).
    pub fn parse(value: Option<&str>) -> Result<TraceSpec, String> {
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            return Ok(TraceSpec::All);
        };
        let (file, range) = match value.rsplit_once(':') {
            Some((file, range)) => (file, Some(range)),
            None if value.starts_with(|c: char| c.is_ascii_digit()) => ("", Some(value)),
            None => ("", None),
        };
        let Some(range) = range else {
            return Ok(TraceSpec::Function(value.to_owned()));
        };
        let (a, b) = range.split_once('-').unwrap_or((range, range));
        match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
            (Ok(first), Ok(last)) if first <= last => Ok(TraceSpec::Lines {
                file: file.to_owned(),
                first,
                last,
            }),
            _ => Err(format!(
                "-X trace: bad line range {range:?} (expected FILE:FIRST-LAST)"
            )),
        }
    }

    /// Whether the instruction at code unit `unit` of `code` is traced.
    /// The interpreter's own Python helpers (module specs, standard
    /// streams) never are.
    fn selects(&self, code: &Code, unit: usize) -> bool {
        if &*code.obj.filename == "<taipan bootstrap>" {
            return false;
        }
        match self {
            TraceSpec::All => true,
            TraceSpec::Function(name) => code.obj.name == *name || code.obj.qualname == *name,
            TraceSpec::Lines { file, first, last } => {
                let line = code.obj.position(unit).line;
                (*first..=*last).contains(&line) && code.obj.filename.ends_with(file.as_str())
            }
        }
    }
}

/// An executed instruction whose line is not printed yet.
struct Record {
    /// `Vm::nested` when it ran.
    nested: usize,
    /// `Vm::frames.len()` when it ran (its frame's depth).
    depth: usize,
    /// Its code.
    code: Rc<Code>,
    /// Its code unit.
    unit: usize,
    /// The opcode.
    op: Opcode,
    /// The argument.
    arg: u32,
}

/// The state of `-X trace`.
pub(crate) struct Tracer {
    /// What to trace.
    spec: TraceSpec,
    /// Where lines go (`None`: standard error).
    file: Option<std::io::BufWriter<std::fs::File>>,
    /// Instructions executed, not printed yet, innermost last.
    pending: Vec<Record>,
}

impl Tracer {
    /// A tracer for `spec`, writing to `file` if given.
    pub(crate) fn new(spec: TraceSpec, file: Option<std::fs::File>) -> Tracer {
        Tracer {
            spec,
            file: file.map(std::io::BufWriter::new),
            pending: Vec::new(),
        }
    }

    /// The tracer `config` asks for, if any; a trace file that cannot be
    /// created is reported on `err`, and tracing goes to `err` instead.
    pub(crate) fn from_config(config: &crate::Config, err: &mut dyn Write) -> Option<Box<Tracer>> {
        let spec = config.trace.clone()?;
        let file = config.trace_file.as_ref().and_then(|path| {
            std::fs::File::create(path)
                .map_err(|e| {
                    let _ = writeln!(err, "taipan: cannot write trace file {path}: {e}");
                })
                .ok()
        });
        Some(Box::new(Tracer::new(spec, file)))
    }
}

/// What became of a finished instruction's stack.
enum After<'a> {
    /// It left this stack.
    Stack(&'a [Value]),
    /// It raised this exception.
    Raised(&'a Value),
}

/// Called by the tracing loop before it executes `op arg` of `frame`:
/// print the lines of the instructions this one shows to have finished,
/// then remember this one.
pub(crate) fn before(vm: &mut Vm, frame: &Frame, op: Opcode, arg: u32) {
    let depth = vm.frames.len();
    flush(vm, depth, |d| {
        if d == depth {
            After::Stack(&frame.stack)
        } else {
            After::Stack(&[])
        }
    });
    let nested = vm.nested;
    let Some(tracer) = vm.trace.as_mut() else {
        return;
    };
    if tracer.spec.selects(&frame.code, frame.instr) {
        tracer.pending.push(Record {
            nested,
            depth,
            code: frame.code.clone(),
            unit: frame.instr,
            op,
            arg,
        });
    }
}

/// The run at the current nesting level returned or yielded from `frame`:
/// print its last instruction with the stack it left.
pub(crate) fn finished(vm: &mut Vm, frame: &Frame) {
    flush(vm, vm.frames.len(), |_| After::Stack(&frame.stack));
}

/// An exception left the frames at depth `depth` and deeper of the
/// current run: print their pending instructions as raising it.
pub(crate) fn raised(vm: &mut Vm, depth: usize, e: &PyErr) {
    flush(vm, depth, |_| After::Raised(&e.value));
}

/// Print (innermost first) the pending records of the current run whose
/// frame depth is `depth` or more.
fn flush<'a>(vm: &mut Vm, depth: usize, after: impl Fn(usize) -> After<'a>) {
    let nested = vm.nested;
    loop {
        let Some(tracer) = vm.trace.as_mut() else {
            return;
        };
        let done =
            matches!(tracer.pending.last(), Some(r) if r.nested == nested && r.depth >= depth);
        if !done {
            return;
        }
        let Some(record) = tracer.pending.pop() else {
            return;
        };
        let line = render(vm, &record, after(record.depth));
        write_line(vm, &line);
    }
}

/// Write one line where the tracer's output goes.
fn write_line(vm: &mut Vm, line: &str) {
    let file = vm.trace.as_mut().and_then(|t| t.file.as_mut());
    let _ = match file {
        Some(f) => f.write_all(line.as_bytes()),
        None => {
            // What the program printed so far comes first.
            let _ = vm.out.flush();
            vm.err.write_all(line.as_bytes())
        }
    };
}

/// The line of one finished instruction. The tracer is taken out while
/// `repr`s run, so Python `__repr__` methods are not traced.
fn render(vm: &mut Vm, r: &Record, after: After) -> String {
    let tracer = vm.trace.take();
    let mut text = String::new();
    let line = r.code.obj.position(r.unit).line;
    let name = &r.code.obj.qualname;
    let mut instr = r.op.name().to_owned();
    let detail = argrepr(vm, &r.code, r.op, r.arg, r.unit);
    if !detail.is_empty() {
        instr.push(' ');
        instr.push_str(&detail);
    }
    let _ = write!(text, "{name:<12} {line:>4}  {instr:<24} → ");
    match after {
        After::Stack(stack) => text.push_str(&stack_repr(vm, stack)),
        After::Raised(exc) => {
            let _ = write!(text, "raises {}", crate::types::type_name(exc));
        }
    }
    text.push('\n');
    vm.trace = tracer;
    text
}

/// `[a, b, c]`: the stack, bottom first, its top `STACK_ITEMS` values.
fn stack_repr(vm: &mut Vm, stack: &[Value]) -> String {
    let skip = stack.len().saturating_sub(STACK_ITEMS);
    let mut parts: Vec<String> = Vec::with_capacity(STACK_ITEMS + 1);
    if skip > 0 {
        parts.push(format!("…{skip} more"));
    }
    parts.extend(stack.iter().skip(skip).map(|v| short_repr(vm, v)));
    format!("[{}]", parts.join(", "))
}

/// A value's `repr`, cut to `VALUE_WIDTH` characters.
fn short_repr(vm: &mut Vm, v: &Value) -> String {
    if matches!(v, Value::Null) {
        return "NULL".to_owned();
    }
    let text = vm
        .repr_of(v)
        .unwrap_or_else(|_| format!("<{} object>", crate::types::type_name(v)));
    if text.chars().count() <= VALUE_WIDTH {
        return text;
    }
    let mut cut: String = text.chars().take(VALUE_WIDTH - 1).collect();
    cut.push('…');
    cut
}

/// The argument as `dis` describes it: a name, a constant's repr, an
/// operator, a jump target (as a byte offset), or the number.
fn argrepr(vm: &mut Vm, code: &Code, op: Opcode, arg: u32, unit: usize) -> String {
    let obj = &code.obj;
    let name = |i: u32| obj.names.get(i as usize).cloned().unwrap_or_default();
    match op.operand_kind() {
        OperandKind::None => String::new(),
        OperandKind::Const => match code.consts.get(arg as usize) {
            Some(Value::Obj(o)) if matches!(&**o, Object::Code(_)) => {
                format!("<code {}>", name_of_code(o))
            }
            Some(v) => short_repr(vm, &v.clone()),
            None => arg.to_string(),
        },
        OperandKind::Local => local_name(code, arg),
        OperandKind::LocalPair => {
            format!(
                "{}, {}",
                local_name(code, arg >> 4),
                local_name(code, arg & 15)
            )
        }
        OperandKind::Name => name(arg),
        OperandKind::NameFlag => match op {
            Opcode::LoadSuperAttr => name(arg >> 2),
            _ => name(arg >> 1),
        },
        OperandKind::Jump => {
            let end = unit as i64 + 1 + i64::from(op.caches());
            let delta = if op.flags().contains(OpFlags::BACKWARD) {
                -i64::from(arg)
            } else {
                i64::from(arg)
            };
            format!("to {}", 2 * (end + delta))
        }
        OperandKind::Number => number_argrepr(op, arg),
    }
}

/// The name of a code object constant.
fn name_of_code(o: &Object) -> String {
    match o {
        Object::Code(c) => c.obj.qualname.clone(),
        _ => String::new(),
    }
}

/// The name of local slot `slot` (`co_varnames`, cells, free variables).
pub(crate) fn local_name(code: &Code, slot: u32) -> String {
    let obj = &code.obj;
    let slot = slot as usize;
    if let Some(n) = obj.varnames.get(slot) {
        return n.clone();
    }
    let extra: Vec<&String> = obj
        .cellvars
        .iter()
        .zip(&obj.cell_slots)
        .filter(|(_, &s)| s as usize >= obj.varnames.len())
        .map(|(n, _)| n)
        .chain(obj.freevars.iter())
        .collect();
    extra
        .get(slot - obj.varnames.len())
        .map_or_else(|| slot.to_string(), |n| (*n).clone())
}

/// Operators and flags for the instructions whose argument is a number.
fn number_argrepr(op: Opcode, arg: u32) -> String {
    match op {
        Opcode::BinaryOp => BinaryOpArg(arg).symbol().to_owned(),
        Opcode::CompareOp => CompareOpArg(arg).symbol().to_owned(),
        Opcode::IsOp => if arg == 0 { "is" } else { "is not" }.to_owned(),
        Opcode::ContainsOp => if arg == 0 { "in" } else { "not in" }.to_owned(),
        _ => arg.to_string(),
    }
}

impl Vm<'_> {
    /// The tracing copy of [`Vm::execute`]: on the way out, print the
    /// last instruction of the run, or, when it raised, the pending
    /// instructions of every frame the exception is going to leave.
    pub(crate) fn execute_traced(
        &mut self,
        frame: &mut crate::frame::FrameBox,
        base: usize,
    ) -> crate::exception::PyResult<crate::interp::Flow> {
        let result = self.execute::<true>(frame, base);
        match &result {
            Ok(_) => finished(self, frame),
            Err(e) => {
                let depth = self.handler_depth(frame, base);
                raised(self, depth, e);
            }
        }
        result
    }

    /// The depth of the frame whose handler will catch an exception
    /// raised in `frame` (as `Vm::handle` searches), or `base`.
    fn handler_depth(&self, frame: &Frame, base: usize) -> usize {
        if frame.code.obj.handler_for(frame.instr).is_some() {
            return self.frames.len();
        }
        (base..self.frames.len())
            .rev()
            .find(|&i| {
                self.frames
                    .get(i)
                    .is_some_and(|f| f.code.obj.handler_for(f.instr).is_some())
            })
            .unwrap_or(base)
    }
}
