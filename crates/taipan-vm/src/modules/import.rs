//! The import system: `IMPORT_NAME` as CPython's `importlib._bootstrap`
//! does it. A dotted name is imported part by part (`a`, then `a.b`, ...);
//! each part is looked up in `sys.modules`, then among the native modules
//! (top level only), then on the search path — `sys.path` for a top-level
//! module, the parent package's `__path__` for a submodule — as a package
//! (`NAME/__init__.py`), a module (`NAME.py`) or, failing both, a namespace
//! package (a directory without `__init__.py`). A source module is entered
//! in `sys.modules` before its code runs (so a circular import finds it,
//! partially initialized) and removed again if its code fails.

use std::path::Path;
use std::rc::Rc;

use super::syntax_args::{parse_error_location, SourceInput, SyntaxLocation};
use super::{import_error, set, ModuleObj};
use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Where a module was found on the search path.
enum Found {
    /// A source file; `Some(dir)` for a package's `__init__.py`.
    Source(String, Option<String>),
    /// A `.pyc` file without source; `Some(dir)` for a package's `__init__.pyc`.
    Sourceless(String, Option<String>),
    /// A namespace package over these directories.
    Namespace(Vec<String>),
    /// An embedded library module (`stdlib.rs`): is it a package, its source.
    Embedded(bool, &'static str),
}

impl Vm<'_> {
    /// `IMPORT_NAME`: import `name` (`level` dots up from the package of
    /// `globals`) and return the module, or the top-level package when
    /// there is no from-list (`import a.b` binds `a`).
    pub(crate) fn import_name(
        &mut self,
        globals: &crate::namespace::Namespace,
        name: &str,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(i) if *i >= 0 => *i as usize,
            Value::Int(_) => return Err(value_error("level must be >= 0")),
            _ => 0,
        };
        let absname = if level > 0 {
            resolve_name(name, &package_of(self, globals)?, level)?
        } else if name.is_empty() {
            return Err(value_error("Empty module name"));
        } else {
            name.to_owned()
        };
        let module = self.import_module(&absname)?;
        let fromlist = match fromlist {
            Value::None => Vec::new(),
            v => self.collect_iterable(v)?,
        };
        if fromlist.is_empty() {
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                return self.import_module(top);
            }
            // `__import__('a.b', level=1)` gives the package `a` is in.
            let cut = name.len() - name.split('.').next().unwrap_or(name).len();
            let keep = absname.len().saturating_sub(cut);
            return self.import_module(absname.get(..keep).unwrap_or(&absname));
        }
        self.handle_fromlist(&module, &absname, &fromlist, false)?;
        Ok(module)
    }

    /// `from package import a, b`: import the names that are submodules
    /// not imported yet (`*` stands for the package's `__all__`).
    fn handle_fromlist(
        &mut self,
        module: &Value,
        mname: &str,
        fromlist: &[Value],
        recursive: bool,
    ) -> PyResult<()> {
        let Some(Object::Module(m)) = module.as_obj() else {
            return Ok(());
        };
        if m.get("__path__").is_none() {
            return Ok(());
        }
        for item in fromlist {
            let Some(x) = item.as_str() else {
                let what = if recursive {
                    format!("{mname}.__all__")
                } else {
                    "from list".to_owned()
                };
                return Err(type_error(format!(
                    "Item in {what} must be str, not {}",
                    type_name(item)
                )));
            };
            if x == "*" {
                if let (false, Some(all)) = (recursive, m.get("__all__")) {
                    let all = self.collect_iterable(&all)?;
                    self.handle_fromlist(module, mname, &all, true)?;
                }
                continue;
            }
            if m.get(x).is_some() {
                continue;
            }
            let full = format!("{mname}.{x}");
            if let Err(e) = self.import_module(&full) {
                if e.kind() == ExcKind::ModuleNotFoundError && missing_name(&e) == Some(full) {
                    continue;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// The module `sys.modules[name]`, if there.
    pub(crate) fn sys_modules_get(&self, name: &str) -> Option<Value> {
        match self.modules.as_obj() {
            Some(Object::Dict(d)) => d.borrow().get(&HashKey::Str(Rc::from(name))).cloned(),
            _ => None,
        }
    }

    /// Set `sys.modules[name]`.
    pub(crate) fn sys_modules_set(&self, name: &str, module: Value) {
        if let Some(Object::Dict(d)) = self.modules.as_obj() {
            d.borrow_mut().set_str(&Rc::from(name), module);
        }
    }

    /// Remove `sys.modules[name]`.
    fn sys_modules_remove(&self, name: &str) {
        if let Some(Object::Dict(d)) = self.modules.as_obj() {
            d.borrow_mut().remove(&HashKey::Str(Rc::from(name)));
        }
    }

    /// Import the absolute dotted `name` and return that module (not its
    /// top-level package).
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_modules_get(name) {
            if matches!(m, Value::None) {
                return Err(import_error(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                    name,
                ));
            }
            return Ok(m);
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent, child)) => {
                let parent_module = self.import_module(parent)?;
                // Importing the parent may have imported this module.
                if let Some(m) = self.sys_modules_get(name) {
                    return Ok(m);
                }
                if parent == "os" && child == "path" {
                    let m = self.import_module("posixpath")?;
                    self.sys_modules_set(name, m.clone());
                    return Ok(m);
                }
                let path = self.package_path(&parent_module)?;
                // A native module's submodule from the embedded library
                // (`importlib.util`).
                let embedded = || super::stdlib::find(name).map(|_| Vec::new());
                let Some(path) = path.or_else(embedded) else {
                    return Err(import_error(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{name}'; '{parent}' is not a package"),
                        name,
                    ));
                };
                (Some((parent_module, child)), path)
            }
            None => {
                if let Some(dict) = self.native_module(name) {
                    let module = self.new_module(name, dict?);
                    self.sys_modules_set(name, module.clone());
                    if name == "sys" {
                        self.remember_stdio(&module);
                    }
                    return Ok(module);
                }
                (None, self.sys_path()?)
            }
        };
        let short = name.rsplit('.').next().unwrap_or(name);
        let found = find_on_path(short, &search)
            .or_else(|| super::stdlib::find(name).map(|(p, s)| Found::Embedded(p, s)));
        let Some(found) = found else {
            return Err(import_error(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
                name,
            ));
        };
        let module = match found {
            Found::Source(file, dir) => {
                let code = self.load_or_compile(&file)?;
                self.load_source(name, &file, dir, code)?
            }
            Found::Sourceless(file, dir) => {
                let code = self.load_sourceless(name, &file)?;
                self.load_source(name, &file, dir, code)?
            }
            Found::Embedded(package, source) => {
                let file = super::stdlib::file_of(name, package);
                let dir = package.then(|| file.trim_end_matches("/__init__.py").to_owned());
                let code = self.compile_text(&file, source.to_owned())?;
                self.load_source(name, &file, dir, code)?
            }
            Found::Namespace(dirs) => self.load_namespace(name, dirs),
        };
        if let Some((parent_module, child)) = parent {
            if let Some(Object::Module(p)) = parent_module.as_obj() {
                set(&mut p.dict.borrow_mut(), child, module.clone());
            }
        }
        Ok(module)
    }

    /// A module object over `dict`.
    fn new_module(&self, name: &str, dict: Dict) -> Value {
        Value::obj(Object::Module(ModuleObj::new(
            name,
            crate::namespace::Namespace::new(dict),
        )))
    }

    /// The strings of `sys.path`.
    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let sys = self.import_module("sys")?;
        let path = match sys.as_obj() {
            Some(Object::Module(m)) => m.get("path"),
            _ => None,
        };
        match path {
            Some(p) => Ok(self
                .collect_iterable(&p)?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()),
            None => Ok(Vec::new()),
        }
    }

    /// A package's `__path__` as strings, or `None` if it is no package.
    fn package_path(&mut self, module: &Value) -> PyResult<Option<Vec<String>>> {
        let path = match module.as_obj() {
            Some(Object::Module(m)) => m.get("__path__"),
            _ => None,
        };
        let Some(path) = path else { return Ok(None) };
        Ok(Some(
            self.collect_iterable(&path)?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        ))
    }

    /// Run the source module `name` from `file` (a package's `__init__.py`
    /// when `dir` is set) in a fresh namespace.
    fn load_source(
        &mut self,
        name: &str,
        file: &str,
        dir: Option<String>,
        code: Rc<crate::code::Code>,
    ) -> PyResult<Value> {
        let package = match &dir {
            Some(_) => name.to_owned(),
            None => name.rsplit_once('.').map_or("", |p| p.0).to_owned(),
        };
        let mut d = Dict::new();
        set(&mut d, "__name__", Value::str(name));
        set(&mut d, "__doc__", Value::None);
        set(&mut d, "__package__", Value::str(package.as_str()));
        set(&mut d, "__loader__", Value::None);
        let path = dir.map(|d| Value::list(vec![Value::str(d)]));
        let spec = self.module_spec(name, Some(file), &package, path.clone())?;
        set(&mut d, "__spec__", spec);
        if let Some(path) = path {
            set(&mut d, "__path__", path);
        }
        set(&mut d, "__file__", Value::str(file));
        let cached = if file.ends_with(".pyc") {
            file.to_owned()
        } else {
            self.cache_path(file)
        };
        set(&mut d, "__cached__", Value::str(cached));
        if let Some(b) = self.builtins_module()? {
            set(&mut d, "__builtins__", b);
        }
        let globals = crate::namespace::Namespace::new(d);
        let module = Value::obj(Object::Module(ModuleObj::new(name, globals.clone())));
        if let Some(Object::Module(m)) = module.as_obj() {
            m.initializing.set(true);
        }
        self.sys_modules_set(name, module.clone());
        let result = self.run_frame(Frame::new(code, globals, Vec::new()));
        if let Some(Object::Module(m)) = module.as_obj() {
            m.initializing.set(false);
        }
        if let Err(e) = result {
            self.sys_modules_remove(name);
            return Err(e);
        }
        self.sys_modules_get(name).ok_or_else(|| {
            PyErr::msg(
                ExcKind::KeyError,
                format!(
                    "{} not in sys.modules as expected",
                    crate::modules::quote(name)
                ),
            )
        })
    }

    /// A namespace package over `dirs`.
    fn load_namespace(&mut self, name: &str, dirs: Vec<String>) -> Value {
        let package = name.to_owned();
        let path = Value::list(dirs.into_iter().map(Value::str).collect());
        let mut d = Dict::new();
        set(&mut d, "__name__", Value::str(name));
        set(&mut d, "__doc__", Value::None);
        set(&mut d, "__package__", Value::str(package.as_str()));
        set(&mut d, "__loader__", Value::None);
        if let Ok(spec) = self.module_spec(name, None, &package, Some(path.clone())) {
            set(&mut d, "__spec__", spec);
        }
        set(&mut d, "__file__", Value::None);
        set(&mut d, "__path__", path);
        let module = self.new_module(name, d);
        self.sys_modules_set(name, module.clone());
        module
    }

    /// Read, parse and compile a source file, keeping its text for
    /// tracebacks.
    pub(crate) fn compile_file(&mut self, file: &str) -> PyResult<Rc<crate::code::Code>> {
        let bytes = std::fs::read(file)
            .map_err(|e| PyErr::msg(ExcKind::ImportError, format!("cannot read {file}: {e}")))?;
        let source = taipan_source::decode_source_file(&bytes, file)
            .map_err(|e| syntax_error(ExcKind::SyntaxError, file, "", &e.message, e.range))?;
        self.compile_text(file, source)
    }

    /// Parse and compile the module source `source` of `file`, keeping
    /// the text for tracebacks.
    pub(crate) fn compile_text(
        &mut self,
        file: &str,
        source: String,
    ) -> PyResult<Rc<crate::code::Code>> {
        let options = taipan_parser::ParseOptions {
            mode: taipan_parser::Mode::Exec,
            type_comments: false,
        };
        let (parsed, warnings) = taipan_parser::parse_with_warnings(&source, &options);
        let pairs = warnings.iter().map(|w| (w.message.as_str(), w.range));
        self.syntax_warnings(file, &source, pairs, true)?;
        let module = parsed.map_err(|e| parse_error(&e, file, &source))?;
        let optimize = self.config.optimize;
        let (code, warnings) =
            taipan_compiler::compile_module_with_warnings(&module, &source, file, optimize);
        let pairs = warnings.iter().map(|w| (w.message.as_str(), w.range));
        self.syntax_warnings(file, &source, pairs, false)?;
        let code = code.map_err(|e| compile_error(e, file, &source))?;
        self.sources
            .insert(file.to_owned(), Rc::from(source.as_str()));
        Ok(crate::code::Code::load(code))
    }

    /// The `builtins` module (`__builtins__` of module namespaces).
    fn builtins_module(&mut self) -> PyResult<Option<Value>> {
        self.import_module("builtins").map(Some)
    }
}

