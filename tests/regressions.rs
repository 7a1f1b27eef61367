//! Regression tests for bugs found by the property tests (`tests/properties*.rs`), the fuzz
//! targets (`fuzz/`) and the adversarial inputs (`tests/adversarial.rs`), one per behaviour.

use quotewire::text::marks::quotations;
use quotewire::{extract, Article, QuoteKind, Span};

/// Found by `properties_news`: an unbalanced mark earlier in the paragraph opened a
/// quotation that never closed and swallowed the real one after it.
#[test]
fn a_stray_mark_before_a_quotation_in_the_same_paragraph_does_not_swallow_it() {
    for t in [
        "T\n\nHe called it \"unbalanced and moved on. “We will win,” Jane Smith said.",
        "T\n\nA stray “ mark sits here. “We will win,” Jane Smith said.",
    ] {
        let a = Article::parse(t).expect("parses");
        let q = extract(&a);
        let direct: Vec<(&str, Option<&str>)> = q
            .quotes
            .iter()
            .filter(|x| x.kind == QuoteKind::Direct)
            .map(|x| (x.content[0].text(t), x.speaker.map(|s| s.text(t))))
            .collect();
        assert_eq!(direct, [("“We will win,”", Some("Jane Smith"))], "{t:?}");
    }
    let t = "A stray “ mark. “Q,” she said.";
    let got: Vec<(&str, u32, bool)> = quotations(t, Span::new(0, t.len()))
        .iter()
        .map(|q| (q.content().text(t), q.depth, q.close.is_some()))
        .collect();
    assert_eq!(got, [("Q,", 0, true)]);
}
