//! The clause layer (crate-internal): what the rules would otherwise search the tokens for
//! again, computed from a block's token stream.
//!
//! - [`cues`]: the **cue candidates** (words that can head a reporting verb group, phrasal
//!   forms such as "called for") and the **report openers** ("according", "asked", report
//!   nouns), listed once per block;
//! - [`bounds`]: the **clause boundaries** (complementizers, relatives, subordinators,
//!   coordinators, clause punctuation), listed once per block;
//! - [`complement`]: the **complement** after a cue (clause, to-infinitive, object,
//!   as-phrase, quotation) and whether the cue's predicate frame reports through it;
//! - [`tags`]: a light **part-of-speech tagger** (closed-class words, suffixes, and the
//!   noun-or-verb reading of an ambiguous word from its neighbours), read on demand;
//! - [`verbs`]: the **verb group** of a cue (auxiliaries, negation, adverbs: passive,
//!   progressive, perfect, modal), read back from the cue when a rule asks;
//! - [`phrases`]: the **noun phrases** around a cue — the subject before it (with
//!   parentheticals, appositions, a head noun's preposition, coordinated names, a relative
//!   clause's antecedent), the speaker after an inverted cue, the source after
//!   "according to".
//!
//! The lists are built while the block enters the [`Stream`](super::block::Stream); verb
//! groups and noun phrases are read on demand around the few cue candidates a sentence
//! has, so a sentence without one costs nothing here.
//!
//! ```text
//! When he left ,  Roe   has  not  said   that   the plan , which failed , was hers .
//! Sub          ,  (NP)  [verb group    ]  That            , Rel         ,
//! ```

pub(crate) mod bounds;
pub(crate) mod complement;
pub(crate) mod cues;
pub(crate) mod phrases;
pub(crate) mod tags;
pub(crate) mod verbs;

pub(crate) use bounds::{bound, bounds_in, first_in, Bound, Boundary};
pub(crate) use complement::{complement, reports_through, Complement};
pub(crate) use cues::{cue_candidates, cues_in, may_report, report_openers, CueAt};
pub(crate) use tags::{first_verb, reads_as_noun, reads_as_verb};
pub(crate) use verbs::{is_finite_auxiliary, verb_group};
