//! Extracts attributed statements (direct, mixed, indirect) and their speakers.
//!
//! ```text
//! cargo run --release --example quotes -- FILE          # for a person
//! cargo run --release --example quotes -- --json FILE   # one JSON object
//! cargo run --release --example quotes -- --jsonl < in.jsonl
//!     # in: {"id","text"} per line; out, one line per input, in order:
//!     # {"id", "quotes": [{"kind", "content": [span], "cue": span|null, "speaker": span|null,
//!     #   "speaker_id": int|null, ["co_speaker_ids": [int],] "confidence": float,
//!     #   "block": int, "block_kind": str}],
//!     #  "speakers": [{"id", "name", "kind", "gender", "descriptions": [str], "mentions": [span]}],
//!     #  "terms": [span]}
//! ```
//! span = `{"start","end","text"}`, UTF-8 byte offsets into the input text. Exit status: 0
//! ok; 1 some `--jsonl` line was bad (an `{"id","error"}` record was written for it); 2 usage
//! or file error (a FILE that is not UTF-8 is refused naming the byte offset).

#[macro_use]
mod common;

use common::quotes_out::{process, quotes_options, QuotesOut};
use common::Mode;
use quotewire::{Article, ParseOptions};
use std::process::ExitCode;

const USAGE: &str = "usage: quotes [--json] [--max-len BYTES] FILE...\n       \
                     quotes --jsonl [--threads N] [--max-len BYTES] < IN.jsonl";

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn human(opts: &ParseOptions, text: &str) -> Result<(), String> {
    let article = Article::parse_with(text, opts).map_err(|e| e.to_string())?;
    let q = quotewire::extract(&article);
    for (i, x) in q.quotes.iter().enumerate() {
        let kind = match x.kind {
            quotewire::QuoteKind::Direct => "direct",
            quotewire::QuoteKind::Mixed => "mixed",
            quotewire::QuoteKind::Indirect => "indirect",
        };
        println!("[{}] {kind} (confidence {:.2})", i + 1, x.confidence);
        for c in &x.content {
            println!("    content: {}", one_line(c.text(text)));
        }
        let cue = x.cue.map_or("-".to_string(), |c| one_line(c.text(text)));
        let mention = x
            .speaker
            .map_or("-".to_string(), |s| one_line(s.text(text)));
        let canon = x
            .speaker_id
            .and_then(|id| q.speakers.get(id))
            .map_or("(unresolved)".to_string(), |s| s.name.clone());
        println!("    cue: {cue}");
        println!("    speaker: {mention} → {canon}");
    }
    if !q.speakers.is_empty() {
        println!("speakers:");
        for s in &q.speakers {
            let d = if s.descriptions.is_empty() {
                String::new()
            } else {
                format!(" — {}", s.descriptions.join("; "))
            };
            println!("  #{} {} ({:?}){d}", s.id, s.name, s.kind);
        }
    }
    if !q.terms.is_empty() {
        let t: Vec<String> = q.terms.iter().map(|t| one_line(t.text(text))).collect();
        println!("quoted terms: {}", t.join(" | "));
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match common::parse_args(USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let opts = quotes_options(args.options());
    match args.mode {
        Mode::Jsonl => common::run_jsonl(&args.files, args.threads, args.max_len, |text, out| {
            process(&opts, text, out)
        }),
        Mode::Json => common::run_files(&args.files, args.max_len, |_, text| {
            let article = Article::parse_with(text, &opts).map_err(|e| e.to_string())?;
            let quotes = quotewire::extract(&article);
            let mut json = Vec::new();
            QuotesOut {
                text,
                quotes: &quotes,
            }
            .write_json(&mut json);
            let json = String::from_utf8(json).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }),
        Mode::Human => common::run_files(&args.files, args.max_len, |_, text| human(&opts, text)),
    }
}
