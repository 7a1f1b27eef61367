//! Article parse throughput (blocks + sentences), in bytes per second.
//!
//! `cargo bench --bench parse`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use quotewire::Article;

const INPUTS: &[(&str, &str)] = &[
    (
        "seed_000",
        include_str!("../tests/fixtures/seeds/000_c87190288e67bd51.txt"),
    ),
    (
        "seed_001",
        include_str!("../tests/fixtures/seeds/001_0469de9d23fa5406.txt"),
    ),
    (
        "ap",
        include_str!("../tests/fixtures/articles/ap_washington.txt"),
    ),
    (
        "yonhap",
        include_str!("../tests/fixtures/articles/yonhap_seoul.txt"),
    ),
];

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    for (name, text) in INPUTS {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| Article::parse(black_box(text))));
    }
    // the news articles written for the benches, parsed one by one
    let news = [
        include_str!("data/news_council.txt"),
        include_str!("data/news_court.txt"),
        include_str!("data/news_market.txt"),
        include_str!("data/news_campaign.txt"),
    ];
    g.throughput(Throughput::Bytes(news.iter().map(|t| t.len() as u64).sum()));
    g.bench_function("news", |b| {
        b.iter(|| {
            news.iter()
                .map(|t| Article::parse(black_box(t)).map_or(0, |a| a.sentences.len()))
                .sum::<usize>()
        })
    });
    // a long article: every fixture's text, one after another
    let all: String = INPUTS
        .iter()
        .map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join("\n\n");
    let long = all.repeat(20);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("long", |b| b.iter(|| Article::parse(black_box(&long))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
