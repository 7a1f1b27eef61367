//! Quote extraction, layout by layout: input text, exact statements out.

use quotewire::quotes::lexicon::CueClass;
use quotewire::{extract, Article, Block, BlockKind, Extractor, QuoteKind, Quotes, Span};
use std::borrow::Cow;

fn run(text: &str) -> Quotes {
    extract(&Article::parse(text).expect("parses"))
}

/// (kind, contents, cue, speaker mention, canonical speaker) of every statement.
type Row = (
    QuoteKind,
    Vec<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn rows(text: &str) -> Vec<Row> {
    let q = run(text);
    q.quotes
        .iter()
        .map(|x| {
            (
                x.kind,
                x.content.iter().map(|c| c.text(text).to_string()).collect(),
                x.cue.map(|c| c.text(text).to_string()),
                x.speaker.map(|c| c.text(text).to_string()),
                x.speaker_id
                    .and_then(|id| q.speakers.get(id))
                    .map(|s| s.name.clone()),
            )
        })
        .collect()
}

fn row(k: QuoteKind, c: &[&str], cue: &str, sp: &str, name: Option<&str>) -> Row {
    (
        k,
        c.iter().map(|s| s.to_string()).collect(),
        Some(cue.to_string()),
        Some(sp.to_string()),
        name.map(str::to_string),
    )
}

use QuoteKind::{Direct, Indirect, Mixed};

#[test]
fn direct_quote_then_surname_said() {
    let t = "T\n\nJohn Smith, the mayor, spoke.\n\n“We will rebuild,” Smith said.";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“We will rebuild,”"],
            "said",
            "Smith",
            Some("John Smith")
        )]
    );
}

#[test]
fn direct_quote_then_inverted_said_name() {
    let t = "T\n\n“Taxes will rise,” said Jane Doe, the treasurer.";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“Taxes will rise,”"],
            "said",
            "Jane Doe",
            Some("Jane Doe")
        )]
    );
}

#[test]
fn colon_before_quote() {
    let t = "T\n\nMiller said: “The talks failed.”";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“The talks failed.”"],
            "said",
            "Miller",
            Some("Miller")
        )]
    );
}

#[test]
fn split_quote_is_one_statement_with_two_spans() {
    let t = "T\n\nMary Jones arrived.\n\n“We tried,” she said, “but it was not enough.”";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“We tried,”", "“but it was not enough.”"],
            "said",
            "she",
            Some("Mary Jones")
        )]
    );
}

#[test]
fn dash_attribution() {
    let t = "T\n\n“Never give up on your neighbors.” — Ellen Park";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“Never give up on your neighbors.”"],
            "—",
            "Ellen Park",
            Some("Ellen Park")
        )]
    );
}

#[test]
fn told_object_colon() {
    let t = "T\n\nThe governor told reporters: “We are ready for the storm.”";
    let r = rows(t);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, Direct);
    assert_eq!(r[0].2.as_deref(), Some("told"));
    assert_eq!(r[0].3.as_deref(), Some("The governor"));
}

#[test]
fn adding_colon_takes_the_sentence_subject() {
    let t = "T\n\nPeter Brown praised the deal, adding: “It is a good day for workers.”";
    let r = rows(t);
    let d = r.iter().find(|x| x.0 == Direct).expect("direct");
    assert_eq!(d.2.as_deref(), Some("adding"));
    assert_eq!(d.3.as_deref(), Some("Peter Brown"));
}

#[test]
fn unusual_cue_verb() {
    let t = "T\n\n“This is a disgrace,” fumed Senator Al Grant.";
    let r = rows(t);
    assert_eq!(r[0].2.as_deref(), Some("fumed"));
    assert_eq!(r[0].4.as_deref(), Some("Al Grant"));
}

#[test]
fn news_style_multi_paragraph_quote_is_one_statement() {
    let t = "T\n\nAnna Lee said: “The first part goes here.\n\n“And the second part ends here.”";
    let r = rows(t);
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0].1,
        [
            "“The first part goes here.",
            "“And the second part ends here.”"
        ]
    );
}

#[test]
fn indirect_said_that() {
    let t = "T\n\nThe minister said that the budget would be balanced next year.";
    assert_eq!(
        rows(t),
        [row(
            Indirect,
            &["that the budget would be balanced next year"],
            "said",
            "The minister",
            None
        )]
    );
}

