//! Modules: module objects, the import machinery (`import.rs`: source
//! modules and packages found on `sys.path`, relative imports, circular
//! imports) and the native modules, one file each (`math`, `sys`, `os`,
//! `time`, `importlib`). Imported modules are cached in `sys.modules`
//! (`Vm::modules`), so a module's code runs once.

mod ast;
mod bisect;
mod bootstrap;
mod dis;
mod exit_hooks;
mod hash;
mod heapq;
mod import;
mod os;
mod os_fd;
mod pyc_cache;
mod pyc_module;
mod re;
pub(crate) mod stdlib;
mod string;
mod subprocess;
mod syntax_args;
mod sys;
mod tb_hooks;
mod time;
mod unicodedata;
mod warnings;
mod zlib;
pub(crate) use warnings::NativeCaller;

use std::cell::Cell;
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{ExcKind, PyErr, PyResult};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

pub(crate) use bootstrap::PrintTarget;
pub(crate) use exit_hooks::run_exit_hooks;
pub(crate) use import::{
    compile_error_in_string, parse_error, parse_error_in, syntax_error, syntax_error_block,
    syntax_error_msg, syntax_error_str,
};
pub(crate) use os::{os_error_new, os_error_str};
pub(crate) use os_fd::flush_at_exit;
pub(crate) use syntax_args::SourceInput;
pub(crate) use sys::sys_exit;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A module object.
#[derive(Debug)]
pub struct ModuleObj {
    /// `__name__` when it was made.
    pub name: String,
    /// The module namespace (the globals of its code).
    pub dict: crate::namespace::Namespace,
    /// True while its code runs: a circular import sees it "partially
    /// initialized".
    pub initializing: Cell<bool>,
}

impl ModuleObj {
    /// A module named `name` over the namespace `dict`.
    pub fn new(name: &str, dict: crate::namespace::Namespace) -> ModuleObj {
        ModuleObj {
            name: name.to_owned(),
            dict,
            initializing: Cell::new(false),
        }
    }

    /// The namespace entry `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict
            .borrow()
            .get(&HashKey::Str(Rc::from(name)))
            .cloned()
    }

    /// The namespace entry `name` if it is a string.
    fn get_str(&self, name: &str) -> Option<String> {
        self.get(name).and_then(|v| v.as_str().map(str::to_owned))
    }
}

/// Native modules that CPython freezes rather than builds in (their repr
/// says `(frozen)`).
const FROZEN: &[&str] = &["os", "posixpath", "importlib"];

/// The names of the native modules.
pub(crate) const NATIVE: &[&str] = &[
    "_ast",
    "_bisect",
    "_heapq",
    "_deque",
    "_dis",
    "_itertools",
    "_taipan_pyc",
    "_taipan_subprocess",
    "_taipan_hash",
    "_taipan_zlib",
    "_taipan_unicodedata",
    "_taipan_traceback",
    "_re",
    "_operator",
    "_functools",
    "builtins",
    "gc",
    "importlib",
    "math",
    "os",
    "posixpath",
    "_string",
    "_warnings",
    "sys",
    "time",
    "weakref",
];

