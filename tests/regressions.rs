//! Regression tests for bugs found by the property tests (`tests/properties*.rs`), the fuzz
//! targets (`fuzz/`) and the adversarial inputs (`tests/adversarial.rs`), one per behaviour.

mod invariants;

use quotewire::text::marks::quotations;
use quotewire::{extract, Article, BlockKind, QuoteKind, Span};

fn kinds(text: &str) -> Vec<(BlockKind, String)> {
    let a = Article::parse(text).expect("parses");
    a.blocks
        .iter()
        .map(|b| (b.kind, b.span.text(text).to_string()))
        .collect()
}

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

/// Found by `properties_news`: NBSP or tabs between words made every line one "word", so
/// headlines, bylines and sub-headlines became boilerplate and `By\u{a0}Name` no byline.
#[test]
fn nbsp_and_tabs_between_words_give_the_same_blocks_as_spaces() {
    let plain = "Talks Stall Over Budget\n\nOfficials weigh next steps after a week of talks\n\n\
                 By Jane Doe and John Roe\n\nKYIV, Ukraine (Reuters) - The measure passed \
                 52-48 after a long debate.\n";
    let want = kinds(plain);
    assert_eq!(
        want.iter().map(|k| k.0).collect::<Vec<_>>(),
        [
            BlockKind::Headline,
            BlockKind::Subheadline,
            BlockKind::Byline,
            BlockKind::Dateline,
            BlockKind::Body
        ]
    );
    for space in ["\u{a0}", "\t", "\u{a0} "] {
        let variant = plain.replace(' ', space);
        let got: Vec<(BlockKind, String)> = kinds(&variant)
            .into_iter()
            .map(|(k, s)| (k, s.replace(space, " ")))
            .collect();
        assert_eq!(got, want, "words separated by {space:?}");
        let a = Article::parse(&variant).expect("parses");
        let authors: Vec<String> = a
            .byline()
            .expect("byline")
            .authors
            .iter()
            .map(|s| s.text(&variant).replace(space, " "))
            .collect();
        assert_eq!(
            authors,
            ["Jane Doe", "John Roe"],
            "words separated by {space:?}"
        );
    }
}

/// Found by `properties_news`: a repeated paragraph was skipped as a duplicate when its
/// length in bytes passed 40, so NBSP (two bytes) between its words dropped a quotation
/// that the same text with spaces kept.
#[test]
fn whether_a_repeated_paragraph_is_skipped_does_not_depend_on_its_white_space() {
    let plain =
        "T\n\n“Nothing changed here,” she said.\n\n“I don't know what they were thinking.\n\n\
                 “We lost,” they said.\n\n“I don't know what they were thinking.";
    let count = |t: &str| {
        let q = extract(&Article::parse(t).expect("parses"));
        q.quotes.iter().map(|x| x.content.len()).sum::<usize>() + q.terms.len()
    };
    let want = count(plain);
    assert_eq!(count(&plain.replace(' ', "\u{a0}")), want);
    assert_eq!(count(&plain.replace('\n', "\r\n")), want);
}

/// Found by `properties_news`: the sentence splitter took a `"` after an NBSP for a closing
/// mark (it looked only for ASCII white space before it), so a stray `“` earlier kept the
/// sentence open past its period.
#[test]
fn a_quote_mark_after_an_nbsp_opens_like_one_after_a_space() {
    for space in [" ", "\u{a0}", "\t", "\u{2009}"] {
        let t = "A stray “ mark sits here. \"It was terrible,\" Ahmed warned. Next one."
            .replace(' ', space);
        let got: Vec<String> = quotewire::sentences(&t)
            .map(|s| s.text(&t).replace(space, " "))
            .collect();
        assert_eq!(
            got,
            [
                "A stray “ mark sits here.",
                "\"It was terrible,\" Ahmed warned.",
                "Next one."
            ],
            "words separated by {space:?}"
        );
    }
}

/// Found by `properties_news`: pronouns were resolved by byte distance, so zero-width
/// spaces at line ends (or CRLF, NBSP) moved mentions apart and changed who "they" were.
#[test]
fn who_a_pronoun_refers_to_does_not_depend_on_how_white_space_is_written() {
    let plain = "Talks Stall Over Budget\nBy Dr. Matthew Nguyen\nWASHINGTON (AP) — \"It was \
                 terrible,\" said Karine Smith. \"We will not give in,\" Petrova said, \"our \
                 position has not changed.\"\nAnother ” closes nothing.\nPolice said the road \
                 would stay closed until Friday. O'Neill said that the ministry had not been \
                 informed. «We continue to have great concerns about the situation,» they \
                 stated.\n(Yonhap)\n";
    let speakers = |t: &str| -> Vec<Option<String>> {
        let q = extract(&Article::parse(t).expect("parses"));
        q.quotes
            .iter()
            .map(|x| x.speaker_id.map(|i| q.speakers[i].name.clone()))
            .collect()
    };
    let want = speakers(plain);
    assert_eq!(want.len(), 5);
    assert!(want[4].is_some(), "'they' resolved");
    for variant in [
        plain.replace('\n', "\u{200b}\n"),
        plain.replace('\n', "\r\n\r\n"),
        plain.replace(' ', "\u{a0}"),
    ] {
        assert_eq!(speakers(&variant), want, "{variant:?}");
    }
}