/// The exception for a parse error in `source` (the text of `file`).
pub(crate) fn parse_error(e: &taipan_source::SyntaxError, file: &str, source: &str) -> Box<PyErr> {
    parse_error_in(e, file, source, SourceInput::File)
}

/// The exception for a parse error in `source` read as `input` says.
pub(crate) fn parse_error_in(
    e: &taipan_source::SyntaxError,
    file: &str,
    source: &str,
    input: SourceInput,
) -> Box<PyErr> {
    let kind = match e.error_type {
        taipan_source::SyntaxErrorType::IndentationError => ExcKind::IndentationError,
        taipan_source::SyntaxErrorType::TabError => ExcKind::TabError,
        taipan_source::SyntaxErrorType::MemoryError => {
            return PyErr::msg(ExcKind::MemoryError, e.message.clone())
        }
        taipan_source::SyntaxErrorType::SyntaxError => ExcKind::SyntaxError,
    };
    let loc = parse_error_location(e, source, input);
    syntax_error_at(kind, file, &e.message, loc)
}

/// The exception for a compile error in `source` (the text of `file`).
pub(crate) fn compile_error(
    e: taipan_compiler::CompileError,
    file: &str,
    source: &str,
) -> Box<PyErr> {
    match e.error_type {
        "NotImplementedError" => PyErr::msg(ExcKind::NotImplementedError, e.message),
        _ => syntax_error(ExcKind::SyntaxError, file, source, &e.message, e.range),
    }
}