/// Add native functions to a module namespace.
pub(crate) fn add_functions(d: &mut Dict, functions: &[(&'static str, NativeFn)]) {
    for &(name, func) in functions {
        d.set_str(
            &Rc::from(name),
            Value::obj(Object::Builtin(Builtin { name, func })),
        );
    }
}

/// Set a string key of a namespace.
pub(crate) fn set(d: &mut Dict, key: &str, value: Value) {
    d.set_str(&Rc::from(key), value);
}

/// `repr(module)`, as CPython shows where it came from.
pub(crate) fn module_repr(m: &ModuleObj) -> String {
    let name = m.get_str("__name__").unwrap_or_else(|| "?".to_owned());
    let name = crate::format::repr(&Value::str(name.as_str())).unwrap_or_default();
    if let Some(file) = m.get("__file__").filter(|f| f.as_str().is_some()) {
        let file = crate::format::repr(&file).unwrap_or_default();
        return format!("<module {name} from {file}>");
    }
    if let Some(path) = m.get("__path__") {
        let path = crate::format::repr(&path).unwrap_or_default();
        return format!("<module {name} (namespace) from {path}>");
    }
    let unset = |key: &str| matches!(m.get(key), Some(Value::None));
    if unset("__loader__") && unset("__spec__") {
        // `types.ModuleType(name)`: nothing says where it came from.
        return format!("<module {name}>");
    }
    if FROZEN.contains(&m.name.as_str()) {
        format!("<module {name} (frozen)>")
    } else {
        format!("<module {name} (built-in)>")
    }
}

/// `module.name`, or `None` if `obj` is not a module.
pub(crate) fn module_attr(obj: &Value, name: &str) -> Option<PyResult<Value>> {
    let Some(Object::Module(m)) = obj.as_obj() else {
        return None;
    };
    if let Some(v) = m.get(name) {
        return Some(Ok(v));
    }
    if name == "__dict__" {
        return Some(Ok(m.dict.to_value()));
    }
    let shown = m.get_str("__name__").unwrap_or_else(|| m.name.clone());
    if m.initializing.get() {
        let from = m
            .get_str("__file__")
            .map(|f| format!(" from {}", quote(&f)))
            .unwrap_or_default();
        return Some(Err(PyErr::msg(
            ExcKind::AttributeError,
            format!(
                "partially initialized module '{shown}'{from} has no attribute '{name}' \
                 (most likely due to a circular import)"
            ),
        )));
    }
    Some(Err(crate::suggest::attribute_error(
        format!("module '{shown}' has no attribute '{name}'"),
        name,
        crate::suggest::names_of(&m.dict.borrow()),
    )))
}

/// `IMPORT_FROM`: `module.name`, else the submodule `module.name` found
/// in `sys.modules`, else CPython's `ImportError`.
pub(crate) fn import_from(vm: &mut Vm, module: &Value, name: &str) -> PyResult<Value> {
    match vm.getattr(module, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => {}
        Err(e) => return Err(e),
    }
    let Some(Object::Module(m)) = module.as_obj() else {
        return Err(PyErr::msg(
            ExcKind::ImportError,
            format!("cannot import name '{name}' from '<unknown module name>' (unknown location)"),
        ));
    };
    let mname = m.get_str("__name__").unwrap_or_else(|| m.name.clone());
    if let Some(sub) = vm.sys_modules_get(&format!("{mname}.{name}")) {
        return Ok(sub);
    }
    let message = match m.get_str("__file__") {
        None => format!("cannot import name '{name}' from '{mname}' (unknown location)"),
        Some(path) if m.initializing.get() => format!(
            "cannot import name '{name}' from partially initialized module '{mname}' \
             (most likely due to a circular import) ({path})"
        ),
        Some(path) => format!("cannot import name '{name}' from '{mname}' ({path})"),
    };
    let e = import_error(ExcKind::ImportError, message, &mname);
    if let Some(Object::Exception(obj)) = e.value.as_obj() {
        set(&mut obj.dict.borrow_mut(), "name_from", Value::str(name));
    }
    Err(e)
}

/// An `ImportError` (or `ModuleNotFoundError`) with its `name` attribute.
pub(crate) fn import_error(kind: ExcKind, message: String, name: &str) -> Box<PyErr> {
    let e = PyErr::msg(kind, message);
    if let Some(Object::Exception(obj)) = e.value.as_obj() {
        set(&mut obj.dict.borrow_mut(), "name", Value::str(name));
    }
    e
}

/// The fields of the exceptions this area raises, when not set:
/// `SystemExit.code`, `ImportError.name`/`path`/`name_from`, `OSError`'s
/// `errno`/`strerror`/`filename`.
pub(crate) fn exception_field(e: &crate::exception::ExceptionObj, name: &str) -> Option<Value> {
    match name {
        "code" if e.kind.is_subclass(ExcKind::SystemExit) => {
            Some(match e.args.borrow().as_slice() {
                [] => Value::None,
                [code] => code.clone(),
                many => Value::tuple(many.to_vec()),
            })
        }
        "name" | "path" | "name_from" if e.kind.is_subclass(ExcKind::ImportError) => {
            Some(Value::None)
        }
        "errno" | "strerror" | "filename" | "filename2" if e.kind.is_subclass(ExcKind::OSError) => {
            Some(Value::None)
        }
        _ => None,
    }
}

/// `from module import *`: the names in `module.__all__`, or else every
/// name not starting with an underscore.
pub(crate) fn import_star(
    vm: &mut Vm,
    module: &Value,
    target: &crate::namespace::Namespace,
) -> PyResult<()> {
    let Some(Object::Module(m)) = module.as_obj() else {
        return Err(PyErr::msg(
            ExcKind::TypeError,
            "from-import-* object has no __dict__ and no __all__",
        ));
    };
    let mname = m.get_str("__name__").unwrap_or_else(|| m.name.clone());
    let names: Vec<(Rc<str>, Value)> = match m.get("__all__") {
        Some(all) => {
            // Names are bound one by one: those before a bad one stay.
            for item in vm.collect_iterable(&all)? {
                let Some(name) = item.as_str() else {
                    return Err(PyErr::msg(
                        ExcKind::TypeError,
                        format!(
                            "Item in {mname}.__all__ must be str, not {}",
                            crate::types::type_name(&item)
                        ),
                    ));
                };
                let value = vm.getattr(module, name)?;
                target.borrow_mut().set_str(&Rc::from(name), value);
            }
            return Ok(());
        }
        None => m
            .dict
            .borrow()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str()?, v)))
            .filter(|(k, _)| !k.starts_with('_'))
            .map(|(k, v)| (Rc::from(k), v.clone()))
            .collect(),
    };
    let mut target = target.borrow_mut();
    for (k, v) in names {
        target.set_str(&k, v);
    }
    Ok(())
}