/// Found by `properties_news`: speaker names and descriptions copied the text's white space
/// (`Olga\u{a0}Nguyen`), so one title written twice with other spaces became two
/// descriptions.
#[test]
fn speaker_names_and_descriptions_are_written_with_single_spaces() {
    let t = "T\n\n“We will not give in,” Foreign\u{a0}Minister Olga\u{a0}Nguyen said.\n\n\
             “It was terrible,” Foreign Minister\tOlga Nguyen said.";
    let q = extract(&Article::parse(t).expect("parses"));
    assert_eq!(q.speakers.len(), 1);
    assert_eq!(q.speakers[0].name, "Olga Nguyen");
    assert_eq!(q.speakers[0].descriptions, ["Foreign Minister"]);
    let ids: Vec<Option<usize>> = q.quotes.iter().map(|x| x.speaker_id).collect();
    assert_eq!(ids, [Some(0), Some(0)]);
}

/// Found by the `quotes` fuzz target (`U expect U said N e N`): a report inside a report gives
/// two statements whose contents overlap. That is by design — here the inner statement, with
/// its cue and speaker, lies inside the outer content — and the invariants allow exactly that
/// nesting, never crossing or coinciding contents.
#[test]
fn a_report_inside_a_report_is_nested_inside_the_outer_content() {
    for t in [
        "U expect U said N e N",
        "Officials expect the mayor said the plan would fail.",
    ] {
        let a = Article::parse(t).expect("parses");
        let q = extract(&a);
        assert_eq!(q.quotes.len(), 2, "{t:?}");
        let (outer, inner) = (&q.quotes[0], &q.quotes[1]);
        assert_eq!(outer.content.len(), 1);
        let parts = inner.content.iter().chain(&inner.cue).chain(&inner.speaker);
        assert!(
            parts.into_iter().all(|p| outer.content[0].contains(*p)),
            "{t:?}"
        );
    }
    let t = "Officials expect the mayor said the plan would fail.";
    let q = extract(&Article::parse(t).expect("parses"));
    let texts: Vec<(&str, Option<&str>)> = q
        .quotes
        .iter()
        .map(|x| (x.content[0].text(t), x.cue.map(|c| c.text(t))))
        .collect();
    assert_eq!(
        texts,
        [
            ("the mayor said the plan would fail", Some("expect")),
            ("the plan would fail", Some("said"))
        ]
    );
}

/// Found by `properties_news` (after the nesting rule above): "X believe Y said the vote
/// showed that ..." gave X and Y the same content, "that ...", because the search for the
/// "that" opening X's clause ran past Y's cue. A later cue owns its "that".
#[test]
fn a_that_after_a_later_cue_belongs_to_that_cue() {
    let t = "The spokesperson believes Jane Smith said the vote showed that cooler heads \
             prevailed.";
    let q = extract(&Article::parse(t).expect("parses"));
    let got: Vec<(&str, Option<&str>)> = q
        .quotes
        .iter()
        .map(|x| (x.content[0].text(t), x.cue.map(|c| c.text(t))))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Jane Smith said the vote showed that cooler heads prevailed",
                Some("believes")
            ),
            ("the vote showed that cooler heads prevailed", Some("said")),
        ]
    );
    // A "that" after a time phrase still opens the clause.
    let t = "Officials said on Monday that the plan will fail.";
    let q = extract(&Article::parse(t).expect("parses"));
    assert_eq!(q.quotes[0].content[0].text(t), "that the plan will fail");
}

/// Found while writing `tests/adversarial.rs`: one name given thousands of appositions kept
/// every one as a description, and each new one was compared with all before it (quadratic).
/// The first [`quotewire::speakers::MAX_DESCRIPTIONS`] are kept.
#[test]
fn a_speaker_keeps_its_first_sixteen_descriptions() {
    let body: String = (0..200)
        .map(|i| format!("Jane Smith, the director of plan {i}, said the plan will fail. "))
        .collect();
    let t = format!("T\n\n{body}");
    let q = extract(&Article::parse(&t).expect("parses"));
    assert_eq!(q.quotes.len(), 200);
    assert_eq!(q.speakers.len(), 1);
    let d = &q.speakers[0].descriptions;
    assert_eq!(d.len(), quotewire::speakers::MAX_DESCRIPTIONS);
    assert_eq!(d[0], "director of plan 0");
    assert_eq!(d[15], "director of plan 15");
}