/// [`compile_error`] for a string source: CPython's compiler looks the
/// line up in a file of that name, so a string's error quotes no text.
pub(crate) fn compile_error_in_string(
    e: taipan_compiler::CompileError,
    file: &str,
    source: &str,
) -> Box<PyErr> {
    match e.error_type {
        "NotImplementedError" => PyErr::msg(ExcKind::NotImplementedError, e.message),
        _ => {
            let loc = SyntaxLocation {
                text: None,
                ..range_location(source, e.range)
            };
            syntax_error_at(ExcKind::SyntaxError, file, &e.message, loc)
        }
    }
}

/// The `SyntaxError` of a module whose source does not compile, with
/// CPython's attributes (`filename`, `lineno`, `offset`, `text`,
/// `end_lineno`, `end_offset`, `msg`; offsets 1-based, in characters).
pub(crate) fn syntax_error(
    kind: ExcKind,
    file: &str,
    source: &str,
    message: &str,
    range: taipan_source::TextRange,
) -> Box<PyErr> {
    syntax_error_at(kind, file, message, range_location(source, range))
}

/// The location of `range` in `source`, quoting its first line.
fn range_location(source: &str, range: taipan_source::TextRange) -> SyntaxLocation {
    let index = taipan_source::LineIndex::new(source);
    let start = index.line_char_col(source, range.start);
    let end = index.line_char_col(source, range.end);
    let text = index.line_text(source, start.line);
    SyntaxLocation {
        lineno: i64::from(start.line),
        offset: i64::from(start.col) + 1,
        text: Some(format!("{}\n", text.trim_end_matches(['\r', '\n']))),
        end_lineno: i64::from(end.line),
        end_offset: i64::from(end.col) + 1,
    }
}

