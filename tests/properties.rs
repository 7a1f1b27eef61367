//! Properties that hold for ANY input: no panic, spans inside the text and on char
//! boundaries, ordered and non-overlapping, sentences inside their blocks, quote contents
//! disjoint, speaker ids valid, deterministic (the full list: `tests/invariants/mod.rs`).
//! News-shaped generated articles and their white-space variants: `tests/properties_news.rs`.
//!
//! Case counts are bounded so CI stays fast; raise them locally with `PROPTEST_CASES=10000`.

mod invariants;

use proptest::prelude::*;
use quotewire::{Article, Span};

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
        Just("\u{0}".to_string()),
        Just("\u{b}".to_string()),
        Just("\u{c}".to_string()),
        Just("\u{85}".to_string()),
        Just("\u{2028}".to_string()),
        Just("\u{2029}".to_string()),
        Just("\t".to_string()),
        Just("\r".to_string()),
        Just(":".to_string()),
        Just("according to".to_string()),
        Just("she".to_string()),
        Just("they".to_string()),
        Just("Senator Jane Roe".to_string()),
        Just("officials".to_string()),
        Just("\u{5e9}\u{5dc}\u{5d5}\u{5dd}".to_string()),
        Just("\u{200f}".to_string()),
        "[A-Za-z]{1,12}",
        "[0-9]{1,4}",
        Just(" ".to_string()),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

fn check_article(text: &str) -> Result<(), TestCaseError> {
    invariants::check_all(text).map_err(TestCaseError::fail)?;
    Ok(())
}

fn check_sentences(text: &str) -> Result<(), TestCaseError> {
    let spans: Vec<Span> = quotewire::sentences(text).collect();
    invariants::check_sentences(text, &spans).map_err(TestCaseError::fail)?;
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
    fn article_and_quotes_of_any_unicode_are_well_formed(text in "(\\PC|\n){0,300}") {
        check_article(&text)?;
    }

    #[test]
    fn article_and_quotes_of_any_chars_including_controls_are_well_formed(
        chars in proptest::collection::vec(any::<char>(), 0..300)
    ) {
        let text: String = chars.into_iter().collect();
        check_article(&text)?;
    }

    #[test]
    fn article_and_quotes_of_newsish_text_are_well_formed(text in newsish()) {
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
