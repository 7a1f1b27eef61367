//! The extraction rules, one module per family of constructions, in the order the
//! driver (`quotes::extract`, the module) runs them:
//!
//! 1. [`names`]: capitalized runs become speaker entities (while blocks are prepared);
//! 2. [`headline`], [`headline_says`] / [`transcript`]: a whole block as one statement;
//! 3. [`direct`] with [`attribution`]: quotations and the cue and speaker crediting them;
//!    [`continuation`]: quotations going on from a statement, across paragraphs too;
//! 4. [`indirect`]: reported speech, sentence by sentence, trying [`passive`],
//!    [`according`], [`cue_noun`], [`participle`] and [`control`] besides the cue verbs;
//!    [`after_indirect`]: a quote-only sentence or paragraph after reported speech;
//! 5. [`terms`]: the quotations no statement took.
//!
//! Rules read a block through [`crate::quotes::ctx`], [`crate::quotes::clauses`] and
//! [`crate::quotes::content`], and record statements with `Ctx::push`.

pub(crate) mod according;
pub(crate) mod after_indirect;
pub(crate) mod attribution;
pub(crate) mod continuation;
pub(crate) mod control;
pub(crate) mod cue_noun;
pub(crate) mod direct;
pub(crate) mod headline;
pub(crate) mod headline_says;
pub(crate) mod indirect;
pub(crate) mod names;
pub(crate) mod participle;
pub(crate) mod passive;
pub(crate) mod terms;
pub(crate) mod transcript;

/// What the tests of the rules look at.
#[cfg(test)]
pub(crate) mod testing {
    /// The statements extracted from `text` (an article: title, blank line, body), one a
    /// line: `Kind [content | content] cue: CUE, speaker: MENTION` (`-` for none).
    pub(crate) fn statements(text: &str) -> String {
        let article = crate::Article::parse(text).unwrap();
        let found = crate::quotes::extract(&article);
        let lines: Vec<String> = found
            .quotes
            .iter()
            .map(|q| {
                let content: Vec<&str> = q.content.iter().map(|c| c.text(text)).collect();
                let cue = q.cue.map_or("-", |c| c.text(text));
                let speaker = q.speaker.map_or("-", |c| c.text(text));
                let kind = q.kind;
                format!(
                    "{kind:?} [{}] cue: {cue}, speaker: {speaker}",
                    content.join(" | ")
                )
            })
            .collect();
        lines.join("\n")
    }

    /// The speaker mention of the first statement of `sentence` (the body of an article
    /// titled "T"), or the whole first line when it has none.
    pub(crate) fn first_speaker(sentence: &str) -> String {
        let found = statements(&format!("T\n\n{sentence}"));
        let line = found.lines().next().unwrap_or("").to_owned();
        line.rsplit_once("speaker: ")
            .map_or(line.clone(), |(_, s)| s.to_owned())
    }
}
