//! The bytecode cache: importing `NAME.py` keeps its compiled code in
//! `__pycache__/NAME.taipan-314.pyc` (format: `taipan_bytecode::pyc`) and
//! the next import loads that instead of compiling, while the source's
//! mtime and size (or, for hash-based files, its hash) still match.
//! Writing is atomic (a temporary file renamed over the old one), skipped
//! under `sys.dont_write_bytecode`, and silently given up when the folder
//! is not writable. `sys.pycache_prefix` moves the cache into a parallel
//! tree, as in CPython.

use std::path::Path;
use std::rc::Rc;

use taipan_bytecode::pyc::{self, Invalidation, PycError};
use taipan_bytecode::CodeObject;

use crate::code::Code;
use crate::exception::{value_error, ExcKind, PyErr, PyResult};
use crate::value::{Object, Value};
use crate::Vm;

/// The cache tag: `sys.implementation.cache_tag`.
pub(crate) const CACHE_TAG: &str = "taipan-314";

/// The attribute `name` of the `sys` module, if imported and set.
fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    match vm.sys_modules_get("sys")?.as_obj() {
        Some(Object::Module(m)) => m.get(name),
        _ => None,
    }
}

/// `sys.pycache_prefix` when it is a string.
fn pycache_prefix(vm: &Vm) -> Option<String> {
    sys_attr(vm, "pycache_prefix").and_then(|v| v.as_str().map(str::to_owned))
}

/// Whether `sys.dont_write_bytecode` is true.
fn dont_write(vm: &Vm) -> bool {
    match sys_attr(vm, "dont_write_bytecode") {
        Some(Value::Bool(b)) => b,
        Some(Value::Int(i)) => i != 0,
        Some(Value::None) => false,
        Some(_) => true,
        None => vm.config.dont_write_bytecode,
    }
}

/// The `.pyc` path of the source `path` (CPython's `cache_from_source`):
/// `DIR/__pycache__/STEM.TAG[.opt-N].pyc`, or under `prefix` as
/// `PREFIX/ABSDIR/STEM.TAG.pyc`.
pub(crate) fn cache_from_source(path: &str, optimization: &str, prefix: Option<&str>) -> String {
    let (head, tail) = match path.rsplit_once('/') {
        Some((h, t)) => (h.to_owned(), t),
        None => (String::new(), path),
    };
    // As CPython's `tail.rpartition('.')`: a name without a dot keeps it
    // whole and gets no separator.
    let (stem, sep) = match tail.rsplit_once('.') {
        Some(("", rest)) => (rest, "."),
        Some((base, _)) => (base, "."),
        None => (tail, ""),
    };
    let mut file = format!("{stem}{sep}{CACHE_TAG}");
    if !optimization.is_empty() {
        file.push_str(&format!(".opt-{optimization}"));
    }
    file.push_str(".pyc");
    match prefix {
        Some(prefix) => {
            let head = if path.starts_with('/') {
                head
            } else {
                let cwd = std::env::current_dir()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default();
                join(&cwd, &head)
            };
            join(&join(prefix, head.trim_start_matches('/')), &file)
        }
        None => join(&join(&head, "__pycache__"), &file),
    }
}

/// `a/b`, leaving out empty parts.
fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_owned(),
        (_, true) => a.to_owned(),
        _ if a.ends_with('/') => format!("{a}{b}"),
        _ => format!("{a}/{b}"),
    }
}

/// The source of the `.pyc` path `path` (CPython's `source_from_cache`),
/// or the `ValueError` CPython raises.
pub(crate) fn source_from_cache(path: &str, prefix: Option<&str>) -> PyResult<String> {
    let (head, file) = path.rsplit_once('/').unwrap_or(("", path));
    if let Some(prefix) = prefix.map(|p| p.trim_end_matches('/')) {
        if let Some(rest) = head.strip_prefix(prefix).filter(|r| r.starts_with('/')) {
            return from_cache_name(path, rest, file, false);
        }
    }
    from_cache_name(path, head, file, true)
}

/// The `source_from_cache` checks of the file name (and, when
/// `pycache`, of the `__pycache__` folder).
fn from_cache_name(path: &str, head: &str, file: &str, pycache: bool) -> PyResult<String> {
    let head = if pycache {
        let (up, last) = head.rsplit_once('/').unwrap_or(("", head));
        if last != "__pycache__" {
            return Err(value_error(format!(
                "__pycache__ not bottom-level directory in {}",
                super::quote(path)
            )));
        }
        up
    } else {
        head
    };
    let dots = file.matches('.').count();
    if !(2..=3).contains(&dots) {
        return Err(value_error(format!(
            "expected only 2 or 3 dots in {}",
            super::quote(file)
        )));
    }
    if dots == 3 {
        let opt = file.rsplit('.').nth(1).unwrap_or("");
        let level = opt.strip_prefix("opt-");
        match level {
            Some(l) if !l.is_empty() && l.chars().all(char::is_alphanumeric) => {}
            None => {
                return Err(value_error(
                    "optimization portion of filename does not start with 'opt-'",
                ))
            }
            Some(_) => {
                return Err(value_error(format!(
                    "optimization level {} is not an alphanumeric value",
                    super::quote(opt)
                )))
            }
        }
    }
    let base = file.split('.').next().unwrap_or(file);
    Ok(join(head, &format!("{base}.py")))
}

/// The source's mtime (seconds) and size, both modulo 2**32.
pub(crate) fn stamp(meta: &std::fs::Metadata) -> (u32, u32) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    (mtime as u32, meta.len() as u32)
}

