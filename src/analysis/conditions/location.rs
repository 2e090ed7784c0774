use super::{cues, shorten};
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::lexicon::Words;
use crate::analysis::postings::Posting;
use crate::analysis::text::Doc;
use crate::analysis::PostingAnalysis;

/// The place of work, from a "Location:" style label.
pub struct LocationExtractor;

impl Extractor for LocationExtractor {
    fn name(&self) -> &'static str {
        "location"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Conditions,
            tags: &["location_label"],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.location = location(cx.doc, cx.posting);
    }
}

/// The place of work from a "Location:" style label.
fn location(doc: &Doc, posting: &Posting) -> Option<String> {
    let text = &doc.folded;
    posting.lines(doc).find_map(|(s, e)| {
        let line = &text[s..e];
        let label_end = s + line[..line.find(':')?].trim_end().len();
        let hits = cues(doc).find_in(s, label_end);
        let label = text[s..label_end].trim_start_matches(['-', '*', ' ']);
        let is_label = hits
            .first()
            .is_some_and(|h| h.tag == "location_label" && h.end == label_end)
            && label.len() <= 30;
        let value_start = s + line.find(':')? + 1;
        let value = doc
            .original_of(value_start, e)
            .trim()
            .trim_end_matches([';', '.']);
        (is_label && !value.is_empty()).then(|| shorten(value, 80))
    })
}