/// The frames of CPython's `runpy` that an exception escaping a `-m`
/// module goes through, in its traceback (the last one printed).
pub(crate) fn add_runpy_frames(text: &mut String) {
    const HEADER: &str = "Traceback (most recent call last):\n";
    if let Some(at) = text.rfind(HEADER) {
        text.insert_str(
            at + HEADER.len(),
            "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
             File \"<frozen runpy>\", line 88, in _run_code\n",
        );
    }
}

/// Python's `repr()` of a str.
pub(crate) fn quote(s: &str) -> String {
    crate::format::repr(&Value::str(s)).unwrap_or_default()
}

/// Add the import functions to the builtins (`__import__`).
pub(crate) fn add_builtins(builtins: &mut Dict) {
    add_functions(builtins, &[("__import__", dunder_import)]);
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let mut params = [
        Value::None,
        Value::None,
        Value::None,
        Value::None,
        Value::Int(0),
    ];
    for (i, a) in args.iter().enumerate().take(5) {
        params[i] = a.clone();
    }
    for (k, v) in kwargs {
        let i = match &**k {
            "name" => 0,
            "globals" => 1,
            "locals" => 2,
            "fromlist" => 3,
            "level" => 4,
            _ => {
                return Err(crate::exception::type_error(format!(
                    "__import__() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        params[i] = v.clone();
    }
    let Some(name) = params[0].as_str().map(str::to_owned) else {
        return Err(crate::exception::type_error(format!(
            "__import__() argument 1 must be str, not {}",
            crate::types::type_name(&params[0])
        )));
    };
    let globals = match params[1].as_obj() {
        Some(Object::Dict(d)) => d.borrow().clone(),
        _ => Dict::new(),
    };
    let globals = crate::namespace::Namespace::new(globals);
    vm.import_name(&globals, &name, &params[3], &params[4])
}

impl Vm<'_> {
    /// `module.name`, consulting the module's own `__getattr__` (PEP 562)
    /// for a missing name; `None` if `obj` is not a module.
    pub(crate) fn module_getattr(&mut self, obj: &Value, name: &str) -> Option<PyResult<Value>> {
        let found = module_attr(obj, name)?;
        let hook = match (&found, obj.as_obj()) {
            (Err(_), Some(Object::Module(m))) => m.get("__getattr__"),
            _ => None,
        };
        match hook {
            Some(hook) => Some(self.call_value(&hook, vec![Value::str(name)])),
            None => Some(found),
        }
    }

    /// Before an uncaught `ImportError` from `from M import NAME` is shown,
    /// CPython's traceback imports `M` again (`__import__(M)`, which gives
    /// its top-level package) and suggests the closest of its names.
    pub(crate) fn import_error_hint(&mut self, e: &PyErr) {
        let Some(Object::Exception(obj)) = e.value.as_obj() else {
            return;
        };
        if obj.kind != ExcKind::ImportError || obj.class.is_some() {
            return;
        }
        let get = |k: &str| {
            obj.dict
                .borrow()
                .get(&HashKey::Str(Rc::from(k)))
                .and_then(|v| v.as_str().map(str::to_owned))
        };
        let (Some(name), Some(wrong)) = (get("name"), get("name_from")) else {
            return;
        };
        let top = name.split('.').next().unwrap_or(&name).to_owned();
        let Ok(module) = self
            .import_module(&name)
            .and_then(|_| self.import_module(&top))
        else {
            return;
        };
        if let Some(Object::Module(m)) = module.as_obj() {
            let mut names = crate::suggest::names_of(&m.dict.borrow());
            names.sort();
            let hint = crate::suggest::suggest(&wrong, names.iter().map(String::as_str));
            *obj.suggestion.borrow_mut() = hint;
        }
    }

    /// Fill the namespace of `__main__` and enter it in `sys.modules`.
    pub(crate) fn main_namespace(
        &mut self,
        globals: &crate::namespace::Namespace,
        filename: &str,
    ) -> PyResult<()> {
        let module_name = self.config.module.clone();
        // `-m pkg.mod` imports `pkg` first.
        if let Some((parent, _)) = module_name.as_deref().and_then(|m| m.rsplit_once('.')) {
            self.import_module(parent)?;
        }
        let package = module_name
            .as_deref()
            .map(|m| Value::str(m.rsplit_once('.').map_or("", |p| p.0)));
        let spec = match &module_name {
            Some(m) => {
                let parent = m.rsplit_once('.').map_or("", |p| p.0);
                self.module_spec(m, Some(filename), parent, None)?
            }
            None => Value::None,
        };
        let builtins = self.import_module("builtins")?;
        {
            let mut g = globals.borrow_mut();
            set(&mut g, "__name__", Value::str("__main__"));
            set(&mut g, "__doc__", Value::None);
            set(&mut g, "__package__", package.unwrap_or(Value::None));
            set(&mut g, "__loader__", Value::None);
            set(&mut g, "__spec__", spec);
            if filename != "<string>" {
                set(&mut g, "__file__", Value::str(filename));
            }
            set(&mut g, "__builtins__", builtins);
        }
        let main = Value::obj(Object::Module(ModuleObj::new("__main__", globals.clone())));
        self.sys_modules_set("__main__", main);
        Ok(())
    }

    /// The native module `name`'s namespace, if there is one.
    pub(crate) fn native_module(&mut self, name: &str) -> Option<PyResult<Dict>> {
        let mut d = Dict::new();
        set(&mut d, "__name__", Value::str(name));
        set(&mut d, "__doc__", Value::None);
        set(&mut d, "__package__", Value::str(""));
        let result = match name {
            "math" => {
                crate::math_module::init(&mut d);
                Ok(())
            }
            "sys" => sys::init(self, &mut d),
            "os" => os::init(self, &mut d),
            "posixpath" => {
                os::init_path(&mut d);
                Ok(())
            }
            "_string" => {
                string::init(&mut d);
                Ok(())
            }
            "time" => {
                time::init(&mut d);
                Ok(())
            }
            "_taipan_pyc" => {
                pyc_module::init(&mut d);
                Ok(())
            }
            "_dis" => {
                dis::init(&mut d);
                Ok(())
            }
            "gc" => {
                crate::gc_module::module_dict(&mut d);
                Ok(())
            }
            "weakref" => {
                crate::weakref::module_dict(&mut d);
                Ok(())
            }
            "_taipan_traceback" => {
                tb_hooks::init(&mut d);
                Ok(())
            }
            "_ast" => {
                ast::init(&mut d);
                Ok(())
            }
            "_taipan_subprocess" => {
                subprocess::init(&mut d);
                Ok(())
            }
            "_heapq" => {
                heapq::init(&mut d);
                Ok(())
            }
            "_deque" => {
                set(
                    &mut d,
                    "deque",
                    Value::obj(Object::Type(crate::types::TypeKind::Deque)),
                );
                Ok(())
            }
            "_functools" => {
                crate::operator::init_functools(&mut d);
                Ok(())
            }
            "_operator" => {
                crate::operator::init(&mut d);
                Ok(())
            }
            "_itertools" => {
                crate::itertools_new::init(&mut d);
                Ok(())
            }
            "_re" => {
                re::init(&mut d);
                Ok(())
            }
            "_bisect" => {
                bisect::init(&mut d);
                Ok(())
            }
            "_warnings" => {
                warnings::init(&mut d);
                Ok(())
            }
            "_taipan_hash" => {
                hash::init(&mut d);
                Ok(())
            }
            "_taipan_zlib" => {
                zlib::init(&mut d);
                Ok(())
            }
            "_taipan_unicodedata" => {
                unicodedata::init(&mut d);
                Ok(())
            }
            "importlib" => {
                import::init_importlib(&mut d);
                Ok(())
            }
            "_asyncio" => {
                for (k, v) in crate::asyncio::module_entries() {
                    set(&mut d, k, v);
                }
                Ok(())
            }
            "builtins" => {
                for (k, v) in self.builtins.iter() {
                    if let Some(k) = k.as_str() {
                        set(&mut d, k, v.clone());
                    }
                }
                set(&mut d, "__name__", Value::str(name));
                Ok(())
            }
            _ => return None,
        };
        Some(result.map(|()| d))
    }

    /// All items of an iterable, by the iterator protocol.
    pub(crate) fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let it = self.get_iter(v)?;
        let mut items = Vec::new();
        while let Some(x) = self.next(&it)? {
            items.push(x);
        }
        Ok(items)
    }
}
