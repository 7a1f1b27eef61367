//! Sentence segmentation throughput over bundled news prose (the seed articles repeated to
//! about 1 MB). Run with `cargo bench --bench sentences`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const SEEDS: [&str; 2] = [
    include_str!("../tests/fixtures/seeds/000_c87190288e67bd51.txt"),
    include_str!("../tests/fixtures/seeds/001_0469de9d23fa5406.txt"),
];

/// The seeds, separated by blank lines, repeated to at least `size` bytes.
fn corpus(size: usize) -> String {
    let mut text = String::with_capacity(size + 16 * 1024);
    while text.len() < size {
        for s in SEEDS {
            text.push_str(s);
            text.push_str("\n\n");
        }
    }
    text
}

fn bench_sentences(c: &mut Criterion) {
    let text = corpus(1 << 20);
    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("seeds_1mb", |b| {
        b.iter(|| quotewire::sentences(black_box(&text)).count())
    });
    // As the article parser calls it: one call per paragraph.
    let paragraphs: Vec<&str> = text.split("\n\n").filter(|p| !p.is_empty()).collect();
    group.bench_function("seeds_1mb_per_paragraph", |b| {
        b.iter(|| {
            paragraphs
                .iter()
                .map(|p| quotewire::sentences(black_box(p)).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_sentences);
criterion_main!(benches);
