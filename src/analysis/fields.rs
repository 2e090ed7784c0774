//! Facts written as a label and its value: "Deadline: 15 March 2025", "Type de contrat : CDD",
//! "Taal: Nederlands", "Afgesloten op 02/08/2023", or a label on a line of its own above its
//! value (a table copied from a job board). The labels are data (`data/fields.lex`); a posting's
//! fields are read once, and the extractors ask which field's value a position lies in. A label
//! with no value is no fact.

use super::extractor::Reads;
use super::lexicon::{Hit, Scanned, Words};
use super::postings::Posting;
use super::text::{trimmed, Doc};

/// The tags this module reads.
pub const READS: Reads = Reads {
    words: Words::Fields,
    tags: &["field.", "contract_value."],
};

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Fields)
}

/// What a field's label says its value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Deadline,
    Start,
    Published,
    Salary,
    Contract,
    Language,
}

/// One label and its value, as byte ranges of the folded text.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub kind: FieldKind,
    pub label: (usize, usize),
    pub value: (usize, usize),
}

/// Longest value of a label on the line above it, in chars: a date, an amount, a few words.
const MAX_VALUE_BELOW_CHARS: usize = 80;

/// The fields of a posting, in text order.
pub struct Fields(Vec<Field>);

impl Fields {
    pub fn of(doc: &Doc, posting: &Posting) -> Fields {
        let text = &doc.folded;
        let lines: Vec<(usize, usize)> = posting.lines(doc).collect();
        let mut fields = Vec::new();
        for (i, &(line_start, line_end)) in lines.iter().enumerate() {
            let Some(label) = label_opening(doc, line_start, line_end) else {
                continue;
            };
            let rest = &text[label.end..line_end];
            let after_colon = rest.trim_start().strip_prefix([':', '\t']);
            let value = match after_colon {
                // "Label: value"
                Some(value) if !value.trim().is_empty() => {
                    Some(trimmed(text, line_end - value.len(), line_end))
                }
                // "Label 02/08/2023": a value in figures needs no colon.
                None if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) => {
                    Some(trimmed(text, label.end, line_end))
                }
                // "Label" or "Label:" alone: the value is the next line with text, if short and
                // no label itself.
                _ if rest.trim().is_empty() || after_colon.is_some() => lines[i + 1..]
                    .iter()
                    .take(2)
                    .find(|&&(s, e)| !text[s..e].trim().is_empty())
                    .filter(|&&(s, e)| {
                        text[s..e].trim().chars().count() <= MAX_VALUE_BELOW_CHARS
                            && label_opening(doc, s, e).is_none()
                    })
                    .map(|&(s, e)| trimmed(text, s, e)),
                _ => None,
            };
            if let (Some(value), Some(kind)) = (value, kind_of(label.tag)) {
                fields.push(Field {
                    kind,
                    label: (label.start, label.end),
                    value,
                });
            }
        }
        Fields(fields)
    }

    /// The field whose value holds byte `at`.
    pub fn at(&self, at: usize) -> Option<&Field> {
        self.0.iter().find(|f| (f.value.0..f.value.1).contains(&at))
    }

    /// The fields of one kind.
    pub fn of_kind(&self, kind: FieldKind) -> impl Iterator<Item = &Field> {
        self.0.iter().filter(move |f| f.kind == kind)
    }
}

/// The label that opens a line (after a list bullet), if any.
fn label_opening(doc: &Doc, start: usize, end: usize) -> Option<Hit<'static>> {
    let text = &doc.folded;
    let line = &text[start..end];
    let content =
        line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '·'));
    let from = end - content.len();
    cues(doc)
        .find_in(from, end)
        .into_iter()
        .filter(|h| h.start == from && h.tag.starts_with("field."))
        .max_by_key(|h| h.end)
}

fn kind_of(tag: &str) -> Option<FieldKind> {
    Some(match tag.strip_prefix("field.")? {
        "deadline" => FieldKind::Deadline,
        "start" => FieldKind::Start,
        "published" => FieldKind::Published,
        "salary" => FieldKind::Salary,
        "contract" => FieldKind::Contract,
        "language" => FieldKind::Language,
        _ => return None,
    })
}

