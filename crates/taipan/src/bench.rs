//! `taipan -X parse-bench FILE...`: the front end's throughput, measured in
//! one process. Each file is read, decoded, tokenized and parsed; nothing is
//! printed but the totals.

use std::io::Write;
use std::time::Instant;

use crate::frontend;

/// Parse every file in `files`; print files, bytes, errors, wall and CPU
/// seconds, and MB/s of CPU time.
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
    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let mut errors = 0usize;
    for bytes in &sources {
        let ok = frontend::decode(bytes)
            .and_then(|text| frontend::parse_module(&text))
            .is_ok();
        errors += usize::from(!ok);
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu = match (cpu_start, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => seconds,
    };
    let _ = writeln!(
        out,
        "files {} bytes {} errors {} seconds {:.6} cpu_seconds {:.6} MB/s {:.2}",
        sources.len(),
        bytes,
        errors,
        seconds,
        cpu,
        bytes as f64 / 1e6 / cpu.max(1e-9)
    );
    0
}

/// CPU time this thread has used, from Linux's `/proc/thread-self/schedstat`
/// (nanoseconds): unlike wall time, barely disturbed by other processes
/// sharing the cores.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
