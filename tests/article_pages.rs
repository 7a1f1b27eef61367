//! Whole-page text (issue 4): the article is found among menus, share bars, related lists,
//! comments, cookie notices and footers.

use quotewire::article::BoilerplateReason;
use quotewire::{Article, BlockKind};

const NEWS_PAGE: &str = include_str!("fixtures/pages/news_site_page.txt");
const BLOG_PAGE: &str = include_str!("fixtures/pages/blog_page.txt");

fn texts<'a>(a: &'a Article, kind: BlockKind) -> Vec<&'a str> {
    a.blocks_of(kind).map(|b| a.span_text(b.span)).collect()
}

fn reason_of(a: &Article, line: &str) -> Option<BoilerplateReason> {
    a.blocks_of(BlockKind::Boilerplate)
        .find(|b| a.span_text(b.span) == line)
        .and_then(|b| b.reason)
}

#[test]
fn news_page_headline_is_the_line_repeating_the_page_title() {
    let a = Article::parse(NEWS_PAGE).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("City council approves new bike lanes downtown")
    );
    // the page title line itself ("... | The Riverside Herald") is not the headline
    assert_ne!(a.headline().map(|b| b.span.start), Some(0));
}

#[test]
fn news_page_body_is_the_six_article_paragraphs() {
    let a = Article::parse(NEWS_PAGE).unwrap();
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 6);
    assert!(body[0].starts_with("The city council voted 6-3 on Monday"));
    assert_eq!(
        body[5],
        "The project will cost an estimated $4.2 million, most of it covered by a state grant."
    );
}

#[test]
fn news_page_chrome_is_boilerplate_with_reasons() {
    let a = Article::parse(NEWS_PAGE).unwrap();
    assert_eq!(
        reason_of(&a, "Skip to main content"),
        Some(BoilerplateReason::Navigation)
    );
    assert_eq!(reason_of(&a, "Sign In"), Some(BoilerplateReason::Login));
    assert_eq!(reason_of(&a, "Facebook"), Some(BoilerplateReason::Share));
    assert_eq!(
        reason_of(&a, "Related Stories"),
        Some(BoilerplateReason::Related)
    );
    assert_eq!(
        reason_of(&a, "Most Read"),
        Some(BoilerplateReason::MostRead)
    );
    assert_eq!(
        reason_of(&a, "2 hours ago"),
        Some(BoilerplateReason::Metadata)
    );
    assert_eq!(
        reason_of(
            &a,
            "Finally! This should have happened years ago, and I hope they build more."
        ),
        Some(BoilerplateReason::AfterArticle)
    );
    assert_eq!(
        reason_of(&a, "Privacy Policy"),
        Some(BoilerplateReason::Legal)
    );
    assert_eq!(
        reason_of(&a, "© 2019 The Riverside Herald. All rights reserved."),
        Some(BoilerplateReason::Copyright)
    );
}

#[test]
fn blog_page_headline_standfirst_byline_and_body_around_a_cookie_banner() {
    let a = Article::parse(BLOG_PAGE).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Why the northern lights are brighter this year")
    );
    assert_eq!(
        a.subheadline().map(|b| a.span_text(b.span)),
        Some(
            "The sun is near the peak of its 11-year cycle, and that means more chances to see \
             auroras farther south."
        )
    );
    let by = a.byline().unwrap();
    assert_eq!(a.span_text(by.authors[0]), "Tom Becker");
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 5);
    assert!(body[0].starts_with("The northern lights have been showing up"));
    assert_eq!(
        body[4],
        "The best views come on clear, moonless nights far from city lights."
    );
    assert_eq!(
        reason_of(
            &a,
            "We use cookies to give you the best experience on our site. By continuing to \
             browse, you agree to our use of cookies."
        ),
        Some(BoilerplateReason::Cookie)
    );
    assert_eq!(
        reason_of(&a, "5 min read"),
        Some(BoilerplateReason::Metadata)
    );
    assert_eq!(
        reason_of(&a, "Sign up for our newsletter"),
        Some(BoilerplateReason::Newsletter)
    );
}

#[test]
fn clean_articles_are_not_mistaken_for_pages() {
    // a short clean article: every paragraph stays body, the first line is the headline
    let text = "Ferry service resumes after storm\n\nFerries resumed service on Tuesday.\n\n\
                Operators said schedules would be normal by Friday.\n\nThe storm closed the port for three days.";
    let a = Article::parse(text).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Ferry service resumes after storm")
    );
    assert_eq!(texts(&a, BlockKind::Body).len(), 3);
}

const FOREIGN_PAGE: &str = include_str!("fixtures/pages/foreign_chrome_page.txt");

#[test]
fn page_with_the_site_name_first_in_its_title_and_spanish_chrome() {
    let a = Article::parse(FOREIGN_PAGE).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Port workers end strike after wage deal")
    );
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 5, "body: {body:#?}");
    assert!(body[0].starts_with("Dock workers at Chile's busiest port"));
    assert!(body[4].starts_with("Exports of cherries and grapes"));
    assert_eq!(
        a.dateline().map(|b| a.span_text(b.span)),
        Some("VALPARAISO, Chile (AP) —")
    );
}

#[test]
fn long_comments_after_the_article_are_not_body() {
    let a = Article::parse(FOREIGN_PAGE).unwrap();
    let body = a.body_text();
    assert!(!body.contains("Finally, the government"), "body: {body}");
    assert!(!body.contains("Los trabajadores"), "body: {body}");
    assert!(!body.contains("Inflation slows"), "body: {body}");
}