/// The `SyntaxError` `kind` with `message` at `loc` in `file`.
pub(crate) fn syntax_error_at(
    kind: ExcKind,
    file: &str,
    message: &str,
    loc: SyntaxLocation,
) -> Box<PyErr> {
    let e = PyErr::msg(kind, message.to_owned());
    if let Some(Object::Exception(obj)) = e.value.as_obj() {
        let attrs = [
            ("filename", Value::str(file)),
            ("lineno", Value::Int(loc.lineno)),
            ("offset", Value::Int(loc.offset)),
            ("text", loc.text.map_or(Value::None, Value::str)),
            ("end_lineno", Value::Int(loc.end_lineno)),
            ("end_offset", Value::Int(loc.end_offset)),
        ];
        let details = Value::tuple(attrs.iter().map(|(_, v)| v.clone()).collect());
        *obj.args.borrow_mut() = vec![Value::str(message), details];
        let mut d = obj.dict.borrow_mut();
        for (k, v) in attrs {
            set(&mut d, k, v);
        }
        set(&mut d, "msg", Value::str(message));
    }
    e
}

/// The lines a traceback shows for a `SyntaxError` raised by an import
/// (`File "...", line N`, the line, carets), as CPython's traceback
/// module prints them.
pub(crate) fn syntax_error_block(value: &Value) -> Option<String> {
    let Some(Object::Exception(obj)) = value.as_obj() else {
        return None;
    };
    if !obj.kind.is_subclass(ExcKind::SyntaxError) {
        return None;
    }
    let d = obj.dict.borrow();
    let get = |k: &str| d.get(&HashKey::Str(Rc::from(k))).cloned();
    let file = get("filename")?;
    let file = file.as_str()?;
    let Some(Value::Int(line)) = get("lineno") else {
        return None;
    };
    let mut out = format!("  File \"{file}\", line {line}\n");
    let text = get("text");
    let Some(text) = text.as_ref().and_then(|t| t.as_str()) else {
        return Some(out);
    };
    let offset = match get("offset") {
        Some(Value::Int(o)) => Some(o),
        _ => None,
    };
    let end_offset = match get("end_offset") {
        Some(Value::Int(o)) => Some(o),
        _ => None,
    };
    let same_line = matches!(get("end_lineno"), Some(Value::Int(l)) if l == line);
    caret_lines(text, offset, end_offset, same_line, &mut out);
    Some(out)
}

