//! The `.pyc` serializer over real compiler output: every program of the
//! run corpus reads back equal to what was written, and a real file
//! survives truncation at every length and a bit flip at every position
//! (an error, never a panic).

use std::path::PathBuf;
use std::rc::Rc;

use taipan_bytecode::pyc::{self, Invalidation};
use taipan_bytecode::{marshal, CodeObject};

mod common;

/// Every compilable program of `tests/golden/run`, compiled.
fn corpus() -> Vec<(PathBuf, CodeObject)> {
    common::compiled_golden("run")
        .into_iter()
        .filter_map(|(path, code)| Some((path, code.ok()?)))
        .collect()
}

#[test]
fn every_program_round_trips() {
    let programs = corpus();
    assert!(programs.len() > 100, "too few programs compiled");
    for (path, code) in &programs {
        let bytes = pyc::write(code, Invalidation::Timestamp { mtime: 7, size: 9 });
        assert_eq!(
            pyc::read_header(&bytes),
            Ok(Invalidation::Timestamp { mtime: 7, size: 9 })
        );
        let back =
            pyc::read_code(&bytes, None).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(&back, code, "{}", path.display());
    }
}

#[test]
fn filename_is_replaced_everywhere() {
    let programs = corpus();
    let has_code = |c: &CodeObject| {
        c.consts
            .iter()
            .any(|k| matches!(k, taipan_bytecode::ConstValue::Code(_)))
    };
    let (_, code) = programs
        .iter()
        .find(|(_, c)| has_code(c))
        .expect("a program with functions");
    let body = marshal::dumps(code);
    let back = marshal::loads(&body, Some(Rc::from("/new/place.py"))).expect("reads back");
    fn all_named(c: &CodeObject) -> bool {
        &*c.filename == "/new/place.py"
            && c.consts.iter().all(|k| match k {
                taipan_bytecode::ConstValue::Code(inner) => all_named(inner),
                _ => true,
            })
    }
    assert!(all_named(&back));
}

/// A mid-sized real program's file, for the damage tests.
fn sample() -> Vec<u8> {
    let programs = corpus();
    let (_, code) = programs
        .iter()
        .filter(|(_, c)| marshal::dumps(c).len() > 2000)
        .min_by_key(|(_, c)| marshal::dumps(c).len())
        .expect("a program of some size");
    pyc::write(
        code,
        Invalidation::Hash {
            hash: pyc::source_hash(b"x"),
            checked: true,
        },
    )
}

#[test]
fn truncation_never_panics() {
    let file = sample();
    for len in 0..file.len() {
        let cut = &file[..len];
        if pyc::read_header(cut).is_ok() {
            assert!(pyc::read_code(cut, None).is_err(), "accepted {len} bytes");
        }
        // The body alone, without the checksum's protection.
        if len > 32 {
            assert!(marshal::loads(&file[32..len], None).is_err());
        }
    }
}

#[test]
fn bit_flips_never_panic() {
    let file = sample();
    for i in 0..file.len() {
        for bit in [0x01u8, 0x80] {
            let mut damaged = file.clone();
            damaged[i] ^= bit;
            if pyc::read_header(&damaged).is_ok() && i >= pyc::HEADER_LEN {
                // Past the header (whose mtime/hash the import system compares
                // with the source), the fingerprint or checksum catches it.
                assert!(pyc::read_code(&damaged, None).is_err(), "byte {i} accepted");
            }
            // The body alone must never panic (it may read back).
            if i >= 32 {
                let _ = marshal::loads(&damaged[32..], None);
            }
        }
    }
}

#[test]
fn foreign_files_are_refused() {
    // CPython 3.14's magic number, then a plausible header.
    let mut cpython = vec![0x2b, 0x0e, b'\r', b'\n'];
    cpython.extend_from_slice(&[0; 12]);
    cpython.extend_from_slice(b"\xe3\0\0\0");
    assert!(matches!(
        pyc::read_header(&cpython),
        Err(pyc::PycError::BadMagic(_))
    ));
    assert_eq!(pyc::read_header(&[]), Err(pyc::PycError::Truncated));
    let mut flags = pyc::magic().to_vec();
    flags.extend_from_slice(&[4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(pyc::read_header(&flags), Err(pyc::PycError::BadFlags(4)));
}

#[test]
fn huge_counts_are_refused_quickly() {
    // A name whose length claims most of the address space.
    let mut body = vec![0xff; 9];
    body.push(0x01);
    assert!(marshal::loads(&body, None).is_err());
    // Deeply nested tuples stop at the depth limit.
    let mut deep = Vec::new();
    for part in ["m", "m", "t.py"] {
        deep.push(part.len() as u8);
        deep.extend_from_slice(part.as_bytes());
    }
    deep.extend_from_slice(&[1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    deep.extend(std::iter::repeat_n([b'(', 1], 100_000).flatten());
    assert!(marshal::loads(&deep, None).is_err());
}
