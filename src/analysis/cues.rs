//! Cue words shared by several extractors: is a clause a requirement or an asset, and is a
//! sentence only the employer's non-discrimination statement.

use super::extractor::Reads;
use super::lexicon::{Scanned, Words};
use super::sections::{Heading, SectionKind};
use super::text::Doc;
use super::{Reason, Requirement};

/// The tags this module reads.
pub const READS: Reads = Reads {
    words: Words::Requirement,
    tags: &["apply", "asset", "non_discrimination", "required"],
};

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Requirement)
}

/// Whether something is required or an asset, and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub requirement: Requirement,
    pub reason: Reason,
}

/// `asset` or `required` from the clause's own words, else from the heading it is under;
/// required by default.
pub fn requirement_of(doc: &Doc, from: usize, to: usize, heading: Option<Heading>) -> Decided {
    let hits = cues(doc).find_in(from, to);
    let said = ["asset", "required"]
        .iter()
        .find_map(|&tag| hits.iter().find(|h| h.tag == tag));
    if let Some(hit) = said {
        let requirement = requirement_named(hit.tag);
        let evidence = doc.evidence(hit.start, hit.end);
        return Decided {
            requirement,
            reason: Reason::of_cue(
                "requirement.cue",
                format!(
                    "{}: \"{}\" in its sentence",
                    word(requirement),
                    evidence.text
                ),
                Words::Requirement.cue(hit.tag, evidence),
            ),
        };
    }
    let under = heading.filter(|h| matches!(h.kind, SectionKind::Asset | SectionKind::Required));
    match under {
        Some(h) => {
            let requirement = match h.kind {
                SectionKind::Asset => Requirement::Asset,
                _ => Requirement::Required,
            };
            let evidence = doc.evidence(h.start, h.end);
            Decided {
                requirement,
                reason: Reason::of_cue(
                    "requirement.heading",
                    format!(
                        "{}: under the heading \"{}\"",
                        word(requirement),
                        evidence.text
                    ),
                    Words::Sections.cue(h.kind.tag(), evidence),
                ),
            }
        }
        None => Decided {
            requirement: Requirement::Required,
            reason: Reason {
                rule: "requirement.default".to_string(),
                because: "required: nothing in its sentence or heading makes it an asset"
                    .to_string(),
                cue: None,
            },
        },
    }
}

fn requirement_named(tag: &str) -> Requirement {
    if tag == "asset" {
        Requirement::Asset
    } else {
        Requirement::Required
    }
}

fn word(requirement: Requirement) -> &'static str {
    match requirement {
        Requirement::Required => "required",
        Requirement::Asset => "asset",
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
        use Requirement::{Asset, Required};
        // (heading above the clause, clause, requirement, rule, the words the reason names)
        let cases = [
            (
                "",
                "Understanding of German is an asset",
                Asset,
                "requirement.cue",
                Some("is an asset"),
            ),
            (
                "Nice to have:",
                "Fluency in Flemish",
                Asset,
                "requirement.heading",
                Some("Nice to have:"),
            ),
            (
                "Nice to have:",
                "Fluency in English is mandatory",
                Required,
                "requirement.cue",
                Some("mandatory"),
            ),
            (
                "Profil recherché",
                "La connaissance du néerlandais est un atout",
                Asset,
                "requirement.cue",
                Some("un atout"),
            ),
            (
                "Atouts :",
                "Connaissance de l'allemand",
                Asset,
                "requirement.heading",
                Some("Atouts :"),
            ),
            (
                "",
                "Le français est exigé",
                Required,
                "requirement.cue",
                Some("exigé"),
            ),
            (
                "",
                "Kennis van het Frans is een pluspunt",
                Asset,
                "requirement.cue",
                Some("een pluspunt"),
            ),
            (
                "Pluspunten:",
                "Kennis van het Duits",
                Asset,
                "requirement.heading",
                Some("Pluspunten:"),
            ),
            (
                "",
                "Kennis van het Nederlands is vereist",
                Required,
                "requirement.cue",
                Some("vereist"),
            ),
            (
                "Ihr Profil",
                "Englischkenntnisse sind von Vorteil",
                Asset,
                "requirement.cue",
                Some("von Vorteil"),
            ),
            (
                "",
                "Sehr gute Deutschkenntnisse",
                Required,
                "requirement.default",
                None,
            ),
            (
                "Wünschenswert:",
                "Französischkenntnisse",
                Asset,
                "requirement.heading",
                Some("Wünschenswert:"),
            ),
        ];
        for (heading, clause, want, rule, words) in cases {
            let text = format!("{heading}\n{clause}");
            let doc = Doc::new(&text);
            let from = heading.len() + 1;
            let kind = super::super::sections::heading_kind(&doc, 0, heading.len());
            let above = kind.map(|kind| Heading {
                kind,
                start: 0,
                end: heading.len(),
            });
            let decided = requirement_of(&doc, from, text.len(), above);
            assert_eq!(
                (decided.requirement, decided.reason.rule.as_str()),
                (want, rule),
                "{text}"
            );
            let named = decided
                .reason
                .cue
                .as_ref()
                .map(|c| c.evidence.text.as_str());
            assert_eq!(named, words, "{text}");
            if let Some(words) = words {
                assert!(
                    decided.reason.because.contains(words),
                    "{}",
                    decided.reason.because
                );
            }
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
