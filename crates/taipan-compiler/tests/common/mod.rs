//! What the compiler's integration tests share: the golden corpus,
//! compiled.

use std::path::PathBuf;

use taipan_bytecode::CodeObject;
use taipan_compiler::CompileError;

/// Every program of `tests/golden/DIR` that decodes and parses, in path
/// order, with the result of compiling it.
pub(crate) fn compiled_golden(dir: &str) -> Vec<(PathBuf, Result<CodeObject, CompileError>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden");
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|path| path.extension().is_some_and(|x| x == "py"))
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let source = taipan_source::decode_source(&bytes).ok()?;
            let module = taipan_parser::parse(&source, &Default::default()).ok()?;
            let code = taipan_compiler::compile_module(&module, &source, "t.py");
            Some((path, code))
        })
        .collect()
}
