//! Splits text into sentences.
//!
//! ```text
//! cargo run --release --example sentences -- FILE          # one sentence per line
//! cargo run --release --example sentences -- --json FILE   # {"sentences": [span, ...]}
//! cargo run --release --example sentences -- --jsonl < in.jsonl
//!     # in: {"id","text"} per line; out: {"id","sentences":[{"start","end","text"}, ...]}
//! ```
//! Offsets are UTF-8 byte offsets into the input text. Exit status: 0 ok; 1 some `--jsonl`
//! line was bad (an `{"id","error"}` record was written for it); 2 usage or file error.

#[macro_use]
mod common;

use common::{span_json, Mode};
use serde_json::{json, Value};
use std::process::ExitCode;

const USAGE: &str = "usage: sentences [--json] [--max-len BYTES] FILE...\n       \
                     sentences --jsonl [--threads N] [--max-len BYTES] < IN.jsonl";

fn sentences_json(text: &str) -> Value {
    let spans: Vec<Value> = quotewire::sentences(text)
        .map(|s| span_json(text, s))
        .collect();
    json!({ "sentences": spans })
}

fn main() -> ExitCode {
    let args = match common::parse_args(USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    match args.mode {
        Mode::Jsonl => common::run_jsonl(&args.files, args.threads, args.max_len, |text, out| {
            out.write(&sentences_json(text))
        }),
        Mode::Json => common::run_files(&args.files, args.max_len, |_, text| {
            println!("{}", sentences_json(text));
            Ok(())
        }),
        Mode::Human => common::run_files(&args.files, args.max_len, |_, text| {
            for s in quotewire::sentences(text) {
                println!("{}", s.text(text).replace(['\n', '\r'], " "));
            }
            Ok(())
        }),
    }
}
