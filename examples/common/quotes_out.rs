//! The `quotes` example's JSON output, serialized straight from the library's results (no
//! intermediate JSON values): `{"quotes": [...], "speakers": [...], "terms": [...]}`. Shared
//! with `benches/json.rs`, which measures exactly this path.

use super::{opt_span_out, Fields, SpansOut};
use quotewire::{Article, ParseOptions, Quote, Quotes, Speaker};
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// One article's quotes, speakers and terms, with span texts taken from `text`.
pub struct QuotesOut<'a> {
    pub text: &'a str,
    pub quotes: &'a Quotes,
}

impl Serialize for QuotesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = self.text;
        let mut m = s.serialize_struct("Quotes", 3)?;
        m.serialize_field(
            "quotes",
            &List(&self.quotes.quotes, |quote| QuoteOut { text, quote }),
        )?;
        m.serialize_field(
            "speakers",
            &List(&self.quotes.speakers, |speaker| SpeakerOut {
                text,
                speaker,
            }),
        )?;
        m.serialize_field(
            "terms",
            &SpansOut {
                text,
                spans: &self.quotes.terms,
            },
        )?;
        m.end()
    }
}

/// A slice serialized as a JSON array of `f(item)`.
struct List<'a, T, F>(&'a [T], F);

impl<'a, T, F, O> Serialize for List<'a, T, F>
where
    F: Fn(&'a T) -> O,
    O: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(&self.1))
    }
}

struct QuoteOut<'a> {
    text: &'a str,
    quote: &'a Quote,
}

impl Serialize for QuoteOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, x) = (self.text, self.quote);
        let mut m = s.serialize_struct("Quote", 8)?;
        m.serialize_field("kind", &x.kind)?;
        m.serialize_field(
            "content",
            &SpansOut {
                text,
                spans: &x.content,
            },
        )?;
        m.serialize_field("cue", &opt_span_out(text, x.cue))?;
        m.serialize_field("speaker", &opt_span_out(text, x.speaker))?;
        m.serialize_field("speaker_id", &x.speaker_id)?;
        m.serialize_field(
            "confidence",
            &((f64::from(x.confidence) * 1000.0).round() / 1000.0),
        )?;
        m.serialize_field("block", &x.block)?;
        m.serialize_field("block_kind", &x.block_kind)?;
        m.end()
    }
}

struct SpeakerOut<'a> {
    text: &'a str,
    speaker: &'a Speaker,
}

impl Serialize for SpeakerOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, x) = (self.text, self.speaker);
        let mut m = s.serialize_struct("Speaker", 6)?;
        m.serialize_field("id", &x.id)?;
        m.serialize_field("name", &x.name)?;
        m.serialize_field("kind", &x.kind)?;
        m.serialize_field("gender", &x.gender)?;
        m.serialize_field("descriptions", &x.descriptions)?;
        m.serialize_field(
            "mentions",
            &SpansOut {
                text,
                spans: &x.mentions,
            },
        )?;
        m.end()
    }
}

/// The `quotes --jsonl` work for one input text: parse (with `opts`), extract, write the
/// record's fields.
pub fn process(opts: &ParseOptions, text: &str, out: Fields<'_>) -> Result<(), String> {
    let article = Article::parse_with(text, opts).map_err(|e| e.to_string())?;
    let quotes = quotewire::extract(&article);
    out.write(&QuotesOut {
        text,
        quotes: &quotes,
    })
}
