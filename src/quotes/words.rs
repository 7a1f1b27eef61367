//! Closed-class word lists of the quote layer (crate-internal) and their bit flags: each
//! token's lower-cased text is looked up in all of them once, through the compiled
//! vocabulary (`crate::lexicon::Vocab`).

use super::lexicon::lower;
/// The lexicon classes' bits, set on tokens beside the closed-class bits below.
pub(crate) use crate::lexicon::{
    F_CUE, F_GROUP_NOUN, F_HONORIFIC, F_ORG_WORD, F_PARTICLE, F_PRONOUN, F_REPORT_NOUN, F_TITLE,
};

pub(crate) const STOP_CAP: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "but",
    "and",
    "for",
    "as",
    "with",
    "after",
    "before",
    "when",
    "while",
    "if",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "there",
    "here",
    "his",
    "her",
    "their",
    "our",
    "its",
    "what",
    "who",
    "why",
    "how",
    "so",
    "yet",
    "also",
    "then",
    "now",
    "still",
    "by",
    "from",
    "to",
    "of",
    "or",
    "not",
    "no",
    "yes",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "all",
    "any",
    "one",
    "two",
    "my",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "mr",
    "mrs",
    "ms",
    "you",
    "me",
    "us",
    "them",
    "him",
    "though",
    "although",
    "because",
    "since",
    "until",
    "during",
    "according",
    "over",
    "under",
    "about",
    "instead",
    "meanwhile",
    "however",
    "asked",
    "despite",
    "like",
    "unlike",
    "just",
    "even",
    "only",
    "more",
    "less",
    "other",
    "another",
    "such",
    "where",
    "which",
    "whether",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "will",
    "would",
    "can",
    "could",
    "should",
    "let",
    "last",
    "next",
    "first",
    "new",
    "updated",
    "related",
    "read",
    "photo",
    "image",
    "video",
    "watch",
    "follow",
    "see",
];

pub(crate) const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "previously",
    "once",
    "would",
    "will",
    "did",
    "does",
    "do",
    "not",
    "never",
    "was",
    "were",
    "is",
    "are",
    "been",
    "be",
    "may",
    "might",
    "could",
    "can",
    "should",
    "must",
    "just",
    "even",
    "initially",
    "first",
    "last",
    "always",
    "earlier",
    "since",
    "again",
    "already",
    "still",
    "further",
    "often",
    "long",
    "reportedly",
    "recently",
    "had",
    "n't",
    "being",
    "only",
    "once",
    "too",
    "now",
    "subsequently",
];

/// Words opening an adverbial after a cue ("said in a statement", "said when asked").
pub(crate) const ADVERBIAL_START: &[&str] = &[
    "in", "on", "at", "during", "when", "while", "as", "after", "before", "from", "via", "through",
    "since", "until", "—", "–",
];

/// Words that make a cue's object a clause (finite verbs and auxiliaries, pronoun subjects).
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "has",
    "have",
    "had",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "did",
    "does",
    "do",
    "he",
    "she",
    "they",
    "we",
    "i",
    "it",
    "there",
    "isn't",
    "wasn't",
    "won't",
    "wouldn't",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "hasn't",
    "haven't",
    "aren't",
    "weren't",
    "couldn't",
    "shouldn't",
    "hadn't",
    "isn’t",
    "wasn’t",
    "won’t",
    "wouldn’t",
    "can’t",
    "don’t",
    "doesn’t",
    "didn’t",
    "hasn’t",
    "haven’t",
    "aren’t",
    "weren’t",
    "couldn’t",
    "shouldn’t",
    "hadn’t",
];

/// Words after which a noun-phrase object is over ("endorsed Trump after the debate").
pub(crate) const OBJECT_STOP: &[&str] = &[
    "after", "before", "because", "while", "when", "since", "although", "though", "despite",
    "which", "who", "whose", "but",
];

/// Determiners and possessives: a cue word right after one is a noun ("his comments").
pub(crate) const DET_ONLY: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "this",
    "that", "whose",
];

/// Prepositions opening an adverbial before a subject ("In a statement, X said ...").
pub(crate) const ADVERBIAL_LEAD: &[&str] = &[
    "in", "on", "at", "for", "to", "among", "during", "after", "before", "from", "with", "under",
    "by", "unlike", "like", "despite", "even",
];

/// Evidential verbs whose subject is not a source ("appeared to", "seems to").
pub(crate) const RAISING: &[&str] = &["appear", "appears", "appeared", "seem", "seems", "seemed"];

