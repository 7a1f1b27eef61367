//! Adversarial inputs (issue 6): megabytes of quote marks, one-megabyte lines, text without
//! spaces, mixed scripts, control characters, giant words, thousands of paragraphs, tens of
//! thousands of quotations on one line. Each gives a sane, specific result and keeps every
//! invariant of `tests/invariants/mod.rs`. Their cost is measured by the benchmarks (the
//! speed issue), not by timed tests; all of them run linearly (checked by doubling their
//! sizes in release builds when they were written).

mod invariants;

use quotewire::{Article, BlockKind, QuoteKind, Quotes};

const MB: usize = 1 << 20;

/// Parses and extracts `text`, checking every invariant (determinism is the property tests'
/// business: these inputs are run once).
fn run(text: &str) -> (Article<'_>, Quotes) {
    invariants::check_once(text).unwrap_or_else(|e| panic!("{e}"))
}

/// A megabyte for the first of a family of inputs, a quarter of it for the others.
fn size(i: usize) -> usize {
    if i == 0 {
        MB
    } else {
        MB / 4
    }
}

fn block_kinds(a: &Article<'_>) -> Vec<BlockKind> {
    a.blocks.iter().map(|b| b.kind).collect()
}

/// A small deterministic generator (xorshift), so the "random" inputs are the same on every
/// run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let i = (self.next() % items.len() as u64) as usize;
        items[i]
    }
}

#[test]
fn a_megabyte_of_straight_double_quotes_is_one_body_paragraph_without_statements() {
    let t = "\"".repeat(MB);
    let (a, q) = run(&t);
    assert_eq!(block_kinds(&a), [BlockKind::Body]);
    assert_eq!(a.blocks[0].span.len(), MB, "nothing is lost");
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(a.sentences[0].span.len(), MB);
    assert!(
        q.quotes.is_empty() && q.terms.is_empty(),
        "empty quotations say nothing"
    );
}

#[test]
fn a_megabyte_of_curly_marks_alternating_or_unpaired_gives_no_statements() {
    for (i, unit) in ["“”", "“", "”", "““”“”””“ ", "‘’“«»”„"].iter().enumerate()
    {
        let t = unit.repeat(size(i) / unit.len());
        let (a, q) = run(&t);
        assert_eq!(block_kinds(&a), [BlockKind::Body], "{unit:?}");
        assert!(q.quotes.is_empty(), "{unit:?}: no words, no statements");
    }
    // Words between the marks are quoted terms, one per closed pair.
    let t = "“a” ".repeat(MB / 32);
    let (_, q) = run(&t);
    assert_eq!(q.terms.len(), MB / 32);
    assert!(q.terms.iter().all(|s| s.text(&t) == "a"));
}

#[test]
fn a_one_megabyte_line_of_prose_is_one_paragraph_of_sentences() {
    let unit = "The council met on Monday and nothing happened. ";
    let n = MB / unit.len();
    let t = unit.repeat(n);
    let (a, q) = run(&t);
    assert_eq!(block_kinds(&a), [BlockKind::Body]);
    assert_eq!(a.sentences.len(), n);
    assert_eq!(a.body_text(), t.trim_end());
    assert!(q.quotes.is_empty());
}

#[test]
fn forty_thousand_quotations_on_one_line_are_all_attributed_to_one_speaker() {
    let n = 40_000;
    let t = format!(
        "Mayor Jane Smith spoke.\n\n{}",
        "“We will win,” she said. ".repeat(n)
    );
    let (a, q) = run(&t);
    assert_eq!(block_kinds(&a), [BlockKind::Body, BlockKind::Body]);
    assert_eq!(q.quotes.len(), n);
    assert!(q.quotes.iter().all(|x| x.kind == QuoteKind::Direct
        && x.content[0].text(&t) == "“We will win,”"
        && x.speaker.map(|s| s.text(&t)) == Some("she")
        && x.speaker_id == Some(0)));
    assert_eq!(q.speakers.len(), 1);
    assert_eq!(q.speakers[0].name, "Jane Smith");
    assert_eq!(
        q.speakers[0].mentions.len(),
        n + 1,
        "the name and every 'she'"
    );
}

#[test]
fn text_without_spaces_is_kept_and_split_at_its_periods() {
    let unit = "Thecouncilmet.";
    let n = MB / unit.len();
    let t = unit.repeat(n);
    let (a, q) = run(&t);
    assert_eq!(block_kinds(&a), [BlockKind::Body]);
    assert_eq!(a.blocks[0].span.len(), t.len());
    assert!(a.sentences.len() > 1, "glued sentences are split");
    let total: usize = a.sentences.iter().map(|s| s.span.len()).sum();
    assert_eq!(total, t.len(), "no text between sentences is lost");
    assert!(q.quotes.is_empty());
}

