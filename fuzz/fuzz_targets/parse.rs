//! Article parsing of arbitrary bytes: no panic; invalid UTF-8 reported at the right offset;
//! blocks ordered and non-overlapping; sentences inside their blocks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let article = match quotewire::Article::parse_bytes(data) {
        Ok(a) => a,
        Err(quotewire::Error::InvalidUtf8 { offset }) => {
            let e = std::str::from_utf8(data).expect_err("reported invalid");
            assert_eq!(offset, e.valid_up_to());
            return;
        }
        Err(e) => panic!("unexpected error {e}"),
    };
    let text: &str = &article.text;
    let mut prev = 0;
    for b in &article.blocks {
        assert!(b.span.start >= prev && b.span.start <= b.span.end && b.span.end <= text.len());
        assert!(text.is_char_boundary(b.span.start) && text.is_char_boundary(b.span.end));
        prev = b.span.end;
    }
    for s in &article.sentences {
        let block = article.blocks.get(s.block).expect("sentence block exists");
        assert!(block.span.contains(s.span));
    }
});
