//! Lexicon lookups, measured before choosing how to store the word lists: every word of the
//! bundled news text looked up in the cue list (the commonest lookup) and in the title list,
//! with the crate's `Lexicons` (hash maps keyed by lower-case words, `WordHasher`) against
//! the alternatives: the standard SipHash set, a sorted table with binary search, and a
//! linear scan (what a short `&[&str]` list costs).
//!
//! `cargo bench --bench lexicon`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use quotewire::quotes::lexicon::Lexicons;
use std::collections::HashSet;

const NEWS: &[&str] = &[
    include_str!("data/news_council.txt"),
    include_str!("data/news_court.txt"),
    include_str!("data/news_market.txt"),
    include_str!("data/news_campaign.txt"),
    include_str!("../tests/fixtures/seeds/000_c87190288e67bd51.txt"),
    include_str!("../tests/fixtures/seeds/001_0469de9d23fa5406.txt"),
];

/// The words of the news text, as the extractor sees them (runs of letters and digits).
fn words() -> Vec<&'static str> {
    NEWS.iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Lower-cases ASCII into `buf` (as the crate does: no allocation).
fn lower<'b>(w: &'b str, buf: &'b mut [u8; 40]) -> Option<&'b str> {
    if w.len() > 40 {
        return None;
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(w);
    }
    let dst = buf.get_mut(..w.len())?;
    for (d, s) in dst.iter_mut().zip(w.as_bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(dst).ok()
}

fn bench(c: &mut Criterion) {
    let lex = Lexicons::english();
    let ws = words();
    let lists: [(&str, Vec<String>); 2] = [
        ("cues", lex.cues.keys().cloned().collect()),
        ("titles", lex.titles.iter().cloned().collect()),
    ];
    let mut g = c.benchmark_group("lexicon");
    g.throughput(Throughput::Elements(ws.len() as u64));
    for (name, keys) in &lists {
        let sip: HashSet<String> = keys.iter().cloned().collect();
        let mut sorted: Vec<&str> = keys.iter().map(String::as_str).collect();
        sorted.sort_unstable();
        let lookup = |f: &dyn Fn(&str) -> bool| {
            let mut n = 0usize;
            for w in &ws {
                let mut buf = [0u8; 40];
                if lower(black_box(w), &mut buf).is_some_and(f) {
                    n += 1;
                }
            }
            n
        };
        g.bench_function(format!("{name}/crate_lexicons"), |b| {
            b.iter(|| match *name {
                "cues" => ws
                    .iter()
                    .filter(|w| lex.cue(black_box(w)).is_some())
                    .count(),
                _ => ws.iter().filter(|w| lex.is_title(black_box(w))).count(),
            })
        });
        g.bench_function(format!("{name}/siphash_set"), |b| {
            b.iter(|| lookup(&|w| sip.contains(w)))
        });
        g.bench_function(format!("{name}/sorted_binary_search"), |b| {
            b.iter(|| lookup(&|w| sorted.binary_search(&w).is_ok()))
        });
        g.bench_function(format!("{name}/linear_scan"), |b| {
            b.iter(|| lookup(&|w| sorted.contains(&w)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
