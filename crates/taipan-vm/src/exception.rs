//! Exceptions: the built-in hierarchy, exception objects, and the error
//! type every fallible VM operation returns.

use std::rc::Rc;

use crate::value::{Object, Value};

macro_rules! exception_kinds {
    ($( $variant:ident : $parent:ident ),* $(,)?) => {
        /// A built-in exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            $(
                #[doc = stringify!($variant)]
                $variant,
            )*
        }

        impl ExcKind {
            /// Every built-in exception class, for the builtins module.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$variant),*];

            /// The class name.
            pub fn name(self) -> &'static str {
                match self { $( ExcKind::$variant => stringify!($variant), )* }
            }

            /// The base class (`BaseException` is its own).
            pub fn parent(self) -> ExcKind {
                match self { $( ExcKind::$variant => ExcKind::$parent, )* }
            }
        }
    };
}

exception_kinds! {
    BaseException: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    TypeError: Exception,
    ValueError: Exception,
    MemoryError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    AttributeError: Exception,
    AssertionError: Exception,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    GeneratorExit: BaseException,
    BaseExceptionGroup: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    CancelledError: BaseException,
    InvalidStateError: Exception,
    ImportError: Exception,
    EOFError: Exception,
    ModuleNotFoundError: ImportError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    UnsupportedOperation: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    FloatingPointError: ArithmeticError,
    BufferError: Exception,
    ReferenceError: Exception,
    SystemError: Exception,
    PythonFinalizationError: RuntimeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    RuntimeWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

impl ExcKind {
    /// Whether the class is a builtin (not one of `asyncio`'s).
    pub fn is_builtin(self) -> bool {
        !matches!(
            self,
            ExcKind::CancelledError | ExcKind::InvalidStateError | ExcKind::UnsupportedOperation
        )
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(self, other: ExcKind) -> bool {
        let mut k = self;
        if self == ExcKind::ExceptionGroup && other == ExcKind::Exception {
            // `ExceptionGroup` derives from both `BaseExceptionGroup` and
            // `Exception`.
            return true;
        }
        loop {
            if k == other {
                return true;
            }
            if k == ExcKind::BaseException {
                return false;
            }
            k = k.parent();
        }
    }
}

/// An exception instance.
#[derive(Debug)]
pub struct ExceptionObj {
    /// Its class.
    pub kind: ExcKind,
    /// `args` (`BaseException.__init__` may replace them).
    pub args: std::cell::RefCell<Vec<Value>>,
    /// `__traceback__`: the entries recorded when it was last caught,
    /// innermost first (so `raise` in a handler can re-raise with them).
    pub traceback: std::cell::RefCell<Vec<TracebackEntry>>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: std::cell::RefCell<Option<Value>>,
    /// `__cause__`, from `raise ... from CAUSE`.
    pub cause: std::cell::RefCell<Option<Value>>,
    /// `__suppress_context__` (set by `raise ... from`).
    pub suppress_context: std::cell::Cell<bool>,
    /// The user class, for instances of `class E(Exception)`.
    pub class: Option<Value>,
    /// `__dict__` (attributes set by a user class's methods).
    pub dict: std::cell::RefCell<crate::dict::Dict>,
    /// For a `NameError`: the name the traceback suggests instead.
    pub suggestion: std::cell::RefCell<Option<String>>,
    /// The `__traceback__` object last built (or assigned) and how many
    /// of the innermost `traceback` entries it stands for: raising the
    /// exception again adds outer entries, whose objects link to it
    /// (`tb_object.rs`).
    pub tb_object: std::cell::RefCell<Option<(Value, usize)>>,
}

impl ExceptionObj {
    /// A fresh exception of class `kind`.
    pub fn new(kind: ExcKind, args: Vec<Value>) -> ExceptionObj {
        ExceptionObj {
            kind,
            args: std::cell::RefCell::new(args),
            traceback: Default::default(),
            context: Default::default(),
            cause: Default::default(),
            suppress_context: Default::default(),
            class: None,
            dict: Default::default(),
            suggestion: Default::default(),
            tb_object: Default::default(),
        }
    }

    /// Replace the traceback entries (which extend those of the
    /// `__traceback__` object, if one was built).
    pub fn set_traceback(&self, entries: Vec<TracebackEntry>) {
        *self.traceback.borrow_mut() = entries;
    }

    /// The traceback entries, innermost first: those of the
    /// `__traceback__` chain once Python has seen it (it may have cut or
    /// replaced links).
    pub fn entries(&self) -> Vec<TracebackEntry> {
        if self.tb_object.borrow().is_some() {
            let head = crate::tb_object::exception_traceback(self);
            return crate::tb_object::entries_from_chain(&head);
        }
        self.traceback.borrow().clone()
    }
}

/// One traceback entry: the code running and the code unit it was at.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    /// The code.
    pub code: Rc<crate::code::Code>,
    /// The code unit of the failing instruction (or of the call).
    pub unit: usize,
    /// The local slots of the frame the exception left, kept alive as
    /// CPython's traceback keeps the frame (so `__del__` runs when the
    /// exception goes, not during unwinding).
    pub locals: Vec<Value>,
    /// The frame's module namespace (`tb_frame.f_globals`).
    pub globals: crate::namespace::Namespace,
}

/// A raised exception on its way up, with the frames it left.
#[derive(Debug)]
pub struct PyErr {
    /// The exception object (an `Object::Exception`).
    pub value: Value,
    /// The frames it went through, innermost first.
    pub traceback: Vec<TracebackEntry>,
    /// The running frame is already in `traceback` (a re-raise).
    pub frame_recorded: bool,
}

/// What fallible VM operations return.
pub type PyResult<T> = Result<T, Box<PyErr>>;

impl PyErr {
    /// A new exception of class `kind` with `args`.
    pub fn new(kind: ExcKind, args: Vec<Value>) -> Box<PyErr> {
        Box::new(PyErr {
            value: Value::obj(Object::Exception(Box::new(ExceptionObj::new(kind, args)))),
            traceback: Vec::new(),
            frame_recorded: false,
        })
    }

    /// Raise `value` (an exception object) again with the traceback it
    /// was caught with.
    pub fn reraise(value: Value) -> Box<PyErr> {
        let traceback = match value.as_obj() {
            Some(Object::Exception(e)) => e.entries(),
            _ => Vec::new(),
        };
        let frame_recorded = !traceback.is_empty();
        Box::new(PyErr {
            value,
            traceback,
            frame_recorded,
        })
    }

    /// A new exception with one message argument.
    pub fn msg(kind: ExcKind, message: impl Into<Box<str>>) -> Box<PyErr> {
        PyErr::new(kind, vec![Value::str(message)])
    }

    /// The class of the exception.
    pub fn kind(&self) -> ExcKind {
        match self.value.as_obj() {
            Some(Object::Exception(e)) => e.kind,
            _ => ExcKind::BaseException,
        }
    }
}

/// `TypeError(message)`.
pub(crate) fn type_error(message: impl Into<Box<str>>) -> Box<PyErr> {
    PyErr::msg(ExcKind::TypeError, message)
}

/// `ValueError(message)`.
pub(crate) fn value_error(message: impl Into<Box<str>>) -> Box<PyErr> {
    PyErr::msg(ExcKind::ValueError, message)
}
