//! Cross-article comparison on 100,000 articles' worth of statements.
//!
//! `cargo bench --bench compare` — throughput of `compare` in quotes per second.
//! (`COMPARE_ARTICLES=N` sets the number of articles of that run.)
//! `COMPARE_SAMPLE=E cargo bench --bench compare` — prints event E's four articles.
//! `COMPARE_MEMORY=1 cargo bench --bench compare` — one run, printing sizes, time and the
//! memory the comparison itself took (peak RSS during the call minus RSS before it, Linux).
//!
//! The corpus is synthesized from the bundled fixtures: statement templates are the quotes
//! extracted from every fixture article, their words varied per event (about a third of
//! the words replaced by words from the fixtures' vocabulary, a number per statement), so
//! statements share common phrases without being copies. Each event is covered by four
//! articles quoting its statements verbatim, with a word changed or dropped, in part (a
//! mixed quote), with an ellipsis, as reported speech, by full name or surname only, plus a
//! stock phrase ("We are monitoring the situation closely") by different speakers. The
//! articles are real text, parsed and extracted before timing.

use criterion::{criterion_group, Criterion, Throughput};
use quotewire::compare::{compare, words::words, Comparison, Relation, Role, Source};
use quotewire::{extract, Article, QuoteKind, Quotes, Span};
use std::hint::black_box;
use std::time::Instant;

const FIXTURES: &[&str] = &[
    include_str!("../tests/fixtures/seeds/000_c87190288e67bd51.txt"),
    include_str!("../tests/fixtures/seeds/001_0469de9d23fa5406.txt"),
    include_str!("../tests/fixtures/articles/afp_paris.txt"),
    include_str!("../tests/fixtures/articles/ap_washington.txt"),
    include_str!("../tests/fixtures/articles/crlf_nbsp.txt"),
    include_str!("../tests/fixtures/articles/koreatimes_caption.txt"),
    include_str!("../tests/fixtures/articles/reuters_kyiv.txt"),
    include_str!("../tests/fixtures/articles/yonhap_seoul.txt"),
    include_str!("../tests/fixtures/pages/blog_page.txt"),
    include_str!("../tests/fixtures/pages/foreign_chrome_page.txt"),
    include_str!("../tests/fixtures/pages/news_site_page.txt"),
    include_str!("../tests/fixtures/compare/same_a.txt"),
    include_str!("../tests/fixtures/compare/variant_a.txt"),
    include_str!("../tests/fixtures/compare/fragment_a.txt"),
    include_str!("../tests/fixtures/compare/negative_a.txt"),
    include_str!("../tests/fixtures/compare/negative_b.txt"),
    include_str!("../tests/fixtures/compare/described_a.txt"),
];

const ARTICLES: usize = 100_000;
const OUTLETS: usize = 4;

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn pick(v: &[String], h: u64) -> &str {
    v.get((h % v.len().max(1) as u64) as usize)
        .map_or("", String::as_str)
}

struct Pool {
    templates: Vec<Vec<String>>,
    vocab: Vec<String>,
    first: Vec<String>,
}

fn pool() -> Pool {
    let mut templates = Vec::new();
    let mut vocab = std::collections::BTreeSet::new();
    for text in FIXTURES {
        let q = extract(&Article::parse(text).expect("fixture parses"));
        for x in &q.quotes {
            if x.kind == QuoteKind::Mixed {
                continue;
            }
            let ws: Vec<String> = x
                .content
                .iter()
                .flat_map(|s| words(text, *s))
                .map(|w| w.span.text(text).to_string())
                .collect();
            if ws.len() >= 4 {
                templates.push(ws);
            }
        }
        for w in words(text, Span::new(0, text.len())) {
            let w = w.span.text(text);
            if w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase()) {
                vocab.insert(w.to_string());
            }
        }
    }
    let first = include_str!("../lexicons/first_names_male.txt")
        .lines()
        .chain(include_str!("../lexicons/first_names_female.txt").lines())
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let l = l.trim();
            let mut c = l.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    Pool {
        templates,
        vocab: vocab.into_iter().collect(),
        first,
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "ten", "vos", "ri", "dan", "sel", "bro", "ut", "gan", "mi", "tor", "ze",
    "hal", "pe",
];

