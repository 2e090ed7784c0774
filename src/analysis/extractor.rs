//! The one shape of an extractor: it reads one posting through a [`Context`] and adds its
//! findings to the posting's analysis. [`super::EXTRACTORS`] lists them in the order they run.
//!
//! Adding an extractor of a kind of finding the analysis already has is one file implementing
//! [`Extractor`] plus its line in that list; a new kind also needs its field in
//! [`PostingAnalysis`] (the export) and its variant in [`super::findings::Finding`] (which
//! makes it highlighted, checked and findable by id everywhere).

use std::cell::OnceCell;

use super::fields::Fields;
use super::lexicon::{Hit, Words};
use super::postings::Posting;
use super::sections::Sections;
use super::text::Doc;
use super::PostingAnalysis;
use crate::calendar::Date;

/// What every extractor reads: one posting of a document, its sections, the language it is
/// written in, and today (for deadline status and years left out).
pub struct Context<'a> {
    pub doc: &'a Doc<'a>,
    pub posting: &'a Posting,
    pub sections: &'a Sections,
    /// ISO 639-1 code of the posting's language.
    pub text_language: &'static str,
    pub today: Date,
    /// Each word list's hits in the posting, listed once for all the extractors that ask.
    hits: [OnceCell<Vec<Hit<'static>>>; Words::ALL.len()],
    /// The posting's labelled fields, read once for all the extractors that ask.
    fields: OnceCell<Fields>,
}

impl<'a> Context<'a> {
    pub fn new(
        doc: &'a Doc<'a>,
        posting: &'a Posting,
        sections: &'a Sections,
        text_language: &'static str,
        today: Date,
    ) -> Context<'a> {
        Context {
            doc,
            posting,
            sections,
            text_language,
            today,
            hits: std::array::from_fn(|_| OnceCell::new()),
            fields: OnceCell::new(),
        }
    }

    /// The posting's facts written as a label and its value ("Deadline: 15 March 2025").
    pub fn fields(&self) -> &Fields {
        self.fields
            .get_or_init(|| Fields::of(self.doc, self.posting))
    }

    /// A word list's hits in the posting, in text order.
    pub fn hits(&self, words: Words) -> &[Hit<'static>] {
        self.hits[words as usize].get_or_init(|| {
            self.doc
                .words(words)
                .find_in(self.posting.start, self.posting.end)
        })
    }
}

/// One kind of finding.
pub trait Extractor: Sync {
    /// Its name, which the rules behind its findings start with (`languages.requirement`).
    fn name(&self) -> &'static str;

    /// The word lists it reads and the tags of each; a test holds these to the data.
    fn reads(&self) -> &'static [Reads];

    /// Adds what it finds in `cx.posting` to `analysis`. Extractors run in the order of
    /// [`super::EXTRACTORS`]: one may read what an earlier one found.
    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis);
}

/// The tags a reader of a word list asks for. A tag ending in `.` stands for every tag that
/// begins so (`lang.` for `lang.fr`, `lang.de`, …); a tag of several kinds in the data
/// (`residence_permit+work_permit`) is read when each kind is.
#[derive(Debug, Clone, Copy)]
pub struct Reads {
    pub words: Words,
    pub tags: &'static [&'static str],
}

#[cfg(test)]
mod tests {
    use super::super::{cues, fields, language_id, postings, sections, EXTRACTORS};
    use super::*;

