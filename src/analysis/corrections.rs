//! The user's corrections of the analysis: a finding set right where it is shown, or one the
//! analysis missed added from words of the posting.
//!
//! A [`Correction`] names the finding it changes (by id), the words of the posting it stands on,
//! and the user's value. [`apply`] puts the corrections into a posting's analysis before anything
//! else reads it, so the deadline's status and days left, the checklist, the profile's verdicts,
//! the calendar event, the JSON-LD, the table row and the export follow a corrected value exactly
//! as they follow a found one. Each applied correction keeps the analysis' own value
//! (`original`), which the page shows on its "edited" mark and the export carries.
//!
//! A correction stays attached to its words while the text has them: after an edit elsewhere it
//! follows them to where they moved (their nearest occurrence); when they are gone it no longer
//! applies, and [`apply`] returns it so the page can say so.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::analysis::checklist::stable_hash;
use crate::analysis::conditions::{Contract, ContractType, PayPeriod, Salary};
use crate::analysis::dates::{written_when, Deadline};
use crate::analysis::eligibility::{kind_name, EligibilityConstraint, EligibilityKind};
use crate::analysis::findings::requirement_kind;
use crate::analysis::languages::{english_name, LanguageRequirement, LevelSource};
use crate::analysis::requirements::{RequirementCategory, RequirementItem};
use crate::analysis::{localise, PostingAnalysis};
use crate::calendar::{ClockTime, Date, Zone};
use crate::i18n::{Arg, Catalogue, Msg};
use crate::vocabulary::{Cefr, Evidence, FindingId, Reason, Requirement};

/// The rule a corrected finding names as its reason.
pub const RULE: &str = "user.correction";

/// Most corrections kept for one posting; a posting has a few dozen findings at most.
pub const MAX_CORRECTIONS: usize = 300;

/// One correction by the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Correction {
    /// The id of the finding corrected (`deadline`, `language-fr`, `eligibility-work_permit`,
    /// `condition-salary`, `condition-contract`, `start-date`), or for a finding the user added,
    /// the id it has.
    pub finding: String,
    /// The words of the posting it stands on: the finding's own, or the words the user selected.
    /// Empty (at the posting's start) for a value typed with no words of the posting behind it.
    pub evidence: Evidence,
    /// What the user says it is.
    pub value: Value,
    /// What the analysis had found; null when the user added the finding. Filled in whenever the
    /// correction is applied, so an export shows both values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Value>,
}

/// A finding's value, as the user sets it or as the analysis had it. In JSON, one object:
/// `field` names the kind, with the fields of that kind (see [`ValueFields`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(into = "ValueFields")]
pub enum Value {
    Deadline {
        date: Date,
        time: Option<ClockTime>,
        timezone: Option<Zone>,
    },
    /// The posting has no application deadline.
    NoDeadline,
    Language {
        /// ISO 639-1 code.
        language: String,
        requirement: Requirement,
        level: Option<Cefr>,
    },
    Eligibility {
        kind: EligibilityKind,
        requirement: Requirement,
    },
    /// A condition of the posting in its own words (the selected sentence).
    Condition {
        text: String,
        requirement: Requirement,
    },
    Salary {
        min: Option<f64>,
        max: Option<f64>,
        currency: String,
        period: Option<PayPeriod>,
        gross: Option<bool>,
    },
    Contract {
        kind: Option<ContractType>,
        duration_months: Option<u32>,
    },
    /// `YYYY-MM-DD`, `asap`, or null for none.
    StartDate { start_date: Option<String> },
    /// The finding is not one: the user removed it.
    Removed,
}

/// Which kind of value a [`ValueFields`] holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
enum Field {
    Deadline,
    NoDeadline,
    Language,
    Eligibility,
    Condition,
    Salary,
    Contract,
    StartDate,
    #[default]
    Removed,
}

// The JSON form of a value: one flat object. Read back through serde_json's own `Value`
// (`Value::from_json`), which the page has already: derived readers for a value's kinds would
// cost the page's wasm a reader per kind and per field type. Its doc comment is the schema's.
/// A finding's value: `field` says which kind (`deadline`: `date`, `time`, `timezone`;
/// `language`: `language`, `requirement`, `level`; `eligibility`: `kind`, `requirement`;
/// `condition`: `text`, `requirement`; `salary`: `min`, `max`, `currency`, `period`, `gross`;
/// `contract`: `type`, `duration_months`; `start_date`: `start_date`; `no_deadline` and
/// `removed`: nothing else).
#[derive(Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
struct ValueFields {
    field: Field,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    time: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    timezone: Option<Zone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    requirement: Option<Requirement>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<Cefr>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<EligibilityKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    period: Option<PayPeriod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gross: Option<bool>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    contract_type: Option<ContractType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    duration_months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start_date: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Value {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Value".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ValueFields::json_schema(generator)
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        let json = serde_json::Value::deserialize(d)?;
        Value::from_json(&json).map_err(serde::de::Error::custom)
    }
}