fn surname(h: u64) -> String {
    let mut s = String::new();
    for i in 0..5 {
        s.push_str(SYLLABLES[((h >> (i * 4)) & 15) as usize]);
    }
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The event's statement `j`: a template with about a third of its words replaced and a
/// number inserted.
fn statement(p: &Pool, e: u64, j: u64) -> Vec<String> {
    let h = mix(e * 16 + j);
    let t = &p.templates[(h % p.templates.len() as u64) as usize];
    let mut out: Vec<String> = t
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let r = mix(h ^ (i as u64 + 1));
            if r % 3 == 0 {
                pick(&p.vocab, r >> 8).to_string()
            } else {
                w.clone()
            }
        })
        .collect();
    let at = (mix(h ^ 0xabc) % (out.len() as u64 + 1)) as usize;
    out.insert(at, format!("{}", e * 3 + j + 17));
    out
}

fn sentence(ws: &[String]) -> String {
    ws.join(" ")
}

fn article(p: &Pool, i: usize) -> String {
    let e = (i / OUTLETS) as u64;
    let o = i % OUTLETS;
    let (s1, s2, s3) = (statement(p, e, 0), statement(p, e, 1), statement(p, e, 2));
    let h = mix(e ^ 0x5eed);
    let (f1, l1) = (pick(&p.first, h), surname(h >> 20));
    let (f2, l2) = (pick(&p.first, h >> 7), surname(h >> 40));
    let mut t = format!("Officials respond after incident {e}\n\n");
    match o {
        0 => {
            t += &format!("{f1} {l1}, the spokesperson, spoke on Monday.\n\n");
            t += &format!("“{},” {l1} said.\n\n", sentence(&s1));
            t += &format!("“{},” {l1} added.\n\n", sentence(&s2));
            t += &format!("“{},” said {f2} {l2}.\n", sentence(&s3));
        }
        1 => {
            // a word changed or dropped
            let mut v = s1.clone();
            let at = (h % v.len() as u64) as usize;
            if h & 1 == 0 {
                v[at].push('s');
            } else if v.len() > 4 {
                v.remove(at);
            }
            t += &format!("“{},” {f1} {l1} said on Tuesday.\n\n", sentence(&v));
            t += &format!("“{},” {f2} {l2} told reporters.\n\n", sentence(&s3));
            t += &format!("“We are monitoring the situation closely,” {l2} said.\n");
        }
        2 => {
            let n = s1.len();
            let from = (h % (n as u64 - 2)) as usize;
            let to = (from + 2 + (h >> 9) as usize % 4).min(n);
            t += &format!(
                "{f1} {l1} said the plan was “{}” and would go ahead.\n\n",
                sentence(&s1[from..to])
            );
            let half = s2.len() / 2;
            t += &format!(
                "“{} ... {},” {l1} said.\n",
                sentence(&s2[..half]),
                sentence(&s2[s2.len() - 3..])
            );
        }
        _ => {
            t += &format!("{f1} {l1} said that {}.\n\n", sentence(&s2));
            t += &format!("“{},” {l2} said.\n\n", sentence(&s3));
            let h3 = mix(h ^ 3);
            t += &format!(
                "“We are monitoring the situation closely,” {} {} said.\n",
                pick(&p.first, h3),
                surname(h3 >> 16)
            );
        }
    }
    t
}

struct Corpus {
    texts: Vec<String>,
    quotes: Vec<Quotes>,
}

fn corpus(n: usize) -> Corpus {
    let p = pool();
    let texts: Vec<String> = (0..n).map(|i| article(&p, i)).collect();
    let quotes = texts
        .iter()
        .map(|t| extract(&Article::parse(t).expect("parses")))
        .collect();
    Corpus { texts, quotes }
}

impl Corpus {
    fn sources(&self) -> Vec<Source<'_>> {
        self.texts
            .iter()
            .zip(&self.quotes)
            .map(|(t, q)| Source::new(t, q))
            .collect()
    }
    fn n_quotes(&self) -> usize {
        self.quotes.iter().map(|q| q.quotes.len()).sum()
    }
}

