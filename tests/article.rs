//! Article structure: specifications on the seeds and on fixtures in other conventions.

use quotewire::article::{BoilerplateReason, Parser};
use quotewire::{Article, Block, BlockKind, Error, ParseOptions, Span};

const SEED_000: &str = include_str!("fixtures/seeds/000_c87190288e67bd51.txt");
const SEED_001: &str = include_str!("fixtures/seeds/001_0469de9d23fa5406.txt");
const AP: &str = include_str!("fixtures/articles/ap_washington.txt");
const REUTERS: &str = include_str!("fixtures/articles/reuters_kyiv.txt");
const YONHAP: &str = include_str!("fixtures/articles/yonhap_seoul.txt");
const KOREA_TIMES: &str = include_str!("fixtures/articles/koreatimes_caption.txt");
const AFP: &str = include_str!("fixtures/articles/afp_paris.txt");
const CRLF_NBSP: &str = include_str!("fixtures/articles/crlf_nbsp.txt");

const ALL: &[&str] = &[
    SEED_000,
    SEED_001,
    AP,
    REUTERS,
    YONHAP,
    KOREA_TIMES,
    AFP,
    CRLF_NBSP,
];

fn parse(text: &str) -> Article<'_> {
    Article::parse(text).expect("parses")
}

fn texts<'a>(a: &'a Article, kind: BlockKind) -> Vec<&'a str> {
    a.blocks_of(kind).map(|b| a.span_text(b.span)).collect()
}

fn text_of<'a>(a: &'a Article, kind: BlockKind) -> Option<&'a str> {
    a.first_of(kind).map(|b| a.span_text(b.span))
}

fn span_texts<'a>(a: &'a Article, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|s| a.span_text(*s)).collect()
}

fn boilerplate<'a>(a: &'a Article) -> Vec<(&'a str, BoilerplateReason)> {
    a.blocks_of(BlockKind::Boilerplate)
        .map(|b| {
            (
                a.span_text(b.span),
                b.reason.expect("boilerplate has a reason"),
            )
        })
        .collect()
}

fn captions<'a>(a: &'a Article) -> Vec<(&'a str, Option<usize>)> {
    a.blocks_of(BlockKind::Caption)
        .map(|b| {
            (
                a.span_text(b.credit.expect("caption has a credit")),
                b.duplicate_of,
            )
        })
        .collect()
}

// ---------------------------------------------------------------- seed 001

#[test]
fn seed_001_headline_is_the_first_line() {
    let a = parse(SEED_001);
    assert_eq!(
        text_of(&a, BlockKind::Headline),
        Some("US renews 'great concern' over N. Korea-Russia cooperation ahead of NATO summit")
    );
    assert_eq!(a.subheadline(), None);
    assert_eq!(a.kicker(), None);
}

#[test]
fn seed_001_has_one_caption_credited_afp_yonhap_and_its_duplicate_with_other_quote_marks() {
    let a = parse(SEED_001);
    let first = a
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Caption)
        .unwrap();
    assert_eq!(
        captions(&a),
        [("AFP-Yonhap", None), ("AFP-Yonhap", Some(first))]
    );
    let caps: Vec<&Block> = a.blocks_of(BlockKind::Caption).collect();
    assert!(a.span_text(caps[0].span).contains("'full support'"));
    assert!(a.span_text(caps[1].span).contains("\"full support\""));
    assert!(caps[1].is_duplicate());
}

#[test]
fn seed_001_body_runs_from_the_lead_to_the_wire_credit() {
    let a = parse(SEED_001);
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 6);
    assert!(body[0].starts_with("A State Department spokesperson reiterated \"great concerns\""));
    assert!(body[3].starts_with("\"We will continue to work"));
    assert_eq!(
        body[5],
        "Burgeoning security cooperation between Moscow and Pyongyang has fueled concerns about \
         its security implications on the Korean Peninsula and in Europe."
    );
    assert_eq!(texts(&a, BlockKind::Credit), ["(Yonhap)"]);
    // the credit block comes right after the body block it closed
    let credit = a
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Credit)
        .unwrap();
    assert_eq!(a.blocks[credit - 1].kind, BlockKind::Body);
    assert!(!a.body_text().contains("(Yonhap)"));
}

