use super::{shorten, Remote};
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::lexicon::{Hit, Words};
use crate::analysis::text::Doc;
use crate::analysis::PostingAnalysis;

/// Telework: the sentence that offers or rules it out.
pub struct RemoteExtractor;

impl Extractor for RemoteExtractor {
    fn name(&self) -> &'static str {
        "remote"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Conditions,
            tags: &["telework"],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.conditions.remote = remote(cx.doc, cx.hits(Words::Conditions));
    }
}

fn remote(doc: &Doc, hits: &[Hit]) -> Option<Remote> {
    let hit = hits.iter().find(|h| h.tag == "telework")?;
    let (s, e) = doc.sentence_around(hit.start);
    let sentence = doc
        .original_of(s, e)
        .trim()
        .trim_start_matches(['-', '*', '•', ' ']);
    Some(Remote {
        summary: shorten(sentence, 160),
        evidence: doc.evidence(hit.start, hit.end),
    })
}
