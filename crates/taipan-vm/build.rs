//! Embed the Python half of the standard library (`lib/**/*.py`) in the
//! VM: writes `$OUT_DIR/stdlib_table.rs`, a sorted table of
//! (dotted module name, is a package, source text).

use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    collect(&root, "", &mut entries);
    entries.sort();
    let mut out = String::from("/// The embedded modules: (name, is a package, source).\n");
    out.push_str("pub(crate) const STDLIB: &[(&str, bool, &str)] = &[\n");
    for (name, package, path) in &entries {
        out.push_str(&format!(
            "    ({name:?}, {package}, include_str!({path:?})),\n"
        ));
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("stdlib_table.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Add the modules under `dir` (dotted prefix `prefix`) to `entries`.
fn collect(dir: &Path, prefix: &str, entries: &mut Vec<(String, bool, String)>) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in read.flatten() {
        let path = entry.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()).map(str::to_owned) else {
            continue;
        };
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                collect(&path, &format!("{prefix}{file}."), entries);
            }
        } else if let Some(stem) = file.strip_suffix(".py") {
            println!("cargo:rerun-if-changed={}", path.display());
            let shown = path.display().to_string();
            if stem == "__init__" {
                let name = prefix.trim_end_matches('.').to_owned();
                entries.push((name, true, shown));
            } else {
                entries.push((format!("{prefix}{stem}"), false, shown));
            }
        }
    }
}
