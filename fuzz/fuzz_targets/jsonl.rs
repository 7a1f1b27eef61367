//! The example binaries' JSON-lines record reader on arbitrary input lines: no panic, and
//! every line gets either a result or an error record with the line's id.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../../examples/common/mod.rs"]
#[allow(dead_code)]
mod common;

fuzz_target!(|data: &[u8]| {
    let record = common::record(data, &|text: &str, out: common::Fields<'_>| {
        out.write(&serde_json::json!({ "n": quotewire::sentences(text).count() }))
    });
    assert!(record.get("id").is_some());
    assert!(record.get("n").is_some() || record.get("error").is_some());
});