impl Value {
    /// Reads the JSON form written by [`ValueFields`]; the message names what is wrong.
    fn from_json(json: &serde_json::Value) -> Result<Value, String> {
        let text = |name: &str| json.get(name).and_then(serde_json::Value::as_str);
        let field = text("field").unwrap_or("");
        let bad = |name: &str| format!("a {field} value with no valid {name}");
        let requirement = || match text("requirement") {
            Some("required") => Ok(Requirement::Required),
            Some("asset") => Ok(Requirement::Asset),
            _ => Err(bad("requirement")),
        };
        let optional = |name: &str| text(name).map(str::to_string);
        let number = |name: &str| json.get(name).and_then(serde_json::Value::as_f64);
        Ok(match field {
            "deadline" => Value::Deadline {
                date: text("date")
                    .and_then(|d| d.parse().ok())
                    .ok_or_else(|| bad("date"))?,
                time: match optional("time") {
                    Some(t) => Some(ClockTime::try_from(t).map_err(|_| bad("time"))?),
                    None => None,
                },
                timezone: optional("timezone").map(Zone::from),
            },
            "no_deadline" => Value::NoDeadline,
            "language" => Value::Language {
                language: optional("language").ok_or_else(|| bad("language"))?,
                requirement: requirement()?,
                level: text("level").and_then(Cefr::parse),
            },
            "eligibility" => Value::Eligibility {
                kind: text("kind")
                    .and_then(EligibilityKind::of_key)
                    .ok_or_else(|| bad("kind"))?,
                requirement: requirement()?,
            },
            "condition" => Value::Condition {
                text: optional("text").ok_or_else(|| bad("text"))?,
                requirement: requirement()?,
            },
            "salary" => Value::Salary {
                min: number("min"),
                max: number("max"),
                currency: optional("currency").ok_or_else(|| bad("currency"))?,
                period: text("period").and_then(PayPeriod::of_key),
                gross: json.get("gross").and_then(serde_json::Value::as_bool),
            },
            "contract" => Value::Contract {
                kind: text("type").and_then(ContractType::of_key),
                duration_months: json
                    .get("duration_months")
                    .and_then(serde_json::Value::as_u64)
                    .and_then(|m| u32::try_from(m).ok()),
            },
            "start_date" => Value::StartDate {
                start_date: optional("start_date"),
            },
            "removed" => Value::Removed,
            _ => return Err(format!("an unknown kind of value: “{field}”")),
        })
    }
}

impl From<Value> for ValueFields {
    fn from(value: Value) -> ValueFields {
        match value {
            Value::Deadline {
                date,
                time,
                timezone,
            } => ValueFields {
                field: Field::Deadline,
                date: Some(date),
                time,
                timezone,
                ..ValueFields::default()
            },
            Value::NoDeadline => ValueFields {
                field: Field::NoDeadline,
                ..ValueFields::default()
            },
            Value::Language {
                language,
                requirement,
                level,
            } => ValueFields {
                field: Field::Language,
                language: Some(language),
                requirement: Some(requirement),
                level,
                ..ValueFields::default()
            },
            Value::Eligibility { kind, requirement } => ValueFields {
                field: Field::Eligibility,
                kind: Some(kind),
                requirement: Some(requirement),
                ..ValueFields::default()
            },
            Value::Condition { text, requirement } => ValueFields {
                field: Field::Condition,
                text: Some(text),
                requirement: Some(requirement),
                ..ValueFields::default()
            },
            Value::Salary {
                min,
                max,
                currency,
                period,
                gross,
            } => ValueFields {
                field: Field::Salary,
                min,
                max,
                currency: Some(currency),
                period,
                gross,
                ..ValueFields::default()
            },
            Value::Contract {
                kind,
                duration_months,
            } => ValueFields {
                field: Field::Contract,
                contract_type: kind,
                duration_months,
                ..ValueFields::default()
            },
            Value::StartDate { start_date } => ValueFields {
                field: Field::StartDate,
                start_date,
                ..ValueFields::default()
            },
            Value::Removed => ValueFields::default(),
        }
    }
}

impl fmt::Display for Value {
    /// The value in English, as the analysis' reasons and the gold files' notes write it.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.shown(Catalogue::english()))
    }
}