#[test]
fn indirect_clause_then_officials_said() {
    let t = "T\n\nThe bridge will reopen in May, officials said.";
    let r = rows(t);
    assert_eq!(r[0].0, Indirect);
    assert_eq!(r[0].1, ["The bridge will reopen in May"]);
    assert_eq!(r[0].3.as_deref(), Some("officials"));
}

#[test]
fn according_to() {
    let t = "T\n\nAccording to the report, prices rose sharply last month.";
    let r = rows(t);
    assert_eq!(r[0].1, ["prices rose sharply last month"]);
    assert_eq!(r[0].2.as_deref(), Some("According to"));
    assert_eq!(r[0].3.as_deref(), Some("the report"));
}

#[test]
fn mixed_quote_fragment() {
    let t = "T\n\nThe senator said the plan was “dead on arrival” in the House.";
    let r = rows(t);
    assert_eq!(r[0].0, Mixed);
    assert_eq!(r[0].1, ["the plan was “dead on arrival” in the House"]);
}

#[test]
fn scare_quotes_titles_and_nicknames_are_terms() {
    let t = "T\n\nCritics of the “woke” agenda watched “The Lord of the Rings” with Joseph “Joey” Martinez.";
    let q = run(t);
    assert!(q.quotes.iter().all(|x| x.kind == Indirect));
    let terms: Vec<&str> = q.terms.iter().map(|s| s.text(t)).collect();
    assert_eq!(terms, ["woke", "The Lord of the Rings", "Joey"]);
}

#[test]
fn pronoun_skips_the_wrong_gender() {
    let t = "T\n\nMaria Lopez met Tom Baker on Monday.\n\n“It went well,” she said.";
    let r = rows(t);
    assert_eq!(r[0].4.as_deref(), Some("Maria Lopez"));
}

#[test]
fn pronoun_skips_names_inside_quotes() {
    let t = "T\n\nDavid Kim spoke first.\n\n“I met John Adams,” he said. “He agreed,” he added.";
    let r = rows(t);
    assert!(r.iter().all(|x| x.4.as_deref() == Some("David Kim")));
}

#[test]
fn unresolvable_pronoun_stays_unresolved_with_lower_confidence() {
    let t = "T\n\n“We will see,” she said.";
    let q = run(t);
    assert_eq!(q.quotes[0].speaker_id, None);
    assert!(q.quotes[0].confidence < 0.8);
}

#[test]
fn transcript_lines() {
    let t = "T\n\nPENCE: We will win this election.\n\nKAINE: You will not win it.";
    let r = rows(t);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].3.as_deref(), Some("PENCE"));
    assert_eq!(r[0].1, ["We will win this election."]);
    assert_eq!(r[1].3.as_deref(), Some("KAINE"));
}

#[test]
fn extractor_lexicons_are_extendable() {
    let t = "T\n\n“Not again,” the coach harrumphed.";
    assert!(run(t).quotes.is_empty());
    let mut ex = Extractor::new();
    ex.lexicons_mut().add_cue("harrumphed", CueClass::Speech);
    let q = ex.extract(&Article::parse(t).expect("parses"));
    assert_eq!(q.quotes[0].cue.map(|c| c.text(t)), Some("harrumphed"));
}

/// The real parser marks "DPRK stands for ..." as a note and the second caption as its
/// duplicate; hand-built blocks stand in for it here.
#[test]
fn notes_are_skipped_and_captions_carry_their_kind() {
    let paras = [
        (BlockKind::Headline, "Talks stall"),
        (
            BlockKind::Caption,
            "Matthew Miller speaks, saying “We will not give up.” AFP",
        ),
        (
            BlockKind::Body,
            "Matthew Miller, the spokesperson, spoke on Monday.",
        ),
        (BlockKind::Note, "He said “this is a note” here."),
        (BlockKind::Body, "“We continue to work,” he said."),
    ];
    let mut text = String::new();
    let mut blocks = Vec::new();
    for (k, p) in paras {
        let start = text.len();
        text.push_str(p);
        blocks.push(Block::new(k, Span::new(start, text.len())));
        text.push_str("\n\n");
    }
    let article = Article {
        text: Cow::Borrowed(&text),
        blocks,
        sentences: Vec::new(),
    };
    let q = extract(&article);
    assert!(q.quotes.iter().all(|x| x.block != 3), "note skipped");
    let last = q.quotes.last().expect("a quote");
    assert_eq!(last.block_kind, BlockKind::Body);
    assert_eq!(
        last.speaker_id.map(|id| q.speakers[id].name.as_str()),
        Some("Matthew Miller")
    );
    assert!(q.quotes.iter().any(|x| x.block_kind == BlockKind::Caption));
}

