//! Properties that hold for ANY input: no panic, spans inside the text and on char
//! boundaries, ordered and non-overlapping, sentences inside their blocks, deterministic.
//!
//! Case counts are bounded so CI stays fast; raise them locally with `PROPTEST_CASES=10000`.

use proptest::prelude::*;
use quotewire::{Article, Span};

fn on_boundaries(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

/// News-like text: words, abbreviations, quote marks of every kind, punctuation, line breaks,
/// and the odd exotic character.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_string()),
        Just("he".to_string()),
        Just("Miller".to_string()),
        Just("U.S.".to_string()),
        Just("Gen.".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("? ".to_string()),
        Just("...".to_string()),
        Just(" — ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{200b}".to_string()),
        Just("(Yonhap)".to_string()),
        Just("By ".to_string()),
        Just("SEOUL, Nov. 6 (Yonhap) --".to_string()),
        Just("한국어".to_string()),
        Just("مرحبا".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{7}".to_string()),
        "[A-Za-z]{1,12}",
        "[0-9]{1,4}",
        Just(" ".to_string()),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

fn check_article(text: &str) -> Result<(), TestCaseError> {
    let a = Article::parse(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(a.text.as_ref(), text);
    let mut prev_end = 0;
    for b in &a.blocks {
        prop_assert!(on_boundaries(text, b.span), "block {:?}", b);
        prop_assert!(b.span.start >= prev_end, "blocks ordered, non-overlapping");
        prev_end = b.span.end;
    }
    let mut prev_end = 0;
    for s in &a.sentences {
        prop_assert!(on_boundaries(text, s.span), "sentence {:?}", s);
        prop_assert!(s.span.start >= prev_end, "sentences ordered");
        prev_end = s.span.end;
        let block = a.blocks.get(s.block);
        prop_assert!(
            block.is_some_and(|b| b.span.contains(s.span)),
            "sentence inside its block"
        );
    }
    let again = Article::parse(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&a, &again, "deterministic");
    Ok(())
}

fn check_sentences(text: &str) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in quotewire::sentences(text) {
        prop_assert!(on_boundaries(text, s), "sentence {:?}", s);
        prop_assert!(s.start >= prev_end, "ordered, non-overlapping");
        prop_assert!(!s.is_empty(), "no empty sentence");
        prev_end = s.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn sentences_of_any_unicode_are_well_formed(text in "\\PC{0,300}") {
        check_sentences(&text)?;
    }

    #[test]
    fn sentences_of_newsish_text_are_well_formed(text in newsish()) {
        check_sentences(&text)?;
    }

    #[test]
    fn article_of_any_unicode_is_well_formed(text in "(\\PC|\n){0,300}") {
        check_article(&text)?;
    }

    #[test]
    fn article_of_newsish_text_is_well_formed(text in newsish()) {
        check_article(&text)?;
    }

    #[test]
    fn byte_api_reports_the_first_invalid_byte(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        match (Article::parse_bytes(&bytes), std::str::from_utf8(&bytes)) {
            (Ok(a), Ok(s)) => prop_assert_eq!(a.text.as_ref(), s),
            (Err(quotewire::Error::InvalidUtf8 { offset }), Err(e)) => {
                prop_assert_eq!(offset, e.valid_up_to())
            }
            (got, want) => prop_assert!(false, "got {:?}, std says {:?}", got.map(|_| ()), want.map(|_| ())),
        }
    }
}
