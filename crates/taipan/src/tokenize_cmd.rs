//! `taipan -m tokenize [-e] FILE`: prints exactly what
//! `python3.14 -m tokenize [-e] FILE` prints (see
//! `taipan_tokenizer::tokenize` for the work).

use std::io::Write;

/// Tokenize `source` (the bytes of `filename`) and print the tokens to `out`
/// as `python3.14 -m tokenize` does (`exact` is its `-e`), or its error line
/// to `err`. Returns the exit status.
pub fn run(
    filename: &str,
    source: &[u8],
    exact: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match taipan_tokenizer::tokenize::tokenize_file(filename, source, exact) {
        Ok(text) => {
            if out.write_all(text.as_bytes()).is_err() {
                return 1;
            }
            0
        }
        Err(line) => {
            let _ = writeln!(err, "{line}");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::run;

    fn tokenize(source: &[u8], exact: bool) -> (i32, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let status = run("t.py", source, exact, &mut out, &mut err);
        let text = |v: Vec<u8>| String::from_utf8(v).unwrap_or_default();
        (status, text(out), text(err))
    }

    #[test]
    fn prints_tokens_like_cpython() {
        let (status, out, err) = tokenize(b"x = 1\r\n", false);
        assert_eq!(status, 0);
        assert_eq!(err, "");
        assert_eq!(
            out,
            "0,0-0,0:            ENCODING       'utf-8'        \n\
             1,0-1,1:            NAME           'x'            \n\
             1,2-1,3:            OP             '='            \n\
             1,4-1,5:            NUMBER         '1'            \n\
             1,5-1,7:            NEWLINE        '\\r\\n'         \n\
             2,0-2,0:            ENDMARKER      ''             \n"
        );
    }

    #[test]
    fn errors_go_to_stderr_only() {
        let (status, out, err) = tokenize(b"x = '''abc\n\n", true);
        assert_eq!(status, 1);
        assert_eq!(out, "");
        assert_eq!(err, "t.py:1:5: error: EOF in multi-line string\n");
    }
}