/// Subordinators: "said when asked" has no reported clause.
pub(crate) const SUBORDINATORS: &[&str] =
    &["when", "while", "as", "after", "before", "since", "until"];

pub(crate) const DETS: &[&str] = &[
    "the", "a", "an", "one", "his", "her", "its", "their", "this", "these", "those", "our", "some",
    "many", "most", "several", "other", "another", "both", "two", "three", "few", "my", "your",
];

pub(crate) const NOMINAL_STOP: &[&str] = &[
    "in", "on", "at", "of", "for", "with", "by", "from", "to", "about", "over", "after", "before",
    "during", "and", "but", "or", "that", "which", "who", "when", "while", "as", "because", "if",
    "is", "was", "are", "were", "has", "have", "had", "be", "been", "will", "would", "not", "it",
    "there", "than", "then", "said", "says", "so", "what", "where", "against", "into", "under",
    "through", "since", "until", "whether", "how", "why",
];

/// Connectors inside names ("Ursula von der Leyen").
pub(crate) const CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "bin", "al", "da", "del", "la", "le", "di", "du",
];

/// Articles.
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// Words ending a name before a cue ("Smith, who said").
pub(crate) const NAME_END: &[&str] = &["who", "which", "said", "says", "and"];

/// Forms of "be" before a passive participle ("was revealed").
pub(crate) const BE_FORMS: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];

/// Prepositions of place and source ("in Ohio", "from Reuters").
pub(crate) const PLACE_PREPS: &[&str] = &["on", "in", "at", "from", "with", "for", "to"];

/// Determiners before a quoted term ("the 'deal'").
pub(crate) const TERM_DETS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "this", "that",
];

/// Words before a passive "asked" ("when asked", "was asked").
pub(crate) const ASKED_LEAD: &[&str] = &[
    "when", "if", "after", "once", "was", "were", "is", "are", "be", "been", "being", "later",
    "also",
];

/// Words opening the object of "asked" ("asked whether", "asked about").
pub(crate) const ASKED_OBJECT: &[&str] = &[
    "whether", "if", "about", "what", "how", "why", "who", "when", "where", "which", "to",
];

/// Words opening a subordinate clause before the main one ("When Trump suggested ...").
pub(crate) const SUBORDINATE_LEAD: &[&str] = &[
    "when", "as", "after", "while", "although", "though", "if", "because", "since", "before",
    "until", "once", "whether",
];

/// Possessive determiners.
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our"];

/// "that".
pub(crate) const THAT: &[&str] = &["that"];

/// Coordinators "and", "but".
pub(crate) const AND_BUT: &[&str] = &["and", "but"];

/// Words that cannot open a headline speaker.
pub(crate) const HEADLINE_LEAD: &[&str] = &["the", "a", "an", "on", "in", "at", "for", "beyond"];

/// Negations and "more": no part of a headline speaker.
pub(crate) const NO_NOT_MORE: &[&str] = &["no", "not", "more"];

/// Words that open a report without a cue verb: "according (to X)", "(when) asked",
/// "(as X) put (it)".
pub(crate) const REPORT_OPENERS: &[&str] = &["according", "asked", "put"];

/// Number words (a hyphenated number is a number when each part is one).
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// Fractions that name a share on their own ("half said", "two-thirds say").
pub(crate) const FRACTIONS: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "majority",
    "plurality",
];

/// Words after a number that make it a share ("61 percent").
pub(crate) const PERCENT: &[&str] = &["percent", "pct"];

/// Participles that make "those" a polled group ("those surveyed").
pub(crate) const POLLED: &[&str] = &[
    "surveyed",
    "polled",
    "questioned",
    "interviewed",
    "asked",
    "sampled",
];

/// "of", which joins a share to its group ("61 percent of voters").
pub(crate) const OF: &[&str] = &["of"];

/// "to", which opens an infinitive complement ("declined to comment").
pub(crate) const TO: &[&str] = &["to"];

