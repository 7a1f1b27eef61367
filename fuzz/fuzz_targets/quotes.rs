//! Quote extraction of arbitrary bytes: no panic; every invariant of
//! `tests/invariants/mod.rs` holds for the parse and the extraction (spans inside the text on
//! char boundaries, quote contents ordered and disjoint, speaker ids valid, deterministic).
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
    let text: &str = &article.text;
    if let Err(e) = invariants::check_all(text) {
        panic!("{e}");
    }
});
