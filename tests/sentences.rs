//! Specification of `quotewire::sentences`: each test names a behaviour, shows the input
//! and asserts the exact sentences.

use quotewire::text::Segmenter;
use quotewire::{sentences, Span};

/// The sentences of `text`, as text.
fn split(text: &str) -> Vec<&str> {
    sentences(text).map(|s| s.text(text)).collect()
}

/// Checks the span invariants every result must satisfy and returns the sentences.
fn checked(text: &str) -> Vec<Span> {
    let spans: Vec<Span> = sentences(text).collect();
    let mut prev_end = 0;
    for s in &spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let t = s.text(text);
        assert_eq!(t, t.trim(), "span {s:?} is not trimmed");
        // Nothing but white space (or a BOM / zero-width space) is skipped between sentences.
        let gap = &text[prev_end..s.start];
        assert!(
            gap.chars()
                .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')),
            "lost text {gap:?} before {s:?}"
        );
        prev_end = s.end;
    }
    let tail = &text[prev_end..];
    assert!(
        tail.chars()
            .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')),
        "lost trailing text {tail:?}"
    );
    spans
}

// ---------------------------------------------------------------- golden rules

#[test]
fn golden_rules_en_all_pass() {
    let data = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/golden_rules_en.json"
    ))
    .expect("fixture readable");
    let json: serde_json::Value = serde_json::from_str(&data).expect("fixture is JSON");
    let cases = json["cases"].as_array().expect("cases array");
    assert_eq!(cases.len(), 48);
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let text = case["text"].as_str().expect("text");
        let want: Vec<String> = case["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| norm(s.as_str().unwrap_or("")))
            .collect();
        let got: Vec<String> = checked(text).iter().map(|s| norm(s.text(text))).collect();
        if got != want {
            failures.push(format!(
                "case {i}: {text:?}\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------- basics

#[test]
fn period_question_and_exclamation_end_sentences() {
    assert_eq!(
        split("It rained. Did it? Yes!"),
        ["It rained.", "Did it?", "Yes!"]
    );
}

#[test]
fn spans_are_byte_offsets_into_the_input_trimmed_of_white_space() {
    let text = "  Café opened.  Ça va?  ";
    let spans: Vec<Span> = sentences(text).collect();
    assert_eq!(spans, [Span::new(2, 15), Span::new(17, 24)]);
    assert_eq!(spans[0].text(text), "Café opened.");
    assert_eq!(spans[1].text(text), "Ça va?");
}

#[test]
fn empty_and_blank_input_give_no_sentences() {
    assert!(split("").is_empty());
    assert!(split(" \n\t\r\n ").is_empty());
}

#[test]
fn text_without_final_punctuation_is_one_sentence() {
    assert_eq!(split("No full stop here"), ["No full stop here"]);
}

// ---------------------------------------------------------------- abbreviations

#[test]
fn country_abbreviation_before_a_noun_does_not_split() {
    assert_eq!(
        split("A U.S. State Department spokesperson expressed concerns. Nobody replied."),
        [
            "A U.S. State Department spokesperson expressed concerns.",
            "Nobody replied."
        ]
    );
}

#[test]
fn country_abbreviation_before_a_sentence_opener_splits() {
    assert_eq!(
        split("The talks were held in the U.S. The next round is in Seoul."),
        [
            "The talks were held in the U.S.",
            "The next round is in Seoul."
        ]
    );
}

#[test]
fn titles_and_ranks_never_end_a_sentence() {
    assert_eq!(
        split("Lt. Col. John Smith met Gov. Jane Doe, Sen. Kim and Rep. Lee. They talked."),
        [
            "Lt. Col. John Smith met Gov. Jane Doe, Sen. Kim and Rep. Lee.",
            "They talked."
        ]
    );
    assert_eq!(
        split("Gen. Smith arrived. Dr. Jones and Mr. Park followed."),
        ["Gen. Smith arrived.", "Dr. Jones and Mr. Park followed."]
    );
}

#[test]
fn single_letter_initials_do_not_split() {
    assert_eq!(
        split("John F. Kennedy was president. J.R.R. Tolkien wrote books."),
        [
            "John F. Kennedy was president.",
            "J.R.R. Tolkien wrote books."
        ]
    );
    assert_eq!(
        split("He warned N. Korea again."),
        ["He warned N. Korea again."]
    );
}

#[test]
fn a_number_after_an_abbreviation_does_not_split() {
    assert_eq!(
        split("The team is No. 1 in the nation. It won on Sept. 11 and Nov. 6. See p. 5."),
        [
            "The team is No. 1 in the nation.",
            "It won on Sept. 11 and Nov. 6.",
            "See p. 5."
        ]
    );
}

#[test]
fn company_abbreviations_end_a_sentence_only_before_an_opener() {
    assert_eq!(
        split("The company, Acme Inc., said sales rose. He works at Smith & Sons Co. in Ohio."),
        [
            "The company, Acme Inc., said sales rose.",
            "He works at Smith & Sons Co. in Ohio."
        ]
    );
    assert_eq!(
        split("She joined Acme Corp. It was 2001."),
        ["She joined Acme Corp.", "It was 2001."]
    );
}

#[test]
fn times_of_day_end_a_sentence_before_a_capitalised_word() {
    assert_eq!(
        split("He arrived at 10 a.m. The meeting began at 3 p.m. on Tuesday."),
        [
            "He arrived at 10 a.m.",
            "The meeting began at 3 p.m. on Tuesday."
        ]
    );
    assert_eq!(
        split("He left at 6 P.M. Travelers who stayed left at 9 p.m. EDT. Police came at 4 p.m. Friday."),
        [
            "He left at 6 P.M.",
            "Travelers who stayed left at 9 p.m. EDT.",
            "Police came at 4 p.m. Friday."
        ]
    );
}

#[test]
fn a_time_of_day_in_an_opening_phrase_does_not_end_it() {
    assert_eq!(
        split("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store."),
        [
            "At 5 a.m. Mr. Smith went to the bank.",
            "He left the bank at 6 P.M.",
            "Mr. Smith then went to the store."
        ]
    );
}

#[test]
fn number_abbreviations_are_abbreviations_only_before_a_number() {
    assert_eq!(
        split("He is no. 5, the shortstop. He said no. Others agreed. See Art. 9 and Fig. 3. Pay Rs. 3520 now."),
        [
            "He is no. 5, the shortstop.",
            "He said no.",
            "Others agreed.",
            "See Art. 9 and Fig. 3.",
            "Pay Rs. 3520 now."
        ]
    );
}

#[test]
fn state_abbreviations_in_datelines_and_parentheses() {
    assert_eq!(
        split("Sen. Elizabeth Warren (D-Mass.) said no. Others agreed."),
        ["Sen. Elizabeth Warren (D-Mass.) said no.", "Others agreed."]
    );
    assert_eq!(
        split("Smith, 45, of Springfield, Ill., was arrested. He moved to Springfield, Ill. He liked it."),
        [
            "Smith, 45, of Springfield, Ill., was arrested.",
            "He moved to Springfield, Ill.",
            "He liked it."
        ]
    );
}

#[test]
fn versus_and_et_al_and_etc() {
    assert_eq!(
        split("The vote was 5 vs. 4. Smith et al. found this. I like apples, oranges, etc. They are tasty."),
        [
            "The vote was 5 vs. 4.",
            "Smith et al. found this.",
            "I like apples, oranges, etc.",
            "They are tasty."
        ]
    );
}

#[test]
fn user_abbreviations_extend_the_builtin_lists() {
    let text = "We met Cllr. Kowalski. Then we left.";
    assert_eq!(split(text), ["We met Cllr.", "Kowalski.", "Then we left."]);
    let seg = Segmenter::default().with_prefix_abbreviations(["Cllr"]);
    let got: Vec<&str> = seg.sentences(text).map(|s| s.text(text)).collect();
    assert_eq!(got, ["We met Cllr. Kowalski.", "Then we left."]);
}

// ---------------------------------------------------------------- numbers, URLs

#[test]
fn decimals_and_money_do_not_split() {
    assert_eq!(
        split(
            "Profits rose 3.5 percent to $1.5 billion. Pi is 3.14. The Dow fell 1.2%. Stocks slid."
        ),
        [
            "Profits rose 3.5 percent to $1.5 billion.",
            "Pi is 3.14.",
            "The Dow fell 1.2%.",
            "Stocks slid."
        ]
    );
}

#[test]
fn urls_and_emails_do_not_split() {
    assert_eq!(
        split("Visit www.example.com. Read https://example.com/a.b?c=d. Mail john.smith@example.org now."),
        [
            "Visit www.example.com.",
            "Read https://example.com/a.b?c=d.",
            "Mail john.smith@example.org now."
        ]
    );
}

#[test]
fn sentences_glued_without_a_space_are_split() {
    assert_eq!(
        split("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
        [
            "Hello world.",
            "Today is Tuesday.",
            "Mr. Smith bought 1,000.",
            "That is a lot."
        ]
    );
}

#[test]
fn reference_marks_stay_with_their_sentence() {
    assert_eq!(
        split("He was a martyr.[1] The emperor issued a decree."),
        ["He was a martyr.[1]", "The emperor issued a decree."]
    );
}

// ---------------------------------------------------------------- quotes and brackets

#[test]
fn final_mark_inside_closing_quote_splits_after_the_quote() {
    assert_eq!(
        split("He said, “Go.” Then he left."),
        ["He said, “Go.”", "Then he left."]
    );
    assert_eq!(
        split("He asked, “Why?” Nobody answered."),
        ["He asked, “Why?”", "Nobody answered."]
    );
    assert_eq!(
        split("She called it 'unacceptable.' The ministry declined to comment."),
        [
            "She called it 'unacceptable.'",
            "The ministry declined to comment."
        ]
    );
}

#[test]
fn quote_followed_by_a_lower_case_cue_does_not_split() {
    assert_eq!(
        split("“Go,” he said. “Are you sure?” she asked. He shouted “Stop!” and ran."),
        [
            "“Go,” he said.",
            "“Are you sure?” she asked.",
            "He shouted “Stop!” and ran."
        ]
    );
}

#[test]
fn nyt_double_apostrophe_and_guillemets_close_quotes() {
    assert_eq!(
        split("''We will win,'' he said. ''Nobody doubts it.'' The end."),
        [
            "''We will win,'' he said.",
            "''Nobody doubts it.''",
            "The end."
        ]
    );
    assert_eq!(
        split("Il a dit «Non.» Puis il est parti."),
        ["Il a dit «Non.»", "Puis il est parti."]
    );
}

#[test]
fn parenthetical_sentence_inside_a_sentence_does_not_split() {
    assert_eq!(
        split("The firm (formerly Acme Corp.) said profits rose. The report (see p. 5) was long."),
        [
            "The firm (formerly Acme Corp.) said profits rose.",
            "The report (see p. 5) was long."
        ]
    );
}

#[test]
fn a_stray_quote_mark_does_not_derail_the_paragraph() {
    assert_eq!(
        split("He said \"no. Then he left. She stayed. “It is over. We go home."),
        [
            "He said \"no.",
            "Then he left.",
            "She stayed.",
            "“It is over.",
            "We go home."
        ]
    );
    assert_eq!(
        split("” Then it ended. It rained."),
        ["” Then it ended.", "It rained."]
    );
}

#[test]
fn a_quotation_closing_on_the_same_line_is_not_split_inside() {
    assert_eq!(
        split("“It is over. We go home,” he said. Then he left."),
        ["“It is over. We go home,” he said.", "Then he left."]
    );
    assert_eq!(
        split("'Well!' thought Alice, 'after such a fall, I shall think nothing of stairs! How brave they'll think me!' (Which was true.)"),
        ["'Well!' thought Alice, 'after such a fall, I shall think nothing of stairs! How brave they'll think me!' (Which was true.)"]
    );
    assert_eq!(
        split("The Queen said \"Off with her head!\" Nobody moved."),
        ["The Queen said \"Off with her head!\"", "Nobody moved."]
    );
}

#[test]
fn an_unclosed_quotation_protects_nothing() {
    assert_eq!(
        split("He said “It is over. We go home. Then he left."),
        ["He said “It is over.", "We go home.", "Then he left."]
    );
    // The next closing mark belongs to a quotation that opens later: no pairing.
    assert_eq!(
        split("He said \"no. Then he left. She said \"yes.\""),
        ["He said \"no.", "Then he left.", "She said \"yes.\""]
    );
}

#[test]
fn marks_inside_brackets_closing_on_the_same_line_do_not_split() {
    assert_eq!(
        split("[15:  12:32]  [16:  firma? 13:28] It ended (see p. 5. More on p. 6.) today."),
        ["[15:  12:32]  [16:  firma? 13:28] It ended (see p. 5. More on p. 6.) today."]
    );
}

#[test]
fn input_of_only_quote_marks_is_one_sentence() {
    assert_eq!(split("\"\"“”‘’''«»"), ["\"\"“”‘’''«»"]);
}

// ---------------------------------------------------------------- ellipses, ?! runs

#[test]
fn ellipsis_before_lower_case_does_not_split() {
    assert_eq!(
        split("Russia ... the DPRK supporting it. Wait… what?"),
        ["Russia ... the DPRK supporting it.", "Wait… what?"]
    );
}

#[test]
fn ellipsis_before_a_capital_splits_and_four_dots_end_a_sentence() {
    assert_eq!(
        split("Wait... What happened? I never meant that.... She left. Then… Nothing."),
        [
            "Wait...",
            "What happened?",
            "I never meant that....",
            "She left.",
            "Then…",
            "Nothing."
        ]
    );
}

#[test]
fn spaced_ellipsis_does_not_split() {
    assert_eq!(
        split("The thing is . . . I didn’t mean it."),
        ["The thing is . . . I didn’t mean it."]
    );
}

#[test]
fn a_question_before_a_dash_ends_only_before_a_capital() {
    assert_eq!(
        split("What do you see? - Posted like sentinels, they stand. Some can be -- if I may say so? -- a bit odd."),
        [
            "What do you see?",
            "- Posted like sentinels, they stand.",
            "Some can be -- if I may say so? -- a bit odd."
        ]
    );
}

#[test]
fn speech_broken_off_with_a_dash_ends_the_sentence() {
    assert_eq!(
        split("He began, \"We are doing our best, to--\" At this moment, Five called out. “If—” She stopped."),
        [
            "He began, \"We are doing our best, to--\"",
            "At this moment, Five called out.",
            "“If—”",
            "She stopped."
        ]
    );
}

#[test]
fn names_spelled_with_an_exclamation_mark_do_not_end_a_sentence() {
    assert_eq!(
        split(
            "Ghosh at Yahoo! Research built it at Yahoo! It worked. She works at Yahoo! in sales."
        ),
        [
            "Ghosh at Yahoo! Research built it at Yahoo!",
            "It worked.",
            "She works at Yahoo! in sales."
        ]
    );
}

#[test]
fn a_reference_placeholder_after_a_number_abbreviation_does_not_split() {
    assert_eq!(
        split("T is the transposition. As shown in Fig. ??"),
        ["T is the transposition.", "As shown in Fig. ??"]
    );
}

#[test]
fn runs_of_question_and_exclamation_marks_stay_together() {
    assert_eq!(
        split("Who knows?! Not me!!! Really?"),
        ["Who knows?!", "Not me!!!", "Really?"]
    );
    assert_eq!(
        split("Mix it and -- voila! -- you have cake."),
        ["Mix it and -- voila! -- you have cake."]
    );
}

// ---------------------------------------------------------------- lists

#[test]
fn numbered_and_bulleted_lists_split_at_each_item() {
    assert_eq!(
        split("1) The first item 2) The second item 3) The third"),
        ["1) The first item", "2) The second item", "3) The third"]
    );
    assert_eq!(
        split("• Sanctions • Talks • Aid"),
        ["• Sanctions", "• Talks", "• Aid"]
    );
}

#[test]
fn a_list_marker_after_a_sentence_end_starts_a_new_sentence() {
    assert_eq!(
        split("His name is Mark E. Smith. a. here it is b. another c. one more"),
        [
            "His name is Mark E. Smith.",
            "a. here it is",
            "b. another",
            "c. one more"
        ]
    );
    assert_eq!(
        split("(a) Hello world. (b) Hello world.\n(c) Hello world.\nii) Hello world."),
        [
            "(a) Hello world.",
            "(b) Hello world.",
            "(c) Hello world.",
            "ii) Hello world."
        ]
    );
}

#[test]
fn numbers_in_prose_are_not_list_markers() {
    assert_eq!(
        split("He bought 2 apples and 3 pears. It cost 5 dollars."),
        ["He bought 2 apples and 3 pears.", "It cost 5 dollars."]
    );
}

// ---------------------------------------------------------------- line breaks

#[test]
fn blank_line_always_ends_a_sentence() {
    assert_eq!(
        split("Rain is coming and\n\nMr.\r\n\r\nSmith left"),
        ["Rain is coming and", "Mr.", "Smith left"]
    );
}

#[test]
fn single_line_break_ends_a_headline_or_paragraph() {
    assert_eq!(
        split("Rain expected\nForecasters said rain is coming.\nTake an umbrella"),
        [
            "Rain expected",
            "Forecasters said rain is coming.",
            "Take an umbrella"
        ]
    );
    assert_eq!(
        split("features\ncontact manager\nevents, activities\n"),
        ["features", "contact manager", "events, activities"]
    );
}

#[test]
fn single_line_break_inside_a_visibly_unfinished_line_continues() {
    assert_eq!(
        split("He met with the\nPresident on Monday, and\nMr.\nSmith agreed."),
        ["He met with the\nPresident on Monday, and\nMr.\nSmith agreed."]
    );
    assert_eq!(
        split("This is a very long line of text that has been hard wrapped at some column\nwidth by an old wire service system."),
        ["This is a very long line of text that has been hard wrapped at some column\nwidth by an old wire service system."]
    );
    assert_eq!(
        split("It was a cold \nnight in the city."),
        ["It was a cold \nnight in the city."]
    );
}

#[test]
fn a_line_ending_a_sentence_ends_it_even_before_lower_case() {
    assert_eq!(
        split("Apple sales rose.\niPad sales fell.\nTalks were held with the U.S.\nofficials and allies."),
        [
            "Apple sales rose.",
            "iPad sales fell.",
            "Talks were held with the U.S.\nofficials and allies."
        ]
    );
}

#[test]
fn short_title_case_lines_are_not_joined_to_lower_case_lines() {
    assert_eq!(
        split("Travel\nevents\nView author archive\nemail the author"),
        [
            "Travel",
            "events",
            "View author archive",
            "email the author"
        ]
    );
    assert_eq!(
        split("This is a sentence\ncut off in the middle because pdf."),
        ["This is a sentence\ncut off in the middle because pdf."]
    );
}

#[test]
fn crlf_and_nbsp_are_white_space() {
    assert_eq!(
        split("First line.\r\nSecond line.\r\n\r\nThird."),
        ["First line.", "Second line.", "Third."]
    );
    assert_eq!(
        split("Mr.\u{a0}Smith arrived.\u{a0}He sat."),
        ["Mr.\u{a0}Smith arrived.", "He sat."]
    );
}

#[test]
fn a_leading_bom_is_not_part_of_the_first_sentence() {
    assert_eq!(
        split("\u{feff}It rained. We stayed."),
        ["It rained.", "We stayed."]
    );
}

// ---------------------------------------------------------------- seed articles

fn seed(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/seeds/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("seed fixture")
}

#[test]
fn seed_report_one_paragraph_per_line_splits_into_its_sentences() {
    let text = seed("000_c87190288e67bd51.txt");
    let got: Vec<&str> = checked(&text).iter().map(|s| s.text(&text)).collect();
    assert_eq!(got.len(), 9);
    assert!(got[0].starts_with("WNAM REPORT: A U.S. State Department spokesperson expressed"));
    assert!(got[0].ends_with("“comprehensive strategic partnership” treaty with North Korea."));
    assert_eq!(
        got[2],
        "“We continue to have great concerns about the growing security relationship between Russia and North Korea,” Miller said."
    );
    assert!(got[5].contains("said that the U.S. will “always” closely monitor"));
    // A two-sentence quotation that closes on the same line stays whole.
    assert_eq!(
        got[8],
        "“We’re going to also continue to urge North Korea to reduce tensions and cease any actions that could increase the risk of conflict. And that is something that we’ve been doing pretty consistently.”"
    );
}

#[test]
fn seed_article_keeps_headline_caption_and_body_sentences_apart() {
    let text = seed("001_0469de9d23fa5406.txt");
    let got: Vec<&str> = checked(&text).iter().map(|s| s.text(&text)).collect();
    assert_eq!(
        got[0],
        "US renews 'great concern' over N. Korea-Russia cooperation ahead of NATO summit"
    );
    assert_eq!(got[2], "AFP-Yonhap");
    assert!(got.contains(&"\"We will continue to work with our allies and partners to counter that relationship,\" he added."));
    // "... in the U.S. capital from Tuesday" stays one sentence.
    assert!(got
        .iter()
        .any(|s| s.starts_with("Matthew Miller") && s.ends_with("from Tuesday through Thursday.")));
    // "Russia ... the DPRK" and "U.N. member", "U.N. Security Council" stay inside.
    assert!(got.iter().any(|s| s.starts_with("\"I think we have made")
        && s.ends_with("he said during a press briefing.")));
    assert_eq!(got.last(), Some(&"Sign up for eNewsletter"));
}

// ---------------------------------------------------------------- robustness

#[test]
fn odd_characters_never_panic_and_keep_all_text() {
    let inputs = [
        "😀. 😀! Héllo… wörld?",
        "e\u{301}. A\u{30a}. o\u{308}!",
        "\u{0}\u{1}\u{7}. \u{1b}[0m Next.",
        "\u{feff}\u{feff}. \u{200b}x.",
        "\u{a0}\u{a0}.\u{a0}.\u{a0}",
        "\u{2028}A.\u{2029}B.\u{2028}",
        "\u{85}A. B.\u{85}\u{1680}",
        "“”‘’«»‹›„‟.",
        "....................",
        ". . . . . . . . .",
        "?!?!?!?!",
        "a.b.c.d.e.f.g.h",
        "1.2.3.4. 5.6. 7",
        "[1][2][3]. [",
        "• • • ⁃ ⁃",
        "\r\r\r.\r\n\n\r",
        "。！？」。",
        "x",
        ".",
        "\"",
    ];
    for text in inputs {
        checked(text);
    }
}

#[test]
fn a_megabyte_line_without_spaces_is_handled_in_linear_time() {
    for unit in [
        "a",
        "a.Ba",
        ".",
        "A.",
        "x”.",
        "…",
        "a@b.Cd/",
        "“a. B. ",
        "(a. B! ",
        "'x? Y ",
        "\"a. \"B. ",
        "U.S. ",
        "a\n",
        "Mr.\n",
    ] {
        let text = unit.repeat(1_000_000 / unit.len());
        let spans = checked(&text);
        assert!(!spans.is_empty());
    }
}

#[test]
fn many_abbreviations_in_one_sentence_stay_linear() {
    let text = "U.S. ".repeat(200_000);
    let spans = checked(&text);
    assert_eq!(spans.len(), 1);
}

#[test]
fn pseudo_random_text_keeps_every_invariant() {
    const PIECES: [&str; 40] = [
        "a", "B", " ", ".", "!", "?", "\n", "\r\n", "“", "”", "\"", "'", "(", ")", "…", "U.S.",
        "Mr.", "1", "\u{a0}", "é", "😀", "•", "[1]", "-", "a.m.", "No.", "‘", "’", "«", "»", "[",
        "]", "\u{2029}", "\u{feff}", "e\u{301}", "。", "Yahoo!", "(a)", "ii)", "\t",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..120 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
        }
        checked(&text);
    }
}
