//! The example binaries' JSON-lines record reader on arbitrary input lines: no panic; every
//! line gets either a result or an error record with the line's id; a line that is not UTF-8
//! is reported as such with the offset of its first invalid byte; a text over the limit is
//! refused.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../../examples/common/mod.rs"]
#[allow(dead_code)]
#[macro_use]
mod common;

/// A small limit, so the fuzzer reaches the too-large path too.
const MAX_LEN: usize = 256;

fuzz_target!(|data: &[u8]| {
    let record = common::record(data, MAX_LEN, &|text: &str, out: common::Fields<'_>| {
        assert!(text.len() <= MAX_LEN, "text over the limit processed");
        out.write(&serde_json::json!({ "n": quotewire::sentences(text).count() }))
    });
    assert!(record.get("id").is_some());
    let error = record.get("error").and_then(|e| e.as_str());
    assert!(record.get("n").is_some() != error.is_some());
    if let Err(e) = std::str::from_utf8(data) {
        let want = format!(
            "line is not UTF-8: invalid byte at offset {} of the line",
            e.valid_up_to()
        );
        assert_eq!(error, Some(want.as_str()));
    }
});
