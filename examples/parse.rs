//! Parses news articles into their structure.
//!
//! ```text
//! cargo run --release --example parse -- FILE...        # the article, for a person
//! cargo run --release --example parse -- --json FILE... # one JSON object per FILE
//! cargo run --release --example parse -- --jsonl [--threads N] < in.jsonl
//! ```
//!
//! `--jsonl` reads `{"id","text"}` lines on stdin and writes, in input order, one line per
//! input:
//!
//! ```text
//! {"id", "headline", "subheadline", "kicker", "byline", "dateline",
//!  "blocks": [{"kind","start","end","text", ...}],
//!  "body": "<body paragraphs joined by a blank line>",
//!  "sentences": [span, ...]}
//! ```
//!
//! - span = `{"start","end","text"}`; offsets are UTF-8 byte offsets into the input text;
//!   absent parts are `null`.
//! - `byline` is a span plus `"authors": [span, ...]` and `"affiliation": span | null`.
//! - `dateline` is a span plus `"place": span`, `"date": span | null`, `"agency": span | null`.
//! - `blocks[].kind` is one of `headline`, `subheadline`, `kicker`, `byline`, `dateline`,
//!   `body`, `caption`, `credit`, `note`, `boilerplate`. Blocks carry, when they apply:
//!   `"credit": span` (caption), `"duplicate_of": <block index>` (a caption repeating an
//!   earlier one), `"reason": "<reason>"` (boilerplate: `navigation`, `share`, `newsletter`,
//!   `subscribe`, `login`, `related`, `most_read`, `comments`, `advertisement`, `copyright`,
//!   `cookie`, `section_label`, `legal`, `phrase`, `before_article`, `after_article`),
//!   `"authors"`/`"affiliation"` (byline), `"place"`/`"date"`/`"agency"` (dateline).
//! - `sentences` are the sentences of the body and (non-duplicate) caption blocks.
//! - An input the library refuses (too large) gives `{"id","error"}`.
//!
//! `--json` prints the same object (without `id`) for each FILE.
//!
//! Exit status: 0 ok; 1 some `--jsonl` line was bad (an `{"id","error"}` record was written
//! for it and the batch went on); 2 usage error, unreadable file, FILE not UTF-8 (the message
//! names the byte offset) or refused by the library.

#[macro_use]
mod common;

use common::{opt_span_json, span_json, Mode};
use quotewire::{Article, Block, BlockKind};
use serde_json::{json, Map, Value};
use std::process::ExitCode;

const USAGE: &str = "usage: parse [--json] [--max-len BYTES] FILE...\n       \
                     parse --jsonl [--threads N] [--max-len BYTES] < IN.jsonl";

fn kind_name(k: BlockKind) -> String {
    match serde_json::to_value(k) {
        Ok(Value::String(s)) => s,
        _ => format!("{k:?}").to_lowercase(),
    }
}

fn byline_fields(text: &str, b: &Block, m: &mut Map<String, Value>) {
    let authors: Vec<Value> = b.authors.iter().map(|s| span_json(text, *s)).collect();
    m.insert("authors".into(), Value::Array(authors));
    m.insert("affiliation".into(), opt_span_json(text, b.affiliation));
}

fn dateline_fields(text: &str, b: &Block, m: &mut Map<String, Value>) {
    if let Some(d) = b.dateline {
        m.insert("place".into(), span_json(text, d.place));
        m.insert("date".into(), opt_span_json(text, d.date));
        m.insert("agency".into(), opt_span_json(text, d.agency));
    }
}

fn block_json(text: &str, b: &Block) -> Value {
    let mut m = Map::new();
    m.insert("kind".into(), Value::String(kind_name(b.kind)));
    m.insert("start".into(), json!(b.span.start));
    m.insert("end".into(), json!(b.span.end));
    m.insert("text".into(), json!(b.span.text(text)));
    match b.kind {
        BlockKind::Byline => byline_fields(text, b, &mut m),
        BlockKind::Dateline => dateline_fields(text, b, &mut m),
        _ => {}
    }
    if let Some(c) = b.credit {
        m.insert("credit".into(), span_json(text, c));
    }
    if let Some(d) = b.duplicate_of {
        m.insert("duplicate_of".into(), json!(d));
    }
    if let Some(r) = b.reason {
        m.insert("reason".into(), json!(r.name()));
    }
    Value::Object(m)
}

