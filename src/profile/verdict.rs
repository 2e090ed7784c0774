//! Checks a posting's checklist against a [`Profile`]: each item the profile can decide gets
//! `met`, `not met` or `unknown`, with the reason in plain words. No score: the user reads why.
//!
//! Rules that keep verdicts honest:
//! - Alternatives are evaluated as written: one met side is enough, all sides must fail for
//!   `not met`, anything else is `unknown`. Separate items are a conjunction already.
//! - A level the analysis inferred from wording (`≈C1` from "fluent") is approximate: missing it
//!   by one step is `unknown`, not `not met`.
//! - What the profile does not say is `unknown`, never `not met`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{ClearanceScope, Degree, LanguageSkill, PermitKind, Profile};
use crate::analysis::checklist::{ChecklistItem, ItemRequirement};
use crate::analysis::eligibility::{
    country_in, country_name, kind_name, EligibilityConstraint, EligibilityKind,
};
use crate::analysis::findings::Finding;
use crate::analysis::languages::{LanguageRequirement, LevelSource};
use crate::analysis::lexicon::Lexicon;
use crate::analysis::requirements::RequirementCategory;
use crate::analysis::PostingAnalysis;
use crate::countries::{free_movement, Group, Place};
use crate::i18n::{Arg, Catalogue, Msg};
use crate::vocabulary::{FindingId, Skill};
pub use crate::vocabulary::{Status, Verdict};

fn verdict(status: Status, reason: impl Into<String>) -> Verdict {
    Verdict {
        status,
        reason: reason.into(),
    }
}

/// The checklist with a verdict on every item the profile can decide, its reasons in the
/// language of `cat`. Ticks are left alone.
pub fn judge(
    p: &PostingAnalysis,
    items: &[ChecklistItem],
    profile: &Profile,
    cat: &Catalogue,
) -> Vec<ChecklistItem> {
    let mut findings: BTreeMap<FindingId, Finding> = BTreeMap::new();
    if !profile.is_empty() {
        for f in p.findings() {
            findings.entry(f.id()).or_insert(f);
        }
    }
    let judge = Judge { profile, cat };
    items
        .iter()
        .map(|item| ChecklistItem {
            verdict: if profile.is_empty() || item.custom {
                None
            } else {
                let finding = findings.get(&FindingId::of_item(&item.id));
                finding.and_then(|&f| judge.verdict_on(f, p))
            },
            ..item.clone()
        })
        .collect()
}

/// Counts over the required items that have a verdict, blocking ones first by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub met: usize,
    pub not_met: usize,
    pub unknown: usize,
    /// Labels of the required items not met.
    pub blocking: Vec<String>,
}

pub fn tally(items: &[ChecklistItem]) -> Tally {
    let mut t = Tally::default();
    for item in items
        .iter()
        .filter(|i| i.requirement == ItemRequirement::Required && !i.dismissed)
    {
        match item.verdict.as_ref().map(|v| v.status) {
            Some(Status::Met) => t.met += 1,
            Some(Status::NotMet) => {
                t.not_met += 1;
                t.blocking.push(item.label.clone());
            }
            Some(Status::Unknown) => t.unknown += 1,
            None => {}
        }
    }
    t
}

/// The profile, and the language its verdicts are written in.
struct Judge<'a> {
    profile: &'a Profile,
    cat: &'a Catalogue,
}

/// A country's name as the verdicts write it.
fn country(code: &str, cat: &Catalogue) -> String {
    country_name(code, cat)
}