#[test]
fn nominal_back_reference_through_an_abbreviated_title() {
    let t = "T\n\nGen. Mark Hale toured the base.\n\nThe war is over, the general said.";
    let r = rows(t);
    assert_eq!(r[0].3.as_deref(), Some("the general"));
    assert_eq!(r[0].4.as_deref(), Some("Mark Hale"));
}

#[test]
fn pronoun_prefers_the_sentence_subject_over_a_nearer_object() {
    let t = "T\n\nJohn Reed thanked Paul Dunn at the rally.\n\n“We won,” he said.";
    let r = rows(t);
    assert_eq!(r[0].4.as_deref(), Some("John Reed"));
}

#[test]
fn organization_speaker() {
    let t = "T\n\nThe company said in a statement that it would appeal the ruling.";
    let q = run(t);
    let id = q.quotes[0].speaker_id.expect("resolved");
    assert_eq!(q.speakers[id].kind, quotewire::SpeakerKind::Organization);
}

#[test]
fn no_statement_without_a_cue() {
    let t = "T\n\nThe river rose two feet overnight and the road was closed.";
    assert!(run(t).quotes.is_empty());
}

#[test]
fn attribution_in_the_middle_of_the_sentence() {
    let t = "T\n\nThe plan, the mayor said, was never about money.";
    let r = rows(t);
    assert_eq!(r[0].0, Indirect);
    assert_eq!(r[0].1, ["The plan", "was never about money"]);
    assert_eq!(r[0].3.as_deref(), Some("the mayor"));
}

#[test]
fn leading_subordinate_clause_does_not_steal_the_attribution() {
    let t = "T\n\nWhen Trump suggested a deal, Rubio replied that the deal would fail badly.";
    let r = rows(t);
    assert_eq!(r[0].2.as_deref(), Some("replied"));
    assert_eq!(r[0].3.as_deref(), Some("Rubio"));
}

#[test]
fn according_to_takes_any_short_noun_phrase_as_source() {
    let t = "T\n\nAccording to state law, no one may solicit a vote near a polling place.\n\n\
             The pilot had flown since 2004, according to his Facebook profile.";
    let r = rows(t);
    assert_eq!(r.len(), 2);
    assert_eq!(
        r[0].1,
        ["no one may solicit a vote near a polling place".to_string()]
    );
    assert_eq!(r[0].2.as_deref(), Some("According to"));
    assert_eq!(r[0].3.as_deref(), Some("state law"));
    assert_eq!(r[1].1, ["The pilot had flown since 2004".to_string()]);
    assert_eq!(r[1].3.as_deref(), Some("his Facebook profile"));
}

#[test]
fn according_to_him_is_a_pronoun_source() {
    let t = "T\n\nJohn Doe ran the office for years.\n\n\
             According to him, the network censured his first report.";
    assert_eq!(
        rows(t),
        [row(
            Indirect,
            &["the network censured his first report"],
            "According to",
            "him",
            Some("John Doe")
        )]
    );
}

#[test]
fn headline_name_colon_claim_is_a_statement() {
    let t = "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance\n\n\
             Senator Lindsey Graham spoke in Washington on Thursday.";
    let q = run(t);
    assert_eq!(
        rows(t),
        [row(
            Mixed,
            &["Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance"],
            ":",
            "Graham",
            Some("Lindsey Graham")
        )]
    );
    assert_eq!(q.quotes[0].block_kind, BlockKind::Headline);
    assert!(q.terms.is_empty());
}

#[test]
fn headline_labels_questions_and_capital_tags_are_no_speakers() {
    for h in [
        "The Latest: Sanders wins Minnesota Democratic caucuses",
        "BREAKING: Senate passes the budget bill",
        "Ted Cruz: Constitutional conservative or career politician?",
        "Netanyahu and Obama: A tortured relationship",
    ] {
        let t = format!("{h}\n\nThe vote was held on Tuesday in the capital.");
        assert!(rows(&t).is_empty(), "{h}");
    }
}

