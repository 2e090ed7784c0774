//! The export: the public JSON contract that the CLI prints and the app downloads and imports.
//!
//! `schema_version` changes whenever a field changes meaning; extra fields may be added without
//! it. `schema/export.schema.json` is generated from these types (see `tests/schema.rs`).
//! Importing is strict: a file that is not an export of this or an older version, or whose
//! evidence does not match its text, is refused with a message saying why.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::analysis::checklist::{ChecklistCategory, ChecklistItem, ItemRequirement};
use crate::analysis::corrections::{Correction, MAX_CORRECTIONS};
use crate::analysis::{localise, PostingAnalysis};
use crate::i18n::{Arg, Catalogue, Msg};

pub const SCHEMA: &str = "vacancy-lens/checklist";
pub const SCHEMA_VERSION: u32 = 1;

/// Largest export accepted for import. A posting with its analysis is far below 1 MB.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// Counts no real export reaches, refused on import and when stored work is read: each costs
/// the page a render per item on every load (50 000 items of one's own made every load a
/// 10-second freeze). A job board's page pasted whole holds a few hundred postings; a posting
/// names a handful of languages; nobody adds hundreds of items of their own.
pub const MAX_POSTINGS: usize = 1000;
pub const MAX_LANGUAGES: usize = 60;
pub const MAX_CUSTOM_ITEMS: usize = 300;

/// What a file or a stored record counts past its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Postings,
    LanguagesInPosting,
    CustomItems,
    Corrections,
    SavedPostings,
    Languages,
    Citizenships,
    Permits,
}

impl Counted {
    /// How the messages select their words for it.
    fn key(self) -> &'static str {
        match self {
            Counted::Postings => "postings",
            Counted::LanguagesInPosting => "posting-languages",
            Counted::CustomItems => "custom-items",
            Counted::Corrections => "corrections",
            Counted::SavedPostings => "saved",
            Counted::Languages => "languages",
            Counted::Citizenships => "citizenships",
            Counted::Permits => "permits",
        }
    }
}

/// A count past its limit: what was counted, how many, and the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooMany {
    pub what: Counted,
    pub count: usize,
    pub limit: usize,
}

impl TooMany {
    /// `Err` when `count` passes `limit`.
    pub fn check(what: Counted, count: usize, limit: usize) -> Result<(), TooMany> {
        if count > limit {
            Err(TooMany { what, count, limit })
        } else {
            Ok(())
        }
    }

    /// "it holds 301 corrections in one posting, more than any real one does (at most 300)",
    /// in the catalogue's language.
    pub fn describe(&self, cat: &Catalogue) -> String {
        let args = [
            ("what", self.what.key().into()),
            ("count", self.count.into()),
            ("limit", self.limit.into()),
        ];
        cat.f(Msg::TooMany, &args)
    }
}

impl fmt::Display for TooMany {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.describe(Catalogue::english()))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Export {
    /// Always `vacancy-lens/checklist`.
    pub schema: String,
    pub schema_version: u32,
    /// `vacancy-lens <version>`.
    pub generator: String,
    /// `YYYY-MM-DD`: the day deadline status and inferred years refer to.
    pub analyzed_on: String,
    pub source: Source,
    /// The language (`en`, `fr`, `nl`, `de`) of the words written for people: checklist labels
    /// and eligibility summaries. Every other field reads the same in every language.
    #[serde(default = "english")]
    pub labels_language: String,
    pub postings: Vec<PostingAnalysis>,
    /// The analysed text itself, so an import can restore it. The app always includes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Source {
    /// File name, when the text came from a file.
    pub name: Option<String>,
    /// Length of the analysed text in chars.
    pub chars: usize,
}

fn english() -> String {
    "en".to_string()
}

/// What the user did to one posting: ticks, dismissals, items of their own, corrections.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserMarks {
    pub checked: BTreeSet<String>,
    pub dismissed: BTreeSet<String>,
    pub custom: Vec<CustomItem>,
    /// At most one per finding, in the order made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomItem {
    pub id: String,
    pub label: String,
}

impl UserMarks {
    /// Refuses stored marks with more items of one's own than any real checklist has.
    pub fn check_counts(marks: &[UserMarks]) -> Result<(), TooMany> {
        TooMany::check(Counted::Postings, marks.len(), MAX_POSTINGS)?;
        for m in marks {
            TooMany::check(Counted::CustomItems, m.custom.len(), MAX_CUSTOM_ITEMS)?;
            TooMany::check(Counted::Corrections, m.corrections.len(), MAX_CORRECTIONS)?;
        }
        Ok(())
    }

