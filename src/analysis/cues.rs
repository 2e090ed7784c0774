//! Cue words shared by several extractors: is a clause a requirement or an asset, and is a
//! sentence only the employer's non-discrimination statement.

use super::extractor::Reads;
use super::lexicon::{Scanned, Words};
use super::sections::SectionKind;
use super::text::Doc;
use super::Requirement;

/// The tags this module reads.
pub const READS: Reads = Reads {
    words: Words::Requirement,
    tags: &["apply", "asset", "non_discrimination", "required"],
};

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Requirement)
}

/// `asset` or `required` from the clause's own words, else from its section; required by default.
pub fn requirement_of(doc: &Doc, from: usize, to: usize, section: SectionKind) -> Requirement {
    let tags = cues(doc).tags_in(from, to);
    if tags.contains(&"asset") {
        Requirement::Asset
    } else if tags.contains(&"required") {
        Requirement::Required
    } else if section == SectionKind::Asset {
        Requirement::Asset
    } else {
        Requirement::Required
    }
}

/// Whether a clause says outright that something is required or an asset.
pub fn has_requirement_cue(doc: &Doc, from: usize, to: usize) -> bool {
    cues(doc)
        .tags_in(from, to)
        .iter()
        .any(|t| matches!(*t, "asset" | "required"))
}

/// Whether a clause is about applying ("send your CV", "postuler", "solliciteer", "bewerben").
pub fn is_about_applying(doc: &Doc, from: usize, to: usize) -> bool {
    cues(doc).has(from, to, "apply")
}

/// "We hire without regard to nationality": names a condition only to rule it out.
pub fn is_non_discrimination(doc: &Doc, from: usize, to: usize) -> bool {
    cues(doc).has(from, to, "non_discrimination")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_cues_in_four_languages() {
        let cases = [
            (
                "understanding of german is an asset",
                SectionKind::Other,
                Requirement::Asset,
            ),
            ("fluency in flemish", SectionKind::Asset, Requirement::Asset),
            (
                "fluency in english is mandatory",
                SectionKind::Asset,
                Requirement::Required,
            ),
            (
                "la connaissance du néerlandais est un atout",
                SectionKind::Required,
                Requirement::Asset,
            ),
            (
                "le français est exigé",
                SectionKind::Other,
                Requirement::Required,
            ),
            (
                "kennis van het frans is een pluspunt",
                SectionKind::Other,
                Requirement::Asset,
            ),
            (
                "kennis van het nederlands is vereist",
                SectionKind::Other,
                Requirement::Required,
            ),
            (
                "englischkenntnisse sind von vorteil",
                SectionKind::Required,
                Requirement::Asset,
            ),
            (
                "sehr gute deutschkenntnisse",
                SectionKind::Other,
                Requirement::Required,
            ),
        ];
        for (clause, section, want) in cases {
            let doc = Doc::new(clause);
            assert_eq!(
                requirement_of(&doc, 0, clause.len(), section),
                want,
                "{clause}"
            );
        }
    }

    #[test]
    fn non_discrimination_statements() {
        for s in [
            "hires employees without regard to their citizenship",
            "ongeacht nationaliteit",
            "unabhängig von staatsangehörigkeit",
        ] {
            assert!(is_non_discrimination(&Doc::new(s), 0, s.len()), "{s}");
        }
        let s = "only nationals of nato member countries";
        assert!(!is_non_discrimination(&Doc::new(s), 0, s.len()));
    }
}
