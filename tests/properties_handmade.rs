//! `Article` is plain data (public fields, serde): callers can build one by hand or load one
//! from JSON, with spans that do not fit the text. Extraction of such an article never panics,
//! and whatever it reports lies inside the text on char boundaries.

mod invariants;

use proptest::prelude::*;
use quotewire::{Article, Block, BlockKind, Sentence, Span};
use std::borrow::Cow;

fn kind() -> impl Strategy<Value = BlockKind> {
    proptest::sample::select(vec![
        BlockKind::Headline,
        BlockKind::Subheadline,
        BlockKind::Kicker,
        BlockKind::Byline,
        BlockKind::Dateline,
        BlockKind::Body,
        BlockKind::Caption,
        BlockKind::Credit,
        BlockKind::Note,
        BlockKind::Boilerplate,
    ])
}

/// Any span near the text: inside, past its end, inside a char, reversed.
fn span(len: usize) -> impl Strategy<Value = Span> {
    (0..len + 8, 0..len + 8).prop_map(|(a, b)| Span::new(a, b))
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "(\\PC|\n){0,200}",
        Just("Storm hits coast\n\n“We will rebuild,” Mayor Jane Smith said. She left. Officials said the plan will fail.\n\n“It was terrible,” she said.".to_string()),
        Just("Título\n\n«Ça va», dit-il. “Öl”, sagte sie. 한국어 “인용” 😀 he said.".to_string()),
    ]
}

/// A text, blocks (kind, span) and sentences (span, block index).
type Parts = (String, Vec<(BlockKind, Span)>, Vec<(Span, usize)>);

fn article() -> impl Strategy<Value = Parts> {
    text().prop_flat_map(|t| {
        let n = t.len();
        (
            Just(t),
            proptest::collection::vec((kind(), span(n)), 0..8),
            proptest::collection::vec((span(n), 0..10usize), 0..8),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn extraction_of_a_hand_built_article_never_panics((t, blocks, sentences) in article()) {
        let a = Article {
            text: Cow::Borrowed(&t),
            blocks: blocks.into_iter().map(|(k, s)| Block::new(k, s)).collect(),
            sentences: sentences.into_iter().map(|(span, block)| Sentence { span, block }).collect(),
        };
        let q = quotewire::extract(&a);
        for x in &q.quotes {
            for s in x.content.iter().chain(&x.cue).chain(&x.speaker) {
                invariants::check_span(&t, *s, "statement part").map_err(TestCaseError::fail)?;
            }
            prop_assert!(x.speaker_id.is_none_or(|i| i < q.speakers.len()));
        }
        for s in q.speakers.iter().flat_map(|s| &s.mentions).chain(&q.terms) {
            invariants::check_span(&t, *s, "mention or term").map_err(TestCaseError::fail)?;
        }
    }
}
