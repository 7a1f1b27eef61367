//! Quote extraction never panics, never loses the document, stays linear.

use quotewire::text::marks::quotations;
use quotewire::{extract, Article, Quotes, Span};

fn run(text: &str) -> Quotes {
    extract(&Article::parse(text).expect("parses"))
}

/// Every span of the result is in bounds and on char boundaries.
fn check_spans(text: &str, q: &Quotes) {
    let ok = |s: Span| s.start <= s.end && text.get(s.range()).is_some();
    for x in &q.quotes {
        assert!(!x.content.is_empty());
        assert!(x.content.iter().all(|s| ok(*s)));
        assert!(x.cue.is_none_or(ok));
        assert!(x.speaker.is_none_or(ok));
        assert!((0.0..=1.0).contains(&x.confidence));
        assert!(x.speaker_id.is_none_or(|id| id < q.speakers.len()));
    }
    for s in &q.speakers {
        assert!(s.mentions.iter().all(|m| ok(*m)));
    }
    assert!(q.terms.iter().all(|s| ok(*s)));
}

#[test]
fn hostile_inputs_give_sane_results() {
    let cases = [
        "",
        "\u{feff}",
        "“",
        "”",
        "\"",
        "''",
        "``",
        "'",
        "«»",
        "「」『』",
        "„Hallo“, sagte er.",
        "T\r\n\r\n“Hello,” she said.\r\n",
        "T\n\n“Unclosed quote, he said.\n\nNext paragraph “ with ” stray ” marks “",
        "T\n\n\u{0}\u{1}“\u{7}ctl\u{8}” said\u{a0}he.",
        "T\n\n🦀 “Crabs 🦀 are great,” said the 🦀 expert. 👍🏽",
        "T\n\nA\u{a0}“quote”\u{2028}said\u{200b}Bob.",
        "said said said said: “” “” “",
        ", said he",
        "According to",
        "according to ,",
    ];
    for t in cases {
        let q = run(t);
        check_spans(t, &q);
    }
}

#[test]
fn unbalanced_marks_recover_at_the_paragraph_end() {
    let t = "T\n\nA stray “ mark here.\n\n“We are fine,” Ann Smith said.";
    let q = run(t);
    let d = q
        .quotes
        .iter()
        .find(|x| x.content.iter().any(|c| c.text(t) == "“We are fine,”"))
        .expect("second paragraph unaffected");
    assert_eq!(d.speaker.map(|s| s.text(t)), Some("Ann Smith"));
}

#[test]
fn one_megabyte_line_of_marks_is_fast_and_safe() {
    let unit = "“a ‘b’ c” \"d 'e f\" ’90s '' `` « g » ";
    let t: String = unit.repeat(1_000_000 / unit.len() + 1);
    let start = std::time::Instant::now();
    let q = quotations(&t, Span::new(0, t.len()));
    assert!(!q.is_empty());
    let text = format!("T\n\n{t}");
    let r = run(&text);
    check_spans(&text, &r);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn many_opening_marks_do_not_go_quadratic() {
    let t = "“ ".repeat(200_000);
    let start = std::time::Instant::now();
    let _ = quotations(&t, Span::new(0, t.len()));
    let text = format!("T\n\n{t}");
    check_spans(&text, &run(&text));
    assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
}

#[test]
fn json_roundtrip_of_public_types() {
    let t = "T\n\nJohn Smith arrived.\n\n“We will rebuild,” Smith said.";
    let q = run(t);
    let s = serde_json::to_string(&q).expect("serializes");
    let back: Quotes = serde_json::from_str(&s).expect("deserializes");
    assert_eq!(back, q);
    assert!(s.contains("\"kind\":\"direct\""));
}

#[test]
fn one_giant_paragraph_of_quotes_and_sentences_stays_linear() {
    let unit = "“We will win,” he said. Officials said the plan, adding “more” later, was fine. ";
    let body = unit.repeat(12_000); // ≈ 1 MB, one paragraph
    let text = format!("T\n\nMary Smith spoke.\n\n{body}");
    let start = std::time::Instant::now();
    let q = run(&text);
    check_spans(&text, &q);
    assert!(q.quotes.len() >= 12_000);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
