//! Article parsing of arbitrary bytes: no panic; invalid UTF-8 reported at the right offset;
//! the article invariants of `tests/invariants/mod.rs` (blocks ordered, non-empty and
//! non-overlapping with their parts inside them, sentences inside body or caption blocks).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

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
    if let Err(e) = invariants::check_article(&article.text, &article) {
        panic!("{e}");
    }
});
