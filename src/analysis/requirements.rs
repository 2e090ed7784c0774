//! Requirements beyond languages and eligibility: education, experience, skills.
//!
//! Each sentence of a requirements or assets section is one item; elsewhere only sentences that
//! state years of experience or a degree count, so task lists and "about us" prose stay out.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::conditions::shorten;
use super::cues::requirement_of;
use super::extractor::{Context, Extractor, Reads};
use super::lexicon::Words;
use super::pattern::{pattern, Regex};
use super::postings::Posting;
use super::sections::{heading_kind, SectionKind, Sections};
use super::text::Doc;
use super::PostingAnalysis;
use super::{languages, Evidence, Reason, Requirement};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequirementCategory {
    Education,
    Experience,
    Skill,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct RequirementItem {
    pub category: RequirementCategory,
    pub requirement: Requirement,
    pub text: String,
    /// Years of experience asked for, when stated.
    pub years: Option<u32>,
    pub evidence: Evidence,
    /// Why it was found as it is: the rule that decided whether it is required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

fn years_pattern() -> &'static Regex {
    static YEARS: OnceLock<Regex> = OnceLock::new();
    YEARS.get_or_init(|| {
        pattern(r"(?P<n>\d{1,2})\+?\s?(?:-\s?\d{1,2}\s?)?(?:years?|ans|années|jaar|jahre?n?)\b")
    })
}

/// The sentences of a posting as byte ranges, in order.
fn sentences(doc: &Doc, posting: &Posting) -> Vec<(usize, usize)> {
    let text = &doc.folded;
    let mut out = Vec::new();
    for (line_start, line_end) in posting.lines(doc) {
        let mut at = line_start;
        while at < line_end {
            let (s, e) = doc.sentence_around(at);
            let e = e.clamp(at + 1, line_end);
            out.push((s.max(line_start), e));
            at = (e + 1).max(at + 1);
            while at < line_end && !text.is_char_boundary(at) {
                at += 1;
            }
        }
    }
    out
}

/// Education, experience and skills asked for, each required or an asset.
pub struct RequirementExtractor;

impl Extractor for RequirementExtractor {
    fn name(&self) -> &'static str {
        "requirements"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Requirements,
            tags: &["education", "experience"],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.requirements = extract(cx.doc, cx.posting, cx.sections);
    }
}

fn extract(doc: &Doc, posting: &Posting, sections: &Sections) -> Vec<RequirementItem> {
    let text = &doc.folded;
    let mut items: Vec<RequirementItem> = Vec::new();
    for (s, e) in sentences(doc, posting) {
        let section = sections.kind_at(s);
        let in_requirements = matches!(section, SectionKind::Required | SectionKind::Asset);
        let tags = doc.words(Words::Requirements).tags_in(s, e);
        let experience = tags.contains(&"experience");
        let education = tags.contains(&"education");
        // Outside the requirement sections only years of experience or a degree count: most
        // sentences of a posting stop here, before the heading test and the years pattern.
        if !in_requirements && !experience && !education {
            continue;
        }
        let trimmed = doc
            .original_of(s, e)
            .trim()
            .trim_start_matches(['-', '*', '•', '·', '✅', ' '])
            .trim();
        let heading_only = heading_kind(doc, s, e).is_some()
            && trimmed
                .split(':')
                .nth(1)
                .is_none_or(|rest| rest.trim().is_empty());
        if trimmed.chars().count() < 12 || heading_only {
            continue;
        }
        let years = experience
            .then(|| years_pattern().captures(&text[s..e]))
            .flatten()
            .and_then(|c| c.name("n")?.as_str().parse().ok());
        let category = if years.is_some() || (experience && !education) {
            RequirementCategory::Experience
        } else if education {
            RequirementCategory::Education
        } else {
            RequirementCategory::Skill
        };
        let stated_anywhere = years.is_some()
            || (category == RequirementCategory::Education
                && !matches!(
                    section,
                    SectionKind::Tasks | SectionKind::About | SectionKind::Offer
                ));
        if !(in_requirements || stated_anywhere) || languages::is_language_clause(doc, s, e) {
            continue;
        }
        let text_value = shorten(trimmed, 200);
        if items.iter().any(|i| i.text == text_value) {
            continue;
        }
        let start = s + doc.folded[s..e]
            .find(|c: char| c.is_alphanumeric())
            .unwrap_or(0);
        let decided = requirement_of(doc, s, e, sections.heading_at(s));
        items.push(RequirementItem {
            category,
            requirement: decided.requirement,
            text: text_value,
            years,
            evidence: doc.evidence(start, s + doc.folded[s..e].trim_end().len()),
            reasons: vec![decided.reason],
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;
    use RequirementCategory::*;

    type Found = (RequirementCategory, Requirement, Option<u32>);

    fn found(text: &str) -> Vec<Found> {
        one(text)
            .requirements
            .into_iter()
            .map(|r| (r.category, r.requirement, r.years))
            .collect()
    }

    #[test]
    fn education_experience_skills_in_four_languages() {
        use Requirement::*;
        let cases: &[(&str, &[Found])] = &[
            (
                "Profile\n- At least 5 years of relevant experience\n- A Bachelors or Masters degree in any field\n- Excellent IT skills\nAssets:\n- Experience in city administration",
                &[(Experience, Required, Some(5)), (Education, Required, None), (Skill, Required, None), (Experience, Asset, None)],
            ),
            ("Votre profil\n- Vous êtes titulaire d'un diplôme de master.\n- Vous avez au moins 3 ans d'expérience.", &[(Education, Required, None), (Experience, Required, Some(3))]),
            ("Wat vragen we?\n- Je hebt een masterdiploma.\n- Minstens 2 jaar ervaring is een pluspunt.", &[(Education, Required, None), (Experience, Asset, Some(2))]),
            ("Ihr Profil\n- Abgeschlossenes Hochschulstudium\n- Mindestens 3 Jahre Berufserfahrung", &[(Education, Required, None), (Experience, Required, Some(3))]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn tasks_and_languages_are_not_requirements() {
        for text in [
            "Your tasks:\n- Organise training sessions for city staff every month.",
            "Languages: Fluent in English and French (orally and in written)",
            "ICLEI has worked with cities for more than 30 years.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
    }
}