#[test]
fn first_line_ending_in_a_period_before_several_longer_paragraphs_is_the_headline() {
    let t = "Lynch: No outside influence on FBI probe.\n\n\
             Attorney General Loretta Lynch said Sunday that the inquiry would be run by \
             career prosecutors and agents.\n\n\
             The inquiry began last year after the emails were found on a private server.\n\n\
             Lawmakers of both parties have asked for a briefing before the summer recess.";
    let a = Article::parse(t).expect("parses");
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Lynch: No outside influence on FBI probe.")
    );
    let r = rows(t);
    assert_eq!(
        r[0],
        row(
            Indirect,
            &["No outside influence on FBI probe"],
            ":",
            "Lynch",
            Some("Loretta Lynch")
        )
    );
}

#[test]
fn adding_colon_after_a_quote_is_a_second_statement_with_its_own_cue() {
    let t = "T\n\nJohn Doe spoke.\n\n\"That will help,\" he said, adding: \"It is fair.\"";
    let r = rows(t);
    assert_eq!(
        r,
        [
            row(
                Direct,
                &["\"That will help,\""],
                "said",
                "he",
                Some("John Doe")
            ),
            row(
                Direct,
                &["\"It is fair.\""],
                "adding",
                "he",
                Some("John Doe")
            ),
        ]
    );
}

#[test]
fn said_when_asked_has_no_reported_clause() {
    let t = "T\n\nThe mayor smiled and said when Boyle asked him a question.";
    assert!(rows(t).is_empty());
}

#[test]
fn evidential_and_passive_cues_credit_nobody_and_keep_the_subject_in_the_content() {
    let t = "T\n\nThe real estate magnate was expected to cruise past the delegates needed.\n\n\
             Clinton appeared to have the most to gain.";
    let q = run(t);
    let got: Vec<(Vec<&str>, Option<&str>, Option<&str>)> = q
        .quotes
        .iter()
        .map(|x| {
            (
                x.content.iter().map(|c| c.text(t)).collect(),
                x.cue.map(|c| c.text(t)),
                x.speaker.map(|c| c.text(t)),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                vec![
                    "The real estate magnate",
                    "to cruise past the delegates needed"
                ],
                Some("expected"),
                None
            ),
            (
                vec!["Clinton", "to have the most to gain"],
                Some("appeared"),
                None
            ),
        ]
    );
    assert!(q.quotes.iter().all(|x| x.speaker_id.is_none()));
}

#[test]
fn a_noun_phrase_object_ends_at_a_comma_or_subordinator() {
    let t = "T\n\nGov. Chris Christie endorsed Donald Trump, who thanked him, after the debate.";
    let r = rows(t);
    assert_eq!(r[0].1, ["Donald Trump".to_string()]);
    assert_eq!(r[0].2.as_deref(), Some("endorsed"));
}

#[test]
fn phrasal_cues_take_their_particle_into_the_cue() {
    let t = "T\n\nSanders called for a political revolution.\n\nClinton talked about the economy.";
    let r = rows(t);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].1, ["a political revolution".to_string()]);
    assert_eq!(r[0].2.as_deref(), Some("called for"));
    assert_eq!(r[1].1, ["the economy".to_string()]);
    assert_eq!(r[1].2.as_deref(), Some("talked about"));
}

#[test]
fn a_phrasal_verb_without_its_particle_is_no_cue() {
    let t = "T\n\nThe senator talked for an hour.\n\nPeace talks resumed on Monday.";
    assert!(rows(t).is_empty());
}

#[test]
fn passive_questions_carry_no_source_and_leave_the_main_clause_alone() {
    let t = "T\n\nWhen asked about the merger, Trump said it was a good deal.";
    let q = run(t);
    let got: Vec<(&str, &str, Option<&str>)> = q
        .quotes
        .iter()
        .map(|x| {
            (
                x.content[0].text(t),
                x.cue.map_or("", |c| c.text(t)),
                x.speaker.map(|s| s.text(t)),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("about the merger", "asked", None),
            ("it was a good deal", "said", Some("Trump")),
        ]
    );
}

#[test]
fn a_quotation_ending_a_reported_clause_is_a_mixed_statement_of_the_whole_clause() {
    let t = "T\n\nIn doing so he \"made a strategic mistake,\" Lichtman said.";
    assert_eq!(
        rows(t),
        [row(
            Mixed,
            &["In doing so he \"made a strategic mistake,\""],
            "said",
            "Lichtman",
            Some("Lichtman")
        )]
    );
}

#[test]
fn party_state_tag_between_commas_does_not_hide_the_speaker() {
    let t = "T\n\n\"Let me make it perfectly clear,\" Senate Majority Leader Mitch McConnell, R-Ky., said.";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["\"Let me make it perfectly clear,\""],
            "said",
            "Senate Majority Leader Mitch McConnell",
            Some("Mitch McConnell")
        )]
    );
}