impl Value {
    /// How the page names the value, in the language of `cat`: "15 December 2025 23:59 CET",
    /// "French: required, C1".
    pub fn shown(&self, cat: &Catalogue) -> String {
        let requirement = |r: &Requirement| cat.requirement(*r);
        match self {
            Value::Deadline {
                date,
                time,
                timezone,
            } => written_when(*date, *time, timezone.as_ref(), cat),
            Value::NoDeadline => cat.t(Msg::ValueNoDeadline),
            Value::Language {
                language,
                requirement: r,
                level,
            } => {
                let name = cat.language_title(language, &english_name(language));
                let (name, r) = (Arg::Text(&name), requirement(r));
                match level {
                    Some(level) => cat.f(
                        Msg::ValueAskedLevel,
                        &[
                            ("what", name),
                            ("requirement", (&r).into()),
                            ("level", level.as_str().into()),
                        ],
                    ),
                    None => cat.f(
                        Msg::ValueAsked,
                        &[("what", name), ("requirement", (&r).into())],
                    ),
                }
            }
            Value::Eligibility {
                kind,
                requirement: r,
            } => {
                let kind = kind_name(*kind, cat);
                let r = requirement(r);
                cat.f(
                    Msg::ValueAsked,
                    &[("what", (&kind).into()), ("requirement", (&r).into())],
                )
            }
            Value::Condition {
                text,
                requirement: r,
            } => {
                let r = requirement(r);
                cat.f(
                    Msg::ValueCondition,
                    &[("text", text.into()), ("requirement", (&r).into())],
                )
            }
            Value::Salary { .. } | Value::Contract { .. } => {
                let none = Evidence::empty_at(0);
                self.to_salary(none.clone())
                    .map(|s| s.describe(cat))
                    .or_else(|| self.to_contract(none).map(|c| c.describe(cat)))
                    .unwrap_or_default()
            }
            Value::StartDate { start_date } => match start_date {
                Some(start) => start.clone(),
                None => cat.t(Msg::ValueNoStart),
            },
            Value::Removed => cat.t(Msg::ValueRemoved),
        }
    }

    /// The salary this value sets, standing on `evidence`.
    fn to_salary(&self, evidence: Evidence) -> Option<Salary> {
        match self {
            Value::Salary {
                min,
                max,
                currency,
                period,
                gross,
            } => Some(Salary {
                min: *min,
                max: *max,
                currency: currency.clone(),
                period: *period,
                gross: *gross,
                evidence,
            }),
            _ => None,
        }
    }

    /// The contract this value sets, standing on `evidence`.
    fn to_contract(&self, evidence: Evidence) -> Option<Contract> {
        match self {
            Value::Contract {
                kind,
                duration_months,
            } => Some(Contract {
                kind: *kind,
                duration_months: *duration_months,
                evidence,
            }),
            _ => None,
        }
    }

    /// The id of the finding this value makes, if it makes one.
    pub fn finding_id(&self) -> Option<FindingId> {
        Some(match self {
            Value::Deadline { .. } => FindingId::new("deadline", "deadline"),
            Value::Language { language, .. } => FindingId::new("language", language),
            Value::Eligibility { kind, .. } => FindingId::new("eligibility", kind.key()),
            Value::Condition { text, .. } => FindingId::new(
                requirement_kind(RequirementCategory::Other),
                &stable_hash(text),
            ),
            Value::Salary { .. } => FindingId::new("condition", "salary"),
            Value::Contract { .. } => FindingId::new("condition", "contract"),
            Value::StartDate { .. } => FindingId::new("start", "date"),
            Value::NoDeadline | Value::Removed => return None,
        })
    }
}

impl Correction {
    /// A correction of the finding `finding` standing on `evidence`.
    pub fn new(finding: impl Into<String>, evidence: Evidence, value: Value) -> Correction {
        Correction {
            finding: finding.into(),
            evidence,
            value,
            original: None,
        }
    }

    /// The id of the finding the page shows for it: the corrected finding's new id (a condition
    /// changed to another kind has the new kind's id), or the one it removed.
    pub fn shown_as(&self) -> String {
        self.value
            .finding_id()
            .map_or(self.finding.clone(), |id| id.to_string())
    }

    /// "deadline: 2025-12-15 (found: 2025-11-30)": how a notice or a list names it; the
    /// analysis' value only when it is known (applied, and not an addition).
    pub fn describe(&self, cat: &Catalogue) -> String {
        let value = self.value.shown(cat);
        let (finding, value) = (Arg::Text(&self.finding), Arg::Text(&value));
        match &self.original {
            Some(found) => {
                let found = found.shown(cat);
                let args = [
                    ("finding", finding),
                    ("value", value),
                    ("found", (&found).into()),
                ];
                cat.f(Msg::CorrectionFound, &args)
            }
            None => cat.f(Msg::Correction, &[("finding", finding), ("value", value)]),
        }
    }
}

/// The corrections applied to one posting, and those whose words the text no longer has.
#[derive(Debug, Default, PartialEq)]
pub struct Applied {
    /// With their evidence where the words are now, and the analysis' original values.
    pub kept: Vec<Correction>,
    pub stale: Vec<Correction>,
}