impl Judge<'_> {
    /// The verdict on the finding an item was made from, found by the item's id: several
    /// findings may share one sentence ("a valid residence and work permit"), never one id.
    fn verdict_on(&self, finding: Finding, p: &PostingAnalysis) -> Option<Verdict> {
        match finding {
            Finding::Language(l) => self.language_verdict(l, &p.languages),
            Finding::Eligibility(c) => self.eligibility_verdict(c, p),
            Finding::Requirement(r) => match r.category {
                RequirementCategory::Experience => {
                    self.experience_verdict(r.years?, self.profile.experience_years)
                }
                RequirementCategory::Education => self.education_verdict(&r.text),
                _ => None,
            },
            _ => None,
        }
    }

    /// One side of an alternative, or a whole item, combined as written.
    fn combine(&self, parts: Vec<Verdict>) -> Option<Verdict> {
        if parts.len() <= 1 {
            return parts.into_iter().next();
        }
        if let Some(met) = parts.iter().find(|v| v.status == Status::Met) {
            let reason = [("reason", (&met.reason).into())];
            return Some(verdict(
                Status::Met,
                self.cat.f(Msg::VerdictOneEnough, &reason),
            ));
        }
        let status = if parts.iter().all(|v| v.status == Status::NotMet) {
            Status::NotMet
        } else {
            Status::Unknown
        };
        let reasons: Vec<&str> = parts
            .iter()
            .map(|v| v.reason.trim_end_matches('.'))
            .collect();
        Some(verdict(status, format!("{}.", reasons.join("; "))))
    }

    // ---- languages ----

    fn language_verdict(
        &self,
        l: &LanguageRequirement,
        all: &[LanguageRequirement],
    ) -> Option<Verdict> {
        if self.profile.languages.is_empty() {
            return Some(verdict(
                Status::Unknown,
                self.cat.t(Msg::VerdictNoLanguages),
            ));
        }
        let group: Vec<&LanguageRequirement> = match &l.one_of {
            Some(id) => all
                .iter()
                .filter(|o| o.one_of.as_ref() == Some(id))
                .collect(),
            None => vec![l],
        };
        self.combine(
            group
                .into_iter()
                .map(|l| self.one_language(l, self.profile.language(&l.language)))
                .collect(),
        )
    }

    fn one_language(&self, l: &LanguageRequirement, skill: Option<&LanguageSkill>) -> Verdict {
        let cat = self.cat;
        let name = cat.language(&l.language, &l.name);
        let asked = Arg::Text(l.requirement.word());
        let language = Arg::Text(&name);
        let Some(skill) = skill else {
            let args = [("language", language), ("asked", asked)];
            return verdict(Status::NotMet, cat.f(Msg::VerdictLanguageMissing, &args));
        };
        let level = level_for(skill, &l.skills);
        let mine = Arg::Text(level.as_str());
        let Some(needed) = l.level else {
            let args = [("language", language), ("asked", asked), ("mine", mine)];
            return verdict(Status::Met, cat.f(Msg::VerdictLanguageNoLevel, &args));
        };
        let inferred = l.level_source == Some(LevelSource::Inferred);
        let shown = if inferred {
            format!("≈{needed}")
        } else {
            needed.to_string()
        };
        let which = match (
            l.skills.contains(&Skill::Oral),
            l.skills.contains(&Skill::Written),
        ) {
            (true, false) => "spoken",
            (false, true) => "written",
            _ => "any",
        };
        let args = [
            ("language", language),
            ("asked", asked),
            ("level", (&shown).into()),
            ("skill", which.into()),
            ("mine", mine),
        ];
        match level.steps_above(needed) {
            d if d >= 0 => verdict(Status::Met, cat.f(Msg::VerdictLanguageLevel, &args)),
            -1 if inferred => verdict(Status::Unknown, cat.f(Msg::VerdictLanguageClose, &args)),
            _ => verdict(Status::NotMet, cat.f(Msg::VerdictLanguageLevel, &args)),
        }
    }

    // ---- eligibility ----

    fn eligibility_verdict(
        &self,
        c: &EligibilityConstraint,
        p: &PostingAnalysis,
    ) -> Option<Verdict> {
        let scope = Scope::of(c, p);
        let kinds: Vec<EligibilityKind> = std::iter::once(c.kind)
            .chain(c.alternatives.iter().copied())
            .collect();
        let parts: Vec<Option<Verdict>> = kinds
            .iter()
            .map(|&k| self.kind_verdict(k, &scope))
            .collect();
        if parts.iter().all(Option::is_none) {
            return None;
        }
        self.combine(
            parts
                .into_iter()
                .zip(&kinds)
                .map(|(v, k)| {
                    v.unwrap_or_else(|| {
                        let kind = kind_name(*k, self.cat);
                        let args = [("kind", (&kind).into())];
                        verdict(Status::Unknown, self.cat.f(Msg::VerdictNotCheckable, &args))
                    })
                })
                .collect(),
        )
    }

    fn citizenship_names(&self) -> String {
        let names: Vec<String> = self
            .profile
            .citizenships
            .iter()
            .map(|c| country(c, self.cat))
            .collect();
        self.cat.and_list(&names)
    }

    fn kind_verdict(&self, kind: EligibilityKind, scope: &Scope) -> Option<Verdict> {
        match kind {
            EligibilityKind::Citizenship => Some(self.citizenship(scope)),
            EligibilityKind::WorkPermit => Some(self.permit(PermitKind::WorkPermit, scope)),
            EligibilityKind::ResidencePermit => {
                Some(self.permit(PermitKind::ResidencePermit, scope))
            }
            EligibilityKind::SecurityClearance => Some(self.clearance(scope)),
            EligibilityKind::LocalResidence => Some(self.residence(scope)),
            EligibilityKind::Medical | EligibilityKind::Other => None,
        }
    }

    fn citizenship(&self, scope: &Scope) -> Verdict {
        let (cat, profile) = (self.cat, self.profile);
        if profile.citizenships.is_empty() {
            return verdict(Status::Unknown, cat.t(Msg::VerdictCitizenshipNone));
        }
        let Some(wanted) = scope.describe(cat).filter(|_| !scope.from_location) else {
            return verdict(Status::Unknown, cat.t(Msg::VerdictCitizenshipOwnWords));
        };
        let wanted_arg = Arg::Text(&wanted);
        if let Some(c) = profile.citizenships.iter().find(|c| scope.covers(c)) {
            let name = country(c, cat);
            let args = [("wanted", wanted_arg), ("country", (&name).into())];
            return verdict(Status::Met, cat.f(Msg::VerdictCitizenshipMet, &args));
        }
        let first = country(&profile.citizenships[0], cat);
        let not = match scope.groups.first() {
            Some(g) => group_phrase(*g, cat),
            None => wanted.clone(),
        };
        let names = self.citizenship_names();
        let args = [
            ("wanted", wanted_arg),
            ("countries", (&names).into()),
            ("first", (&first).into()),
            ("not", (&not).into()),
        ];
        verdict(Status::NotMet, cat.f(Msg::VerdictCitizenshipNotMet, &args))
    }

    fn permit(&self, kind: PermitKind, scope: &Scope) -> Verdict {
        let (cat, profile) = (self.cat, self.profile);
        let place = scope.describe(cat);
        let what = match (kind, &place) {
            (PermitKind::WorkPermit, Some(p)) => cat.f(Msg::PermitWorkIn, &[("place", p.into())]),
            (PermitKind::WorkPermit, None) => cat.t(Msg::PermitWork),
            (_, Some(p)) => cat.f(Msg::PermitResidenceIn, &[("place", p.into())]),
            (_, None) => cat.t(Msg::PermitResidence),
        };
        let what = Arg::Text(&what);
        // Citizens of the country, and EU/EEA/Swiss citizens within that area, need no permit.
        let free = profile.citizenships.iter().find(|c| {
            scope.countries.iter().any(|place| free_movement(c, place))
                || scope
                    .groups
                    .iter()
                    .any(|g| g.contains(c) && Group::Eea.contains(c))
        });
        if let Some(c) = free {
            let name = country(c, cat);
            let args = [("what", what), ("country", (&name).into())];
            return verdict(Status::Met, cat.f(Msg::VerdictPermitFree, &args));
        }
        let Some(permits) = &profile.permits else {
            return verdict(
                Status::Unknown,
                cat.f(Msg::VerdictPermitUnsaid, &[("what", what)]),
            );
        };
        let counts = |p: &&super::Permit| match kind {
            PermitKind::WorkPermit => p.kind == PermitKind::WorkPermit,
            _ => p.kind != PermitKind::WorkPermit,
        };
        let held: Vec<&super::Permit> = permits.iter().filter(counts).collect();
        let held_for = |p: &super::Permit| {
            let name = country(&p.country, cat);
            let args = [("what", what), ("country", (&name).into())];
            verdict(Status::Met, cat.f(Msg::VerdictPermitHeld, &args))
        };
        if place.is_none() {
            return match held.first() {
                Some(p) => held_for(p),
                None => verdict(
                    Status::Unknown,
                    cat.f(Msg::VerdictPermitNowhere, &[("what", what)]),
                ),
            };
        }
        match held.iter().find(|p| scope.covers(&p.country)) {
            Some(p) => held_for(p),
            None if profile.citizenships.is_empty() => verdict(
                Status::NotMet,
                cat.f(Msg::VerdictPermitNone, &[("what", what)]),
            ),
            None => {
                let names = self.citizenship_names();
                let args = [("what", what), ("countries", (&names).into())];
                verdict(Status::NotMet, cat.f(Msg::VerdictPermitNoneCitizen, &args))
            }
        }
    }

    fn clearance(&self, scope: &Scope) -> Verdict {
        let cat = self.cat;
        let Some(held) = &self.profile.clearance else {
            return verdict(Status::Unknown, cat.t(Msg::VerdictClearanceUnsaid));
        };
        let level = held.level.as_deref().map_or(String::new(), |l| {
            cat.f(Msg::ClearanceLevel, &[("level", l.into())])
        });
        let level = Arg::Text(&level);
        let nato_asked = scope.groups.contains(&Group::Nato);
        match held.scope {
            ClearanceScope::None => verdict(Status::Unknown, cat.t(Msg::VerdictClearanceNone)),
            ClearanceScope::Nato => verdict(
                Status::Met,
                cat.f(Msg::VerdictClearanceNato, &[("level", level)]),
            ),
            ClearanceScope::National if nato_asked => verdict(
                Status::Unknown,
                cat.f(Msg::VerdictClearanceNationalForNato, &[("level", level)]),
            ),
            ClearanceScope::National => {
                let sentence = match held.country.as_deref() {
                    Some(c) => {
                        let name = country(c, cat);
                        let args = [("country", (&name).into()), ("level", level)];
                        cat.f(Msg::VerdictClearanceNationalFrom, &args)
                    }
                    None => cat.f(Msg::VerdictClearanceNational, &[("level", level)]),
                };
                verdict(Status::Met, sentence)
            }
        }
    }

    fn residence(&self, scope: &Scope) -> Verdict {
        let cat = self.cat;
        let place = scope
            .describe(cat)
            .unwrap_or_else(|| cat.t(Msg::TheCountry));
        let place = Arg::Text(&place);
        let home = |code: &str| country(code, cat);
        match (&self.profile.residence, self.profile.relocate) {
            (Some(code), _) if scope.covers(code) => {
                let name = home(code);
                let args = [("place", place), ("country", (&name).into())];
                verdict(Status::Met, cat.f(Msg::VerdictResidenceMet, &args))
            }
            (_, Some(true)) => verdict(
                Status::Met,
                cat.f(Msg::VerdictResidenceRelocate, &[("place", place)]),
            ),
            (Some(code), Some(false)) => {
                let name = home(code);
                let args = [("place", place), ("country", (&name).into())];
                verdict(Status::NotMet, cat.f(Msg::VerdictResidenceNotMet, &args))
            }
            _ => verdict(
                Status::Unknown,
                cat.f(Msg::VerdictResidenceUnsaid, &[("place", place)]),
            ),
        }
    }

    // ---- education and experience ----

    fn experience_verdict(&self, years_asked: u32, mine: Option<u32>) -> Option<Verdict> {
        let years = Arg::Number(years_asked.into());
        let Some(mine) = mine else {
            let args = [("years", years)];
            return Some(verdict(
                Status::Unknown,
                self.cat.f(Msg::VerdictExperienceUnsaid, &args),
            ));
        };
        let status = if mine >= years_asked {
            Status::Met
        } else {
            Status::NotMet
        };
        let args = [("years", years), ("mine", Arg::Number(mine.into()))];
        Some(verdict(status, self.cat.f(Msg::VerdictExperience, &args)))
    }

    fn education_verdict(&self, text: &str) -> Option<Verdict> {
        let cat = self.cat;
        let asked = degree_asked(text)?;
        let asked_name = degree_name(asked, cat);
        let Some(mine) = self.profile.degree else {
            let args = [("asked", (&asked_name).into())];
            return Some(verdict(
                Status::Unknown,
                cat.f(Msg::VerdictDegreeNone, &args),
            ));
        };
        let folded = text.to_lowercase();
        let equivalent = [
            "equivalent",
            "équivalent",
            "gelijkwaardig",
            "gleichwertig",
            "vergleichbar",
        ]
        .iter()
        .any(|w| folded.contains(w));
        let (status, msg) = match (mine >= asked, equivalent) {
            (true, _) => (Status::Met, Msg::VerdictDegree),
            (false, true) => (Status::Unknown, Msg::VerdictDegreeEquivalent),
            (false, false) => (Status::NotMet, Msg::VerdictDegree),
        };
        let mine_name = degree_name(mine, cat);
        let args = [
            ("asked", (&asked_name).into()),
            ("mine", (&mine_name).into()),
        ];
        Some(verdict(status, cat.f(msg, &args)))
    }
}

