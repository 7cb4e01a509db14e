//! The Python half of Taipan's standard library: modules written in Python
//! (`crates/taipan-vm/lib/`, our own code, not CPython's `Lib/`) embedded
//! in the binary by `build.rs`. They are found after `sys.path`, so a
//! script's own `random.py` shadows the library's, as in CPython.

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// Where embedded modules appear to live (`__file__`, tracebacks).
pub(crate) const ROOT: &str = "<taipan-lib>";

/// An embedded module's source and whether it is a package.
pub(crate) fn find(name: &str) -> Option<(bool, &'static str)> {
    let i = STDLIB.binary_search_by(|e| e.0.cmp(name)).ok()?;
    STDLIB.get(i).map(|e| (e.1, e.2))
}

/// The file name shown for the embedded module `name`.
pub(crate) fn file_of(name: &str, package: bool) -> String {
    let path = name.replace('.', "/");
    if package {
        format!("{ROOT}/{path}/__init__.py")
    } else {
        format!("{ROOT}/{path}.py")
    }
}

/// The embedded modules that stand for CPython's native ones: their frames
/// are left out of tracebacks, as C functions have none.
const HIDDEN: &[&str] = &[
    "_codecs.py",
    "_io.py",
    "_taipan_decfmt.py",
    "_taipan_decmath.py",
    "_taipan_unpickle.py",
    "array.py",
    "cmath.py",
    "decimal.py",
    "hashlib.py",
    "pickle.py",
    "unicodedata.py",
    "zlib.py",
];

/// Whether frames of code from `filename` are left out of tracebacks.
pub(crate) fn hidden(filename: &str) -> bool {
    filename.starts_with('<')
        && filename
            .strip_prefix(ROOT)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(|rest| HIDDEN.contains(&rest))
}