#[test]
fn a_program_title_after_on_or_a_possessive_is_a_term() {
    let t = "T\n\nOn ABC News's \"This Week,\" Rubio said the plan would fail.";
    let q = run(t);
    assert_eq!(
        q.terms.iter().map(|s| s.text(t)).collect::<Vec<_>>(),
        ["This Week,"]
    );
    assert_eq!(
        rows(t),
        [row(
            Indirect,
            &["the plan would fail"],
            "said",
            "Rubio",
            Some("Rubio")
        )]
    );
}

#[test]
fn a_dash_after_a_quotation_inside_reported_speech_is_a_sign_off_not_a_speaker() {
    let t = "T\n\nRajoy insisted that his party was \"still the No. 1 force in Spain.\"--Kim Hjelmgaard.";
    let r = rows(t);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, Mixed);
    assert_eq!(r[0].3.as_deref(), Some("Rajoy"));
}

#[test]
fn a_cue_word_after_a_determiner_or_possessive_is_a_noun() {
    let t = "T\n\nMr. Trump's fawning comments about Mr. Clinton ended.\n\nHis comments about the race were brief.";
    assert!(rows(t).is_empty());
}

#[test]
fn a_leading_adverbial_is_no_content() {
    let t = "T\n\nIn a court filing, Caroline Wolverton wrote that the emails were lost.";
    assert_eq!(
        rows(t),
        [row(
            Indirect,
            &["that the emails were lost"],
            "wrote",
            "Caroline Wolverton",
            Some("Caroline Wolverton")
        )]
    );
}

#[test]
fn a_modifier_before_a_role_noun_starts_the_speaker_phrase() {
    let t = "T\n\n\"Traffic is down,\" said port director Luis Gomez.";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["\"Traffic is down,\""],
            "said",
            "port director Luis Gomez",
            Some("Luis Gomez")
        )]
    );
}

#[test]
fn coordinated_cues_after_a_statement_report_more_by_the_same_subject() {
    let t = "T\n\nShe declared “What a night!” and said that her campaign would go on.";
    let r = rows(t);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].1, ["“What a night!”".to_string()]);
    assert_eq!(r[1].1, ["that her campaign would go on".to_string()]);
    assert_eq!(r[1].2.as_deref(), Some("said"));
    assert_eq!(r[1].3.as_deref(), Some("She"));
}

#[test]
fn a_participle_introducing_a_quotation_takes_the_sentence_subject() {
    let t = "T\n\nStarr said the case reminds him of an old book, explaining, \"because what could have been was lost.\"";
    let q = run(t);
    let last = q.quotes.last().expect("a statement");
    assert_eq!(last.kind, Direct);
    assert_eq!(last.cue.map(|c| c.text(t)), Some("explaining"));
    assert_eq!(last.speaker.map(|c| c.text(t)), Some("Starr"));
}

#[test]
fn a_dash_credit_after_a_short_quotation_is_an_attribution() {
    let t = "T\n\nCouncilman Ted Ruiz spoke.\n\n“Pay up” -Councilman Ted Ruiz\n\nThe vote is on Friday.";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“Pay up”"],
            "-",
            "Councilman Ted Ruiz",
            Some("Ted Ruiz")
        )]
    );
}

#[test]
fn a_quotation_running_over_paragraphs_belongs_to_the_speaker_credited_at_its_end() {
    let t = "T\n\nSenator Karen Holt and Governor Tom Reyes met on Tuesday.\n\n\
             Reyes told the audience: “I will veto any such bill.”\n\n\
             “The governor has no idea what he is talking about. He never did.\n\n\
             “And voters know it,” Holt added.";
    assert_eq!(
        rows(t),
        [
            row(
                Direct,
                &["“I will veto any such bill.”"],
                "told",
                "Reyes",
                Some("Tom Reyes")
            ),
            row(
                Direct,
                &[
                    "“The governor has no idea what he is talking about. He never did.",
                    "“And voters know it,”"
                ],
                "added",
                "Holt",
                Some("Karen Holt")
            ),
        ]
    );
}