/// A degree's name in the interface's language.
pub fn degree_name(degree: Degree, cat: &Catalogue) -> String {
    cat.t(match degree {
        Degree::Secondary => Msg::DegreeSecondary,
        Degree::Bachelor => Msg::DegreeBachelor,
        Degree::Master => Msg::DegreeMaster,
        Degree::Doctorate => Msg::DegreeDoctorate,
    })
}

/// "an EU member state": a group as the verdicts name it.
pub fn group_phrase(group: Group, cat: &Catalogue) -> String {
    cat.t(match group {
        Group::Eu => Msg::GroupEu,
        Group::Eea => Msg::GroupEea,
        Group::Schengen => Msg::GroupSchengen,
        Group::Nato => Msg::GroupNato,
    })
}

/// The user's level for what the posting asks: written, oral, or overall.
fn level_for(skill: &LanguageSkill, skills: &[Skill]) -> super::Cefr {
    let oral = skills.contains(&Skill::Oral);
    let written = skills.contains(&Skill::Written);
    let speaking = skill.speaking.unwrap_or(skill.level);
    let writing = skill.writing.unwrap_or(skill.level);
    match (oral, written) {
        (true, true) => speaking.min(writing),
        (true, false) => speaking,
        (false, true) => writing,
        (false, false) => skill.level,
    }
}