/// Applies `corrections` to `posting`, an analysis of `text`, as of `today`: its findings take
/// the user's values, its words (checklist, summaries) are written again from them in the
/// language of `cat`, even when there is nothing to apply, and `posting.corrections` lists what
/// was applied.
pub fn apply(
    posting: &mut PostingAnalysis,
    corrections: &[Correction],
    text: &str,
    today: Date,
    cat: &Catalogue,
) -> Applied {
    let mut applied = Applied::default();
    if corrections.is_empty() {
        localise(posting, cat);
        return applied;
    }
    let chars = CharText::new(text);
    for correction in corrections {
        let Some(evidence) = chars.anchor(&correction.evidence, posting.span.start()) else {
            applied.stale.push(correction.clone());
            continue;
        };
        let mut kept = Correction {
            evidence,
            ..correction.clone()
        };
        kept.original = change(posting, &kept, today);
        applied.kept.push(kept);
    }
    localise(posting, cat);
    posting.corrections = applied.kept.clone();
    applied
}

/// Applies each posting's corrections (`corrections[i]` to `postings[i]`); returns those that
/// no longer apply, with the posting they were for.
pub fn apply_all<'c>(
    postings: &mut [PostingAnalysis],
    corrections: impl IntoIterator<Item = &'c [Correction]>,
    text: &str,
    today: Date,
    cat: &Catalogue,
) -> Vec<(usize, Correction)> {
    let mut stale = Vec::new();
    for (i, (posting, corrections)) in postings.iter_mut().zip(corrections).enumerate() {
        let applied = apply(posting, corrections, text, today, cat);
        stale.extend(applied.stale.into_iter().map(|c| (i, c)));
    }
    stale
}

/// The reason a corrected finding gives.
fn reason(original: Option<&Value>) -> Reason {
    let because = match original {
        Some(found) => format!("corrected by you; the analysis found {found}"),
        None => "added by you".to_string(),
    };
    Reason::of_rule(RULE, because)
}

/// Puts one correction into the posting; returns the analysis' value it replaced.
fn change(posting: &mut PostingAnalysis, c: &Correction, today: Date) -> Option<Value> {
    let evidence = c.evidence.clone();
    match &c.value {
        Value::Deadline {
            date,
            time,
            timezone,
        } => {
            let original = posting.deadline.take().map(deadline_value);
            let mut deadline = Deadline::on(*date, *time, timezone.clone(), today, evidence);
            deadline.reasons.push(reason(original.as_ref()));
            posting.deadline = Some(deadline);
            original
        }
        Value::NoDeadline => posting.deadline.take().map(deadline_value),
        Value::Language {
            language,
            requirement,
            level,
        } => replace(
            &mut posting.languages,
            &c.finding,
            |l| FindingId::new("language", &l.language),
            Value::of_language,
            || new_language(language, evidence),
            |found, original| {
                found.language = language.clone();
                found.name = english_name(language);
                found.requirement = *requirement;
                if found.level != *level {
                    found.level = *level;
                    found.level_source = level.map(|_| LevelSource::Stated);
                }
                found.reasons = vec![reason(original)];
            },
        ),
        Value::Eligibility { kind, requirement } => replace(
            &mut posting.eligibility,
            &c.finding,
            |e| FindingId::new("eligibility", e.kind.key()),
            Value::of_eligibility,
            || new_condition(*kind, evidence),
            |found, original| {
                found.kind = *kind;
                found.requirement = *requirement;
                found.reasons = vec![reason(original)];
            },
        ),
        Value::Condition { text, requirement } => {
            posting.requirements.push(RequirementItem {
                category: RequirementCategory::Other,
                requirement: *requirement,
                text: text.clone(),
                years: None,
                evidence,
                reasons: vec![reason(None)],
            });
            None
        }
        Value::Salary { .. } => {
            let original = posting.conditions.salary.take().map(Value::of_salary);
            posting.conditions.salary = c.value.to_salary(evidence);
            original
        }
        Value::Contract { .. } => {
            let original = posting.conditions.contract.take().map(Value::of_contract);
            posting.conditions.contract = c.value.to_contract(evidence);
            original
        }
        Value::StartDate { start_date } => {
            let original = std::mem::replace(&mut posting.start_date, start_date.clone());
            Some(Value::StartDate {
                start_date: original,
            })
        }
        Value::Removed => remove(posting, &c.finding),
    }
}

/// What the analysis found, as values: a correction keeps them as its `original`; the page
/// starts its controls from them.
impl Value {
    /// A deadline at a date found (`time` and `timezone` as found with it).
    pub fn deadline_at(date: Date, time: Option<ClockTime>, timezone: Option<Zone>) -> Value {
        Value::Deadline {
            date,
            time,
            timezone,
        }
    }