fn part_json(text: &str, b: Option<&Block>) -> Value {
    let Some(b) = b else { return Value::Null };
    let mut v = span_json(text, b.span);
    if let Value::Object(m) = &mut v {
        match b.kind {
            BlockKind::Byline => byline_fields(text, b, m),
            BlockKind::Dateline => dateline_fields(text, b, m),
            _ => {}
        }
    }
    v
}

fn article_json(a: &Article) -> Value {
    let text: &str = &a.text;
    let blocks: Vec<Value> = a.blocks.iter().map(|b| block_json(text, b)).collect();
    let sentences: Vec<Value> = a
        .sentences
        .iter()
        .map(|s| span_json(text, s.span))
        .collect();
    json!({
        "headline": part_json(text, a.headline()),
        "subheadline": part_json(text, a.subheadline()),
        "kicker": part_json(text, a.kicker()),
        "byline": part_json(text, a.byline()),
        "dateline": part_json(text, a.dateline()),
        "blocks": blocks,
        "body": a.body_text(),
        "sentences": sentences,
    })
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn print_human(name: &str, a: &Article) {
    let text: &str = &a.text;
    let t = |b: &Block| one_line(b.span.text(text));
    println!("== {name}");
    for (label, b) in [
        ("Headline", a.headline()),
        ("Subheadline", a.subheadline()),
        ("Kicker", a.kicker()),
    ] {
        if let Some(b) = b {
            println!("{label}: {}", t(b));
        }
    }
    if let Some(b) = a.byline() {
        let names: Vec<&str> = b.authors.iter().map(|s| s.text(text)).collect();
        print!("Byline: {} (authors: {}", t(b), names.join("; "));
        if let Some(f) = b.affiliation {
            print!("; affiliation: {}", f.text(text));
        }
        println!(")");
    }
    if let Some(b) = a.dateline() {
        print!("Dateline: {}", t(b));
        if let Some(d) = b.dateline {
            print!(" (place: {}", d.place.text(text));
            if let Some(s) = d.date {
                print!("; date: {}", s.text(text));
            }
            if let Some(s) = d.agency {
                print!("; agency: {}", s.text(text));
            }
            print!(")");
        }
        println!();
    }
    println!("\nBody:");
    for (i, b) in a.blocks_of(BlockKind::Body).enumerate() {
        println!("{:>3}. {}", i + 1, t(b));
    }
    let mut other = String::new();
    for (i, b) in a.blocks.iter().enumerate() {
        let line = match b.kind {
            BlockKind::Caption => {
                let mut s = format!("caption: {}", t(b));
                if let Some(c) = b.credit {
                    s += &format!(" [credit: {}]", c.text(text));
                }
                if let Some(d) = b.duplicate_of {
                    s += &format!(" (duplicate of block {d})");
                }
                s
            }
            BlockKind::Credit => format!("credit: {}", t(b)),
            BlockKind::Note => format!("note: {}", t(b)),
            _ => continue,
        };
        other += &format!("  [{i}] {line}\n");
    }
    if !other.is_empty() {
        println!("\nCaptions, credits, notes:\n{other}");
    }
    let removed: Vec<String> = a
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Boilerplate)
        .map(|(i, b)| {
            let r = b.reason.map_or("boilerplate", |r| r.name());
            format!("  [{i}] {r}: {}", t(b))
        })
        .collect();
    if !removed.is_empty() {
        println!("\nRemoved:\n{}", removed.join("\n"));
    }
    println!();
}

fn main() -> ExitCode {
    let args = match common::parse_args(USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let opts = args.options();
    match args.mode {
        Mode::Jsonl => common::run_jsonl(&args.files, args.threads, args.max_len, |text, out| {
            let a = Article::parse_with(text, &opts).map_err(|e| e.to_string())?;
            out.write(&article_json(&a))
        }),
        Mode::Json => common::run_files(&args.files, args.max_len, |_, text| {
            let a = Article::parse_with(text, &opts).map_err(|e| e.to_string())?;
            println!("{}", article_json(&a));
            Ok(())
        }),
        Mode::Human => common::run_files(&args.files, args.max_len, |name, text| {
            let a = Article::parse_with(text, &opts).map_err(|e| e.to_string())?;
            print_human(name, &a);
            Ok(())
        }),
    }
}