#[test]
fn seed_001_glossary_line_is_a_note_not_body() {
    let a = parse(SEED_001);
    assert_eq!(
        texts(&a, BlockKind::Note),
        ["DPRK stands for the North's official name, the Democratic People's Republic of Korea"]
    );
    assert!(!a.body_text().contains("stands for"));
}

#[test]
fn seed_001_site_chrome_is_boilerplate_with_reasons() {
    let a = parse(SEED_001);
    assert_eq!(
        boilerplate(&a),
        [
            ("Top 10 Stories", BoilerplateReason::MostRead),
            ("LETTER", BoilerplateReason::SectionLabel),
            ("Sign up for eNewsletter", BoilerplateReason::Newsletter),
        ]
    );
}

#[test]
fn seed_001_sentences_cover_body_and_the_first_caption_only() {
    let a = parse(SEED_001);
    let dup = a.blocks.iter().position(|b| b.is_duplicate()).unwrap();
    assert!(a.sentences.iter().all(|s| s.block != dup));
    for s in &a.sentences {
        let kind = a.blocks[s.block].kind;
        assert!(kind == BlockKind::Body || kind == BlockKind::Caption);
        assert!(a.blocks[s.block].span.contains(s.span));
    }
    let caption = a
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Caption)
        .unwrap();
    // the caption's sentences stop before its credit
    let last = a.sentences.iter().rfind(|s| s.block == caption).unwrap();
    assert!(a.span_text(last.span).ends_with("mutual defence pact."));
}

// ---------------------------------------------------------------- seed 000

#[test]
fn seed_000_has_a_kicker_no_headline_and_nine_paragraphs() {
    let a = parse(SEED_000);
    assert_eq!(text_of(&a, BlockKind::Kicker), Some("WNAM REPORT"));
    assert_eq!(a.headline(), None);
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 9);
    assert!(body[0].starts_with("A U.S. State Department spokesperson expressed"));
    assert!(body[8].starts_with("“We’re going to also continue"));
    assert_eq!(a.blocks[0].kind, BlockKind::Kicker);
    assert_eq!(a.blocks[1].kind, BlockKind::Body);
    assert!(a.blocks_of(BlockKind::Boilerplate).next().is_none());
}

// ---------------------------------------------------------------- other conventions

#[test]
fn ap_story_headline_subheadline_byline_dateline() {
    let a = parse(AP);
    assert_eq!(
        text_of(&a, BlockKind::Headline),
        Some("Senate passes stopgap bill hours before shutdown deadline")
    );
    assert_eq!(
        text_of(&a, BlockKind::Subheadline),
        Some("Measure keeps agencies funded through mid-January and adds disaster aid")
    );
    let by = a.byline().unwrap();
    assert_eq!(span_texts(&a, &by.authors), ["Jane Doe", "John Roe"]);
    assert_eq!(
        by.affiliation.map(|s| a.span_text(s)),
        Some("Associated Press")
    );
    let d = a.dateline().unwrap();
    assert_eq!(a.span_text(d.span), "WASHINGTON (AP) —");
    let parts = d.dateline.unwrap();
    assert_eq!(a.span_text(parts.place), "WASHINGTON");
    assert_eq!(parts.date, None);
    assert_eq!(parts.agency.map(|s| a.span_text(s)), Some("AP"));
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 4);
    assert!(body[0].starts_with("The Senate passed a stopgap spending bill"));
}

#[test]
fn ap_story_caption_credit_in_brackets_and_chrome_after_the_story() {
    let a = parse(AP);
    assert_eq!(captions(&a), [("(AP Photo/Evan Vucci)", None)]);
    let b = boilerplate(&a);
    let reasons: Vec<BoilerplateReason> = b.iter().map(|x| x.1).collect();
    assert_eq!(
        reasons,
        [
            BoilerplateReason::Copyright,
            BoilerplateReason::Share,
            BoilerplateReason::Share,
            BoilerplateReason::Share,
            BoilerplateReason::Related,
        ]
    );
    assert_eq!(b[4].0, "Related Stories");
}