/// The quoted line and its carets, as `traceback` shows a `SyntaxError`:
/// 1-based `offset`..`end_offset` (an end of 0 or none is the start, a
/// reversed or negative range gets one caret); no caret line when the
/// column falls in the stripped indentation or is 0.
fn caret_lines(
    text: &str,
    offset: Option<i64>,
    end_offset: Option<i64>,
    same_line: bool,
    out: &mut String,
) {
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let text_len = text.chars().count() as i64;
    let rtext_len = rtext.chars().count() as i64;
    let spaces = rtext_len - ltext.chars().count() as i64;
    out.push_str(&format!("    {ltext}\n"));
    let Some(mut offset) = offset else {
        return;
    };
    let mut end = match end_offset {
        Some(e) if same_line && e != 0 => e,
        _ if same_line => offset,
        _ => rtext_len + 1,
    };
    if !text.is_empty() && offset > text_len {
        offset = rtext_len + 1;
    }
    if !text.is_empty() && end > text_len {
        end = rtext_len + 1;
    }
    if offset >= end || end < 0 {
        end = offset + 1;
    }
    let colno = offset - 1 - spaces;
    if colno < 0 {
        return;
    }
    let lead: String = ltext
        .chars()
        .take(colno as usize)
        .map(|c| if c.is_whitespace() { c } else { ' ' })
        .collect();
    let carets = "^".repeat((end - offset).max(0) as usize);
    out.push_str(&format!("    {lead}{carets}\n"));
}

/// `str()` of a `SyntaxError` carrying a location: `msg (file, line N)`
/// (the file's base name), as CPython's `SyntaxError.__str__`.
pub(crate) fn syntax_error_str(obj: &crate::exception::ExceptionObj) -> Option<String> {
    if !obj.kind.is_subclass(ExcKind::SyntaxError) {
        return None;
    }
    let d = obj.dict.borrow();
    let get = |k: &str| d.get(&HashKey::Str(Rc::from(k))).cloned();
    let msg = get("msg")?;
    let msg = crate::format::str(&msg).ok()?;
    let file = get("filename");
    let file = file.as_ref().and_then(Value::as_str);
    let base = file.map(|f| f.rsplit('/').next().unwrap_or(f));
    Some(match (base, get("lineno")) {
        (Some(f), Some(Value::Int(n))) => format!("{msg} ({f}, line {n})"),
        (Some(f), _) => format!("{msg} ({f})"),
        (None, Some(Value::Int(n))) => format!("{msg} (line {n})"),
        (None, _) => msg,
    })
}

/// The `msg` attribute of a `SyntaxError` (the last line of its report).
pub(crate) fn syntax_error_msg(value: &Value) -> Option<String> {
    let Some(Object::Exception(obj)) = value.as_obj() else {
        return None;
    };
    let msg = obj
        .dict
        .borrow()
        .get(&HashKey::Str(Rc::from("msg")))
        .cloned()?;
    crate::format::str(&msg).ok()
}

