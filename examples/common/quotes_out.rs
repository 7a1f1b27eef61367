//! The `quotes` example's JSON output, written straight from the library's results (no
//! intermediate JSON values): `{"quotes": [...], "speakers": [...], "terms": [...]}`. Shared
//! with `benches/json.rs`, which measures exactly this path.
//!
//! [`QuotesOut::write_json`] appends compact JSON to a buffer directly, byte for byte what
//! serde_json would write for the same record (`tests/cli.rs` checks this).

use super::json::{push_f64, push_str, push_usize};
use super::Fields;
use quotewire::Span;
use quotewire::{Article, ParseOptions, Quote, Quotes, Speaker};
use serde::Serialize;

/// One article's quotes, speakers and terms, with span texts taken from `text`.
pub struct QuotesOut<'a> {
    pub text: &'a str,
    pub quotes: &'a Quotes,
}

impl QuotesOut<'_> {
    /// Appends this result as compact JSON.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let text = self.text;
        out.extend_from_slice(b"{\"quotes\":[");
        for (i, q) in self.quotes.quotes.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            write_quote(text, q, out);
        }
        out.extend_from_slice(b"],\"speakers\":[");
        for (i, sp) in self.quotes.speakers.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            write_speaker(text, sp, out);
        }
        out.extend_from_slice(b"],\"terms\":");
        write_spans(text, &self.quotes.terms, out);
        out.push(b'}');
    }
}

/// `{"start","end","text"}` of `span`.
fn write_span(text: &str, span: Span, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"start\":");
    push_usize(out, span.start);
    out.extend_from_slice(b",\"end\":");
    push_usize(out, span.end);
    out.extend_from_slice(b",\"text\":");
    push_str(out, span.text(text));
    out.push(b'}');
}

fn write_opt_span(text: &str, span: Option<Span>, out: &mut Vec<u8>) {
    match span {
        Some(s) => write_span(text, s, out),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_spans(text: &str, spans: &[Span], out: &mut Vec<u8>) {
    out.push(b'[');
    for (i, &s) in spans.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_span(text, s, out);
    }
    out.push(b']');
}

/// A unit enum variant as serde writes it: its snake_case name in quotes.
fn write_variant<T: Serialize>(value: &T, out: &mut Vec<u8>) {
    // serializing a unit variant into a Vec cannot fail
    let _ = serde_json::to_writer(&mut *out, value);
}

fn write_quote(text: &str, x: &Quote, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"kind\":");
    write_variant(&x.kind, out);
    out.extend_from_slice(b",\"content\":");
    write_spans(text, &x.content, out);
    out.extend_from_slice(b",\"cue\":");
    write_opt_span(text, x.cue, out);
    out.extend_from_slice(b",\"speaker\":");
    write_opt_span(text, x.speaker, out);
    out.extend_from_slice(b",\"speaker_id\":");
    match x.speaker_id {
        Some(id) => push_usize(out, id),
        None => out.extend_from_slice(b"null"),
    }
    if !x.co_speaker_ids.is_empty() {
        out.extend_from_slice(b",\"co_speaker_ids\":[");
        for (i, &id) in x.co_speaker_ids.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            push_usize(out, id);
        }
        out.push(b']');
    }
    out.extend_from_slice(b",\"confidence\":");
    push_f64(out, (f64::from(x.confidence) * 1000.0).round() / 1000.0);
    out.extend_from_slice(b",\"block\":");
    push_usize(out, x.block);
    out.extend_from_slice(b",\"block_kind\":");
    write_variant(&x.block_kind, out);
    out.push(b'}');
}

fn write_speaker(text: &str, x: &Speaker, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"id\":");
    push_usize(out, x.id);
    out.extend_from_slice(b",\"name\":");
    push_str(out, &x.name);
    out.extend_from_slice(b",\"kind\":");
    write_variant(&x.kind, out);
    out.extend_from_slice(b",\"gender\":");
    write_variant(&x.gender, out);
    out.extend_from_slice(b",\"descriptions\":[");
    for (i, d) in x.descriptions.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_str(out, d);
    }
    out.extend_from_slice(b"],\"mentions\":");
    write_spans(text, &x.mentions, out);
    out.push(b'}');
}

/// The parse options of the `quotes` example: `base` without the sentence pass (the example
/// prints quotes only, and extraction does not read the article's sentences).
pub fn quotes_options(base: ParseOptions) -> ParseOptions {
    ParseOptions {
        sentences: false,
        ..base
    }
}

/// The `quotes --jsonl` work for one input text: parse (with `opts`), extract, write the
/// record's fields.
pub fn process(opts: &ParseOptions, text: &str, out: Fields<'_>) -> Result<(), String> {
    let article = Article::parse_with(text, opts).map_err(|e| e.to_string())?;
    let quotes = quotewire::extract(&article);
    out.write_raw(|buf| {
        QuotesOut {
            text,
            quotes: &quotes,
        }
        .write_json(buf)
    })
}