#[test]
fn pronouns_pick_the_candidate_of_their_gender() {
    let t = "T\n\nSenator Karen Holt and Governor Tom Reyes met on Tuesday.\n\n\
             “We need a new tax plan,” she said.\n\n“That plan would ruin us,” he replied.";
    assert_eq!(
        rows(t),
        [
            row(
                Direct,
                &["“We need a new tax plan,”"],
                "said",
                "she",
                Some("Karen Holt")
            ),
            row(
                Direct,
                &["“That plan would ruin us,”"],
                "replied",
                "he",
                Some("Tom Reyes")
            ),
        ]
    );
}

#[test]
fn according_to_in_mid_sentence_takes_the_clause_on_both_sides() {
    let t = "T\n\nMost Americans, according to the National Academies report, still believe \
             immigration is a good thing.";
    assert_eq!(
        rows(t),
        [(
            Indirect,
            vec![
                "Most Americans".to_string(),
                "still believe immigration is a good thing".to_string()
            ],
            Some("according to".to_string()),
            Some("the National Academies report".to_string()),
            Some("the National Academies report".to_string()),
        )]
    );
}

#[test]
fn a_quotation_inside_a_reported_clause_is_mixed_speech() {
    let t = "T\n\nMayor Bill Smith spoke, adding that it would take \"more hours\" before details emerge.";
    let r = rows(t);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, Mixed);
    assert_eq!(
        r[0].1,
        ["that it would take \"more hours\" before details emerge".to_string()]
    );
}

#[test]
fn progressive_cues_have_their_subject_as_speaker() {
    let t = "T\n\nDonald Trump is telling a veterans group that the military is depleted.";
    assert_eq!(
        rows(t),
        [row(
            Indirect,
            &["that the military is depleted"],
            "telling",
            "Donald Trump",
            Some("Donald Trump")
        )]
    );
}

#[test]
fn a_participle_before_a_quoted_fragment_after_a_quote_reports_mixed_speech() {
    let t = "T\n\nMayor Bill Smith spoke.\n\n\"We see no link,\" Smith said, adding that it \
             would take \"more hours\" before details emerge.";
    let r = rows(t);
    assert_eq!(r.len(), 2);
    assert_eq!(
        r[0],
        row(
            Direct,
            &["\"We see no link,\""],
            "said",
            "Smith",
            Some("Bill Smith")
        )
    );
    assert_eq!(r[1].0, Mixed);
    assert_eq!(
        r[1].1,
        ["that it would take \"more hours\" before details emerge".to_string()]
    );
    assert_eq!(r[1].2.as_deref(), Some("adding"));
}

#[test]
fn appositions_between_a_quotation_and_its_cue_keep_the_name_as_speaker() {
    let t = "T\n\n“It’s an invasion of the state domain,” Scott Pruitt, the attorney general \
             of Oklahoma, one of the states suing the agency, said on Monday.";
    assert_eq!(
        rows(t),
        [row(
            Direct,
            &["“It’s an invasion of the state domain,”"],
            "said",
            "Scott Pruitt",
            Some("Scott Pruitt")
        )]
    );
}

#[test]
fn a_cue_right_after_and_takes_the_sentence_subject() {
    let t = "T\n\nProtesters took to the streets and chanted \"What curfew?\"";
    let r = rows(t);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].2.as_deref(), Some("chanted"));
    assert_eq!(r[0].3.as_deref(), Some("Protesters"));
}

/// "Burton and Nick said": one mention, the statement credited to both speakers — the first
/// in `speaker_id`, the other in `co_speaker_ids`.
#[test]
fn coordinated_speakers_are_each_credited() {
    let text = "Talks\n\nJoe Burton and Ann Nick said the plan would fail.";
    let q = extract(&Article::parse(text).expect("parses"));
    assert_eq!(q.quotes.len(), 1);
    let x = &q.quotes[0];
    assert_eq!(
        x.speaker.map(|s| s.text(text)),
        Some("Joe Burton and Ann Nick")
    );
    let name = |id: usize| q.speakers[id].name.as_str();
    assert_eq!(x.speaker_id.map(name), Some("Joe Burton"));
    let co: Vec<&str> = x.co_speaker_ids.iter().map(|&id| name(id)).collect();
    assert_eq!(co, ["Ann Nick"]);
}
