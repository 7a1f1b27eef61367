//! Linking speakers across articles.
//!
//! Every article's speaker entities (see [`speakers`](crate::speakers)) become one node each;
//! nodes are joined with hash maps, so the work is linear in the number of speakers:
//!
//! 1. **Same name.** Persons (and named speakers of unknown kind) with the same full name
//!    ("Matthew Miller" and "Matthew Miller"); organizations with the same name, a leading
//!    "the" and case ignored ("the State Department", "State Department") — only names with a
//!    capitalized word: "the ministry" in two articles is not one ministry.
//! 2. **Surname.** A one-word name ("Miller": the article never gave the full name) joins
//!    the full name with that surname when exactly one such person is known (gender not
//!    contradicting); with two "Millers" known it stays apart; with none, the articles'
//!    "Miller"s are taken for one person.
//! 3. **Description.** A statement whose speaker is only described ("a State Department
//!    spokesperson said ...", the article naming nobody) joins the one person whose
//!    description matches: one description is the other or ends it ("U.S. State Department
//!    spokesperson" ends with "State Department spokesperson"). The shorter one needs two
//!    words or more, one of them capitalized (a generic "the spokesperson" or "a senior
//!    official" links nobody), and the match must be unique.
//!
//! Groups ("officials", "Russian media") are never linked: two articles' "officials" are
//! not known to be the same people.
//!
//! ```
//! use quotewire::compare::{link::link_speakers, LinkVia, Source};
//! use quotewire::{extract, Article};
//!
//! let a = "Talks\n\nMatthew Miller, the State Department spokesperson, spoke.\n\n\
//!          “We are concerned,” Miller said.";
//! let b = "Talks\n\n“We are watching,” Miller said on Tuesday.";
//! let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
//! let speakers = link_speakers(&[Source::new(a, &qa), Source::new(b, &qb)]);
//! let miller = speakers.iter().find(|s| s.name == "Matthew Miller").unwrap();
//! let via: Vec<(usize, LinkVia)> = miller.articles.iter().map(|x| (x.article, x.via)).collect();
//! assert_eq!(via, [(0, LinkVia::Name), (1, LinkVia::Surname)]);
//! # Ok::<(), quotewire::Error>(())
//! ```

use super::{LinkVia, LinkedSpeaker, Source, SpeakerInArticle};
use crate::lexicon::Lexicons;
use crate::speakers::{Gender, SpeakerKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The default English lexicons (titles, to recognize a described speaker).
pub(crate) fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(Lexicons::english)
}

/// Speakers linked across articles, plus the linked speaker of every quote.
#[derive(Debug, Clone, Default)]
pub(crate) struct Links {
    pub speakers: Vec<LinkedSpeaker>,
    /// `quote_speaker[article][quote]`: index into `speakers`.
    pub quote_speaker: Vec<Vec<Option<usize>>>,
}

/// Links the speakers of `sources` across articles (see the [module](self) docs). Every
/// speaker entity of every article appears in exactly one [`LinkedSpeaker`]; a speaker found
/// in one article only is a linked speaker with one entry. Order: by first appearance.
///
/// ```
/// use quotewire::compare::{link::link_speakers, Source};
/// use quotewire::{extract, Article};
/// let t = "T\n\n“No,” Jane Roe said.";
/// let q = extract(&Article::parse(t)?);
/// let s = link_speakers(&[Source::new(t, &q), Source::new(t, &q)]);
/// assert_eq!(s.len(), 1);
/// assert_eq!(s[0].articles.len(), 2);
/// # Ok::<(), quotewire::Error>(())
/// ```
pub fn link_speakers(sources: &[Source<'_>]) -> Vec<LinkedSpeaker> {
    link(sources).speakers
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "a" | "an" | "the" | "this" | "that" | "one" | "another"
    )
}

/// A name or description split into normalized words (lowercase, possessive and surrounding
/// punctuation stripped) with whether each was capitalized.
fn norm_words(s: &str) -> Vec<(String, bool)> {
    s.split_whitespace()
        .map(crate::speakers::strip_possessive)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| {
            (
                w.to_lowercase(),
                w.chars().next().is_some_and(char::is_uppercase),
            )
        })
        .collect()
}

fn key(ws: &[(String, bool)]) -> String {
    let mut k = String::new();
    for (i, (w, _)) in ws.iter().enumerate() {
        if i > 0 {
            k.push(' ');
        }
        k.push_str(w);
    }
    k
}

