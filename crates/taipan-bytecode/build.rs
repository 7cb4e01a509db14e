//! The build salt of the `.pyc` format: a hash of the sources of every
//! crate whose change can change compiled code (source decoding,
//! tokenizer, parser, AST, compiler, bytecode), so a `.pyc` written by a
//! build with another compiler is never loaded — the magic number bump
//! CPython does by hand, done automatically. Writes
//! `$OUT_DIR/build_salt.rs`.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The crates whose sources feed the salt.
const CRATES: &[&str] = &[
    "taipan-source",
    "taipan-tokenizer",
    "taipan-parser",
    "taipan-ast",
    "taipan-compiler",
    "taipan-bytecode",
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let crates = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut files = Vec::new();
    for name in CRATES {
        let src = crates.join(name).join("src");
        println!("cargo:rerun-if-changed={}", src.display());
        collect(&src, &mut files);
    }
    files.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        if let Ok(bytes) = std::fs::read(file) {
            file.strip_prefix(&crates).unwrap_or(file).hash(&mut hasher);
            bytes.hash(&mut hasher);
        }
    }
    let out = format!(
        "/// A hash of the compiling crates' sources.\npub(crate) const BUILD_SALT: u64 = {:#x};\n",
        hasher.finish()
    );
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("build_salt.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every file under `dir`, recursively.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in read.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            println!("cargo:rerun-if-changed={}", path.display());
            files.push(path);
        }
    }
}
