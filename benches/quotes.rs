//! Throughput of article parsing plus quote extraction on the seed articles and a
//! synthetic quote-heavy article.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotewire::{extract, text::marks::quotations, Article, Span};
use std::hint::black_box;

const SEED_000: &str = include_str!("../tests/fixtures/seeds/000_c87190288e67bd51.txt");
const SEED_001: &str = include_str!("../tests/fixtures/seeds/001_0469de9d23fa5406.txt");

/// 100 distinct articles (numbered paragraphs, so none repeats another), one string each.
fn corpus() -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..50 {
        for seed in [SEED_000, SEED_001] {
            let mut s = String::new();
            for line in seed.lines() {
                if !line.trim().is_empty() {
                    s.push_str(&format!("{i}. "));
                }
                s.push_str(line);
                s.push('\n');
            }
            out.push(s);
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse+extract", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let a = Article::parse(black_box(d)).expect("parses");
                n += extract(&a).quotes.len();
            }
            black_box(n)
        })
    });
    let articles: Vec<Article<'_>> = docs
        .iter()
        .map(|d| Article::parse(d).expect("parses"))
        .collect();
    g.bench_function("extract", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .map(|a| extract(black_box(a)).quotes.len())
                .sum();
            black_box(n)
        })
    });
    g.bench_function("marks", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| quotations(black_box(d), Span::new(0, d.len())).len())
                .sum();
            black_box(n)
        })
    });
    for (name, seed) in [("seed_000", SEED_000), ("seed_001", SEED_001)] {
        g.throughput(Throughput::Bytes(seed.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let a = Article::parse(black_box(seed)).expect("parses");
                black_box(extract(&a).quotes.len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