/// The missing module's name carried by a `ModuleNotFoundError`.
fn missing_name(e: &PyErr) -> Option<String> {
    match e.value.as_obj() {
        Some(Object::Exception(obj)) => obj
            .dict
            .borrow()
            .get(&HashKey::Str(Rc::from("name")))
            .and_then(|v| v.as_str().map(str::to_owned)),
        _ => None,
    }
}

/// Look for `short` in the directories of `search`.
fn find_on_path(short: &str, search: &[String]) -> Option<Found> {
    let mut namespace = Vec::new();
    for entry in search {
        let base = if entry.is_empty() {
            std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            entry.clone()
        };
        let dir = join(&base, short);
        if Path::new(&dir).is_dir() {
            let init = join(&dir, "__init__.py");
            if Path::new(&init).is_file() {
                return Some(Found::Source(init, Some(dir)));
            }
            let init = join(&dir, "__init__.pyc");
            if Path::new(&init).is_file() {
                return Some(Found::Sourceless(init, Some(dir)));
            }
            namespace.push(dir.clone());
        }
        let file = join(&base, &format!("{short}.py"));
        if Path::new(&file).is_file() {
            return Some(Found::Source(file, None));
        }
        let file = join(&base, &format!("{short}.pyc"));
        if Path::new(&file).is_file() {
            return Some(Found::Sourceless(file, None));
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

/// `os.path.join(a, b)` for two parts.
fn join(a: &str, b: &str) -> String {
    if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

/// The package a relative import starts from (CPython's
/// `_calc___package__`): `__package__`, else `__spec__.parent`, else
/// derived from `__name__`.
fn package_of(vm: &mut Vm, globals: &crate::namespace::Namespace) -> PyResult<String> {
    let get = |k: &str| globals.borrow().get(&HashKey::Str(Rc::from(k))).cloned();
    let package = match get("__package__") {
        Some(Value::None) | None => match get("__spec__") {
            Some(spec) if !matches!(spec, Value::None) => vm.getattr(&spec, "parent")?,
            _ => {
                let name = get("__name__").unwrap_or(Value::None);
                let Some(name) = name.as_str() else {
                    return Err(PyErr::msg(ExcKind::KeyError, "'__name__' not in globals"));
                };
                if get("__path__").is_some() {
                    Value::str(name)
                } else {
                    Value::str(name.rsplit_once('.').map_or("", |p| p.0))
                }
            }
        },
        Some(p) => p,
    };
    match package.as_str() {
        Some("") => Err(PyErr::msg(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        )),
        Some(p) => Ok(p.to_owned()),
        None => Err(type_error("package must be a string")),
    }
}

/// The absolute name of `name` imported `level` dots up from `package`.
fn resolve_name(name: &str, package: &str, level: usize) -> PyResult<String> {
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(PyErr::msg(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits.last().copied().unwrap_or("");
    Ok(if name.is_empty() {
        base.to_owned()
    } else {
        format!("{base}.{name}")
    })
}

/// Fill the namespace of `importlib`.
pub(super) fn init_importlib(d: &mut Dict) {
    super::add_functions(
        d,
        &[
            ("import_module", import_module),
            ("invalidate_caches", invalidate_caches),
        ],
    );
}

/// `importlib.invalidate_caches()`: the finders keep no directory caches,
/// so there is nothing to forget.
fn invalidate_caches(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `importlib.import_module(name, package=None)`: the module itself (not
/// its top-level package); a relative name needs `package`.
fn import_module(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let mut package = args.get(1).cloned();
    for (k, v) in kwargs {
        match &**k {
            "package" => package = Some(v.clone()),
            _ => {
                return Err(type_error(format!(
                    "import_module() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(name) = args.first() else {
        return Err(type_error(
            "import_module() missing 1 required positional argument: 'name'",
        ));
    };
    let Some(name) = name.as_str() else {
        return Err(type_error(format!(
            "module name must be str, not {}",
            type_name(name)
        )));
    };
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        return vm.import_module(name);
    }
    let package = match package.as_ref().and_then(|p| p.as_str()) {
        Some(p) if !p.is_empty() => p.to_owned(),
        _ => {
            return Err(type_error(format!(
                "the 'package' argument is required to perform a relative import for {}",
                super::quote(name)
            )))
        }
    };
    let absname = resolve_name(&name[level..], &package, level)?;
    vm.import_module(&absname)
}
