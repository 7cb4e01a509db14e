//! Fuzz the whole front end: decode → tokenize → parse must never panic,
//! overflow the stack or hang, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taipan_parser::{parse, Mode, ParseOptions};
use taipan_tokenizer::{Tokenizer, TokenizerOptions};
use taipan_tokenizer::TokenKind;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = taipan_source::decode_source(data) else {
        return;
    };
    // The tokenizer alone, with the extra tokens `-m tokenize` shows.
    let mut tokens = Tokenizer::new(
        &source,
        TokenizerOptions {
            type_comments: false,
            extra_tokens: true,
        },
    );
    for _ in 0..=source.len() * 4 + 16 {
        match tokens.next_token() {
            Ok(t) if t.kind == TokenKind::EndMarker => break,
            Ok(_) => {}
            Err(_) => break,
        }
    }
    for (mode, type_comments) in [(Mode::Exec, true), (Mode::Eval, false), (Mode::Single, false)] {
        let _ = parse(&source, &ParseOptions { mode, type_comments });
    }
});