// ---- eligibility ----

/// Where the constraint applies: the countries and groups its sentence names, else the
/// posting's own country.
struct Scope {
    countries: Vec<String>,
    groups: Vec<Group>,
    /// The sentence names no place; the posting's location stands in (for permits, not for
    /// citizenship: working in Belgium does not mean only Belgians may apply).
    from_location: bool,
}

impl Scope {
    fn of(c: &EligibilityConstraint, p: &PostingAnalysis) -> Scope {
        let groups = c
            .places
            .iter()
            .filter_map(|p| match p {
                Place::Group(g) => Some(*g),
                Place::Country(_) => None,
            })
            .collect();
        let mut countries: Vec<String> = c
            .places
            .iter()
            .filter_map(|p| match p {
                Place::Country(code) => Some(code.clone()),
                Place::Group(_) => None,
            })
            .collect();
        let from_location = c.places.is_empty();
        if from_location {
            countries.extend(p.location.as_deref().and_then(country_in));
        }
        Scope {
            countries,
            groups,
            from_location,
        }
    }

    /// "Belgium", "an EU member state", or None when the posting says nowhere.
    fn describe(&self, cat: &Catalogue) -> Option<String> {
        let mut names: Vec<String> = self.countries.iter().map(|c| country(c, cat)).collect();
        names.extend(self.groups.iter().map(|g| group_phrase(*g, cat)));
        (!names.is_empty()).then(|| cat.or_list(&names))
    }