const TEASER_PAGE: &str = include_str!("fixtures/pages/teaser_feed_page.txt");

#[test]
fn a_feed_of_teasers_after_a_short_article_is_not_body() {
    let a = Article::parse(TEASER_PAGE).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Town council approves new bike lanes")
    );
    let body = texts(&a, BlockKind::Body);
    assert!(
        body[0].starts_with("The Riverside town council voted 6-1"),
        "body: {body:#?}"
    );
    assert!(
        body.iter()
            .all(|p| !p.contains("library board") && !p.contains("expansion joints")),
        "body: {body:#?}"
    );
}

const CAPTION_FIRST_PAGE: &str = include_str!("fixtures/pages/caption_first_page.txt");

#[test]
fn a_byline_and_a_photo_caption_before_the_body_are_not_the_article() {
    let a = Article::parse(CAPTION_FIRST_PAGE).unwrap();
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 4, "body: {body:#?}");
    assert!(body[0].starts_with("The harbor tunnel reopened"));
    assert!(body[3].starts_with("The authority said it would add flood barriers"));
    // the byline with its date is a byline, its author the name alone
    let byline = a.blocks_of(BlockKind::Byline).next().expect("a byline");
    let authors: Vec<&str> = byline.authors.iter().map(|s| a.span_text(*s)).collect();
    assert_eq!(authors, vec!["Tomas Lindqvist"]);
}

#[test]
fn the_page_title_is_the_headline_without_the_site_name() {
    let a = Article::parse(CAPTION_FIRST_PAGE).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Harbor tunnel reopens after flood repairs")
    );
    // the site name stays in the document, as boilerplate
    assert_eq!(
        reason_of(&a, "| Coastline Daily News"),
        Some(BoilerplateReason::BeforeArticle)
    );
}

const GERMAN_PAGE: &str = include_str!("fixtures/pages/german_chrome_page.txt");

#[test]
fn chrome_in_german_is_boilerplate_with_its_reasons() {
    let a = Article::parse(GERMAN_PAGE).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Stadtwerke senken Strompreise zum Jahreswechsel")
    );
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 3, "body: {body:#?}");
    assert_eq!(
        reason_of(&a, "Startseite"),
        Some(BoilerplateReason::Navigation)
    );
    assert_eq!(reason_of(&a, "Anmelden"), Some(BoilerplateReason::Login));
    assert_eq!(
        reason_of(&a, "Abonnieren"),
        Some(BoilerplateReason::Subscribe)
    );
    assert_eq!(reason_of(&a, "Teilen"), Some(BoilerplateReason::Share));
    assert_eq!(
        reason_of(&a, "Mehr zum Thema"),
        Some(BoilerplateReason::Related)
    );
    assert_eq!(reason_of(&a, "Impressum"), Some(BoilerplateReason::Legal));
    assert_eq!(
        reason_of(&a, "© 2025 Nordkurier. Alle Rechte vorbehalten."),
        Some(BoilerplateReason::Copyright)
    );
}

const COMMENTS_PAGE: &str = include_str!("fixtures/pages/short_article_long_comments_page.txt");

#[test]
fn a_short_article_wins_over_the_longer_comment_thread_after_it() {
    let a = Article::parse(COMMENTS_PAGE).unwrap();
    let body = texts(&a, BlockKind::Body);
    assert_eq!(
        body,
        vec![
            "The Valley public library reopened on Saturday after a six-month renovation.",
            "The building now has a larger children's room and a quiet study floor.",
        ]
    );
}

#[test]
fn photo_captions_between_short_paragraphs_keep_the_body_whole() {
    let text = "Storm hits coast\n\n\
        The storm arrived on Monday and flooded the harbour district, officials said on Tuesday morning.\n\n\
        Waves break over the sea wall near the ferry terminal (Image: Coastline Photo Desk)\n\n\
        Residents were told to stay indoors until the water receded, the mayor said in a statement.\n\n\
        A man walks past a flooded street in the harbour district on Monday (Photo: Reuters)\n\n\
        The damage will take weeks to repair, engineers said after inspecting the sea wall.\n";
    let a = Article::parse(text).unwrap();
    let body = texts(&a, BlockKind::Body);
    assert_eq!(body.len(), 5, "body: {body:#?}");
    assert!(body[0].starts_with("The storm arrived on Monday"));
    assert!(body[4].starts_with("The damage will take weeks"));
}

#[test]
fn the_headline_after_a_menu_is_not_a_menu_entry() {
    let text = "World News\nUS Politics\nSign in\nSenate passes budget bill\n\nBy Ana Ruiz\n\n\
        The Senate passed the budget bill on Friday after a long night of votes, sending it to the House.\n\n\
        The House is expected to vote next week, leaders said.\n";
    let a = Article::parse(text).unwrap();
    assert_eq!(
        a.headline().map(|b| a.span_text(b.span)),
        Some("Senate passes budget bill")
    );
}

const BYLINE_LIST_PAGE: &str = include_str!("fixtures/pages/byline_then_denser_list_page.txt");

#[test]
fn the_run_after_the_byline_wins_over_a_denser_one_further_on() {
    let a = Article::parse(BYLINE_LIST_PAGE).unwrap();
    let body = texts(&a, BlockKind::Body);
    assert_eq!(
        body,
        vec![
            "The pier's string of lights was switched on for the winter season on Sunday evening.",
            "Volunteers replaced about 300 bulbs over the weekend, the pier trust said.",
        ]
    );
}
