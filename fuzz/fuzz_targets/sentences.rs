//! Sentences of arbitrary text: no panic; spans ordered, non-empty, on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spans: Vec<quotewire::Span> = quotewire::sentences(text).collect();
    if let Err(e) = invariants::check_sentences(text, &spans) {
        panic!("{e}");
    }
});
