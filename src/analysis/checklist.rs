//! The checklist: one item per thing the applicant must check or prepare, derived from every
//! other finding. Ids are stable (derived from category and content, not position) so saved
//! ticks survive a re-analysis of slightly edited text.

use serde::{Deserialize, Serialize};

use super::application::{document_name, ApplicationPart};
use super::findings::Finding;
use super::requirements::RequirementCategory;
use super::{Evidence, PostingAnalysis, Requirement};
use crate::i18n::{Catalogue, Msg};
use crate::vocabulary::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChecklistCategory {
    Deadline,
    Language,
    Eligibility,
    Education,
    Experience,
    Document,
    Condition,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemRequirement {
    Required,
    Asset,
    Info,
}

impl From<Requirement> for ItemRequirement {
    fn from(r: Requirement) -> Self {
        match r {
            Requirement::Required => ItemRequirement::Required,
            Requirement::Asset => ItemRequirement::Asset,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ChecklistItem {
    pub id: String,
    pub category: ChecklistCategory,
    pub label: String,
    pub requirement: ItemRequirement,
    pub checked: bool,
    /// The user set this item aside; kept so the export remembers it.
    #[serde(default)]
    pub dismissed: bool,
    /// The user added this item by hand.
    #[serde(default)]
    pub custom: bool,
    pub evidence: Option<Evidence>,
    /// Whether the user's profile meets this item, and why; only when a profile is set and can
    /// decide the item. It never ticks the item: `checked` stays the user's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

/// FNV-1a: a short, stable id suffix from an item's content.
pub fn stable_hash(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:08x}", hash as u32)
}

/// An item made from a finding: it carries the finding's id and evidence.
fn item(
    category: ChecklistCategory,
    finding: Finding,
    label: String,
    requirement: ItemRequirement,
) -> ChecklistItem {
    ChecklistItem {
        id: finding.id().to_string(),
        category,
        label,
        requirement,
        checked: false,
        dismissed: false,
        custom: false,
        evidence: Some(finding.evidence().clone()),
        verdict: None,
    }
}

/// The checklist of an analysis: deadline, languages, eligibility, requirements, what to
/// send, then the conditions for information. A sentence found twice (a requirement that is
/// also an application note) gives one item.
pub fn build(a: &PostingAnalysis, cat: &Catalogue) -> Vec<ChecklistItem> {
    use ChecklistCategory as C;
    use ItemRequirement as R;
    let mut items = Vec::new();
    if let Some(d) = &a.deadline {
        let label = cat.f(Msg::ApplyBefore, &[("when", (&d.written(cat)).into())]);
        items.push(item(C::Deadline, Finding::Deadline(d), label, R::Required));
    }
    for l in &a.languages {
        let name = cat.language_title(&l.language, &l.name);
        let mut label = match &l.level {
            Some(level) => cat.f(
                Msg::LanguageAtLevel,
                &[
                    ("language", (&name).into()),
                    ("level", level.as_str().into()),
                ],
            ),
            None => name,
        };
        if l.one_of.is_some() {
            let others: Vec<String> = a
                .languages
                .iter()
                .filter(|o| o.one_of == l.one_of && o.language != l.language)
                .map(|o| cat.language(&o.language, &o.name))
                .collect();
            label = cat.f(
                Msg::LanguageOrOthers,
                &[
                    ("label", (&label).into()),
                    ("others", (&cat.or_list(&others)).into()),
                ],
            );
        }
        items.push(item(
            C::Language,
            Finding::Language(l),
            label,
            l.requirement.into(),
        ));
    }
    for e in &a.eligibility {
        let finding = Finding::Eligibility(e);
        items.push(item(
            C::Eligibility,
            finding,
            e.summary.clone(),
            e.requirement.into(),
        ));
    }
    for r in &a.requirements {
        let category = match r.category {
            RequirementCategory::Education => C::Education,
            RequirementCategory::Experience => C::Experience,
            RequirementCategory::Skill | RequirementCategory::Other => C::Other,
        };
        let finding = Finding::Requirement(r);
        items.push(item(
            category,
            finding,
            r.text.clone(),
            r.requirement.into(),
        ));
    }
    let application = &a.application;
    let sent = application
        .documents
        .iter()
        .map(|d| (ApplicationPart::Document, d));
    let subject = application
        .subject
        .iter()
        .map(|s| (ApplicationPart::Subject, s));
    let notes = application.notes.iter().map(|n| (ApplicationPart::Note, n));
    for (part, value) in sent.chain(subject).chain(notes) {
        let Some(found) = application
            .found
            .iter()
            .find(|f| f.part == part && &f.value == value)
        else {
            continue;
        };
        let (category, label, requirement) = match part {
            ApplicationPart::Document => (
                C::Document,
                cat.f(
                    Msg::PrepareDocument,
                    &[("document", (&document_name(value, cat)).into())],
                ),
                R::Required,
            ),
            ApplicationPart::Subject => (
                C::Document,
                cat.f(Msg::SubjectLine, &[("subject", value.into())]),
                R::Required,
            ),
            _ => (C::Other, value.clone(), R::Info),
        };
        items.push(item(
            category,
            Finding::Application(found),
            label,
            requirement,
        ));
    }
    let c = &a.conditions;
    let conditions = [
        c.salary
            .as_ref()
            .map(|x| (Finding::Salary(x), x.labelled(cat))),
        c.contract
            .as_ref()
            .map(|x| (Finding::Contract(x), x.describe(cat))),
        c.working_time
            .as_ref()
            .map(|x| (Finding::WorkingTime(x), x.describe(cat))),
        c.remote
            .as_ref()
            .map(|x| (Finding::Remote(x), x.labelled(cat))),
    ];
    for (finding, label) in conditions.into_iter().flatten() {
        items.push(item(C::Condition, finding, label, R::Info));
    }
    let mut seen = std::collections::BTreeSet::new();
    items.retain(|i| seen.insert(i.id.clone()));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    #[test]
    fn items_from_every_finding_with_stable_unique_ids() {
        let text = "Deadline for application: 30 November 2025\nEssential:\n- Fluent in English and French\n\
                    Applicants must hold EU citizenship.\nSend a CV and a cover letter to jobs@x.org.\n\
                    Gross salary EUR 3.000 per month. Fixed-term contract of 12 months.";
        let a = one(text);
        let ids: Vec<&str> = a.checklist.iter().map(|i| i.id.as_str()).collect();
        for want in [
            "deadline-deadline",
            "language-en",
            "language-fr",
            "eligibility-citizenship",
            "condition-salary",
            "condition-contract",
        ] {
            assert!(ids.contains(&want), "{want} missing from {ids:?}");
        }
        let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len());
        assert!(a.checklist.iter().all(|i| !i.checked));
        assert_eq!(one(text).checklist, a.checklist);
        let deadline = &a.checklist[0];
        assert_eq!(
            (deadline.label.as_str(), deadline.requirement),
            ("Apply before 30 November 2025", ItemRequirement::Required)
        );
    }

    #[test]
    fn choices_are_labelled_as_choices() {
        let a = one("Excellent command of English or French is required.");
        let labels: Vec<&str> = a.checklist.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(
            labels,
            ["English at C1 (or French)", "French at C1 (or English)"]
        );
    }
}