    pub fn of_language(l: &LanguageRequirement) -> Value {
        Value::Language {
            language: l.language.clone(),
            requirement: l.requirement,
            level: l.level,
        }
    }

    pub fn of_eligibility(e: &EligibilityConstraint) -> Value {
        Value::Eligibility {
            kind: e.kind,
            requirement: e.requirement,
        }
    }

    fn of_salary(s: Salary) -> Value {
        Value::Salary {
            min: s.min,
            max: s.max,
            currency: s.currency,
            period: s.period,
            gross: s.gross,
        }
    }

    fn of_contract(c: Contract) -> Value {
        Value::Contract {
            kind: c.kind,
            duration_months: c.duration_months,
        }
    }
}

fn deadline_value(d: Deadline) -> Value {
    Value::deadline_at(d.date, d.time, d.timezone)
}

/// Corrects the finding `id` of `items` in place, or adds one made by `make` when the analysis
/// has none: `set` writes the user's value into it, given the analysis' value; returns that.
fn replace<T>(
    items: &mut Vec<T>,
    id: &str,
    id_of: impl Fn(&T) -> FindingId,
    value_of: impl Fn(&T) -> Value,
    make: impl FnOnce() -> T,
    set: impl FnOnce(&mut T, Option<&Value>),
) -> Option<Value> {
    match find(items, id, id_of) {
        Some(i) => {
            let original = value_of(&items[i]);
            set(&mut items[i], Some(&original));
            Some(original)
        }
        None => {
            let mut added = make();
            set(&mut added, None);
            items.push(added);
            None
        }
    }
}

/// The place of the finding with id `id` among `items`.
fn find<T>(items: &[T], id: &str, id_of: impl Fn(&T) -> FindingId) -> Option<usize> {
    items.iter().position(|item| id_of(item).as_str() == id)
}

fn new_language(language: &str, evidence: Evidence) -> LanguageRequirement {
    LanguageRequirement {
        language: language.to_string(),
        name: english_name(language),
        requirement: Requirement::Required,
        level: None,
        level_source: None,
        skills: Vec::new(),
        one_of: None,
        evidence,
        reasons: Vec::new(),
    }
}

fn new_condition(kind: EligibilityKind, evidence: Evidence) -> EligibilityConstraint {
    EligibilityConstraint {
        kind,
        requirement: Requirement::Required,
        // Written by `localise`.
        summary: String::new(),
        alternatives: Vec::new(),
        places: Vec::new(),
        evidence,
        reasons: Vec::new(),
    }
}

/// Removes the finding `id` (a language, a condition, a requirement, the salary or contract, the
/// start date); returns its value.
fn remove(posting: &mut PostingAnalysis, id: &str) -> Option<Value> {
    if let Some(i) = find(&posting.languages, id, |l| {
        FindingId::new("language", &l.language)
    }) {
        return Some(Value::of_language(&posting.languages.remove(i)));
    }
    if let Some(i) = find(&posting.eligibility, id, |e| {
        FindingId::new("eligibility", e.kind.key())
    }) {
        return Some(Value::of_eligibility(&posting.eligibility.remove(i)));
    }
    if let Some(i) = find(&posting.requirements, id, |r| {
        FindingId::new(requirement_kind(r.category), &stable_hash(&r.text))
    }) {
        let r = posting.requirements.remove(i);
        return Some(Value::Condition {
            text: r.text,
            requirement: r.requirement,
        });
    }
    match id {
        "condition-salary" => posting.conditions.salary.take().map(Value::of_salary),
        "condition-contract" => posting.conditions.contract.take().map(Value::of_contract),
        _ => None,
    }
}

/// A text with its chars' byte offsets, to find a correction's words in it.
struct CharText<'t> {
    text: &'t str,
    /// Byte offset of each char, and the text's length at the end.
    bytes: Vec<usize>,
}

impl<'t> CharText<'t> {
    fn new(text: &'t str) -> CharText<'t> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharText { text, bytes }
    }

    fn chars(&self) -> usize {
        self.bytes.len() - 1
    }

    /// The slice of chars `start..end`, if the text has them.
    fn slice(&self, start: usize, end: usize) -> Option<&'t str> {
        (start <= end && end <= self.chars())
            .then(|| &self.text[self.bytes[start]..self.bytes[end]])
    }

    /// Where `evidence`'s words are now: where they were, or else their occurrence nearest to
    /// it; `None` when the text no longer has them. Words typed with no evidence stay at the
    /// posting's start (`posting_start`).
    fn anchor(&self, evidence: &Evidence, posting_start: usize) -> Option<Evidence> {
        if evidence.text.is_empty() {
            return Some(Evidence::empty_at(posting_start.min(self.chars())));
        }
        if self.slice(evidence.start, evidence.end) == Some(evidence.text.as_str()) {
            return Some(evidence.clone());
        }
        let len = evidence.text.chars().count();
        let start = self
            .text
            .match_indices(evidence.text.as_str())
            .map(|(b, _)| self.bytes.partition_point(|&x| x < b))
            .min_by_key(|&start| start.abs_diff(evidence.start))?;
        Some(Evidence {
            start,
            end: start + len,
            text: evidence.text.clone(),
        })
    }
}