// Bits of `Tok::flags`, one for each word list above: the lists are the source of truth,
// and each token's lower-cased text is looked up in all of them once (`crate::lexicon::Vocab`).
pub(crate) const F_STOP_CAP: u64 = 1 << 0;
pub(crate) const F_AUX: u64 = 1 << 1;
pub(crate) const F_ADVERBIAL_START: u64 = 1 << 2;
pub(crate) const F_CLAUSE_WORDS: u64 = 1 << 3;
pub(crate) const F_OBJECT_STOP: u64 = 1 << 4;
pub(crate) const F_DET_ONLY: u64 = 1 << 5;
pub(crate) const F_ADVERBIAL_LEAD: u64 = 1 << 6;
pub(crate) const F_RAISING: u64 = 1 << 7;
pub(crate) const F_SUBORDINATORS: u64 = 1 << 8;
pub(crate) const F_DETS: u64 = 1 << 9;
pub(crate) const F_NOMINAL_STOP: u64 = 1 << 10;
pub(crate) const F_CONNECTORS: u64 = 1 << 11;
pub(crate) const F_ARTICLES: u64 = 1 << 12;
pub(crate) const F_NAME_END: u64 = 1 << 13;
pub(crate) const F_BE_FORMS: u64 = 1 << 14;
pub(crate) const F_PLACE_PREPS: u64 = 1 << 15;
pub(crate) const F_TERM_DETS: u64 = 1 << 16;
pub(crate) const F_ASKED_LEAD: u64 = 1 << 17;
pub(crate) const F_ASKED_OBJECT: u64 = 1 << 18;
pub(crate) const F_SUBORDINATE_LEAD: u64 = 1 << 19;
pub(crate) const F_POSSESSIVES: u64 = 1 << 20;
pub(crate) const F_THAT: u64 = 1 << 21;
pub(crate) const F_AND_BUT: u64 = 1 << 22;
pub(crate) const F_HEADLINE_LEAD: u64 = 1 << 23;
pub(crate) const F_NO_NOT_MORE: u64 = 1 << 24;
pub(crate) const F_REPORT_OPENERS: u64 = 1 << 25;
/// Any word of a share: number words, fractions, "percent", the polled participles.
pub(crate) const F_SHARE: u64 = 1 << 26;
pub(crate) const F_OF: u64 = 1 << 27;
pub(crate) const F_TO: u64 = 1 << 28;
pub(crate) const F_WHETHER: u64 = 1 << 29;
pub(crate) const F_RELATIVES: u64 = 1 << 30;
pub(crate) const F_CONTROL_LEAD: u64 = 1 << 31;
// (bits 32..=46 are the lexicon's, `crate::lexicon::vocab`)
pub(crate) const F_TAG_DET: u64 = 1 << 48;
pub(crate) const F_TAG_SUBJECT: u64 = 1 << 49;
pub(crate) const F_TAG_PREP: u64 = 1 << 51;
pub(crate) const F_TAG_CONJ: u64 = 1 << 52;
pub(crate) const F_TAG_ADV: u64 = 1 << 53;
pub(crate) const F_TAG_VERB: u64 = 1 << 54;
pub(crate) const F_TAG_QUANTIFIER: u64 = 1 << 55;

/// "whether": opens a wh-clause (a clause boundary).
pub(crate) const WHETHER: &[&str] = &["whether"];

/// Relative pronouns opening a relative clause (a clause boundary).
pub(crate) const RELATIVES: &[&str] = &["who", "whom", "whose", "which"];

/// Words after which a cue's -ing form is a gerund whose subject governs the clause:
/// prepositions ("by talking about") and aspectual verbs ("began talking about").
pub(crate) const CONTROL_LEAD: &[&str] = &[
    "by",
    "without",
    "upon",
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "start",
    "starts",
    "started",
    "starting",
    "keep",
    "keeps",
    "kept",
    "keeping",
    "stop",
    "stops",
    "stopped",
    "resume",
    "resumed",
    "resumes",
];

/// The tagger's closed classes ([`crate::quotes::clauses::tags`]): determiners and
/// quantifiers besides [`DETS`].
pub(crate) const TAG_DET: &[&str] = &[
    "the", "a", "an", "these", "those", "some", "any", "each", "every", "no", "all", "both",
    "either", "neither", "another", "such", "many", "several", "few", "most", "my", "your", "our",
    "his", "her", "its", "their",
];

/// Quantifiers, which stand for their noun as a subject ("Most say").
pub(crate) const TAG_QUANTIFIER: &[&str] = &[
    "some", "any", "all", "both", "either", "neither", "many", "several", "few", "most", "one",
    "two", "three", "other", "others", "more", "fewer",
];

/// Subject pronouns and the relatives that can stand before a verb.
pub(crate) const TAG_SUBJECT: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "who", "that", "which",
];

/// Prepositions ("to" is [`TO`]).
pub(crate) const TAG_PREP: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "about",
    "over",
    "after",
    "before",
    "during",
    "against",
    "into",
    "under",
    "through",
    "since",
    "until",
    "among",
    "between",
    "without",
    "within",
    "amid",
    "despite",
    "toward",
    "towards",
    "across",
    "around",
    "near",
    "upon",
    "via",
    "per",
    "like",
    "than",
    "onto",
    "behind",
    "beyond",
    "throughout",
];

