//! `taipan -X parse-bench FILE...`: the front end's throughput, measured in
//! one process. Each file is read, decoded, tokenized and parsed; nothing is
//! printed but the totals.

use std::io::Write;
use std::time::Instant;

use crate::frontend;

/// Parse every file in `files`; print files, bytes, errors and seconds.
pub fn run(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut sources = Vec::with_capacity(files.len());
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => sources.push(bytes),
            Err(e) => {
                let _ = writeln!(err, "taipan: parse-bench: {path}: {e}");
                return 2;
            }
        }
    }
    let bytes: usize = sources.iter().map(Vec::len).sum();
    let start = Instant::now();
    let mut errors = 0usize;
    for bytes in &sources {
        let ok = frontend::decode(bytes)
            .and_then(|text| frontend::parse_module(&text))
            .is_ok();
        errors += usize::from(!ok);
    }
    let seconds = start.elapsed().as_secs_f64();
    let _ = writeln!(
        out,
        "files {} bytes {} errors {} seconds {:.6} MB/s {:.2}",
        sources.len(),
        bytes,
        errors,
        seconds,
        bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    0
}