#[test]
fn reuters_story_dateline_with_region_and_file_photo_credit() {
    let a = parse(REUTERS);
    let d = a.dateline().unwrap();
    assert_eq!(a.span_text(d.span), "KYIV, Ukraine (Reuters) -");
    let parts = d.dateline.unwrap();
    assert_eq!(a.span_text(parts.place), "KYIV, Ukraine");
    assert_eq!(parts.agency.map(|s| a.span_text(s)), Some("Reuters"));
    assert_eq!(captions(&a), [("Reuters/File Photo", None)]);
    assert_eq!(
        texts(&a, BlockKind::Note),
        ["Reporting by Olena Harmash; Editing by Mark Heinrich"]
    );
    assert_eq!(
        boilerplate(&a),
        [
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                BoilerplateReason::Legal
            ),
            ("Most Read", BoilerplateReason::MostRead),
        ]
    );
    assert_eq!(texts(&a, BlockKind::Body).len(), 3);
}

#[test]
fn yonhap_story_dateline_with_date_slash_credit_and_related_links() {
    let a = parse(YONHAP);
    assert_eq!(
        text_of(&a, BlockKind::Headline),
        Some("N. Korea fires ballistic missile into East Sea: JCS")
    );
    assert_eq!(
        span_texts(&a, &a.byline().unwrap().authors),
        ["Kim Eun-jung"]
    );
    let d = a.dateline().unwrap();
    assert_eq!(a.span_text(d.span), "SEOUL, Nov. 6 (Yonhap) --");
    let parts = d.dateline.unwrap();
    assert_eq!(a.span_text(parts.place), "SEOUL");
    assert_eq!(parts.date.map(|s| a.span_text(s)), Some("Nov. 6"));
    assert_eq!(parts.agency.map(|s| a.span_text(s)), Some("Yonhap"));
    assert_eq!(captions(&a), [("/ Yonhap", None)]);
    assert_eq!(texts(&a, BlockKind::Credit), ["(Yonhap)"]);
    assert_eq!(
        boilerplate(&a),
        [
            ("Related articles", BoilerplateReason::Related),
            (
                "N. Korea slams S. Korea-U.S. drills",
                BoilerplateReason::AfterArticle
            ),
            (
                "Yoon vows stern response to provocations",
                BoilerplateReason::AfterArticle
            ),
            (
                "(C) Yonhap News Agency. All Rights Reserved",
                BoilerplateReason::Copyright
            ),
        ]
    );
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 4);
    assert!(body[0].starts_with("North Korea fired a short-range ballistic missile"));
}

#[test]
fn korea_times_story_staff_byline_photo_by_credit_getty_note_and_cookie_notice() {
    let a = parse(KOREA_TIMES);
    let by = a.byline().unwrap();
    assert_eq!(a.span_text(by.span), "Kim Eun-jung, Staff reporter");
    assert_eq!(span_texts(&a, &by.authors), ["Kim Eun-jung"]);
    assert_eq!(
        by.affiliation.map(|s| a.span_text(s)),
        Some("Staff reporter")
    );
    assert_eq!(
        captions(&a),
        [
            ("Korea Times photo by Shim Hyun-chul", None),
            ("Getty Images", None)
        ]
    );
    assert_eq!(
        texts(&a, BlockKind::Note),
        ["Editor's note: An earlier version of this story misstated the quota for this year."]
    );
    let reasons: Vec<BoilerplateReason> = boilerplate(&a).iter().map(|x| x.1).collect();
    assert_eq!(
        reasons,
        [BoilerplateReason::Cookie, BoilerplateReason::Cookie]
    );
    assert_eq!(texts(&a, BlockKind::Body).len(), 3);
}

