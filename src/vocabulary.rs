//! The words every layer shares: where a finding is ([`Span`], [`Evidence`]), what it is
//! ([`Category`], [`FindingId`]), how strongly it is asked for ([`Requirement`]) and what the
//! user's profile makes of it ([`Verdict`]).
//!
//! A leaf: it imports nothing of the crate, so the analysis, the profile, the formats and the
//! page all depend on it and on nothing above them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A char range of the input, end-exclusive; `start <= end` always holds.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "SpanFields")]
pub struct Span {
    start: usize,
    end: usize,
}

// The JSON form of a span, before its order is checked; its doc comment is the schema's.
/// A char range of the input, end-exclusive; `start` is never after `end`.
#[derive(Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
struct SpanFields {
    start: usize,
    end: usize,
}

impl TryFrom<SpanFields> for Span {
    type Error = String;
    fn try_from(f: SpanFields) -> Result<Span, String> {
        Span::new(f.start, f.end)
            .ok_or_else(|| format!("span {}..{} ends before it starts", f.start, f.end))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        SpanFields::json_schema(generator)
    }
}

impl Span {
    /// The range `start..end`, or `None` when it would end before it starts.
    pub fn new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }

    pub fn start(self) -> usize {
        self.start
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// Where a finding comes from: its char range and the exact input text there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Evidence {
    /// No words, at char `at`: what a value typed by the user stands on.
    pub fn empty_at(at: usize) -> Evidence {
        Evidence {
            start: at,
            end: at,
            text: String::new(),
        }
    }

    /// Its char range, when it is one (an imported file may say anything).
    pub fn span(&self) -> Option<Span> {
        Span::new(self.start, self.end)
    }
}

/// Why the analysis decided something about a finding: the rule, and the words it went by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Reason {
    /// The rule that decided, `extractor.rule`: `requirement.cue`, `dates.role`, …
    pub rule: String,
    /// The words it went by, when words decided (a default decides on none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
    /// One plain sentence: `asset: "is a plus" in its sentence`.
    pub because: String,
}

impl Reason {
    /// A reason that no single words of the posting give (a default, an arrangement of dates).
    pub fn of_rule(rule: &str, because: String) -> Reason {
        Reason {
            rule: rule.to_string(),
            cue: None,
            because,
        }
    }

    /// A reason that words of the posting give.
    pub fn of_cue(rule: &str, because: String, cue: Cue) -> Reason {
        Reason {
            rule: rule.to_string(),
            cue: Some(cue),
            because,
        }
    }
}

/// Words of the posting that decided something, and the word list and tag they were found as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Cue {
    /// `list/tag` of the word lists under `src/analysis/data/`: `requirement/asset`.
    pub tag: String,
    pub evidence: Evidence,
}

/// Whether the posting asks for something or only welcomes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    Required,
    Asset,
}

impl Requirement {
    /// `required`, `asset`: its name in the export, the page's classes and its wording.
    pub fn word(self) -> &'static str {
        match self {
            Requirement::Required => "required",
            Requirement::Asset => "asset",
        }
    }
}

/// The kinds of finding, in the order the page's legend lists them. Earlier ones win where
/// highlights overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Deadline,
    Eligibility,
    Language,
    Date,
    Condition,
    Application,
    Requirement,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Deadline,
        Category::Eligibility,
        Category::Language,
        Category::Date,
        Category::Condition,
        Category::Application,
        Category::Requirement,
    ];

    /// CSS class suffix and `data-kind` value.
    pub fn key(self) -> &'static str {
        match self {
            Category::Deadline => "deadline",
            Category::Eligibility => "eligibility",
            Category::Language => "language",
            Category::Date => "date",
            Category::Condition => "condition",
            Category::Application => "application",
            Category::Requirement => "requirement",
        }
    }
}

/// Names one finding of a posting: a kind and a key from its content (`language-fr`,
/// `eligibility-work_permit`, `education-1a2b3c4d`), so that the name survives a re-analysis of
/// slightly edited text. A checklist item made from one finding carries the finding's id as its
/// own, which is how saved ticks, verdicts and "Show in text" find their finding again. Findings
/// no checklist item is made from (other dates, benefits, contact details) are keyed by their
/// place in their list.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FindingId(String);

impl FindingId {
    pub fn new(kind: &str, key: &str) -> FindingId {
        FindingId(format!("{kind}-{key}"))
    }

    /// The id a checklist item carries: items the user added have ids no finding has.
    pub fn of_item(id: &str) -> FindingId {
        FindingId(id.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FindingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A CEFR level; `C2` also stands for a mother tongue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    pub const ALL: [Cefr; 6] = [Cefr::A1, Cefr::A2, Cefr::B1, Cefr::B2, Cefr::C1, Cefr::C2];

    /// Reads "B2" (any case); the analysis writes levels this way.
    pub fn parse(level: &str) -> Option<Cefr> {
        Cefr::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(level.trim()))
    }

    /// "B2".
    pub fn as_str(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        }
    }

    /// How many levels above `other` this is (negative when below).
    pub fn steps_above(self, other: Cefr) -> i32 {
        self as i32 - other as i32
    }
}

impl fmt::Display for Cefr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A skill of a language a posting may single out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Skill {
    Oral,
    Written,
}

impl Skill {
    pub const ALL: [Skill; 2] = [Skill::Oral, Skill::Written];

    /// Its tag in `languages.lex`, `skill.oral`.
    pub fn tag(self) -> &'static str {
        match self {
            Skill::Oral => "skill.oral",
            Skill::Written => "skill.written",
        }
    }
}

/// Whether the user's profile meets an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    Unknown,
}

/// What the profile makes of one checklist item, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Verdict {
    pub status: Status,
    /// One plain sentence: what is asked and what the profile says.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_never_ends_before_it_starts() {
        assert_eq!(
            Span::new(3, 5).map(|s| (s.start(), s.end(), s.len())),
            Some((3, 5, 2))
        );
        assert!(Span::new(3, 3).is_some_and(Span::is_empty));
        assert_eq!(Span::new(5, 3), None);
        let parsed: Result<Span, _> = serde_json::from_str(r#"{"start":5,"end":3}"#);
        assert!(parsed
            .unwrap_err()
            .to_string()
            .contains("ends before it starts"));
        let span: Span = serde_json::from_str(r#"{"start":1,"end":4}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&span).unwrap(),
            r#"{"start":1,"end":4}"#
        );
    }
}