    /// The checklist with the user's ticks and dismissals applied and their items appended.
    pub fn apply(&self, items: &[ChecklistItem]) -> Vec<ChecklistItem> {
        let custom = self.custom.iter().map(|c| ChecklistItem {
            id: c.id.clone(),
            category: ChecklistCategory::Other,
            label: c.label.clone(),
            requirement: ItemRequirement::Required,
            checked: false,
            dismissed: false,
            custom: true,
            evidence: None,
            verdict: None,
        });
        items
            .iter()
            .cloned()
            .chain(custom)
            .map(|mut item| {
                item.checked = self.checked.contains(&item.id);
                item.dismissed = self.dismissed.contains(&item.id);
                item
            })
            .collect()
    }

    /// The marks recorded in an exported posting: its checklist and its corrections.
    pub fn of_posting(posting: &PostingAnalysis) -> UserMarks {
        let items = &posting.checklist;
        UserMarks {
            // The analysis' values are found again when they are applied.
            corrections: posting
                .corrections
                .iter()
                .map(|c| Correction {
                    original: None,
                    ..c.clone()
                })
                .collect(),
            checked: items
                .iter()
                .filter(|i| i.checked)
                .map(|i| i.id.clone())
                .collect(),
            dismissed: items
                .iter()
                .filter(|i| i.dismissed)
                .map(|i| i.id.clone())
                .collect(),
            custom: items
                .iter()
                .filter(|i| i.custom)
                .map(|i| CustomItem {
                    id: i.id.clone(),
                    label: i.label.clone(),
                })
                .collect(),
        }
    }
}

/// Why a file could not be imported ([`ImportError::describe`] tells the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    BrokenJson {
        line: usize,
        column: usize,
        reason: String,
    },
    /// Nested deeper than any export is: serde_json's recursion limit.
    TooDeep,
    NotAnExport,
    NewerVersion {
        version: u64,
    },
    UnknownVersion,
    WrongShape {
        line: usize,
        column: usize,
        reason: String,
    },
    NoText,
    EvidenceMismatch,
    TooMany(TooMany),
}

/// serde_json's message without its " at line L column C" tail, which the error says apart.
fn reason_of(e: &serde_json::Error) -> String {
    let reason = e.to_string();
    reason.split(" at line").next().unwrap_or("").to_string()
}

impl ImportError {
    /// What is wrong with the file, in the catalogue's language.
    pub fn describe(&self, cat: &Catalogue) -> String {
        match self {
            ImportError::Empty => cat.t(Msg::FileEmpty),
            ImportError::TooLarge { bytes } => cat.f(
                Msg::ImportTooLarge,
                &[
                    ("kb", (bytes / 1024).into()),
                    ("mb", (MAX_IMPORT_BYTES / 1024 / 1024).into()),
                ],
            ),
            ImportError::BrokenJson {
                line,
                column,
                reason,
            } => cat.f(
                Msg::ImportBrokenJson,
                &where_and_why(*line, *column, reason),
            ),
            ImportError::NotAnExport => cat.f(Msg::ImportNotAnExport, &[("schema", SCHEMA.into())]),
            ImportError::NewerVersion { version } => cat.f(
                Msg::ImportNewer,
                &[
                    ("version", (*version as usize).into()),
                    ("known", (SCHEMA_VERSION as usize).into()),
                ],
            ),
            ImportError::UnknownVersion => cat.t(Msg::ImportUnknownVersion),
            ImportError::TooDeep => cat.t(Msg::ImportTooDeep),
            ImportError::WrongShape {
                line,
                column,
                reason,
            } => cat.f(
                Msg::ImportWrongShape,
                &where_and_why(*line, *column, reason),
            ),
            ImportError::NoText => cat.t(Msg::ImportNoText),
            ImportError::EvidenceMismatch => cat.t(Msg::ImportEvidenceMismatch),
            ImportError::TooMany(too_many) => {
                let why = too_many.describe(cat);
                cat.f(Msg::ImportTooMany, &[("why", (&why).into())])
            }
        }
    }
}