#[test]
fn an_extremely_long_word_is_one_sentence() {
    for word in [
        "a".repeat(MB),
        "ß".repeat(MB / 8),
        "https://x.example/".to_string() + &"a/".repeat(MB / 8),
    ] {
        let t = format!("{word}.");
        let (a, q) = run(&t);
        assert_eq!(block_kinds(&a), [BlockKind::Body]);
        assert_eq!(a.sentences.len(), 1);
        assert_eq!(a.sentences[0].span.len(), t.len());
        assert!(q.quotes.is_empty());
    }
    // A giant word inside an ordinary article does not disturb the rest.
    let t = format!(
        "Storm hits coast\n\nThe word {} is long.\n\n“It was terrible,” Mayor Jane Smith said.",
        "x".repeat(MB)
    );
    let (a, q) = run(&t);
    assert_eq!(
        a.headline().map(|b| b.span.text(&t)),
        Some("Storm hits coast")
    );
    assert_eq!(q.quotes.len(), 1);
    assert_eq!(q.speakers[0].name, "Jane Smith");
}

#[test]
fn thousands_of_paragraphs_each_give_their_statement() {
    let n = 5_000;
    let paras: Vec<String> = (0..n)
        .map(|i| format!("“We will rebuild district {i},” Mayor Jane Smith said."))
        .collect();
    let t = format!("Rebuilding plan\n\n{}", paras.join("\n\n"));
    let (a, q) = run(&t);
    assert_eq!(
        a.headline().map(|b| b.span.text(&t)),
        Some("Rebuilding plan")
    );
    assert_eq!(a.blocks_of(BlockKind::Body).count(), n);
    assert_eq!(q.quotes.len(), n);
    for (i, x) in q.quotes.iter().enumerate() {
        assert_eq!(
            x.content[0].text(&t),
            format!("“We will rebuild district {i},”")
        );
        assert_eq!(x.speaker_id, Some(0));
    }
    // Thousands of one-line paragraphs (no blank lines) too.
    let t = format!("Rebuilding plan\n{}", paras.join("\n"));
    let (a, q) = run(&t);
    assert_eq!(a.blocks_of(BlockKind::Body).count(), n);
    assert_eq!(q.quotes.len(), n);
}

#[test]
fn random_mixes_of_scripts_keep_the_english_statements_in_them() {
    // Words of many scripts (RTL, combining marks, emoji sequences, CJK) with marks and
    // punctuation glued on, in sentences and paragraphs; every tenth paragraph English.
    let words = [
        "한국어",
        "뉴스입니다",
        "مرحبا",
        "بالعالم",
        "שלום",
        "עולם",
        "😀",
        "👍🏽",
        "👨\u{200d}👩\u{200d}👧",
        "🇰🇷",
        "cafe\u{301}",
        "a\u{308}\u{323}",
        "\u{200f}עולם",
        "\u{200e}abc",
        "日本語",
        "Ελληνικά",
        "Русский",
        "“한국어",
        "어”",
        "«مرحبا",
        "بالعالم»",
        "ok،",
        "日本語。",
        "x!",
        "y?",
    ];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut paras = Vec::new();
    let mut english = 0;
    for i in 0..400 {
        if i % 10 == 3 {
            paras.push("“We will rebuild,” Mayor Jane Smith said.".to_string());
            english += 1;
            continue;
        }
        let mut p = String::new();
        for k in 0..(8 + rng.next() % 30) {
            if k > 0 {
                p.push_str(rng.pick(&[" ", " ", " ", "\u{a0}"]));
            }
            p.push_str(rng.pick(&words));
            if rng.next() % 7 == 0 {
                p.push('.');
            }
        }
        p.push('.');
        paras.push(p);
    }
    let t = format!("Storm hits coast\n\n{}", paras.join("\n\n"));
    let (a, q) = run(&t);
    assert_eq!(
        a.headline().map(|b| b.span.text(&t)),
        Some("Storm hits coast")
    );
    assert_eq!(
        a.blocks_of(BlockKind::Body).count(),
        paras.len(),
        "no paragraph removed"
    );
    let found = q
        .quotes
        .iter()
        .filter(|x| x.content[0].text(&t) == "“We will rebuild,”")
        .filter(|x| {
            x.speaker_id
                .and_then(|i| q.speakers.get(i))
                .map(|s| s.name.as_str())
                == Some("Jane Smith")
        })
        .count();
    assert_eq!(found, english);
    // A megabyte of the words glued together without spaces, in one line and in lines.
    for sep in ["", "\n"] {
        let mut t = String::with_capacity(MB + 64);
        while t.len() < MB {
            t.push_str(rng.pick(&words));
            if rng.next() % 50 == 0 {
                t.push_str(sep);
            }
        }
        let (a, _) = run(&t);
        assert!(!a.blocks.is_empty());
        let kept: usize = a.blocks.iter().map(|b| b.span.len()).sum();
        assert!(
            kept * 10 >= t.len() * 9,
            "at least 90% of the text is in blocks"
        );
    }
}

