//! Compares the coverage of several articles: speakers linked across them and statements
//! they share (same words, variants with their word-level diff, quoted fragments).
//!
//! ```text
//! cargo run --release --example compare -- FILE...          # for a person
//! cargo run --release --example compare -- --json FILE...   # one JSON object
//!     # {"articles": [{"article", "file", "headline": span|null, "quotes", "speakers"}],
//!     #  "speakers": [{"name", "kind", "articles": [{"article", "speaker_id": int|null,
//!     #                "name", "via", "quotes": [int]}]}],
//!     #  "statements": [{"relation", "same_speaker",
//!     #                  "members": [{"article", "quote", "kind", "role", "text",
//!     #                               "spans": [span], "words", "speaker": int|null,
//!     #                               "found_in": {"member", "span"}|null}],
//!     #                  "diff": [{"member", "ops": [{"op", "text", "article", "span"}]}]}]}
//! ```
//! `article` is the FILE's position in the command line (from 0); `quote` indexes that
//! article's quotes as `quotes --json` lists them (from 0); `speaker` indexes `speakers`.
//! Exit status: 0 ok; 2 usage error, or a FILE that cannot be read or is not UTF-8.

#[macro_use]
mod common;

use common::{opt_span_json, span_json, Mode};
use quotewire::compare::{Comparison, DiffKind, Relation, Role, Source};
use quotewire::{Article, Quotes};
use serde_json::{json, Value};
use std::process::ExitCode;

const USAGE: &str = "usage: compare [--json] FILE...";

/// One input article: its file name, text and extraction.
struct Input {
    file: String,
    text: String,
    quotes: Quotes,
    headline: Option<quotewire::Span>,
}

fn load(files: &[String]) -> Result<Vec<Input>, String> {
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let text = common::read_text_file(f, quotewire::error::DEFAULT_MAX_LEN)?;
        let article = Article::parse(&text).map_err(|e| format!("{f}: {e}"))?;
        let quotes = quotewire::extract(&article);
        let headline = article.headline().map(|b| b.span);
        drop(article);
        out.push(Input {
            file: f.clone(),
            text,
            quotes,
            headline,
        });
    }
    Ok(out)
}