/// The contract a contract field's value names in a word that says nothing out of it
/// ("Dienstverband: Vast"), as the last part of its tag (`open_ended`, `fixed_term`).
pub fn contract_value(doc: &Doc, field: &Field) -> Option<&'static str> {
    cues(doc)
        .find_in(field.value.0, field.value.1)
        .iter()
        .find_map(|h| h.tag.strip_prefix("contract_value."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::conditions::ContractType;
    use crate::analysis::test_support::{deadline_of, one};
    use crate::analysis::Requirement;

    /// (kind, label, value) of every field of a one-posting text.
    fn fields(text: &str) -> Vec<(FieldKind, String, String)> {
        let doc = Doc::new(text);
        let posting = crate::analysis::postings::split(&doc)[0];
        Fields::of(&doc, &posting)
            .0
            .iter()
            .map(|f| {
                let part = |(s, e): (usize, usize)| doc.folded[s..e].to_string();
                (f.kind, part(f.label), part(f.value))
            })
            .collect()
    }

    #[test]
    fn a_label_and_its_value_in_four_languages() {
        use FieldKind::*;
        let cases: [(&str, (FieldKind, &str, &str)); 8] = [
            (
                "Closing date: 15 March 2025",
                (Deadline, "closing date", "15 march 2025"),
            ),
            (
                "- Date limite de candidature : 15/03/2025",
                (Deadline, "date limite de candidature", "15/03/2025"),
            ),
            (
                "Afgesloten op 02/08/2023",
                (Deadline, "afgesloten op", "02/08/2023"),
            ),
            (
                "Bewerbungsfrist\t15.03.2025",
                (Deadline, "bewerbungsfrist", "15.03.2025"),
            ),
            (
                "Start date\n\n1 May 2025",
                (Start, "start date", "1 may 2025"),
            ),
            (
                "Type de contrat : CDD",
                (Contract, "type de contrat", "cdd"),
            ),
            ("Taal:\nNederlands", (Language, "taal", "nederlands")),
            (
                "• Vergütung: 3.500 € monatlich",
                (Salary, "vergütung", "3.500 € monatlich"),
            ),
        ];
        for (text, (kind, label, value)) in cases {
            let text = format!("Policy Officer\n{text}\n");
            assert_eq!(
                fields(&text),
                vec![(kind, label.to_string(), value.to_string())],
                "{text}"
            );
        }
    }

    /// A label with no value is no fact; a label's word in prose is no label.
    #[test]
    fn no_value_no_field() {
        for text in [
            "Deadline:\nStart date: 1 May 2025",
            "Date limite :\n",
            "Salary policy: we pay fairly",
            "Le salaire est attractif.",
            "Taal is belangrijk voor ons.",
            "Sprache und Kultur sind uns wichtig.",
        ] {
            let text = format!("Policy Officer\n{text}\n");
            assert!(
                fields(&text).iter().all(|f| f.0 == FieldKind::Start),
                "{text}: {:?}",
                fields(&text)
            );
        }
    }

    /// What the extractors make of fields: the date of a deadline field is the deadline, a
    /// language field's value a language asked for, a contract field's value its kind.
    #[test]
    fn the_extractors_read_the_fields() {
        for text in [
            "Policy Officer\nAfgesloten op 02/08/2023",
            "Policy Officer\nClôturé depuis le 02/08/2023",
            "Policy Officer\nClosed on 2 August 2023",
            "Policy Officer\nGeschlossen am 02.08.2023",
        ] {
            assert_eq!(deadline_of(text).as_deref(), Some("2023-08-02"), "{text}");
        }
        for (text, code) in [
            ("Policy Officer\nLanguage: English", "en"),
            ("Chargé de mission\nLangue : Français", "fr"),
            ("Beleidsmedewerker\nTaal: Nederlands", "nl"),
            ("Referentin\nSprache: Deutsch", "de"),
        ] {
            let langs = one(text).languages;
            assert_eq!(langs.len(), 1, "{text}");
            assert_eq!(
                (langs[0].language.as_str(), langs[0].requirement),
                (code, Requirement::Required),
                "{text}"
            );
        }
        for (text, kind) in [
            (
                "Policy Officer\nEmployment type: Permanent",
                ContractType::OpenEnded,
            ),
            (
                "Chargé de mission\nType de contrat : temporaire",
                ContractType::FixedTerm,
            ),
            (
                "Beleidsmedewerker\nDienstverband: Vast",
                ContractType::OpenEnded,
            ),
            (
                "Referentin\nVertragsart: befristet",
                ContractType::FixedTerm,
            ),
        ] {
            let contract = one(text).conditions.contract.expect(text);
            assert_eq!(contract.kind, Some(kind), "{text}");
        }
        // Out of a field, the same words decide nothing.
        for text in [
            "Policy Officer\nWe are a permanent member of the network.",
            "Beleidsmedewerker\nWij zijn een vaste partner van de stad.",
        ] {
            assert_eq!(one(text).conditions.contract, None, "{text}");
        }
    }
}