/// Coordinators.
pub(crate) const TAG_CONJ: &[&str] = &["and", "or", "but", "nor", "yet"];

/// Adverbs without an -ly.
pub(crate) const TAG_ADV: &[&str] = &[
    "not", "never", "also", "still", "just", "already", "even", "only", "now", "then", "again",
    "often", "always", "ever", "soon", "later", "once", "too", "very", "really", "since",
];

/// Irregular past forms, verbs whatever stands around them.
pub(crate) const TAG_VERB: &[&str] = &[
    "went",
    "came",
    "took",
    "made",
    "gave",
    "got",
    "ran",
    "met",
    "said",
    "told",
    "left",
    "held",
    "spent",
    "sent",
    "brought",
    "thought",
    "knew",
    "saw",
    "began",
    "kept",
    "stood",
    "sat",
    "won",
    "lost",
    "paid",
    "led",
    "heard",
    "felt",
    "wrote",
    "spoke",
    "drew",
    "became",
    "chose",
    "fought",
    "sought",
    "taught",
    "caught",
    "bought",
    "grew",
    "threw",
    "flew",
    "rose",
    "fell",
    "broke",
    "drove",
    "ate",
    "forgot",
    "understood",
    "meant",
    "built",
    "struck",
];

/// Each flag with its list.
pub(crate) const FLAG_LISTS: &[(u64, &[&str])] = &[
    (F_STOP_CAP, STOP_CAP),
    (F_AUX, AUX),
    (F_ADVERBIAL_START, ADVERBIAL_START),
    (F_CLAUSE_WORDS, CLAUSE_WORDS),
    (F_OBJECT_STOP, OBJECT_STOP),
    (F_DET_ONLY, DET_ONLY),
    (F_ADVERBIAL_LEAD, ADVERBIAL_LEAD),
    (F_RAISING, RAISING),
    (F_SUBORDINATORS, SUBORDINATORS),
    (F_DETS, DETS),
    (F_NOMINAL_STOP, NOMINAL_STOP),
    (F_CONNECTORS, CONNECTORS),
    (F_ARTICLES, ARTICLES),
    (F_NAME_END, NAME_END),
    (F_BE_FORMS, BE_FORMS),
    (F_PLACE_PREPS, PLACE_PREPS),
    (F_TERM_DETS, TERM_DETS),
    (F_ASKED_LEAD, ASKED_LEAD),
    (F_ASKED_OBJECT, ASKED_OBJECT),
    (F_SUBORDINATE_LEAD, SUBORDINATE_LEAD),
    (F_POSSESSIVES, POSSESSIVES),
    (F_THAT, THAT),
    (F_AND_BUT, AND_BUT),
    (F_HEADLINE_LEAD, HEADLINE_LEAD),
    (F_NO_NOT_MORE, NO_NOT_MORE),
    (F_REPORT_OPENERS, REPORT_OPENERS),
    (F_SHARE, NUMBER_WORDS),
    (F_SHARE, FRACTIONS),
    (F_SHARE, PERCENT),
    (F_SHARE, POLLED),
    (F_OF, OF),
    (F_TO, TO),
    (F_WHETHER, WHETHER),
    (F_RELATIVES, RELATIVES),
    (F_CONTROL_LEAD, CONTROL_LEAD),
    (F_TAG_DET, TAG_DET),
    (F_TAG_SUBJECT, TAG_SUBJECT),
    (F_TAG_PREP, TAG_PREP),
    (F_TAG_CONJ, TAG_CONJ),
    (F_TAG_ADV, TAG_ADV),
    (F_TAG_VERB, TAG_VERB),
    (F_TAG_QUANTIFIER, TAG_QUANTIFIER),
];

/// A lower-cased word: the original slice when it has no ASCII capitals, else a copy on
/// the stack (no allocation); empty when longer than 40 bytes.
#[derive(Clone, Copy)]
pub(crate) enum Low<'a> {
    Same(&'a str),
    Copy([u8; 40], usize),
}

impl<'a> Low<'a> {
    pub(crate) fn new(w: &'a str) -> Low<'a> {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return Low::Same(w);
        }
        let mut buf = [0u8; 40];
        let len = lower(w, &mut buf).map_or(0, str::len);
        Low::Copy(buf, len)
    }
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Low::Same(s) => s,
            Low::Copy(buf, len) => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
        }
    }
}

impl std::ops::Deref for Low<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