fn kind_name<T: serde::Serialize>(x: T) -> String {
    match serde_json::to_value(x) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

fn to_json(inputs: &[Input], cmp: &Comparison) -> Value {
    let text_of = |a: usize| inputs.get(a).map_or("", |i| i.text.as_str());
    let articles: Vec<Value> = inputs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            json!({
                "article": i,
                "file": x.file,
                "headline": opt_span_json(&x.text, x.headline),
                "quotes": x.quotes.quotes.len(),
                "speakers": x.quotes.speakers.len(),
            })
        })
        .collect();
    let speakers: Vec<Value> = cmp
        .speakers
        .iter()
        .map(|s| {
            json!({
                "name": s.name,
                "kind": s.kind,
                "articles": s.articles.iter().map(|e| json!({
                    "article": e.article,
                    "speaker_id": e.speaker_id,
                    "name": e.name,
                    "via": e.via,
                    "quotes": e.quotes,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let statements: Vec<Value> = cmp
        .statements
        .iter()
        .map(|st| {
            let members: Vec<Value> = st
                .members
                .iter()
                .map(|m| {
                    let t = text_of(m.article);
                    let found = m.found_in.map_or(Value::Null, |f| {
                        let wt = st.members.get(f.member).map_or("", |w| text_of(w.article));
                        json!({"member": f.member, "span": span_json(wt, f.span)})
                    });
                    json!({
                        "article": m.article,
                        "quote": m.quote,
                        "kind": m.kind,
                        "role": m.role,
                        "text": m.text,
                        "spans": m.spans.iter().map(|s| span_json(t, *s)).collect::<Vec<_>>(),
                        "words": m.words,
                        "speaker": m.speaker,
                        "found_in": found,
                    })
                })
                .collect();
            let diff: Vec<Value> = st
                .diff
                .iter()
                .map(|d| {
                    json!({
                        "member": d.member,
                        "ops": d.ops.iter().map(|o| json!({
                            "op": o.kind, "text": o.text, "article": o.article,
                            "span": {"start": o.span.start, "end": o.span.end},
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "relation": st.relation,
                "same_speaker": st.same_speaker,
                "members": members,
                "diff": diff,
            })
        })
        .collect();
    json!({"articles": articles, "speakers": speakers, "statements": statements})
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn human(inputs: &[Input], cmp: &Comparison) {
    println!("articles:");
    for (i, x) in inputs.iter().enumerate() {
        let h = x
            .headline
            .map_or("(no headline)".to_string(), |s| one_line(s.text(&x.text)));
        println!(
            "  [{i}] {} — {h} ({} quotes)",
            x.file,
            x.quotes.quotes.len()
        );
    }
    let linked: Vec<_> = cmp
        .speakers
        .iter()
        .filter(|s| {
            s.articles
                .first()
                .is_some_and(|f| s.articles.iter().any(|e| e.article != f.article))
        })
        .collect();
    println!("speakers in several articles: {}", linked.len());
    for s in &linked {
        println!("  {} ({})", s.name, kind_name(s.kind));
        for e in &s.articles {
            let q: Vec<String> = e.quotes.iter().map(|q| q.to_string()).collect();
            println!(
                "    [{}] {} (by {}; quotes: {})",
                e.article,
                one_line(&e.name),
                kind_name(e.via),
                if q.is_empty() {
                    "-".to_string()
                } else {
                    q.join(", ")
                }
            );
        }
    }
    println!("statements in several articles: {}", cmp.statements.len());
    let speaker_name = |s: Option<usize>| {
        s.and_then(|i| cmp.speakers.get(i))
            .map_or("(unresolved)".to_string(), |x| x.name.clone())
    };
    for st in &cmp.statements {
        let who = if st.same_speaker {
            speaker_name(st.members.first().and_then(|m| m.speaker))
        } else {
            "different or unresolved speakers".to_string()
        };
        println!("  {} — {who}", kind_name(st.relation));
        for m in &st.members {
            let role = match (st.relation, m.role) {
                (Relation::Fragment, Role::Whole) => "whole ",
                (Relation::Fragment, Role::Part) => "part  ",
                _ => "",
            };
            println!(
                "    {role}[{}] quote {} {} ({}): {}",
                m.article,
                m.quote,
                kind_name(m.kind),
                speaker_name(m.speaker),
                one_line(&m.text)
            );
        }
        for d in &st.diff {
            let mut line = String::new();
            for o in &d.ops {
                if !line.is_empty() {
                    line.push(' ');
                }
                let t = one_line(&o.text);
                match o.kind {
                    DiffKind::Equal => line.push_str(&t),
                    DiffKind::Delete => line.push_str(&format!("[-{t}-]")),
                    DiffKind::Insert => line.push_str(&format!("{{+{t}+}}")),
                }
            }
            let a = st.members.get(d.member).map_or(0, |m| m.article);
            println!("    diff [{a}]: {line}");
        }
    }
}

fn main() -> ExitCode {
    let args = match common::parse_args(USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if args.mode == Mode::Jsonl {
        eprintln!("error: compare reads FILEs, not --jsonl\n{USAGE}");
        return ExitCode::from(2);
    }
    let inputs = match load(&args.files) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let sources: Vec<Source<'_>> = inputs
        .iter()
        .map(|x| Source::new(&x.text, &x.quotes))
        .collect();
    let cmp = quotewire::compare(&sources);
    match args.mode {
        Mode::Json => println!("{}", to_json(&inputs, &cmp)),
        _ => human(&inputs, &cmp),
    }
    ExitCode::SUCCESS
}