/// Description words without leading determiners; `None` when too generic to link (fewer
/// than two words, or no capitalized word).
fn description(s: &str) -> Option<Vec<(String, bool)>> {
    let mut ws = norm_words(s);
    while ws.first().is_some_and(|(w, _)| is_determiner(w)) {
        ws.remove(0);
    }
    linkable(&ws).then_some(ws)
}

fn linkable(ws: &[(String, bool)]) -> bool {
    ws.len() >= 2 && ws.iter().any(|(_, cap)| *cap)
}

/// None, exactly one, or several distinct values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Uniq {
    #[default]
    None,
    One(usize),
    Many,
}

impl Uniq {
    fn with(self, x: usize) -> Uniq {
        match self {
            Uniq::None => Uniq::One(x),
            Uniq::One(y) if y == x => self,
            _ => Uniq::Many,
        }
    }
    fn merge(self, other: Uniq) -> Uniq {
        match other {
            Uniq::None => self,
            Uniq::One(x) => self.with(x),
            Uniq::Many => Uniq::Many,
        }
    }
}

/// The persons a description key points to: through any suffix, or a whole description.
#[derive(Debug, Clone, Copy, Default)]
struct Hits {
    any: Uniq,
    full: Uniq,
}

struct Uf(Vec<usize>);

impl Uf {
    fn find(&mut self, mut x: usize) -> usize {
        while let Some(&p) = self.0.get(x) {
            if p == x {
                break;
            }
            let gp = self.0.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.0.get_mut(x) {
                *slot = gp;
            }
            x = gp;
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            if let Some(slot) = self.0.get_mut(hi) {
                *slot = lo;
            }
        }
    }
}

