//! The analysis core: posting text and today's date in, typed findings with evidence out.
//!
//! Pure Rust with no web dependency, so the CLI, the native tests and the browser app run the
//! same code. Each kind of finding has its own module with the same shape: an `extract`
//! function over a [`Posting`](postings::Posting) of a [`Doc`](text::Doc), its cue words as data
//! under `data/`, and table-driven tests in English, French, Dutch and German next to it.
//!
//! Offsets are chars (Unicode scalar values) of the input exactly as given, end-exclusive.

pub mod application;
pub mod checklist;
pub mod conditions;
pub mod corrections;
pub mod cues;
pub mod dates;
pub mod eligibility;
pub mod extractor;
pub mod fields;
pub mod findings;
pub mod language_id;
pub mod languages;
pub mod lexicon;
pub mod pattern;
pub mod postings;
pub mod requirements;
pub mod sections;
pub mod text;
mod trie;

use crate::calendar::Date;
use crate::i18n::Catalogue;
pub use crate::vocabulary::{Cue, Evidence, Reason, Requirement, Span};
use extractor::{Context, Extractor};
use serde::{Deserialize, Serialize};

/// Everything found in one vacancy of the input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct PostingAnalysis {
    pub span: Span,
    /// ISO 639-1 code of the language the posting is written in.
    pub text_language: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub location: Option<String>,
    pub deadline: Option<dates::Deadline>,
    pub dates: Vec<dates::DateFinding>,
    /// `YYYY-MM-DD`, `asap`, or null.
    pub start_date: Option<String>,
    pub languages: Vec<languages::LanguageRequirement>,
    pub eligibility: Vec<eligibility::EligibilityConstraint>,
    pub conditions: conditions::Conditions,
    pub requirements: Vec<requirements::RequirementItem>,
    pub application: application::Application,
    pub checklist: Vec<checklist::ChecklistItem>,
    /// The user's corrections applied to this posting, each with the analysis' own value: the
    /// findings above already hold the user's values. Absent from the analysis alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<corrections::Correction>,
}

/// Checks what the analysis promises about offsets: posting spans in order and in bounds, and
/// every evidence exactly the slice of `input` it claims. Imports, fuzzing and the property
/// tests hold outputs to it; the message names the first broken promise.
pub fn verify_evidence(input: &str, postings: &[PostingAnalysis]) -> Result<(), String> {
    let chars: Vec<char> = input.chars().collect();
    let mut previous_end = 0;
    for p in postings {
        if p.span.start() < previous_end || p.span.end() > chars.len() {
            return Err(format!(
                "posting span {}..{} is out of order or past the text ({} chars)",
                p.span.start(),
                p.span.end(),
                chars.len()
            ));
        }
        previous_end = p.span.end();
        for e in p.evidence() {
            let slice = chars.get(e.start..e.end).map(String::from_iter);
            if slice.as_deref() != Some(e.text.as_str()) {
                return Err(format!(
                    "evidence {}..{} {:?} is not that slice of the text ({} chars)",
                    e.start,
                    e.end,
                    e.text,
                    chars.len()
                ));
            }
        }
    }
    Ok(())
}

/// Analyses a pasted text: splits it into postings and extracts every finding from each.
/// `today` decides deadline status and inferred years.
pub fn analyze(input: &str, today: Date) -> Vec<PostingAnalysis> {
    let doc = text::Doc::new(input);
    postings::split(&doc)
        .iter()
        .map(|posting| analyze_posting(&doc, posting, today))
        .collect()
}

/// Every extractor, in the order they run: a later one may read what an earlier one found.
pub const EXTRACTORS: [&dyn Extractor; 11] = [
    &dates::DateExtractor,
    &languages::LanguageExtractor,
    &eligibility::EligibilityExtractor,
    &conditions::salary::SalaryExtractor,
    &conditions::contract::ContractExtractor,
    &conditions::working_time::WorkingTimeExtractor,
    &conditions::remote::RemoteExtractor,
    &conditions::benefits::BenefitExtractor,
    &conditions::location::LocationExtractor,
    &requirements::RequirementExtractor,
    &application::ApplicationExtractor,
];

fn analyze_posting(doc: &text::Doc, posting: &postings::Posting, today: Date) -> PostingAnalysis {
    let text_language = language_id::identify(doc, posting.start, posting.end);
    let sections = sections::Sections::of(doc, posting);
    let cx = Context::new(doc, posting, &sections, text_language, today);
    let mut analysis = PostingAnalysis {
        span: doc.span(posting.start, posting.end),
        text_language: text_language.to_string(),
        title: posting.title(doc),
        organisation: postings::organisation(doc, posting),
        ..PostingAnalysis::default()
    };
    for extractor in EXTRACTORS {
        extractor.extract(&cx, &mut analysis);
    }
    localise(&mut analysis, Catalogue::english());
    analysis
}

/// Writes what the analysis says in words (the eligibility summaries, the checklist's labels) in
/// the language of `cat`; the findings themselves do not change.
pub fn localise(analysis: &mut PostingAnalysis, cat: &Catalogue) {
    for e in &mut analysis.eligibility {
        e.summary = eligibility::summary_of(e, cat);
    }
    analysis.checklist = checklist::build(analysis, cat);
}

#[cfg(test)]
pub(crate) mod test_support {
    //! One-line helpers for the extractor tests.
    use super::*;

    pub fn today() -> Date {
        Date::constant(2024, 1, 1)
    }

    /// Analyses a text that holds one posting.
    pub fn one(text: &str) -> PostingAnalysis {
        let mut all = analyze(text, today());
        assert!(!all.is_empty(), "no posting found in {text:?}");
        all.remove(0)
    }

    /// The words `of` in `text`, as evidence (char offsets), as a correction stands on them.
    pub fn words(text: &str, of: &str) -> Evidence {
        let at = text.find(of).expect("the words are in the text");
        let start = text[..at].chars().count();
        Evidence {
            start,
            end: start + of.chars().count(),
            text: of.to_string(),
        }
    }

    /// The deadline date of a text that holds one posting.
    pub fn deadline_of(text: &str) -> Option<String> {
        one(text).deadline.map(|d| d.date.to_string())
    }
}