fn norm(text: &str) -> String {
    words(text, Span::new(0, text.len()))
        .map(|w| w.span.text(text).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Share of the links the generator planted that the comparison found: per event, S1
/// verbatim ~ S1 with a word changed or dropped (variant, or fragment when the first or
/// last word was dropped), the S1 fragment (fragment), S2 direct ~
/// with an ellipsis ~ as reported speech (one variant statement), S3 three times (same).
fn recall(c: &Corpus, cmp: &Comparison) -> [f64; 4] {
    let p = pool();
    let events = c.texts.len() / OUTLETS;
    // article -> (statement, relation, role, normalized text) of its members
    let mut by_article: Vec<Vec<(usize, Relation, Role, String)>> = vec![Vec::new(); c.texts.len()];
    for (si, st) in cmp.statements.iter().enumerate() {
        for m in &st.members {
            if let Some(v) = by_article.get_mut(m.article) {
                v.push((si, st.relation, m.role, norm(&m.text)));
            }
        }
    }
    let has = |a: usize, text: &str, rel: Relation, role: Role| -> Vec<usize> {
        by_article
            .get(a)
            .map(|v| {
                v.iter()
                    .filter(|(_, r, ro, t)| *r == rel && *ro == role && t == text)
                    .map(|(s, ..)| *s)
                    .collect()
            })
            .unwrap_or_default()
    };
    let in_stmt = |a: usize, s: usize| {
        by_article
            .get(a)
            .is_some_and(|v| v.iter().any(|x| x.0 == s))
    };
    let mut found = [0usize; 4];
    for e in 0..events {
        let base = e * OUTLETS;
        let s1 = norm(&sentence(&statement(&p, e as u64, 0)));
        let s2 = norm(&sentence(&statement(&p, e as u64, 1)));
        let s3 = norm(&sentence(&statement(&p, e as u64, 2)));
        // (dropping the first or last word makes the changed S1 a fragment: either counts)
        let linked = [Relation::Variant, Relation::Fragment].iter().any(|&rel| {
            has(base, &s1, rel, Role::Whole)
                .iter()
                .any(|&s| in_stmt(base + 1, s))
        });
        if linked {
            found[0] += 1;
        }
        if has(base, &s1, Relation::Fragment, Role::Whole)
            .iter()
            .any(|&s| in_stmt(base + 2, s))
        {
            found[1] += 1;
        } else if std::env::var_os("COMPARE_DEBUG").is_some() && e < 300 {
            eprintln!("missed S1 fragment in event {e}");
        }
        // (an ellipsis in a short S2 may drop nothing: same or variant)
        let linked = [Relation::Variant, Relation::Same].iter().any(|&rel| {
            has(base, &s2, rel, Role::Whole)
                .iter()
                .any(|&s| in_stmt(base + 2, s) && in_stmt(base + 3, s))
        });
        if linked {
            found[2] += 1;
        } else if std::env::var_os("COMPARE_DEBUG").is_some() && e < 300 {
            eprintln!("missed S2 variant in event {e}");
        }
        if has(base, &s3, Relation::Same, Role::Whole)
            .iter()
            .any(|&s| in_stmt(base + 1, s) && in_stmt(base + 3, s))
        {
            found[3] += 1;
        } else if std::env::var_os("COMPARE_DEBUG").is_some() && e < 300 {
            eprintln!("missed S3 same in event {e}");
        }
    }
    found.map(|f| f as f64 / events.max(1) as f64)
}

fn describe(c: &Corpus, cmp: &Comparison) {
    let r = recall(c, cmp);
    eprintln!(
        "planted links found: S1 variant {:.3}, S1 fragment {:.3}, S2 variant (3 articles) \
         {:.3}, S3 same (3 articles) {:.3}",
        r[0], r[1], r[2], r[3]
    );
    let mut rel = std::collections::BTreeMap::new();
    for s in &cmp.statements {
        *rel.entry(format!("{:?}", s.relation)).or_insert(0usize) += 1;
    }
    let members: usize = cmp.statements.iter().map(|s| s.members.len()).sum();
    let largest = cmp
        .statements
        .iter()
        .map(|s| s.members.len())
        .max()
        .unwrap_or(0);
    // Statements whose members all come from one event's four articles.
    let within = cmp
        .statements
        .iter()
        .filter(|s| {
            let e = s.members.first().map(|m| m.article / OUTLETS);
            s.members.iter().all(|m| Some(m.article / OUTLETS) == e)
        })
        .count();
    if std::env::var_os("COMPARE_DEBUG").is_some() {
        if let Some(st) = cmp.statements.iter().max_by_key(|s| s.members.len()) {
            for m in st.members.iter().take(12) {
                let who = m
                    .speaker
                    .and_then(|i| cmp.speakers.get(i))
                    .map(|s| s.name.as_str());
                eprintln!(
                    "  {:?} [{}] {:?} {:?} {}",
                    st.relation, m.article, m.role, who, m.text
                );
            }
        }
    }
    eprintln!(
        "statement members {members}, largest {largest}, within one event {within} of {}",
        cmp.statements.len()
    );
    let linked = cmp.speakers.iter().filter(|s| s.articles.len() > 1).count();
    eprintln!(
        "{} articles, {} bytes, {} quotes; {:?}; statements {rel:?}; speakers in several \
         articles {linked}",
        c.texts.len(),
        c.texts.iter().map(String::len).sum::<usize>(),
        c.n_quotes(),
        cmp.stats,
    );
}

/// Heap bytes held by the comparison's result (capacities of its vectors and strings).
fn result_bytes(cmp: &Comparison) -> usize {
    use quotewire::compare::*;
    use std::mem::size_of;
    let mut n = cmp.statements.capacity() * size_of::<Statement>()
        + cmp.speakers.capacity() * size_of::<LinkedSpeaker>();
    for s in &cmp.statements {
        n += s.members.capacity() * size_of::<Member>()
            + s.diff.capacity() * size_of::<MemberDiff>();
        for m in &s.members {
            n += m.text.capacity() + m.spans.capacity() * size_of::<Span>();
        }
        for d in &s.diff {
            n += d.ops.capacity() * size_of::<DiffOp>();
            n += d.ops.iter().map(|o| o.text.capacity()).sum::<usize>();
        }
    }
    for s in &cmp.speakers {
        n += s.name.capacity() + s.articles.capacity() * size_of::<SpeakerInArticle>();
        for e in &s.articles {
            n += e.name.capacity() + e.quotes.capacity() * size_of::<usize>();
        }
    }
    n
}

/// `VmRSS` / `VmHWM` of this process in KiB (Linux), 0 elsewhere.
fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn memory_run() {
    let n = std::env::var("COMPARE_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ARTICLES);
    let t0 = Instant::now();
    let c = corpus(n);
    eprintln!("corpus built in {:.1?}", t0.elapsed());
    let sources = c.sources();
    // Reset the peak to the current RSS (Linux >= 4.0), so the peak after is the call's.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status_kib("VmRSS:");
    let t = Instant::now();
    let cmp = compare(&sources);
    let took = t.elapsed();
    let peak = status_kib("VmHWM:");
    let after = status_kib("VmRSS:");
    describe(&c, &cmp);
    eprintln!(
        "compare: {took:.2?} ({:.0} quotes/s); RSS before {} MiB, peak during {} MiB (+{} MiB), \
         after {} MiB; the result holds {} MiB of heap",
        c.n_quotes() as f64 / took.as_secs_f64(),
        before / 1024,
        peak / 1024,
        peak.saturating_sub(before) / 1024,
        after / 1024,
        result_bytes(&cmp) >> 20,
    );
}

fn bench(cr: &mut Criterion) {
    let c = corpus(ARTICLES);
    let sources = c.sources();
    describe(&c, &compare(&sources));
    let mut g = cr.benchmark_group("compare");
    g.sample_size(10);
    g.throughput(Throughput::Elements(c.n_quotes() as u64));
    g.bench_function("100k_articles", |b| {
        b.iter(|| black_box(compare(black_box(&sources))).statements.len())
    });
    let s0 = FIXTURES[0];
    let s1 = FIXTURES[1];
    let (q0, q1) = (
        extract(&Article::parse(s0).expect("parses")),
        extract(&Article::parse(s1).expect("parses")),
    );
    let pair = [Source::new(s0, &q0), Source::new(s1, &q1)];
    g.throughput(Throughput::Elements(
        (q0.quotes.len() + q1.quotes.len()) as u64,
    ));
    g.bench_function("seeds", |b| {
        b.iter(|| black_box(compare(black_box(&pair))).statements.len())
    });
    g.finish();
}

criterion_group!(benches, bench);

fn main() {
    if let Some(v) = std::env::var_os("COMPARE_SAMPLE") {
        // One event's four articles (COMPARE_SAMPLE=event number), to see what is compared.
        let e: usize = v.to_str().and_then(|v| v.parse().ok()).unwrap_or(0);
        let p = pool();
        for i in e * OUTLETS..(e + 1) * OUTLETS {
            println!("{}", article(&p, i));
        }
        return;
    }
    if std::env::var_os("COMPARE_MEMORY").is_some() {
        memory_run();
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