/// Where a JSON file is wrong and serde_json's words for why.
pub fn where_and_why(line: usize, column: usize, reason: &str) -> [(&'static str, Arg<'_>); 3] {
    [
        ("line", line.into()),
        ("column", column.into()),
        ("reason", reason.into()),
    ]
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.describe(Catalogue::english()))
    }
}

impl Export {
    /// Analyses `text` as of `today` and wraps the result in the export envelope.
    pub fn analyze(
        text: &str,
        today: crate::calendar::Date,
        source_name: Option<String>,
    ) -> Export {
        Export::of(
            text,
            today,
            source_name,
            crate::analysis::analyze(text, today),
        )
    }

    /// The envelope around postings already analysed from `text`.
    pub fn of(
        text: &str,
        today: crate::calendar::Date,
        source_name: Option<String>,
        postings: Vec<PostingAnalysis>,
    ) -> Export {
        Export {
            schema: SCHEMA.to_string(),
            schema_version: SCHEMA_VERSION,
            generator: format!("vacancy-lens {}", env!("CARGO_PKG_VERSION")),
            analyzed_on: today.to_string(),
            source: Source {
                name: source_name,
                chars: text.chars().count(),
            },
            labels_language: english(),
            postings,
            text: None,
        }
    }

    /// Writes the labels and summaries in the language of `cat`.
    pub fn localise(&mut self, cat: &Catalogue) {
        for p in &mut self.postings {
            localise(p, cat);
        }
        self.labels_language = cat.lang().code().to_string();
    }

    /// Refuses counts no real export has ([`MAX_POSTINGS`] and its kin).
    pub fn check_counts(&self) -> Result<(), TooMany> {
        TooMany::check(Counted::Postings, self.postings.len(), MAX_POSTINGS)?;
        for p in &self.postings {
            TooMany::check(
                Counted::LanguagesInPosting,
                p.languages.len(),
                MAX_LANGUAGES,
            )?;
            let custom = p.checklist.iter().filter(|i| i.custom).count();
            TooMany::check(Counted::CustomItems, custom, MAX_CUSTOM_ITEMS)?;
            TooMany::check(Counted::Corrections, p.corrections.len(), MAX_CORRECTIONS)?;
        }
        Ok(())
    }

