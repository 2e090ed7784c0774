//! One view over every finding of a posting, whatever its kind: its id, category and
//! evidence. The evidence check, the page's highlights, the checklist's links and the profile's
//! verdicts all loop over [`PostingAnalysis::findings`], so a kind of finding added here is
//! highlighted, checked and findable by id everywhere at once.

use super::application::{ApplicationFinding, ApplicationPart};
use super::checklist::stable_hash;
use super::conditions::{Benefit, Contract, Remote, Salary, WorkingTime};
use super::dates::{DateFinding, Deadline};
use super::eligibility::EligibilityConstraint;
use super::languages::LanguageRequirement;
use super::requirements::{RequirementCategory, RequirementItem};
use super::PostingAnalysis;
use crate::vocabulary::{Category, Evidence, FindingId, Reason};

/// A finding of any kind, borrowed from its analysis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Finding<'a> {
    Deadline(&'a Deadline),
    /// A date of the posting, by its place in [`PostingAnalysis::dates`].
    Date(usize, &'a DateFinding),
    Language(&'a LanguageRequirement),
    Eligibility(&'a EligibilityConstraint),
    Salary(&'a Salary),
    Contract(&'a Contract),
    WorkingTime(&'a WorkingTime),
    Remote(&'a Remote),
    /// A benefit, by its place in its list.
    Benefit(usize, &'a Benefit),
    Application(&'a ApplicationFinding),
    Requirement(&'a RequirementItem),
}

impl<'a> Finding<'a> {
    pub fn evidence(self) -> &'a Evidence {
        match self {
            Finding::Deadline(d) => &d.evidence,
            Finding::Date(_, d) => &d.evidence,
            Finding::Language(l) => &l.evidence,
            Finding::Eligibility(e) => &e.evidence,
            Finding::Salary(s) => &s.evidence,
            Finding::Contract(c) => &c.evidence,
            Finding::WorkingTime(w) => &w.evidence,
            Finding::Remote(r) => &r.evidence,
            Finding::Benefit(_, b) => &b.evidence,
            Finding::Application(a) => &a.evidence,
            Finding::Requirement(r) => &r.evidence,
        }
    }

    /// Why it was found as it is; empty for kinds that give no reasons yet.
    pub fn reasons(self) -> &'a [Reason] {
        match self {
            Finding::Deadline(d) => &d.reasons,
            Finding::Date(_, d) => &d.reasons,
            Finding::Language(l) => &l.reasons,
            Finding::Eligibility(e) => &e.reasons,
            Finding::Requirement(r) => &r.reasons,
            Finding::Salary(_)
            | Finding::Contract(_)
            | Finding::WorkingTime(_)
            | Finding::Remote(_)
            | Finding::Benefit(..)
            | Finding::Application(_) => &[],
        }
    }

    pub fn category(self) -> Category {
        match self {
            Finding::Deadline(_) => Category::Deadline,
            Finding::Date(..) => Category::Date,
            Finding::Language(_) => Category::Language,
            Finding::Eligibility(_) => Category::Eligibility,
            Finding::Salary(_)
            | Finding::Contract(_)
            | Finding::WorkingTime(_)
            | Finding::Remote(_)
            | Finding::Benefit(..) => Category::Condition,
            Finding::Application(_) => Category::Application,
            Finding::Requirement(_) => Category::Requirement,
        }
    }

    /// Its id: the same as the id of the checklist item made from it, if one is.
    pub fn id(self) -> FindingId {
        match self {
            Finding::Deadline(_) => FindingId::new("deadline", "deadline"),
            Finding::Date(i, _) => FindingId::new("date", &i.to_string()),
            Finding::Language(l) => FindingId::new("language", &l.language),
            Finding::Eligibility(e) => FindingId::new("eligibility", e.kind.key()),
            Finding::Salary(_) => FindingId::new("condition", "salary"),
            Finding::Contract(_) => FindingId::new("condition", "contract"),
            Finding::WorkingTime(_) => FindingId::new("condition", "working-time"),
            Finding::Remote(_) => FindingId::new("condition", "remote"),
            Finding::Benefit(i, _) => FindingId::new("benefit", &i.to_string()),
            Finding::Application(a) => match a.part {
                ApplicationPart::Document => FindingId::new("document", &stable_hash(&a.value)),
                ApplicationPart::Subject => FindingId::new("document", "subject"),
                ApplicationPart::Note => FindingId::new("other", &stable_hash(&a.value)),
                ApplicationPart::Email => FindingId::new("email", &stable_hash(&a.value)),
                ApplicationPart::Url => FindingId::new("url", &stable_hash(&a.value)),
            },
            Finding::Requirement(r) => {
                FindingId::new(requirement_kind(r.category), &stable_hash(&r.text))
            }
        }
    }
}

/// The checklist's word for a requirement's category.
pub fn requirement_kind(category: RequirementCategory) -> &'static str {
    match category {
        RequirementCategory::Education => "education",
        RequirementCategory::Experience => "experience",
        RequirementCategory::Skill | RequirementCategory::Other => "other",
    }
}

impl PostingAnalysis {
    /// Every finding, deadline first, in a fixed order of kinds.
    pub fn findings(&self) -> Vec<Finding<'_>> {
        let c = &self.conditions;
        let mut out = Vec::new();
        out.extend(self.deadline.as_ref().map(Finding::Deadline));
        out.extend(
            self.dates
                .iter()
                .enumerate()
                .map(|(i, d)| Finding::Date(i, d)),
        );
        out.extend(self.languages.iter().map(Finding::Language));
        out.extend(self.eligibility.iter().map(Finding::Eligibility));
        out.extend(c.salary.as_ref().map(Finding::Salary));
        out.extend(c.contract.as_ref().map(Finding::Contract));
        out.extend(c.working_time.as_ref().map(Finding::WorkingTime));
        out.extend(c.remote.as_ref().map(Finding::Remote));
        out.extend(
            c.benefits
                .iter()
                .enumerate()
                .map(|(i, b)| Finding::Benefit(i, b)),
        );
        out.extend(self.requirements.iter().map(Finding::Requirement));
        out.extend(self.application.found.iter().map(Finding::Application));
        out
    }

    /// Every evidence of the posting's findings, of the cues behind them, of its checklist and of
    /// the user's corrections.
    pub fn evidence(&self) -> Vec<&Evidence> {
        let findings = self.findings();
        let mut out: Vec<&Evidence> = findings.iter().map(|f| f.evidence()).collect();
        let cues = findings
            .iter()
            .flat_map(|f| f.reasons())
            .filter_map(|r| r.cue.as_ref());
        out.extend(cues.map(|c| &c.evidence));
        out.extend(self.checklist.iter().filter_map(|i| i.evidence.as_ref()));
        out.extend(self.corrections.iter().map(|c| &c.evidence));
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::test_support::one;

    /// Every checklist item made from a finding carries that finding's id, and the finding
    /// holds the item's evidence.
    #[test]
    fn checklist_items_name_their_findings() {
        let a = one(
            "Deadline for application: 30 November 2025\nEssential:\n- Fluent in English and French\n\
             - A master's degree in law\n- At least 3 years of experience\n\
             Only candidates holding a valid residence and work permit for Belgium will be considered.\n\
             Send a CV and a cover letter to jobs@x.org.\nGross salary EUR 3.000 per month.",
        );
        assert!(a.checklist.len() >= 9, "{:?}", a.checklist);
        for item in &a.checklist {
            let id = crate::vocabulary::FindingId::of_item(&item.id);
            let finding = a.findings().into_iter().find(|f| f.id() == id);
            let finding = finding.unwrap_or_else(|| panic!("no finding {id}"));
            assert_eq!(Some(finding.evidence()), item.evidence.as_ref(), "{id}");
        }
    }

    #[test]
    fn finding_ids_are_unique_in_a_posting() {
        let a = one(
            "Closing date: 1 March 2025. Start: 1 May 2025. Interviews on 15 March 2025.\n\
             Fluent English and Dutch; German is an asset. EU citizenship required, and a work permit.",
        );
        let ids: Vec<String> = a.findings().iter().map(|f| f.id().to_string()).collect();
        let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
    }
}