    fn covers(&self, country: &str) -> bool {
        self.countries.iter().any(|c| c == country)
            || self.groups.iter().any(|g| g.contains(country))
    }
}

fn degrees() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON
        .get_or_init(|| Lexicon::parse(include_str!(concat!(env!("OUT_DIR"), "/data/degrees.lex"))))
}

/// The lowest degree a requirement names ("a bachelor's or master's degree" asks a bachelor's).
pub fn degree_asked(text: &str) -> Option<Degree> {
    let folded = text.to_lowercase();
    degrees()
        .find(&folded)
        .iter()
        .filter_map(|h| match h.tag {
            "degree.doctorate" => Some(Degree::Doctorate),
            "degree.master" => Some(Degree::Master),
            "degree.bachelor" => Some(Degree::Bachelor),
            "degree.secondary" => Some(Degree::Secondary),
            _ => None,
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::eligibility::EligibilityKind;
    use crate::analysis::test_support::one;
    use crate::analysis::{Evidence, Requirement};
    use crate::profile::{Cefr, Clearance, LanguageSkill, Permit, PermitKind};
    use Status::{Met, NotMet, Unknown};

    fn in_english(profile: &Profile) -> Judge<'_> {
        judging(profile, Catalogue::english())
    }

    fn judging<'a>(profile: &'a Profile, cat: &'a Catalogue) -> Judge<'a> {
        Judge { profile, cat }
    }

    /// The reasons are whole sentences of the interface language.
    #[test]
    fn verdicts_in_the_interface_language() {
        use crate::i18n::Lang;
        let (french, german) = (Catalogue::builtin(Lang::Fr), Catalogue::builtin(Lang::De));
        let nobody = Profile::default();
        let asked = asked(Some("C1"), Some(LevelSource::Stated), &[]);
        let v = judging(&nobody, &french).one_language(&asked, None);
        assert_eq!(
            v.reason,
            "Langue exigée : néerlandais ; votre profil ne l'indique pas."
        );
        let v = judging(&nobody, &german).one_language(&asked, Some(&skill("nl", Cefr::B2)));
        assert_eq!(
            v.reason,
            "Niederländisch erforderlich auf C1; Ihr Niederländisch ist B2."
        );
    }

    fn skill(language: &str, level: Cefr) -> LanguageSkill {
        LanguageSkill {
            language: language.into(),
            level,
            understanding: None,
            speaking: None,
            writing: None,
        }
    }

    fn asked(
        level: Option<&str>,
        source: Option<LevelSource>,
        skills: &[&str],
    ) -> LanguageRequirement {
        LanguageRequirement {
            language: "nl".into(),
            name: "Dutch".into(),
            requirement: Requirement::Required,
            level: level.and_then(Cefr::parse),
            level_source: source,
            skills: skills
                .iter()
                .map(|s| serde_json::from_value(serde_json::json!(s)).expect("a skill"))
                .collect(),
            one_of: None,
            evidence: Evidence {
                start: 0,
                end: 5,
                text: "Dutch".into(),
            },
            reasons: Vec::new(),
        }
    }

    #[test]
    fn language_levels_above_equal_below_and_inferred() {
        use LevelSource::{Inferred, Stated};
        let mut written_b1 = skill("nl", Cefr::C1);
        written_b1.writing = Some(Cefr::B1);
        let cases = [
            (asked(Some("C1"), Some(Stated), &[]), Some(skill("nl", Cefr::C2)), Met, "Dutch required at C1; your Dutch is C2."),
            (asked(Some("C1"), Some(Stated), &[]), Some(skill("nl", Cefr::C1)), Met, "Dutch required at C1; your Dutch is C1."),
            (asked(Some("C1"), Some(Stated), &[]), Some(skill("nl", Cefr::B2)), NotMet, "Dutch required at C1; your Dutch is B2."),
            (asked(Some("C1"), Some(Inferred), &[]), Some(skill("nl", Cefr::B1)), NotMet, "Dutch required at ≈C1; your Dutch is B1."),
            (asked(Some("C1"), Some(Inferred), &[]), Some(skill("nl", Cefr::B2)), Unknown, "Dutch required at ≈C1 (inferred from the wording); your Dutch is B2: a close call, read the posting."),
            (asked(Some("B2"), Some(Stated), &["written"]), Some(written_b1.clone()), NotMet, "Dutch required at B2; your written Dutch is B1."),
            (asked(Some("B2"), Some(Stated), &["oral"]), Some(written_b1), Met, "Dutch required at B2; your spoken Dutch is C1."),
            (asked(None, None, &[]), Some(skill("nl", Cefr::A2)), Met, "Dutch required, no level stated; your Dutch is A2."),
            (asked(Some("B1"), Some(Stated), &[]), None, NotMet, "Dutch required; your profile does not list Dutch."),
        ];
        for (l, mine, status, reason) in cases {
            let v = in_english(&Profile::default()).one_language(&l, mine.as_ref());
            assert_eq!((v.status, v.reason.as_str()), (status, reason));
        }
    }

    fn profile(citizenships: &[&str]) -> Profile {
        Profile {
            citizenships: citizenships.iter().map(|c| c.to_string()).collect(),
            ..Profile::default()
        }
    }

    /// Verdicts on the items of one analysed posting, by item id.
    fn verdicts(text: &str, profile: &Profile) -> Vec<(String, Status)> {
        let p = one(text);
        judge(&p, &p.checklist, profile, Catalogue::english())
            .into_iter()
            .filter_map(|i| i.verdict.map(|v| (i.id, v.status)))
            .collect()
    }

    fn ids(pairs: &[(&str, Status)]) -> Vec<(String, Status)> {
        pairs.iter().map(|(i, s)| (i.to_string(), *s)).collect()
    }

    #[test]
    fn eligibility_kinds_in_four_languages() {
        let nato = "Applicants must be nationals of a NATO member country.";
        let fr = "Vous êtes ressortissant d'un État membre de l'Union européenne ou titulaire d'un titre de séjour valable.\nVous disposez d'un permis de travail valable pour le Luxembourg.";
        let nl = "Je woont in België of bent bereid te verhuizen naar België.";
        let de = "Sie besitzen die Staatsangehörigkeit eines EU-Mitgliedstaates oder eine gültige Aufenthaltserlaubnis.";
        let mut us_with_lu_permits = profile(&["US"]);
        us_with_lu_permits.permits = Some(vec![Permit {
            kind: PermitKind::WorkPermit,
            country: "LU".into(),
        }]);
        let mut us_no_permits = profile(&["US"]);
        us_no_permits.permits = Some(vec![]);
        let mut stays_in_france = Profile {
            residence: Some("FR".into()),
            relocate: Some(false),
            ..Profile::default()
        };
        let lives_in_belgium = Profile {
            residence: Some("BE".into()),
            ..Profile::default()
        };
        type Expected = Vec<(String, Status)>;
        let cases: Vec<(&str, Profile, Expected)> = vec![
            (
                nato,
                profile(&["IE"]),
                ids(&[("eligibility-citizenship", NotMet)]),
            ),
            (
                nato,
                profile(&["IE", "GB"]),
                ids(&[("eligibility-citizenship", Met)]),
            ),
            (
                nato,
                profile(&[]),
                ids(&[("eligibility-citizenship", Unknown)]),
            ),
            // Alternatives as written: EU citizenship OR a residence permit; and a work permit.
            (
                fr,
                profile(&["BE"]),
                ids(&[
                    ("eligibility-citizenship", Met),
                    ("eligibility-residence_permit", Met),
                    ("eligibility-work_permit", Met),
                ]),
            ),
            (
                fr,
                us_with_lu_permits,
                ids(&[
                    ("eligibility-citizenship", NotMet),
                    ("eligibility-residence_permit", NotMet),
                    ("eligibility-work_permit", Met),
                ]),
            ),
            (
                fr,
                profile(&["US"]),
                ids(&[
                    ("eligibility-citizenship", Unknown),
                    ("eligibility-residence_permit", Unknown),
                    ("eligibility-work_permit", Unknown),
                ]),
            ),
            (
                fr,
                us_no_permits,
                ids(&[
                    ("eligibility-citizenship", NotMet),
                    ("eligibility-residence_permit", NotMet),
                    ("eligibility-work_permit", NotMet),
                ]),
            ),
            (
                nl,
                lives_in_belgium,
                ids(&[("eligibility-local_residence", Met)]),
            ),
            (
                nl,
                stays_in_france.clone(),
                ids(&[("eligibility-local_residence", NotMet)]),
            ),
            (
                de,
                profile(&["NO"]),
                ids(&[
                    ("eligibility-citizenship", Unknown),
                    ("eligibility-residence_permit", Unknown),
                ]),
            ),
            (
                de,
                profile(&["DE"]),
                ids(&[
                    ("eligibility-citizenship", Met),
                    ("eligibility-residence_permit", Met),
                ]),
            ),
        ];
        for (text, profile, want) in cases {
            let profile = if profile.is_empty() {
                Profile {
                    relocate: Some(true),
                    ..profile
                }
            } else {
                profile
            };
            assert_eq!(verdicts(text, &profile), want, "{text} / {profile:?}");
        }
        stays_in_france.relocate = Some(true);
        assert_eq!(
            verdicts(nl, &stays_in_france),
            ids(&[("eligibility-local_residence", Met)])
        );
    }

    /// The permit of one kind, issued by Belgium, and nothing else.
    fn holding_only(kind: EligibilityKind) -> Profile {
        let kind = match kind {
            EligibilityKind::WorkPermit => PermitKind::WorkPermit,
            EligibilityKind::ResidencePermit => PermitKind::ResidencePermit,
            other => panic!("a combined tag names {other:?}: say here which profile holds it"),
        };
        Profile {
            permits: Some(vec![Permit {
                kind,
                country: "BE".into(),
            }]),
            ..profile(&["US"])
        }
    }

    /// One sentence may name two conditions (the data's `a+b` tags): each gets its own
    /// finding on the same span, and each item is judged on its own finding. A profile holding
    /// exactly one of them meets that item and not the other, in every language.
    #[test]
    fn each_condition_of_a_combined_tag_gets_its_own_verdict() {
        let lexicon = crate::analysis::lexicon::Words::Eligibility.lexicon();
        let combined: Vec<(&str, &str)> = lexicon
            .entries()
            .filter(|(tag, _)| tag.contains('+'))
            .collect();
        assert!(!combined.is_empty());
        let sentences = combined.iter().map(|&(tag, phrase)| {
            let text =
                format!("Only candidates holding a valid {phrase} for Belgium will be considered.");
            (tag.to_string(), text)
        });
        let written = [
            "Only candidates holding a valid residence and work permit for Belgium will be considered.",
            "Seuls les candidats titulaires d'un permis de travail et de séjour valable pour la Belgique seront pris en compte.",
            "Enkel kandidaten met een geldige werk- en verblijfsvergunning voor België komen in aanmerking.",
            "Nur Bewerber mit einer gültigen Aufenthalts- und Arbeitsgenehmigung für Belgien werden berücksichtigt.",
        ]
        .map(|t| ("residence_permit+work_permit".to_string(), t.to_string()));
        for (tag, text) in sentences.chain(written) {
            let kinds: Vec<EligibilityKind> = tag
                .split('+')
                .map(|k| serde_json::from_value(serde_json::json!(k)).expect("a kind"))
                .collect();
            let p = one(&text);
            let spans: Vec<_> = p
                .eligibility
                .iter()
                .map(|c| (c.kind, c.evidence.clone()))
                .collect();
            assert_eq!(spans.len(), kinds.len(), "{text}: {spans:?}");
            assert!(
                spans.windows(2).all(|w| w[0].1 == w[1].1),
                "one span: {text}"
            );
            for &held in &kinds {
                let want: Vec<(String, Status)> = kinds
                    .iter()
                    .map(|&k| {
                        let status = if k == held { Met } else { NotMet };
                        (format!("eligibility-{}", k.key()), status)
                    })
                    .collect();
                assert_eq!(
                    verdicts(&text, &holding_only(held)),
                    want,
                    "{text} holding {held:?}"
                );
            }
        }
    }

    #[test]
    fn reasons_name_the_rule_and_the_profile() {
        let p = one("Applicants must be nationals of a NATO member country.");
        let items = judge(&p, &p.checklist, &profile(&["IE"]), Catalogue::english());
        assert_eq!(
            items[0].verdict.as_ref().unwrap().reason,
            "Only citizens of a NATO member; you are a citizen of Ireland — Ireland is not a NATO member."
        );
        assert!(!items[0].checked, "a verdict never ticks an item");
    }

    #[test]
    fn clearance_unknowns_and_empty_profiles() {
        let text = "Candidates must hold a valid security clearance.";
        let none = Profile {
            clearance: Some(Clearance {
                scope: ClearanceScope::None,
                country: None,
                level: None,
            }),
            ..Profile::default()
        };
        let nato = Profile {
            clearance: Some(Clearance {
                scope: ClearanceScope::Nato,
                country: None,
                level: Some("NATO SECRET".into()),
            }),
            ..Profile::default()
        };
        assert_eq!(
            verdicts(text, &none),
            ids(&[("eligibility-security_clearance", Unknown)])
        );
        assert_eq!(
            verdicts(text, &nato),
            ids(&[("eligibility-security_clearance", Met)])
        );
        assert_eq!(
            verdicts(text, &profile(&["BE"])),
            ids(&[("eligibility-security_clearance", Unknown)])
        );
        assert_eq!(
            verdicts(text, &Profile::default()),
            vec![],
            "no profile, no verdicts"
        );
    }

    #[test]
    fn degrees_and_experience() {
        let cases = [
            (
                "A master's degree in political science.",
                Some(Degree::Bachelor),
                Some(NotMet),
            ),
            (
                "Un diplôme de niveau master en droit.",
                Some(Degree::Doctorate),
                Some(Met),
            ),
            (
                "Je hebt een bachelordiploma of gelijkwaardige ervaring.",
                Some(Degree::Secondary),
                Some(Unknown),
            ),
            ("Abgeschlossenes Hochschulstudium.", None, Some(Unknown)),
            ("Good communication skills.", Some(Degree::Master), None),
        ];
        for (text, mine, want) in cases {
            assert_eq!(
                in_english(&Profile {
                    degree: mine,
                    ..Profile::default()
                })
                .education_verdict(text)
                .map(|v| v.status),
                want,
                "{text}"
            );
        }
        for (mine, want) in [
            (Some(7), Met),
            (Some(5), Met),
            (Some(2), NotMet),
            (None, Unknown),
        ] {
            let v = in_english(&Profile::default()).experience_verdict(5, mine);
            assert_eq!(v.unwrap().status, want, "{mine:?}");
        }
        let p =
            one("Minimum 3 ans d'expérience professionnelle.\nMindestens 3 Jahre Berufserfahrung.");
        let years = Profile {
            experience_years: Some(4),
            ..Profile::default()
        };
        assert!(judge(&p, &p.checklist, &years, Catalogue::english())
            .iter()
            .any(|i| i.verdict.as_ref().is_some_and(|v| v.status == Met)));
    }

    #[test]
    fn alternatives_need_one_side_and_tally_names_blockers() {
        let p = one("Fluent English or French is required.\nApplicants must be nationals of a NATO member country.");
        let me = Profile {
            languages: vec![skill("fr", Cefr::C2)],
            citizenships: vec!["AT".into()],
            ..Profile::default()
        };
        let items = judge(&p, &p.checklist, &me, Catalogue::english());
        let status = |id: &str| {
            items
                .iter()
                .find(|i| i.id == id)
                .and_then(|i| i.verdict.as_ref())
                .map(|v| v.status)
        };
        assert_eq!(status("language-en"), Some(Met), "French is enough");
        assert_eq!(status("language-fr"), Some(Met));
        assert_eq!(
            status("eligibility-citizenship"),
            Some(NotMet),
            "Austria is not in NATO"
        );
        let t = tally(&items);
        assert_eq!((t.met, t.not_met, t.unknown), (2, 1, 0));
        assert_eq!(
            t.blocking,
            vec![items
                .iter()
                .find(|i| i.id == "eligibility-citizenship")
                .unwrap()
                .label
                .clone()]
        );
    }
}