/// Write `data` to `path` atomically: a temporary file beside it, renamed
/// over it. Failures (an unwritable folder) are silently ignored.
pub(crate) fn write_atomic(path: &str, data: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = Path::new(path).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    let tmp = format!("{path}.{}.tmp", std::process::id());
    let result = std::fs::write(&tmp, data).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

impl Vm<'_> {
    /// The cache file of the source `file` under the current settings.
    pub(crate) fn cache_path(&self, file: &str) -> String {
        let opt = match self.config.optimize {
            0 => String::new(),
            n => n.to_string(),
        };
        cache_from_source(file, &opt, pycache_prefix(self).as_deref())
    }

    /// The code of the source module `file`: from its cache file when that
    /// is still valid, else compiled (and the cache file rewritten).
    pub(crate) fn load_or_compile(&mut self, file: &str) -> PyResult<Rc<Code>> {
        let cpath = self.cache_path(file);
        let meta = std::fs::metadata(file).ok();
        let stamp = meta.as_ref().map(stamp);
        let mut keep_hash = None;
        if let (Some((mtime, size)), Ok(data)) = (stamp, std::fs::read(&cpath)) {
            match self.try_cached(file, &data, mtime, size) {
                Ok(code) => return Ok(Code::load(code)),
                Err(Some(checked)) => keep_hash = Some(checked),
                Err(None) => {}
            }
        }
        let code = self.compile_file(file)?;
        if let (false, Some((mtime, size))) = (dont_write(self), stamp) {
            let invalidation = match keep_hash {
                // A stale hash-based file is rewritten hash-based.
                Some(checked) => match std::fs::read(file) {
                    Ok(bytes) => Invalidation::Hash {
                        hash: pyc::source_hash(&bytes),
                        checked,
                    },
                    Err(_) => return Ok(code),
                },
                None => Invalidation::Timestamp { mtime, size },
            };
            let _ = write_atomic(&cpath, &pyc::write(&code.obj, invalidation));
        }
        Ok(code)
    }

    /// The cached code of `file` if `data` (its cache file) is valid for
    /// it; else `Err(Some(checked))` for a stale hash-based file,
    /// `Err(None)` for anything else.
    fn try_cached(
        &mut self,
        file: &str,
        data: &[u8],
        mtime: u32,
        size: u32,
    ) -> Result<CodeObject, Option<bool>> {
        let mut source = None;
        match pyc::read_header(data).map_err(|_| None)? {
            Invalidation::Timestamp { mtime: m, size: s } => {
                if (m, s) != (mtime, size) {
                    return Err(None);
                }
            }
            Invalidation::Hash { hash, checked } => {
                if checked {
                    let bytes = std::fs::read(file).map_err(|_| None)?;
                    if pyc::source_hash(&bytes) != hash {
                        return Err(Some(true));
                    }
                    source = Some(bytes);
                }
            }
        }
        let code = pyc::read_code(data, Some(Rc::from(file))).map_err(|_| None)?;
        // Tracebacks show the source's lines, as CPython's linecache does.
        let bytes = match source {
            Some(b) => Some(b),
            None => std::fs::read(file).ok(),
        };
        if let Some(text) = bytes.and_then(|b| taipan_source::decode_source_file(&b, file).ok()) {
            self.sources
                .insert(file.to_owned(), Rc::from(text.as_str()));
        }
        Ok(code)
    }

    /// The code of the sourceless module `file` (a `.pyc` where the source
    /// would be), with CPython's errors for a bad file.
    pub(crate) fn load_sourceless(&mut self, name: &str, file: &str) -> PyResult<Rc<Code>> {
        let data = std::fs::read(file)
            .map_err(|e| PyErr::msg(ExcKind::ImportError, format!("cannot read {file}: {e}")))?;
        let code = read_pyc(&data, name)?;
        self.remember_source_of(&code.filename);
        Ok(Code::load(code))
    }

    /// Keep the text of `file`, if it exists, for tracebacks.
    pub(crate) fn remember_source_of(&mut self, file: &str) {
        if self.sources.contains_key(file) {
            return;
        }
        let text = std::fs::read(file)
            .ok()
            .and_then(|b| taipan_source::decode_source_file(&b, file).ok());
        if let Some(text) = text {
            self.sources
                .insert(file.to_owned(), Rc::from(text.as_str()));
        }
    }
}

/// The code object of a sourceless `.pyc` imported as `name`; CPython's
/// errors for a bad one.
fn read_pyc(data: &[u8], name: &str) -> PyResult<CodeObject> {
    let quoted = super::quote(name);
    let head = data.get(..4).unwrap_or(data);
    if head != pyc::magic() {
        let shown = crate::format::repr(&bytes_value(head))?;
        return Err(super::import_error(
            ExcKind::ImportError,
            format!("bad magic number in {quoted}: {shown}"),
            name,
        ));
    }
    match pyc::read_header(data) {
        Ok(_) => {}
        Err(PycError::BadFlags(f)) => {
            return Err(super::import_error(
                ExcKind::ImportError,
                format!("invalid flags {f} in {quoted}"),
                name,
            ))
        }
        Err(_) => {
            return Err(PyErr::msg(
                ExcKind::EOFError,
                format!("reached EOF while reading pyc header of {quoted}"),
            ))
        }
    }
    pyc::read_code(data, None).map_err(|e| match e {
        PycError::Corrupt(m) if m.0 == "truncated data" => {
            PyErr::msg(ExcKind::EOFError, "marshal data too short")
        }
        e => PyErr::msg(ExcKind::ValueError, e.to_string()),
    })
}

/// A `bytes` value.
pub(crate) fn bytes_value(data: &[u8]) -> Value {
    Value::obj(Object::Bytes(data.to_vec().into_boxed_slice()))
}
