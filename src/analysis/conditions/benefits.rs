use super::Benefit;
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::lexicon::{Hit, Words};
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
        analysis.conditions.benefits = benefits(cx.doc, cx.sections, cx.hits(Words::Conditions));
    }
}

/// Benefits named in the "We offer" part of the posting, each once.
fn benefits(doc: &Doc, sections: &Sections, hits: &[Hit]) -> Vec<Benefit> {
    let text = &doc.folded;
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