/// Found by the `quotes` fuzz target (`who asked o t u,who ask`): a report nested in a
/// statement whose content follows the cue was searched for from the cue on, so the skipped
/// object ("asked o") became part of the nested report and the two contents crossed. The
/// nested search starts where the content does.
#[test]
fn a_nested_report_is_searched_for_inside_the_content_only() {
    let t = "who asked o t u,who ask";
    let (_, q) = invariants::check_all(t).expect("invariants hold");
    let got: Vec<(&str, Option<&str>)> = q
        .quotes
        .iter()
        .map(|x| (x.content[0].text(t), x.cue.map(|c| c.text(t))))
        .collect();
    // (the object "t u" ends at the comma: a noun-phrase object, no clause)
    assert_eq!(got, [("t u", Some("asked"))]);
}

/// Found while writing `tests/adversarial.rs`: lines ended only at `\n`, so a text using
/// classic Mac `\r`, U+2028/U+2029 or NEL line ends was one paragraph, headline and all
/// (the sentence splitter already broke lines there).
#[test]
fn lone_cr_and_unicode_separators_end_lines_like_newlines() {
    let plain = "Storm hits coast\n\nThe storm arrived on Monday. Nobody was hurt.\n\n\
                 “It was terrible,” Mayor Jane Smith said.\n";
    let want = kinds(plain);
    assert_eq!(
        want.iter().map(|k| k.0).collect::<Vec<_>>(),
        [BlockKind::Headline, BlockKind::Body, BlockKind::Body]
    );
    for (line, para) in [
        ("\r", "\r\r"),
        ("\u{2028}", "\u{2029}"),
        ("\u{85}", "\u{85}\u{85}"),
    ] {
        let t = plain.replace("\n\n", para).replace('\n', line);
        let got: Vec<(BlockKind, String)> = kinds(&t);
        assert_eq!(got, want, "line ends {line:?}, paragraph ends {para:?}");
    }
}

/// Found by the `parse` and `quotes` fuzz targets: a "... photo by" credit whose publication
/// name opens the 120-byte tail window walked its start below zero (a subtraction overflow:
/// a panic in debug builds).
#[test]
fn a_photo_credit_at_the_start_of_the_tail_window_does_not_overflow() {
    let mut tail = "Korma Times photo by Shim Hyun-chul".to_string();
    while tail.len() < 119 {
        tail.push_str(" y");
    }
    if tail.len() < 120 {
        tail.push('z');
    }
    assert_eq!(tail.len(), 120);
    let t = format!(
        "Title\n\nLabor Minister Lee speaks during a press briefing at the government complex \
         in Seoul on Wednesday {tail}"
    );
    let (a, _) = invariants::check_all(&t).expect("invariants hold");
    assert_eq!(a.headline().map(|b| b.span.text(&t)), Some("Title"));
    assert!(a.blocks.iter().all(|b| b.span.end <= t.len()));
}

/// Every input a fuzz target crashed on (`tests/fixtures/fuzz/<target>-<what>-<hash>`, as
/// the fuzzer wrote it) now parses and extracts with every invariant holding.
#[test]
fn every_fuzz_crash_input_keeps_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures/fuzz") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        let text = std::str::from_utf8(&bytes).expect("the crash inputs are UTF-8");
        if let Err(e) = invariants::check_all(text) {
            panic!("{}: {e}", path.display());
        }
        n += 1;
    }
    assert!(n >= 4, "{n} crash inputs");
}

/// Found by the `quotes` fuzz target (`tests/fixtures/fuzz/quotes-nested-past-content-*`):
/// the search for a report nested in a statement ran past the end of its content (cut at a
/// semicolon), and the "nested" statement found there claimed the same content. The nested
/// search stays inside the content; what follows the content is searched as a report of its
/// own.
#[test]
fn a_nested_report_stays_inside_the_content_and_what_follows_is_its_own() {
    let t = "The delegates welcome the president, the leader of the nation; it was a hard \
             choice, said one delegate, who asked not to be named.";
    invariants::check_all(t).expect("invariants hold");
    let t = "The minister said the plan will fail; officials said the budget is fine.";
    let (_, q) = invariants::check_all(t).expect("invariants hold");
    let got: Vec<(&str, Option<&str>)> = q
        .quotes
        .iter()
        .map(|x| (x.content[0].text(t), x.speaker.map(|s| s.text(t))))
        .collect();
    assert_eq!(
        got,
        [
            ("the plan will fail", Some("The minister")),
            ("the budget is fine", Some("officials"))
        ]
    );
}