#[test]
fn articles_in_other_scripts_keep_their_paragraphs() {
    let ja = "東京で大雨\n\n気象庁によると、東京都内では月曜日に記録的な大雨が降った。\
              多くの電車が運転を見合わせた。\n\n「非常に危険な状況だ」と担当者は述べた。\n";
    let (a, _) = run(ja);
    assert_eq!(
        block_kinds(&a),
        [BlockKind::Headline, BlockKind::Body, BlockKind::Body]
    );
    assert_eq!(a.sentences.len(), 3);
    let ar = "أمطار غزيرة في القاهرة\n\nقالت هيئة الأرصاد إن الأمطار ستستمر حتى يوم الجمعة. \
              وأغلقت المدارس أبوابها.\n\n«الوضع خطير جدا»، قال المسؤول.\n";
    let (a, _) = run(ar);
    assert_eq!(
        block_kinds(&a),
        [BlockKind::Headline, BlockKind::Body, BlockKind::Body]
    );
}

#[test]
fn control_characters_are_kept_and_do_not_derail_the_article() {
    let t = "Storm\0hits coast\n\nThe storm\0arrived on Monday.\x0b It was\x0c \
             bad.\u{85}“It was terrible,” Mayor Jane Smith said.\u{2028}Nobody\u{7f} was \
             hurt.\u{2029}\x1b[31mRed\x1b[0m text.";
    let (a, q) = run(t);
    assert_eq!(
        a.headline().map(|b| b.span.text(t)),
        Some("Storm\0hits coast")
    );
    let body: Vec<&str> = a
        .blocks_of(BlockKind::Body)
        .map(|b| b.span.text(t))
        .collect();
    assert!(
        body.contains(&"“It was terrible,” Mayor Jane Smith said."),
        "{body:?}"
    );
    assert_eq!(q.quotes.len(), 1);
    assert_eq!(q.quotes[0].content[0].text(t), "“It was terrible,”");
    assert_eq!(q.speakers[0].name, "Jane Smith");
    // Every control character, a megabyte of them, between words.
    let controls: String = (0u8..0x20)
        .chain([0x7f])
        .map(char::from)
        .chain(['\u{85}', '\u{2028}', '\u{2029}'])
        .collect();
    let unit = format!("word{controls}");
    let t = unit.repeat(MB / 2 / unit.len());
    let (a, _) = run(&t);
    assert!(!a.body_text().is_empty());
}

#[test]
fn deeply_nested_and_bracketed_input_is_one_paragraph() {
    for (i, unit) in ["“‘«‹「『", "(((((", "[{(", "((“‘"].iter().enumerate() {
        let t = format!("{}word", unit.repeat(size(i) / unit.len()));
        let (a, q) = run(&t);
        assert_eq!(block_kinds(&a), [BlockKind::Body], "{unit:?}");
        assert!(q.quotes.is_empty(), "{unit:?}");
    }
}

#[test]
fn white_space_and_line_breaks_only_give_an_empty_article() {
    for (i, unit) in [
        " ",
        "\n",
        "\r",
        "\r\n",
        "\u{a0}\t",
        "\u{feff}\u{200b}",
        "\u{2028}\u{2029}\u{85}",
    ]
    .iter()
    .enumerate()
    {
        let t = unit.repeat(size(i) / unit.len());
        let (a, q) = run(&t);
        assert!(a.blocks.is_empty() && a.sentences.is_empty(), "{unit:?}");
        assert!(q.quotes.is_empty() && q.speakers.is_empty() && q.terms.is_empty());
    }
}

#[test]
fn punctuation_runs_are_kept_whole() {
    for (i, unit) in [".", "!?", "…", "—", "-- "].iter().enumerate() {
        let t = format!(
            "Storm hits coast\n\nIt rained{}",
            unit.repeat(size(i) / unit.len())
        );
        let (a, _) = run(&t);
        let body = a.body_text();
        assert!(body.starts_with("It rained"), "{unit:?}");
        assert_eq!(
            body.len(),
            t.trim_end().len() - "Storm hits coast\n\n".len(),
            "{unit:?}"
        );
    }
}