#[test]
fn afp_story_dateline_without_date_and_copyright_sign() {
    let a = parse(AFP);
    assert_eq!(text_of(&a, BlockKind::Dateline), Some("PARIS (AFP) -"));
    assert_eq!(
        boilerplate(&a),
        [("© 2024 AFP", BoilerplateReason::Copyright)]
    );
    assert_eq!(texts(&a, BlockKind::Body).len(), 3);
}

#[test]
fn crlf_nbsp_bom_and_tabs_stay_in_the_text_and_spans_skip_them() {
    let a = parse(CRLF_NBSP);
    assert_eq!(a.text, CRLF_NBSP);
    let h = a.headline().unwrap();
    assert_eq!(h.span.start, "\u{feff}".len());
    assert_eq!(a.span_text(h.span), "Floods force thousands from homes");
    assert_eq!(
        span_texts(&a, &a.byline().unwrap().authors),
        ["Maria Lopez"]
    );
    assert_eq!(
        texts(&a, BlockKind::Body),
        [
            "Heavy rain flooded dozens of villages on Sunday, forcing thousands of people from \
             their homes, officials said.",
            "Rescue teams used boats to reach residents stranded on rooftops.",
            "“We lost everything,” said farmer Ana Ruiz.",
        ]
    );
    assert!(a
        .sentences
        .iter()
        .all(|s| !a.span_text(s.span).contains('\r')));
}

// ---------------------------------------------------------------- general properties

#[test]
fn blocks_are_in_text_order_non_overlapping_and_on_char_boundaries() {
    for text in ALL {
        let a = parse(text);
        let mut prev_end = 0;
        for b in &a.blocks {
            assert!(b.span.start >= prev_end, "overlap at {:?}", b);
            assert!(b.span.start < b.span.end, "empty block {:?}", b);
            assert!(text.is_char_boundary(b.span.start) && text.is_char_boundary(b.span.end));
            prev_end = b.span.end;
        }
        let mut prev = 0;
        for s in &a.sentences {
            assert!(s.span.start >= prev);
            assert!(a.blocks[s.block].span.contains(s.span));
            prev = s.span.end;
        }
    }
}

#[test]
fn a_first_line_that_is_a_sentence_is_not_a_headline() {
    let text = "The council approved the budget on Monday.\nMembers voted 7-2 in favor.\n";
    let a = parse(text);
    assert_eq!(a.headline(), None);
    assert_eq!(
        texts(&a, BlockKind::Body),
        [
            "The council approved the budget on Monday.",
            "Members voted 7-2 in favor."
        ]
    );
}

#[test]
fn a_headline_followed_by_a_one_sentence_standfirst_and_a_dateline() {
    let text = "Markets slide on rate fears\n\nInvestors expect the central bank to raise rates again.\n\n\
                NEW YORK — Stocks fell sharply on Tuesday as bond yields rose.\n\nThe Dow lost 2%.";
    let a = parse(text);
    assert_eq!(
        text_of(&a, BlockKind::Subheadline),
        Some("Investors expect the central bank to raise rates again.")
    );
    assert_eq!(text_of(&a, BlockKind::Dateline), Some("NEW YORK —"));
    assert_eq!(
        texts(&a, BlockKind::Body),
        [
            "Stocks fell sharply on Tuesday as bond yields rose.",
            "The Dow lost 2%."
        ]
    );
}

#[test]
fn empty_and_blank_inputs_give_no_blocks() {
    for text in ["", "\n\n", " \u{a0}\r\n\t", "\u{feff}"] {
        let a = parse(text);
        assert!(a.blocks.is_empty() && a.sentences.is_empty(), "{text:?}");
    }
}

#[test]
fn hostile_inputs_never_panic_and_never_lose_the_text() {
    let long_line = "word ".repeat(200_000);
    let quotes = "\"“”'‘’«»".repeat(10_000);
    let inputs = [
        long_line.as_str(),
        quotes.as_str(),
        "\u{0}\u{1}\u{7f} control\u{8} chars.",
        "🎉🎉🎉 emoji headline 🎉\n\nBody with emoji 🎉. More.",
        "(Yonhap)",
        "AFP-Yonhap",
        "WNAM:",
        "By",
        "SEOUL, (Yonhap) --",
        "—",
        "A. B. C.\r\r\r\n",
    ];
    for text in inputs {
        let a = parse(text);
        assert!(!a.blocks.is_empty(), "{:?}", text.get(..20));
        for b in &a.blocks {
            assert!(text.get(b.span.range()).is_some());
        }
    }
}