    /// Every reader of the word lists with its source: the extractors by name, then the
    /// modules that serve them.
    fn readers() -> Vec<(&'static str, &'static str, Vec<Reads>)> {
        let sources = [
            ("dates", include_str!("dates.rs")),
            ("languages", include_str!("languages.rs")),
            ("eligibility", include_str!("eligibility.rs")),
            ("salary", include_str!("conditions/salary.rs")),
            ("contract", include_str!("conditions/contract.rs")),
            ("working_time", include_str!("conditions/working_time.rs")),
            ("remote", include_str!("conditions/remote.rs")),
            ("benefits", include_str!("conditions/benefits.rs")),
            ("location", include_str!("conditions/location.rs")),
            ("requirements", include_str!("requirements.rs")),
            ("application", include_str!("application.rs")),
        ];
        let mut out: Vec<(&str, &str, Vec<Reads>)> = EXTRACTORS
            .iter()
            .map(|e| {
                let source = sources.iter().find(|(name, _)| *name == e.name());
                let source = source.unwrap_or_else(|| panic!("add {}'s source here", e.name()));
                (e.name(), source.1, e.reads().to_vec())
            })
            .collect();
        out.extend([
            ("cues", include_str!("cues.rs"), vec![cues::READS]),
            (
                "sections",
                include_str!("sections.rs"),
                vec![sections::READS],
            ),
            (
                "postings",
                include_str!("postings.rs"),
                vec![postings::READS],
            ),
            ("fields", include_str!("fields.rs"), vec![fields::READS]),
            (
                "language_id",
                include_str!("language_id.rs"),
                vec![language_id::READS],
            ),
        ]);
        out
    }

    fn covers(declared: &str, tag: &str) -> bool {
        declared == tag || (declared.ends_with('.') && tag.starts_with(declared))
    }

    /// Each tag a reader declares is in its word list and written in the reader's code; each
    /// tag of the data is declared by some reader. A tag renamed on one side, or a list of words
    /// nothing reads, fails here rather than silently matching nothing.
    #[test]
    fn declared_tags_and_the_data_agree() {
        let readers = readers();
        for (name, source, reads) in &readers {
            for r in reads {
                let data: Vec<&str> = r.words.lexicon().entries().map(|(t, _)| t).collect();
                for &tag in r.tags {
                    let parts = |t: &str| t.split('+').any(|p| covers(tag, p));
                    assert!(
                        data.iter().any(|t| parts(t)),
                        "{name} reads {tag:?}, which {:?} does not have",
                        r.words
                    );
                    assert!(
                        source.contains(&format!("\"{tag}")),
                        "{name} declares {tag:?} but its code never names it"
                    );
                }
            }
        }
        for words in Words::ALL {
            let declared: Vec<&str> = readers
                .iter()
                .flat_map(|(_, _, reads)| reads.iter().filter(|r| r.words == words))
                .flat_map(|r| r.tags.iter().copied())
                .collect();
            for (tag, phrase) in words.lexicon().entries() {
                let read = tag
                    .split('+')
                    .all(|part| declared.iter().any(|d| covers(d, part)));
                assert!(read, "{words:?}: [{tag}] ({phrase:?}…) is read by nothing");
            }
        }
    }

    /// The word lists that only build patterns (outside the document's scan): each tag is one
    /// its code reads, and each tag it reads is there.
    #[test]
    fn pattern_word_lists_have_the_tags_their_code_reads() {
        use crate::analysis::lexicon::PatternWords;
        let read_by = |list: PatternWords| -> &[&str] {
            match list {
                PatternWords::Durations => &["year", "month", "number.", "experience_after"],
                PatternWords::DatePatterns => &[
                    "ordinal.",
                    "day_of",
                    "hour_suffix",
                    "am",
                    "pm",
                    "before_time",
                    "after_time",
                    "noon",
                    "midnight",
                    "zone.",
                    "before_yearless",
                    "day.",
                ],
                PatternWords::Amounts => &["range_to", "hours_to", "hour", "per", "week"],
                PatternWords::Abbreviations => &["abbreviation"],
                PatternWords::Organisation => &["label", "recruits", "is_a", "kind", "pronoun"],
                PatternWords::ListWords => &["article", "and"],
            }
        };
        for list in PatternWords::ALL {
            let read = read_by(list);
            let tags: Vec<&str> = list.lexicon().entries().map(|(t, _)| t).collect();
            for tag in &tags {
                assert!(
                    read.iter().any(|r| covers(r, tag)),
                    "{list:?}: [{tag}] is read by nothing"
                );
            }
            for r in read {
                assert!(tags.iter().any(|t| covers(r, t)), "{list:?} has no [{r}]");
            }
        }
    }
}
