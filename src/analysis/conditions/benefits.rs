use super::{cues, Benefit};
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::lexicon::Words;
use crate::analysis::postings::Posting;
use crate::analysis::sections::{SectionKind, Sections};
use crate::analysis::text::Doc;
use crate::analysis::PostingAnalysis;

/// Benefits named in the "We offer" part, each once.
pub struct BenefitExtractor;

impl Extractor for BenefitExtractor {
    fn name(&self) -> &'static str {
        "benefits"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Conditions,
            tags: &["benefit"],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.conditions.benefits = benefits(cx.doc, cx.posting, cx.sections);
    }
}

/// Benefits named in the "We offer" part of the posting, each once.
fn benefits(doc: &Doc, posting: &Posting, sections: &Sections) -> Vec<Benefit> {
    let text = &doc.folded;
    let hits = cues(doc).find_in(posting.start, posting.end);
    let mut seen = Vec::new();
    hits.iter()
        .filter(|h| h.tag == "benefit" && sections.kind_at(h.start) == SectionKind::Offer)
        .filter_map(|h| {
            let key = text[h.start..h.end].to_string();
            (!seen.contains(&key)).then(|| {
                seen.push(key);
                let evidence = doc.evidence(h.start, h.end);
                Benefit {
                    text: evidence.text.clone(),
                    evidence,
                }
            })
        })
        .collect()
}