#[test]
fn inputs_without_prose_keep_every_line_as_body() {
    let a = parse("First line\nSecond line");
    assert_eq!(texts(&a, BlockKind::Body), ["First line", "Second line"]);
}

#[test]
fn users_extend_the_agency_lexicon() {
    let text = "Ships dock in Busan, Nov. 5. Harbor Wire\n\nThe port reopened on Tuesday.";
    let plain = parse(text);
    assert_eq!(plain.blocks_of(BlockKind::Caption).count(), 0);
    let parser = Parser::new(ParseOptions {
        extra_agencies: vec!["Harbor Wire".into()],
        ..ParseOptions::default()
    });
    let a = parser.parse(text).unwrap();
    assert_eq!(captions(&a), [("Harbor Wire", None)]);
    let a2 = Article::parse_with(
        text,
        &ParseOptions {
            extra_agencies: vec!["Harbor Wire".into()],
            ..ParseOptions::default()
        },
    )
    .unwrap();
    assert_eq!(a, a2);
}

#[test]
fn users_extend_the_boilerplate_and_note_lexicons() {
    let text = "Storm hits coast\n\nThe storm arrived on Monday.\n\nReader's tip: call us.\n\nGet The Brief";
    let a = Parser::new(ParseOptions {
        extra_boilerplate: vec!["newsletter: =get the brief".into()],
        extra_notes: vec!["^reader's tip".into()],
        ..ParseOptions::default()
    })
    .parse(text)
    .unwrap();
    assert_eq!(texts(&a, BlockKind::Note), ["Reader's tip: call us."]);
    assert_eq!(
        boilerplate(&a),
        [("Get The Brief", BoilerplateReason::Newsletter)]
    );
}

#[test]
fn refusals_name_the_problem() {
    assert_eq!(
        Article::parse_with(
            "abcdef",
            &ParseOptions {
                max_len: 3,
                ..ParseOptions::default()
            }
        )
        .unwrap_err(),
        Error::TooLarge { len: 6, limit: 3 }
    );
    assert_eq!(
        Article::parse_bytes(b"ok \xC3\x28").unwrap_err(),
        Error::InvalidUtf8 { offset: 3 }
    );
}

#[test]
fn articles_round_trip_through_json() {
    let a = parse(SEED_001);
    let json = serde_json::to_string(&a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    assert!(json.contains("\"reason\":\"most_read\""));
    assert!(json.contains("\"duplicate_of\":1"));
}

#[test]
fn a_section_label_in_capitals_above_the_headline_is_not_the_headline() {
    let text = "WORLD NEWS\nFloods cut off mountain villages\n\nRescuers reached the villages by helicopter on Sunday.";
    let a = parse(text);
    assert_eq!(
        text_of(&a, BlockKind::Headline),
        Some("Floods cut off mountain villages")
    );
    assert_eq!(
        boilerplate(&a),
        [("WORLD NEWS", BoilerplateReason::BeforeArticle)]
    );
}

#[test]
fn speaker_labels_of_a_transcript_are_not_a_kicker() {
    let t = "Debate night\n\nPENCE: We will win this election in November.\n\nKAINE: You will not win it, not this year.";
    let a = parse(t);
    assert_eq!(text_of(&a, BlockKind::Kicker), None);
    assert_eq!(
        texts(&a, BlockKind::Body),
        [
            "PENCE: We will win this election in November.",
            "KAINE: You will not win it, not this year."
        ]
    );
}

#[test]
fn a_single_slug_before_the_lead_is_a_kicker() {
    let t = "CITY DESK: The council met on Monday to vote on the budget.\n\nIt passed.";
    let a = parse(t);
    assert_eq!(text_of(&a, BlockKind::Kicker), Some("CITY DESK"));
}