/// One node: an article's speaker entity, or a described speaker mention of one quote.
struct Node {
    article: usize,
    speaker_id: Option<usize>,
    quote: Option<usize>,
    name: String,
    kind: SpeakerKind,
    gender: Gender,
    words: Vec<(String, bool)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Class {
    Named,
    Org,
}

fn class(kind: SpeakerKind) -> Option<Class> {
    match kind {
        SpeakerKind::Person | SpeakerKind::Unknown => Some(Class::Named),
        SpeakerKind::Organization => Some(Class::Org),
        SpeakerKind::Group => None,
    }
}

pub(crate) fn link(sources: &[Source<'_>]) -> Links {
    let lex = lexicons();
    let mut nodes: Vec<Node> = Vec::new();
    // entity node of (article, speaker id)
    let mut entity_node: Vec<Vec<usize>> = Vec::with_capacity(sources.len());
    for (a, src) in sources.iter().enumerate() {
        let mut ids = Vec::with_capacity(src.quotes.speakers.len());
        for (sid, s) in src.quotes.speakers.iter().enumerate() {
            ids.push(nodes.len());
            let mut words = norm_words(&s.name);
            if s.kind == SpeakerKind::Organization {
                while words.first().is_some_and(|(w, _)| is_determiner(w)) {
                    words.remove(0);
                }
            }
            nodes.push(Node {
                article: a,
                speaker_id: Some(sid),
                quote: None,
                name: s.name.clone(),
                kind: s.kind,
                gender: s.gender,
                words,
            });
        }
        entity_node.push(ids);
    }
    let n_entities = nodes.len();
    // Described speaker mentions of quotes whose entity is not a person.
    for (a, src) in sources.iter().enumerate() {
        for (qi, q) in src.quotes.quotes.iter().enumerate() {
            let entity_kind = q
                .speaker_id
                .and_then(|id| src.quotes.speakers.get(id))
                .map(|s| s.kind);
            if entity_kind == Some(SpeakerKind::Person) {
                continue;
            }
            let Some(m) = q.speaker else { continue };
            let text = m.text(src.text);
            let mut raw = text.split_whitespace();
            let described = raw.next().is_some_and(is_determiner)
                && text
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| lex.is_title(w.trim_matches(|c: char| !c.is_alphanumeric())));
            if !described {
                continue;
            }
            let Some(words) = description(text) else {
                continue;
            };
            nodes.push(Node {
                article: a,
                speaker_id: None,
                quote: Some(qi),
                name: text.split_whitespace().collect::<Vec<_>>().join(" "),
                kind: SpeakerKind::Person,
                gender: Gender::Unknown,
                words,
            });
        }
    }

    let mut uf = Uf((0..nodes.len()).collect());
    // 1. Same full name (within a class); one-word person names wait for step 2.
    let mut by_name: HashMap<(Class, String), usize> = HashMap::new();
    for (i, n) in nodes.iter().enumerate().take(n_entities) {
        let Some(c) = class(n.kind) else { continue };
        if n.words.is_empty()
            || (c == Class::Org && !n.words.iter().any(|(_, cap)| *cap))
            || (c == Class::Named && n.words.len() == 1)
        {
            continue;
        }
        match by_name.entry((c, key(&n.words))) {
            std::collections::hash_map::Entry::Occupied(e) => uf.union(*e.get(), i),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
        }
    }
    // 2. A one-word name joins the one full name with that surname (gender permitting);
    //    with none, the same one-word names join each other; with several, it stays alone.
    const MAX_ROOTS: usize = 4;
    // surname -> distinct full-name roots with a known gender (at most MAX_ROOTS, then
    // `None`: too many to be unique whatever the gender)
    let mut by_surname: HashMap<&str, Option<Vec<(usize, Gender)>>> = HashMap::new();
    for (i, n) in nodes.iter().enumerate().take(n_entities) {
        if class(n.kind) != Some(Class::Named) || n.words.len() < 2 {
            continue;
        }
        let Some((last, _)) = n.words.last() else {
            continue;
        };
        let r = uf.find(i);
        let slot = by_surname
            .entry(last.as_str())
            .or_insert_with(|| Some(Vec::new()));
        let Some(list) = slot else { continue };
        if let Some((_, g)) = list.iter_mut().find(|(x, _)| *x == r) {
            if *g == Gender::Unknown {
                *g = n.gender;
            }
        } else if list.len() >= MAX_ROOTS {
            *slot = None;
        } else {
            list.push((r, n.gender));
        }
    }
    let mut lone: HashMap<&str, usize> = HashMap::new();
    for i in 0..n_entities {
        let Some(n) = nodes.get(i) else { continue };
        if class(n.kind) != Some(Class::Named) || n.words.len() != 1 {
            continue;
        }
        let Some((w, _)) = n.words.first() else {
            continue;
        };
        match by_surname.get(w.as_str()) {
            None => {
                let first = *lone.entry(w.as_str()).or_insert(i);
                uf.union(first, i);
            }
            Some(None) => {}
            Some(Some(list)) => {
                let fits: Vec<usize> = list
                    .iter()
                    .filter(|(_, g)| {
                        !matches!(
                            (*g, n.gender),
                            (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
                        )
                    })
                    .map(|(r, _)| *r)
                    .collect();
                if let [r] = fits[..] {
                    uf.union(r, i);
                }
            }
        }
    }
    // 3. Described mentions join the unique person whose description matches. Per
    //    description key: the one person (root) it describes, or several.
    let mut by_desc: HashMap<String, Hits> = HashMap::new();
    for (a, src) in sources.iter().enumerate() {
        for (sid, s) in src.quotes.speakers.iter().enumerate() {
            if s.kind != SpeakerKind::Person {
                continue;
            }
            let Some(&node) = entity_node.get(a).and_then(|v| v.get(sid)) else {
                continue;
            };
            let root = uf.find(node);
            for d in &s.descriptions {
                let Some(ws) = description(d) else { continue };
                for start in 0..ws.len() {
                    let suffix = ws.get(start..).unwrap_or_default();
                    if !linkable(suffix) {
                        break;
                    }
                    let hits = by_desc.entry(key(suffix)).or_default();
                    hits.any = hits.any.with(root);
                    if start == 0 {
                        hits.full = hits.full.with(root);
                    }
                }
            }
        }
    }
    for i in n_entities..nodes.len() {
        let Some(n) = nodes.get(i) else { continue };
        // the mention's description ends a person's description ...
        let mut found = by_desc.get(&key(&n.words)).map_or(Uniq::None, |h| h.any);
        // ... or a person's whole description ends the mention's
        for start in 1..n.words.len() {
            let suffix = n.words.get(start..).unwrap_or_default();
            if !linkable(suffix) {
                break;
            }
            if let Some(h) = by_desc.get(&key(suffix)) {
                found = found.merge(h.full);
            }
        }
        if let Uniq::One(r) = found {
            uf.union(r, i);
        }
    }

    // Collect linked speakers: roots in order of first appearance. Nodes are in article
    // order for entities; mention nodes joined to nothing are dropped (their quote keeps the
    // entity it was resolved to).
    let mut order: Vec<(usize, usize, usize)> = Vec::new(); // (article, tiebreak, node)
    for (i, n) in nodes.iter().enumerate() {
        let joined = i < n_entities || uf.find(i) != i;
        if joined {
            order.push((n.article, i, i));
        }
    }
    order.sort_unstable();
    let mut root_index: HashMap<usize, usize> = HashMap::new();
    let mut speakers: Vec<LinkedSpeaker> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for &(_, _, i) in &order {
        let r = uf.find(i);
        let idx = *root_index.entry(r).or_insert_with(|| {
            speakers.push(LinkedSpeaker {
                name: String::new(),
                kind: SpeakerKind::Unknown,
                articles: Vec::new(),
            });
            members.push(Vec::new());
            speakers.len() - 1
        });
        if let Some(m) = members.get_mut(idx) {
            m.push(i);
        }
    }
    // Quotes per (article, speaker id), minus those a joined described mention claims.
    let mut by_speaker: Vec<Vec<Vec<usize>>> = sources
        .iter()
        .map(|s| vec![Vec::new(); s.quotes.speakers.len()])
        .collect();
    let mut claimed: std::collections::HashSet<(usize, usize)> = Default::default();
    for (i, n) in nodes.iter().enumerate().skip(n_entities) {
        if let (Some(qi), true) = (n.quote, uf.find(i) != i) {
            claimed.insert((n.article, qi));
        }
    }
    for (a, src) in sources.iter().enumerate() {
        for (qi, q) in src.quotes.quotes.iter().enumerate() {
            if claimed.contains(&(a, qi)) {
                continue;
            }
            if let Some(list) = q
                .speaker_id
                .and_then(|sid| by_speaker.get_mut(a).and_then(|v| v.get_mut(sid)))
            {
                list.push(qi);
            }
        }
    }
    let mut quote_speaker: Vec<Vec<Option<usize>>> = sources
        .iter()
        .map(|s| vec![None; s.quotes.quotes.len()])
        .collect();
    for (idx, (sp, ms)) in speakers.iter_mut().zip(&members).enumerate() {
        // Name: the entity name with the most words (first such); kind: person if any.
        let best = ms
            .iter()
            .filter_map(|&i| nodes.get(i).map(|n| (i, n)))
            .filter(|(i, _)| *i < n_entities)
            .max_by(|(ia, a), (ib, b)| a.words.len().cmp(&b.words.len()).then(ib.cmp(ia)));
        let Some((_, best)) = best else { continue };
        sp.name = best.name.clone();
        sp.kind = if ms
            .iter()
            .any(|&i| i < n_entities && nodes.get(i).is_some_and(|n| n.kind == SpeakerKind::Person))
        {
            SpeakerKind::Person
        } else {
            best.kind
        };
        let full_key = key(&best.words);
        for &i in ms {
            let Some(n) = nodes.get(i) else { continue };
            let via = if i >= n_entities {
                LinkVia::Description
            } else if key(&n.words) == full_key || best.words.len() < 2 || n.words.len() >= 2 {
                LinkVia::Name
            } else {
                LinkVia::Surname
            };
            let quotes: Vec<usize> = match (n.speaker_id, n.quote) {
                (Some(sid), _) => by_speaker
                    .get(n.article)
                    .and_then(|v| v.get(sid))
                    .cloned()
                    .unwrap_or_default(),
                (None, Some(qi)) => vec![qi],
                (None, None) => Vec::new(),
            };
            for &qi in &quotes {
                if let Some(slot) = quote_speaker.get_mut(n.article).and_then(|r| r.get_mut(qi)) {
                    *slot = Some(idx);
                }
            }
            // A described mention may repeat in one article: one entry per article.
            if n.speaker_id.is_none() {
                // (members are in article order, an article's mentions after its entities)
                if let Some(e) = sp
                    .articles
                    .last_mut()
                    .filter(|e| e.article == n.article && e.speaker_id.is_none())
                {
                    e.quotes.extend(quotes);
                    continue;
                }
            }
            sp.articles.push(SpeakerInArticle {
                article: n.article,
                speaker_id: n.speaker_id,
                name: n.name.clone(),
                via,
                quotes,
            });
        }
        sp.articles
            .sort_by_key(|e| (e.article, e.speaker_id.is_none(), e.speaker_id));
    }
    Links {
        speakers,
        quote_speaker,
    }
}
