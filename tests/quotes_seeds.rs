//! Seed acceptance (issue 3): the two real articles in `tests/fixtures/seeds/`.
//! These hold with the placeholder article parser and with the real one: nothing here
//! depends on how the blocks are classified beyond "paragraphs are blocks".

use quotewire::{extract, Article, QuoteKind, Quotes, SpeakerKind};

const SEED_000: &str = include_str!("fixtures/seeds/000_c87190288e67bd51.txt");
const SEED_001: &str = include_str!("fixtures/seeds/001_0469de9d23fa5406.txt");

fn run(text: &str) -> Quotes {
    extract(&Article::parse(text).expect("parses"))
}

/// The statement whose first content span starts with `start` (after the mark).
fn find<'q>(q: &'q Quotes, text: &str, needle: &str) -> &'q quotewire::Quote {
    q.quotes
        .iter()
        .find(|x| x.content.iter().any(|c| c.text(text).contains(needle)))
        .unwrap_or_else(|| panic!("no statement containing {needle:?}"))
}

fn speaker_name(q: &Quotes, quote: &quotewire::Quote) -> Option<String> {
    quote
        .speaker_id
        .and_then(|id| q.speakers.get(id))
        .map(|s| s.name.clone())
}

#[test]
fn seed_000_miller_direct_quote_with_surname_mention() {
    let q = run(SEED_000);
    let s = find(&q, SEED_000, "We continue to have great concerns");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.map(|x| x.text(SEED_000)), Some("Miller"));
    assert_eq!(s.cue.map(|x| x.text(SEED_000)), Some("said"));
    assert_eq!(speaker_name(&q, s).as_deref(), Some("Matthew Miller"));
}

#[test]
fn seed_000_closing_quotes_by_jean_pierre_with_continuation() {
    let q = run(SEED_000);
    let s = find(&q, SEED_000, "We are going to always monitor");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.map(|x| x.text(SEED_000)), Some("she"));
    assert_eq!(speaker_name(&q, s).as_deref(), Some("Karine Jean-Pierre"));
    // The last paragraph continues the same statement.
    let last = find(&q, SEED_000, "We’re going to also continue");
    assert_eq!(
        speaker_name(&q, last).as_deref(),
        Some("Karine Jean-Pierre")
    );
    assert!(last
        .content
        .last()
        .is_some_and(|c| c.text(SEED_000).ends_with("pretty consistently.”")));
}

#[test]
fn seed_000_mixed_always_by_press_secretary() {
    let q = run(SEED_000);
    let s = find(&q, SEED_000, "will “always” closely monitor");
    assert_eq!(s.kind, QuoteKind::Mixed);
    assert_eq!(s.cue.map(|x| x.text(SEED_000)), Some("said"));
    let id = s.speaker_id.expect("resolved");
    let sp = &q.speakers[id];
    assert_eq!(sp.name, "Karine Jean-Pierre");
    assert_eq!(sp.kind, SpeakerKind::Person);
    assert!(sp
        .descriptions
        .iter()
        .any(|d| d == "White House Press Secretary"));
}

#[test]
fn seed_000_spokesperson_nominal_resolves_to_miller() {
    let q = run(SEED_000);
    let s = find(&q, SEED_000, "“great concerns” Wednesday");
    assert_eq!(s.kind, QuoteKind::Mixed);
    assert_eq!(s.cue.map(|x| x.text(SEED_000)), Some("expressed"));
    assert_eq!(
        s.speaker.map(|x| x.text(SEED_000)),
        Some("A U.S. State Department spokesperson")
    );
    assert_eq!(speaker_name(&q, s).as_deref(), Some("Matthew Miller"));
}

#[test]
fn seed_000_treaty_name_is_a_term() {
    let q = run(SEED_000);
    let terms: Vec<&str> = q.terms.iter().map(|t| t.text(SEED_000)).collect();
    assert!(terms.contains(&"comprehensive strategic partnership"));
}

#[test]
fn seed_001_he_quotes_resolve_to_miller_across_the_glossary_note() {
    let q = run(SEED_001);
    let first = find(&q, SEED_001, "I think we have made quite clear");
    let second = find(&q, SEED_001, "We will continue to work with our allies");
    for s in [first, second] {
        assert_eq!(s.kind, QuoteKind::Direct);
        assert_eq!(s.speaker.map(|x| x.text(SEED_001)), Some("he"));
        assert_eq!(speaker_name(&q, s).as_deref(), Some("Matthew Miller"));
    }
    assert_eq!(second.cue.map(|x| x.text(SEED_001)), Some("added"));
}

#[test]
fn seed_001_mixed_reiterated_resolves_to_miller() {
    let q = run(SEED_001);
    let s = find(&q, SEED_001, "\"great concerns\" Monday");
    assert_eq!(s.kind, QuoteKind::Mixed);
    assert_eq!(s.cue.map(|x| x.text(SEED_001)), Some("reiterated"));
    assert_eq!(speaker_name(&q, s).as_deref(), Some("Matthew Miller"));
}

#[test]
fn seed_001_treaty_and_banner_slogans_are_no_statements_by_a_person() {
    let q = run(SEED_001);
    for needle in [
        "comprehensive strategic partnership",
        "Long live the undefeated friendship",
        "We warmly welcome Comrade",
    ] {
        let by_person = q.quotes.iter().any(|x| {
            x.kind != QuoteKind::Indirect
                && x.content.iter().any(|c| c.text(SEED_001).contains(needle))
                && x.speaker_id
                    .and_then(|id| q.speakers.get(id))
                    .is_some_and(|s| s.kind == SpeakerKind::Person)
        });
        assert!(!by_person, "{needle:?} attributed to a person");
        assert!(
            q.terms.iter().any(|t| t.text(SEED_001).contains(needle)),
            "{needle:?} not a term"
        );
    }
}

#[test]
fn seed_001_repeated_caption_gives_no_duplicate_terms() {
    let q = run(SEED_001);
    let n = q
        .terms
        .iter()
        .filter(|t| t.text(SEED_001).contains("Long live the undefeated"))
        .count();
    assert_eq!(n, 1);
}
