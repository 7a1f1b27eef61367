//! The extraction rules, one module per family of constructions, in the order the
//! driver ([`super::extract`]) runs them:
//!
//! 1. [`names`]: capitalized runs become speaker entities (while blocks are prepared);
//! 2. [`headline`] / [`transcript`]: a whole block as one statement;
//! 3. [`direct`] with [`attribution`]: quotations and the cue and speaker crediting them;
//!    [`continuation`]: quotations going on from a statement, across paragraphs too;
//! 4. [`indirect`]: reported speech, sentence by sentence, trying [`passive`],
//!    [`according`], [`cue_noun`] and [`participle`] besides the cue verbs;
//! 5. [`terms`]: the quotations no statement took.
//!
//! Rules read a block through [`crate::quotes::ctx`], [`crate::quotes::phrases`] and
//! [`crate::quotes::content`], and record statements with `Ctx::push`.

pub(crate) mod according;
pub(crate) mod attribution;
pub(crate) mod continuation;
pub(crate) mod cue_noun;
pub(crate) mod direct;
pub(crate) mod headline;
pub(crate) mod indirect;
pub(crate) mod names;
pub(crate) mod participle;
pub(crate) mod passive;
pub(crate) mod terms;
pub(crate) mod transcript;

/// What the tests of the rules look at.
#[cfg(test)]
pub(crate) mod testing {
    use crate::quotes::QuoteKind;

    /// One statement as text: kind, content spans, cue, speaker mention.
    pub(crate) type Stmt<'t> = (QuoteKind, Vec<&'t str>, Option<&'t str>, Option<&'t str>);

    /// The statements extracted from `text` (an article: title, blank line, body).
    pub(crate) fn statements(text: &str) -> Vec<Stmt<'_>> {
        let article = crate::Article::parse(text).unwrap();
        crate::quotes::extract(&article)
            .quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.content.iter().map(|c| c.text(text)).collect(),
                    q.cue.map(|c| c.text(text)),
                    q.speaker.map(|s| s.text(text)),
                )
            })
            .collect()
    }
}