/// Most dates "use this date as the deadline" offers beside the deadline's card; any other
/// highlighted date can be picked in the text. A posting has a handful; a pasted calendar may
/// have thousands, which would make thousands of buttons.
pub const MAX_DEADLINE_CHOICES: usize = 10;

/// The dates of a posting that "use this date as the deadline" offers: each distinct one with
/// its value as a deadline and its words, in the order of the text, at most
/// [`MAX_DEADLINE_CHOICES`].
pub fn deadline_choices(posting: &PostingAnalysis) -> Vec<(Value, &Evidence)> {
    let mut out: Vec<(Value, &Evidence)> = Vec::new();
    for d in &posting.dates {
        let value = Value::deadline_at(d.date, d.time, d.timezone.clone());
        if !out.iter().any(|(v, _)| *v == value) {
            out.push((value, &d.evidence));
            if out.len() == MAX_DEADLINE_CHOICES {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::checklist::ItemRequirement;
    use crate::analysis::dates::DeadlineStatus;
    use crate::analysis::test_support::{one, today, words};

    const POSTING: &str = "Policy Officer\nDeadline for applications: 30 January 2024.\n\
        Interviews will take place on 12 February 2024.\nFluent French is required; Dutch is an asset.\n\
        Applicants must hold a valid work permit for Belgium.\nGross salary EUR 3.000 per month.";

    fn corrected(text: &str, corrections: &[Correction]) -> (PostingAnalysis, Applied) {
        let mut posting = one(text);
        let applied = apply(
            &mut posting,
            corrections,
            text,
            today(),
            Catalogue::english(),
        );
        (posting, applied)
    }

    fn item<'a>(
        p: &'a PostingAnalysis,
        id: &str,
    ) -> Option<&'a crate::analysis::checklist::ChecklistItem> {
        p.checklist.iter().find(|i| i.id == id)
    }

    #[test]
    fn another_date_of_the_text_becomes_the_deadline_everywhere() {
        let interview = words(POSTING, "12 February 2024");
        let use_it = Correction::new(
            "deadline",
            interview.clone(),
            Value::Deadline {
                date: Date::constant(2024, 2, 12),
                time: Some(ClockTime::new(12, 0).unwrap()),
                timezone: Some(Zone::Cet),
            },
        );
        let (p, applied) = corrected(POSTING, &[use_it]);
        let d = p.deadline.as_ref().unwrap();
        assert_eq!(d.date.to_string(), "2024-02-12");
        assert_eq!(d.days_left, 42);
        assert_eq!(d.status, DeadlineStatus::Open);
        assert_eq!(d.utc_offset.as_deref(), Some("+01:00"));
        assert_eq!(d.evidence, interview);
        assert_eq!(d.reasons[0].rule, RULE);
        assert!(
            d.reasons[0].because.contains("30 January 2024"),
            "{:?}",
            d.reasons
        );
        assert_eq!(
            item(&p, "deadline-deadline").unwrap().label,
            "Apply before 12 February 2024 12:00 CET"
        );
        assert_eq!(
            applied.kept[0].original.as_ref().unwrap().to_string(),
            "30 January 2024"
        );
        assert_eq!(p.corrections, applied.kept);
    }

    #[test]
    fn no_deadline_and_a_typed_one() {
        let found = one(POSTING).deadline.unwrap().evidence;
        let (p, _) = corrected(
            POSTING,
            &[Correction::new("deadline", found, Value::NoDeadline)],
        );
        assert!(p.deadline.is_none());
        assert!(item(&p, "deadline-deadline").is_none());
        let typed = Evidence {
            start: 0,
            end: 0,
            text: String::new(),
        };
        let (p, applied) = corrected(
            "Policy Officer\nFluent French.",
            &[Correction::new(
                "deadline",
                typed,
                Value::Deadline {
                    date: Date::constant(2024, 1, 5),
                    time: None,
                    timezone: None,
                },
            )],
        );
        assert_eq!(p.deadline.unwrap().status, DeadlineStatus::ClosingSoon);
        assert_eq!(applied.kept[0].original, None);
    }

    #[test]
    fn a_language_changes_requirement_and_level_is_removed_or_added() {
        let p = one(POSTING);
        let dutch = p.languages.iter().find(|l| l.language == "nl").unwrap();
        let required = Correction::new(
            "language-nl",
            dutch.evidence.clone(),
            Value::Language {
                language: "nl".into(),
                requirement: Requirement::Required,
                level: Some(Cefr::B2),
            },
        );
        let french = p.languages.iter().find(|l| l.language == "fr").unwrap();
        let removed = Correction::new("language-fr", french.evidence.clone(), Value::Removed);
        let text = format!("{POSTING}\nSome Spanish would help.");
        let spanish = Correction::new(
            "language-es",
            words(&text, "Spanish"),
            Value::Language {
                language: "es".into(),
                requirement: Requirement::Asset,
                level: None,
            },
        );
        let (p, applied) = corrected(&text, &[required, removed, spanish]);
        let codes: Vec<(&str, Requirement, Option<Cefr>)> = p
            .languages
            .iter()
            .map(|l| (l.language.as_str(), l.requirement, l.level))
            .collect();
        assert_eq!(
            codes,
            [
                ("nl", Requirement::Required, Some(Cefr::B2)),
                ("es", Requirement::Asset, None)
            ]
        );
        assert_eq!(
            item(&p, "language-nl").unwrap().requirement,
            ItemRequirement::Required
        );
        assert!(item(&p, "language-fr").is_none());
        assert_eq!(item(&p, "language-es").unwrap().label, "Spanish");
        let originals: Vec<Option<String>> = applied
            .kept
            .iter()
            .map(|c| c.original.as_ref().map(Value::to_string))
            .collect();
        assert_eq!(
            originals,
            [
                Some("Dutch: asset".to_string()),
                Some("French: required, C1".to_string()),
                None
            ]
        );
    }

    #[test]
    fn eligibility_changes_kind_or_is_added_from_a_sentence() {
        let p = one(POSTING);
        let permit = &p.eligibility[0];
        assert_eq!(permit.kind, EligibilityKind::WorkPermit);
        let text = format!("{POSTING}\nYou must live within 50 km of Brussels.");
        let living = words(&text, "You must live within 50 km of Brussels.");
        let (p, _) = corrected(
            &text,
            &[
                Correction::new(
                    "eligibility-work_permit",
                    permit.evidence.clone(),
                    Value::Eligibility {
                        kind: EligibilityKind::ResidencePermit,
                        requirement: Requirement::Asset,
                    },
                ),
                Correction::new(
                    "eligibility-local_residence",
                    living.clone(),
                    Value::Eligibility {
                        kind: EligibilityKind::LocalResidence,
                        requirement: Requirement::Required,
                    },
                ),
            ],
        );
        let kinds: Vec<(EligibilityKind, Requirement)> = p
            .eligibility
            .iter()
            .map(|e| (e.kind, e.requirement))
            .collect();
        assert!(kinds.contains(&(EligibilityKind::ResidencePermit, Requirement::Asset)));
        assert!(kinds.contains(&(EligibilityKind::LocalResidence, Requirement::Required)));
        assert!(item(&p, "eligibility-work_permit").is_none());
        let added = item(&p, "eligibility-local_residence").unwrap();
        assert_eq!(added.evidence.as_ref(), Some(&living));
        assert_eq!(
            added.label,
            "Living in the country, or moving there is required."
        );
    }

    #[test]
    fn conditions_and_start_date_take_the_typed_values() {
        let text = format!("{POSTING}\nHome office possible.");
        let condition = words(&text, "Home office possible.");
        let (p, applied) = corrected(
            &text,
            &[
                Correction::new(
                    "condition-salary",
                    one(POSTING).conditions.salary.unwrap().evidence,
                    Value::Salary {
                        min: Some(3000.0),
                        max: Some(3600.0),
                        currency: "EUR".into(),
                        period: Some(PayPeriod::Month),
                        gross: Some(true),
                    },
                ),
                Correction::new(
                    "condition-contract",
                    words(&text, "Policy Officer"),
                    Value::Contract {
                        kind: Some(ContractType::FixedTerm),
                        duration_months: Some(12),
                    },
                ),
                Correction::new(
                    "start-date",
                    words(&text, "Policy Officer"),
                    Value::StartDate {
                        start_date: Some("asap".into()),
                    },
                ),
                Correction::new(
                    "other-x",
                    condition.clone(),
                    Value::Condition {
                        text: condition.text.clone(),
                        requirement: Requirement::Asset,
                    },
                ),
            ],
        );
        assert_eq!(
            item(&p, "condition-salary").unwrap().label,
            "Salary EUR 3000–3600 per month, gross"
        );
        assert_eq!(
            item(&p, "condition-contract").unwrap().label,
            "Fixed-term contract, 12 months"
        );
        assert_eq!(p.start_date.as_deref(), Some("asap"));
        let added = p.requirements.iter().find(|r| r.text == condition.text);
        assert_eq!(added.unwrap().requirement, Requirement::Asset);
        assert_eq!(
            applied.kept[0].original.as_ref().unwrap().to_string(),
            "EUR 3000 per month, gross"
        );
        assert_eq!(applied.kept[1].original, None);
    }

    #[test]
    fn corrections_follow_their_words_and_go_stale_without_them() {
        let dutch = one(POSTING)
            .languages
            .into_iter()
            .find(|l| l.language == "nl")
            .unwrap();
        let required = Correction::new(
            "language-nl",
            dutch.evidence.clone(),
            Value::Language {
                language: "nl".into(),
                requirement: Requirement::Required,
                level: None,
            },
        );
        // Words typed before it move it; its words are followed there.
        let moved = format!("Brussels, ünïcode 🇧🇪\n{POSTING}");
        let (p, applied) = corrected(&moved, std::slice::from_ref(&required));
        assert!(applied.stale.is_empty());
        let shift = "Brussels, ünïcode 🇧🇪\n".chars().count();
        assert_eq!(applied.kept[0].evidence.start, dutch.evidence.start + shift);
        assert_eq!(
            p.languages
                .iter()
                .find(|l| l.language == "nl")
                .unwrap()
                .requirement,
            Requirement::Required
        );
        // Its words gone, it applies no more, and says so.
        let gone = POSTING.replace("Dutch is an asset", "German is an asset");
        let (p, applied) = corrected(&gone, std::slice::from_ref(&required));
        assert_eq!(applied.stale, [required]);
        assert!(applied.kept.is_empty() && p.corrections.is_empty());
    }

    #[test]
    fn the_dates_of_a_posting_are_offered_as_deadlines() {
        let p = one(POSTING);
        let offered: Vec<String> = deadline_choices(&p)
            .iter()
            .map(|(v, e)| format!("{v} {}", e.text))
            .collect();
        assert_eq!(
            offered,
            [
                "30 January 2024 30 January 2024",
                "12 February 2024 12 February 2024"
            ]
        );
        let calendar: String = (1..=28)
            .flat_map(|day| {
                [
                    format!("Meeting on {day} March 2024.\n"),
                    format!("Again on {day} March 2024.\n"),
                ]
            })
            .collect();
        let many = one(&calendar);
        let offered = deadline_choices(&many);
        assert_eq!(
            offered.len(),
            MAX_DEADLINE_CHOICES,
            "distinct dates, and only so many"
        );
        assert_eq!(offered[1].0.to_string(), "2 March 2024");
    }

    #[test]
    fn exports_carry_both_values() {
        let c = Correction {
            original: Some(Value::NoDeadline),
            ..Correction::new(
                "deadline",
                words(POSTING, "30 January 2024"),
                Value::Deadline {
                    date: Date::constant(2024, 1, 31),
                    time: Some(ClockTime::new(24, 0).unwrap()),
                    timezone: Some(Zone::Named("Europe/Brussels".into())),
                },
            )
        };
        let json = serde_json::to_string(&c).unwrap();
        assert!(
            json.contains(r#""value":{"field":"deadline","date":"2024-01-31","time":"24:00","timezone":"Europe/Brussels"}"#),
            "{json}"
        );
        assert!(
            json.contains(r#""original":{"field":"no_deadline"}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), c);
        for (broken, why) in [
            (
                r#"{"field": "language", "language": "fr"}"#,
                "a language value with no valid requirement",
            ),
            (
                r#"{"field": "deadline", "date": "2025-02-30"}"#,
                "a deadline value with no valid date",
            ),
            (
                r#"{"field": "eligibility", "kind": "hair", "requirement": "asset"}"#,
                "no valid kind",
            ),
            (r#"{"field": "wish"}"#, "an unknown kind of value: “wish”"),
        ] {
            let refused = serde_json::from_str::<Value>(broken)
                .unwrap_err()
                .to_string();
            assert!(refused.contains(why), "{refused}");
        }
        let every = [
            Value::NoDeadline,
            Value::Removed,
            Value::Eligibility {
                kind: EligibilityKind::Medical,
                requirement: Requirement::Asset,
            },
            Value::Condition {
                text: "B licence".into(),
                requirement: Requirement::Required,
            },
            Value::Salary {
                min: Some(1.5),
                max: None,
                currency: "CHF".into(),
                period: Some(PayPeriod::Hour),
                gross: Some(false),
            },
            Value::Contract {
                kind: Some(ContractType::Freelance),
                duration_months: Some(3),
            },
            Value::StartDate {
                start_date: Some("asap".into()),
            },
            Value::Language {
                language: "de".into(),
                requirement: Requirement::Required,
                level: Some(Cefr::B2),
            },
        ];
        for value in every {
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(
                serde_json::from_str::<Value>(&json).unwrap(),
                value,
                "{json}"
            );
        }
    }
}