    /// Reads an export for import, refusing anything that is not a whole, consistent export.
    pub fn from_json(json: &str) -> Result<Export, ImportError> {
        if json.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        if json.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: json.len() });
        }
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
            let reason = e.to_string();
            if reason.starts_with("recursion limit exceeded") {
                return ImportError::TooDeep;
            }
            ImportError::BrokenJson {
                line: e.line(),
                column: e.column(),
                reason: reason_of(&e),
            }
        })?;
        if value.get("schema").and_then(|s| s.as_str()) != Some(SCHEMA) {
            return Err(ImportError::NotAnExport);
        }
        match value.get("schema_version").and_then(|v| v.as_u64()) {
            Some(v) if v > u64::from(SCHEMA_VERSION) => {
                return Err(ImportError::NewerVersion { version: v })
            }
            Some(v) if v >= 1 => {}
            _ => return Err(ImportError::UnknownVersion),
        }
        // Read again as typed data: serde_json then says where (line, column) a field is wrong.
        let export: Export = serde_json::from_str(json).map_err(|e| ImportError::WrongShape {
            line: e.line(),
            column: e.column(),
            reason: reason_of(&e),
        })?;
        export.check_counts().map_err(ImportError::TooMany)?;
        let text = export.text.as_deref().ok_or(ImportError::NoText)?;
        crate::analysis::verify_evidence(text, &export.postings)
            .map_err(|_| ImportError::EvidenceMismatch)?;
        Ok(export)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;

    const POSTING: &str = "Deadline for application: 30 November 2025\nLanguages: Fluent in English and French.\nApplicants must hold EU citizenship.";

    #[test]
    fn import_errors_are_told_in_each_language() {
        use crate::i18n::Lang;
        let too_many = ImportError::TooMany(TooMany {
            what: Counted::Corrections,
            count: 301,
            limit: MAX_CORRECTIONS,
        });
        let newer = ImportError::NewerVersion { version: 9 };
        let broken = ImportError::BrokenJson {
            line: 3,
            column: 7,
            reason: "trailing comma".into(),
        };
        let rows = [
            (Lang::En, ["This export is not imported: it holds 301 corrections in one posting, more than any real one does (at most 300).", "This export uses schema version 9, newer than this page understands (1).", "The file is not valid JSON (line 3, column 7: trailing comma)."]),
            (Lang::Fr, ["Cet export n'est pas importé : 301 corrections pour une seule offre, plus qu'aucun vrai fichier n'en contient (au maximum 300).", "Cet export utilise la version 9 du schéma, plus récente que celle que cette page comprend (1).", "Le fichier n'est pas du JSON valide (ligne 3, colonne 7 : trailing comma)."]),
            (Lang::Nl, ["Deze export wordt niet geïmporteerd: 301 correcties in één vacature, meer dan een echt bestand bevat (hoogstens 300).", "Deze export gebruikt schemaversie 9, nieuwer dan deze pagina begrijpt (1).", "Het bestand is geen geldige JSON (regel 3, kolom 7: trailing comma)."]),
            (Lang::De, ["Dieser Export wird nicht importiert: 301 Korrekturen in einer Stellenanzeige, mehr als eine echte Datei enthält (höchstens 300).", "Dieser Export verwendet die Schemaversion 9, die neuer ist, als diese Seite versteht (1).", "Die Datei ist kein gültiges JSON (Zeile 3, Spalte 7: trailing comma)."]),
        ];
        for (lang, [many, version, json]) in rows {
            let cat = Catalogue::builtin(lang);
            assert_eq!(too_many.describe(&cat), many);
            assert!(newer.describe(&cat).starts_with(version), "{lang:?}");
            assert_eq!(broken.describe(&cat), json);
        }
        assert_eq!(
            too_many.to_string(),
            too_many.describe(Catalogue::english())
        );
    }

    fn app_export(marks: &UserMarks) -> Export {
        let mut export = Export::analyze(POSTING, Date::constant(2025, 11, 1), None);
        export.text = Some(POSTING.to_string());
        for p in &mut export.postings {
            p.checklist = marks.apply(&p.checklist);
        }
        export
    }

    #[test]
    fn marks_round_trip_through_an_export() {
        let marks = UserMarks {
            checked: ["language-en".to_string(), "custom-1".to_string()].into(),
            dismissed: ["eligibility-citizenship".to_string()].into(),
            custom: vec![CustomItem {
                id: "custom-1".into(),
                label: "Ask a referee".into(),
            }],
            corrections: Vec::new(),
        };
        let json = serde_json::to_string(&app_export(&marks)).unwrap();
        let back = Export::from_json(&json).unwrap();
        assert_eq!(UserMarks::of_posting(&back.postings[0]), marks);
        assert_eq!(back.text.as_deref(), Some(POSTING));
    }

    /// Marks stored before corrections existed (storage versions 1 and 2) read as having none;
    /// marks with corrections keep them through storage.
    #[test]
    fn marks_of_earlier_versions_read_without_corrections() {
        let v2 = r#"{"checked": ["language-en"], "dismissed": [], "custom": []}"#;
        let marks: UserMarks = serde_json::from_str(v2).unwrap();
        assert!(marks.corrections.is_empty());
        assert_eq!(marks.checked.len(), 1);
        let written = serde_json::to_string(&marks).unwrap();
        assert!(
            !written.contains("corrections"),
            "none written when there are none"
        );
        let corrected = UserMarks {
            corrections: vec![Correction::new(
                "deadline",
                crate::vocabulary::Evidence {
                    start: 0,
                    end: 0,
                    text: String::new(),
                },
                crate::analysis::corrections::Value::NoDeadline,
            )],
            ..marks
        };
        let back: UserMarks =
            serde_json::from_str(&serde_json::to_string(&corrected).unwrap()).unwrap();
        assert_eq!(back, corrected);
        let mut absurd = corrected.clone();
        absurd.corrections = vec![corrected.corrections[0].clone(); MAX_CORRECTIONS + 1];
        let refused = UserMarks::check_counts(&[absurd]).unwrap_err().to_string();
        assert!(
            refused.contains("301 corrections in one posting"),
            "{refused}"
        );
    }

    fn own_items(n: usize) -> UserMarks {
        UserMarks {
            custom: (1..=n)
                .map(|i| CustomItem {
                    id: format!("custom-{i}"),
                    label: format!("Item {i}"),
                })
                .collect(),
            ..UserMarks::default()
        }
    }

    #[test]
    fn refuses_counts_no_real_export_has() {
        let at_limit = serde_json::to_string(&app_export(&own_items(MAX_CUSTOM_ITEMS))).unwrap();
        assert!(Export::from_json(&at_limit).is_ok());
        let past = serde_json::to_string(&app_export(&own_items(50_000))).unwrap();
        assert!(
            past.len() < MAX_IMPORT_BYTES,
            "under the size limit, refused by count"
        );
        let err = Export::from_json(&past).unwrap_err();
        assert_eq!(
            err,
            ImportError::TooMany(TooMany {
                what: Counted::CustomItems,
                count: 50_000,
                limit: MAX_CUSTOM_ITEMS
            })
        );
        assert_eq!(err.to_string(), format!("This export is not imported: it holds 50000 items of your own in one posting, more than any real one does (at most {MAX_CUSTOM_ITEMS})."));
        let mut many = app_export(&UserMarks::default());
        let one = many.postings[0].clone();
        many.postings = vec![one.clone(); MAX_POSTINGS + 1];
        assert!(matches!(
            many.check_counts(),
            Err(TooMany {
                what: Counted::Postings,
                ..
            })
        ));
        let mut languages = app_export(&UserMarks::default());
        let l = languages.postings[0].languages[0].clone();
        languages.postings[0].languages = vec![l; MAX_LANGUAGES + 1];
        assert!(matches!(
            languages.check_counts(),
            Err(TooMany {
                what: Counted::LanguagesInPosting,
                ..
            })
        ));
        assert!(UserMarks::check_counts(&[own_items(MAX_CUSTOM_ITEMS)]).is_ok());
        assert!(UserMarks::check_counts(&[own_items(MAX_CUSTOM_ITEMS + 1)]).is_err());
    }

    #[test]
    fn refuses_what_is_not_an_export() {
        let good = serde_json::to_value(app_export(&UserMarks::default())).unwrap();
        let with = |key: &str, v: serde_json::Value| {
            let mut g = good.clone();
            g[key] = v;
            g.to_string()
        };
        let cases = [
            (String::new(), ImportError::Empty),
            (
                "{\"schema\": ".to_string(),
                ImportError::BrokenJson {
                    line: 1,
                    column: 11,
                    reason: "EOF while parsing a value".into(),
                },
            ),
            ("[1, 2]".to_string(), ImportError::NotAnExport),
            (
                with("schema", "other/thing".into()),
                ImportError::NotAnExport,
            ),
            (
                with("schema_version", 99.into()),
                ImportError::NewerVersion { version: 99 },
            ),
            (
                with("schema_version", "one".into()),
                ImportError::UnknownVersion,
            ),
            (with("text", serde_json::Value::Null), ImportError::NoText),
            (
                with(
                    "text",
                    "Some other posting entirely, longer than the evidence offsets go, really."
                        .repeat(3)
                        .into(),
                ),
                ImportError::EvidenceMismatch,
            ),
            (
                "x".repeat(MAX_IMPORT_BYTES + 1),
                ImportError::TooLarge {
                    bytes: MAX_IMPORT_BYTES + 1,
                },
            ),
        ];
        for (json, want) in cases {
            assert_eq!(
                Export::from_json(&json).unwrap_err(),
                want,
                "{}",
                &json[..json.len().min(60)]
            );
        }
        let mut wrong_type = good.clone();
        wrong_type["postings"][0]["deadline"]["date"] = 20251130.into();
        let json = serde_json::to_string_pretty(&wrong_type).unwrap();
        let line = json.lines().position(|l| l.contains("20251130")).unwrap() + 1;
        assert_eq!(
            Export::from_json(&json).unwrap_err(),
            ImportError::WrongShape {
                line,
                column: json
                    .lines()
                    .nth(line - 1)
                    .unwrap()
                    .find("20251130")
                    .unwrap()
                    + 8,
                reason: "invalid type: integer `20251130`, expected a string".into()
            }
        );
        for deep in [
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
            format!(
                "{{\"schema\": {}1{}}}",
                "{\"a\":".repeat(200),
                "}".repeat(200)
            ),
        ] {
            assert_eq!(Export::from_json(&deep).unwrap_err(), ImportError::TooDeep);
        }
    }

    #[test]
    fn messages_name_the_problem() {
        assert!(ImportError::NewerVersion { version: 99 }
            .to_string()
            .contains("version 99"));
        assert!(ImportError::TooLarge { bytes: 9 << 20 }
            .to_string()
            .contains("8 MB"));
    }
}
