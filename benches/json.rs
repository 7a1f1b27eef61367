//! The full `quotes --jsonl` path, in bytes of article text per second: read the input JSON
//! line, parse the article, extract quotes and speakers, write the output JSON line. It runs
//! the example's own code (`examples/common`), so it measures exactly what the batch binary
//! does minus stdin/stdout.
//!
//! Groups:
//! - `json`: every bundled news article (benches/data, the seeds, the article fixtures);
//! - `linear`: one article made of the bundled news text 1×, 10× and 100× (paragraphs
//!   numbered per copy, so no copy repeats another) — time per byte should stay flat;
//! - `adversarial`: 1 MB of `"`, 250k alternating curly marks `“”`, a 1 MB line without
//!   spaces, 40k quotations on one line.
//!
//! `cargo bench --bench json` (add a group name to run one group: `cargo bench --bench json
//! -- adversarial`).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

#[path = "../examples/common/mod.rs"]
#[macro_use]
mod common;

/// The bundled news articles: written for the benches, the real seed articles, and the
/// article fixtures.
const NEWS: &[&str] = &[
    include_str!("data/news_council.txt"),
    include_str!("data/news_court.txt"),
    include_str!("data/news_market.txt"),
    include_str!("data/news_campaign.txt"),
    include_str!("../tests/fixtures/seeds/000_c87190288e67bd51.txt"),
    include_str!("../tests/fixtures/seeds/001_0469de9d23fa5406.txt"),
    include_str!("../tests/fixtures/articles/ap_washington.txt"),
    include_str!("../tests/fixtures/articles/yonhap_seoul.txt"),
    include_str!("../tests/fixtures/articles/reuters_kyiv.txt"),
    include_str!("../tests/fixtures/articles/afp_paris.txt"),
];

/// `{"id": n, "text": text}` as one JSON line.
fn jsonl(id: usize, text: &str) -> Vec<u8> {
    let mut line = serde_json::to_vec(&serde_json::json!({"id": id, "text": text}))
        .expect("a JSON value serializes");
    line.push(b'\n');
    line
}

/// One article made of the news texts `copies` times; every non-blank line of copy `i`
/// starts with `i. ` so that no paragraph repeats another.
fn long_article(copies: usize) -> String {
    let mut s = String::new();
    for i in 0..copies {
        for doc in NEWS {
            for line in doc.lines() {
                if !line.trim().is_empty() {
                    s.push_str(&i.to_string());
                    s.push_str(". ");
                }
                s.push_str(line);
                s.push('\n');
            }
            s.push('\n');
        }
    }
    s
}

/// The example's default parse options.
static OPTIONS: std::sync::LazyLock<quotewire::ParseOptions> =
    std::sync::LazyLock::new(|| common::quotes_out::quotes_options(Default::default()));

/// Runs the example's per-line work on every line, into one reused output buffer.
fn run_lines(lines: &[Vec<u8>], out: &mut Vec<u8>) -> usize {
    out.clear();
    for line in lines {
        let _ = common::write_record(
            black_box(line),
            quotewire::error::DEFAULT_MAX_LEN,
            &|text: &str, fields: common::Fields<'_>| {
                common::quotes_out::process(&OPTIONS, text, fields)
            },
            out,
        );
    }
    black_box(out.len())
}

fn bench_json(c: &mut Criterion) {
    let lines: Vec<Vec<u8>> = NEWS.iter().enumerate().map(|(i, t)| jsonl(i, t)).collect();
    let bytes: usize = NEWS.iter().map(|t| t.len()).sum();
    let mut out = Vec::new();
    let mut g = c.benchmark_group("json");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("news", |b| b.iter(|| run_lines(&lines, &mut out)));
    g.finish();
}

fn bench_linear(c: &mut Criterion) {
    let mut out = Vec::new();
    let mut g = c.benchmark_group("linear");
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    for copies in [1, 10, 100] {
        let text = long_article(copies);
        let lines = [jsonl(0, &text)];
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("news_x{copies}"), |b| {
            b.iter(|| run_lines(&lines, &mut out))
        });
    }
    g.finish();
}

/// The four adversarial inputs, each one article.
fn adversarial() -> Vec<(&'static str, String)> {
    const MB: usize = 1 << 20;
    let nospace: String = "Lorem.ipsum,dolor-sit_amet\u{201c}x\u{201d}"
        .chars()
        .cycle()
        .scan(0usize, |n, c| {
            *n += c.len_utf8();
            (*n <= MB).then_some(c)
        })
        .collect();
    vec![
        ("straight_quotes_1mb", "\"".repeat(MB)),
        ("curly_pairs_250k", "\u{201c}\u{201d}".repeat(125_000)),
        ("no_spaces_1mb", nospace),
        (
            "quotes_40k_one_line",
            "\u{201c}We will win,\u{201d} she said. ".repeat(40_000),
        ),
    ]
}

fn bench_adversarial(c: &mut Criterion) {
    let mut out = Vec::new();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    for (name, text) in adversarial() {
        let lines = [jsonl(0, &text)];
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| run_lines(&lines, &mut out)));
    }
    g.finish();
}

criterion_group!(benches, bench_json, bench_linear, bench_adversarial);
criterion_main!(benches);
