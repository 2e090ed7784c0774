//! Who may apply at all: nationality, residence and work permits, security clearance, living in
//! the country, medical fitness.
//!
//! A kind is listed whenever the text makes it part of a condition, also as one side of an
//! alternative ("EU citizenship or a valid EU residence permit" gives both). Sentences that name
//! a kind only to rule it out (non-discrimination statements, "no work permit needed",
//! "we sponsor visas") give nothing.

use serde::{Deserialize, Serialize};

use super::cues::{is_non_discrimination, requirement_of};
use super::extractor::{Context, Extractor, Reads};
use super::lexicon::{Hit, Scanned, Words};
use super::postings::Posting;
use super::text::Doc;
use super::{Evidence, PostingAnalysis, Reason, Requirement};
use crate::countries::{self, Group, Place};
use crate::i18n::{Arg, Catalogue, Msg};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EligibilityKind {
    Citizenship,
    ResidencePermit,
    WorkPermit,
    SecurityClearance,
    LocalResidence,
    Medical,
    Other,
}

impl EligibilityKind {
    fn from_tag(tag: &str) -> Option<EligibilityKind> {
        Some(match tag {
            "citizenship" | "citizenship_weak" => EligibilityKind::Citizenship,
            "residence_permit" => EligibilityKind::ResidencePermit,
            "work_permit" => EligibilityKind::WorkPermit,
            "security_clearance" => EligibilityKind::SecurityClearance,
            "local_residence" => EligibilityKind::LocalResidence,
            "medical" => EligibilityKind::Medical,
            _ => return None,
        })
    }

    /// The kind named `key` in the export.
    pub fn of_key(key: &str) -> Option<EligibilityKind> {
        use EligibilityKind as K;
        [
            K::Citizenship,
            K::ResidencePermit,
            K::WorkPermit,
            K::SecurityClearance,
            K::LocalResidence,
            K::Medical,
            K::Other,
        ]
        .into_iter()
        .find(|k| k.key() == key)
    }

    /// Its name in the export (`work_permit`), which ids and tags share.
    pub fn key(self) -> &'static str {
        match self {
            EligibilityKind::Citizenship => "citizenship",
            EligibilityKind::ResidencePermit => "residence_permit",
            EligibilityKind::WorkPermit => "work_permit",
            EligibilityKind::SecurityClearance => "security_clearance",
            EligibilityKind::LocalResidence => "local_residence",
            EligibilityKind::Medical => "medical",
            EligibilityKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct EligibilityConstraint {
    pub kind: EligibilityKind,
    pub requirement: Requirement,
    /// One plain sentence saying what is asked.
    pub summary: String,
    /// Other kinds that the text offers as alternatives to this one ("… or a residence permit").
    pub alternatives: Vec<EligibilityKind>,
    /// What the sentence restricts to: ISO 3166-1 country codes and the groups `EU`, `EEA`,
    /// `NATO` ("EU citizenship", "a Belgian work permit").
    #[serde(default)]
    pub places: Vec<Place>,
    pub evidence: Evidence,
    /// Why it was found as it is: the rule that decided whether it is required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Eligibility)
}

fn places<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Places)
}

/// The country of a place group, tagged by its ISO code: "place.be" → "BE".
fn place_code(tag: &str) -> Option<String> {
    let code = tag.strip_prefix("place.")?.to_ascii_uppercase();
    countries::is_known(&code).then_some(code)
}

/// The countries and groups named by place tags, each once: BE, EU, NATO. "A member state"
/// alone is the EU's, unless another group is named ("a member state of NATO").
fn places_of<'t>(tags: impl IntoIterator<Item = &'t str>) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::new();
    // Where "a member state" stood among the places named.
    let mut member_state = None;
    for tag in tags {
        if tag == "group.member" {
            member_state = member_state.or(Some(places.len()));
            continue;
        }
        let code = match tag.strip_prefix("group.") {
            Some(group) => Some(group.to_ascii_uppercase()),
            None => place_code(tag),
        };
        if let Some(place) = code.map(Place::from).filter(|p| !places.contains(p)) {
            places.push(place);
        }
    }
    if let Some(at) = member_state {
        if !places.iter().any(|p| matches!(p, Place::Group(_))) {
            places.insert(at, Place::Group(countries::Group::Eu));
        }
    }
    places
}

/// The country a place name is in ("Brussels, Belgium" → "BE"), for postings whose location
/// settles which country's permit is meant.
pub fn country_in(place: &str) -> Option<String> {
    let lower = place.to_lowercase();
    places_of(Words::Places.lexicon().tags_in(&lower))
        .into_iter()
        .find_map(|p| match p {
            Place::Country(code) => Some(code),
            _ => None,
        })
}

/// A kind found in the text with its sentence.
struct Found<'l> {
    hit: Hit<'l>,
    kind: EligibilityKind,
    sentence: (usize, usize),
}

/// Who may apply: citizenship, permits, clearance, residence, medical fitness.
pub struct EligibilityExtractor;

impl Extractor for EligibilityExtractor {
    fn name(&self) -> &'static str {
        "eligibility"
    }

    fn reads(&self) -> &'static [Reads] {
        &[
            Reads {
                words: Words::Eligibility,
                tags: &[
                    "citizenship",
                    "citizenship_weak",
                    "condition",
                    "local_residence",
                    "medical",
                    "not_condition",
                    "or",
                    "residence_permit",
                    "security_clearance",
                    "work_permit",
                ],
            },
            Reads {
                words: Words::Places,
                tags: &["group.", "place."],
            },
        ]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.eligibility = extract(cx.doc, cx.posting);
    }
}

fn extract(doc: &Doc, posting: &Posting) -> Vec<EligibilityConstraint> {
    let hits = cues(doc).find_in(posting.start, posting.end);
    let found: Vec<Found> = hits
        .iter()
        .flat_map(|hit| {
            hit.tag.split('+').filter_map(move |tag| {
                EligibilityKind::from_tag(tag).map(|kind| Found {
                    hit: *hit,
                    kind,
                    sentence: doc.sentence_around(hit.start),
                })
            })
        })
        .filter(|f| is_condition(doc, f))
        .collect();
    let mut constraints: Vec<EligibilityConstraint> = Vec::new();
    for f in &found {
        let (s, e) = f.sentence;
        let decided = requirement_of(doc, s, e, None);
        let requirement = decided.requirement;
        if let Some(existing) = constraints.iter_mut().find(|c| c.kind == f.kind) {
            if existing.requirement == Requirement::Asset && requirement == Requirement::Required {
                existing.requirement = Requirement::Required;
                existing.reasons = vec![decided.reason];
            }
            continue;
        }
        let alternatives = alternatives_of(doc, f, &found);
        constraints.push(EligibilityConstraint {
            kind: f.kind,
            requirement,
            summary: String::new(),
            alternatives,
            places: places_of(places(doc).tags_in(f.sentence.0, f.sentence.1)),
            evidence: doc.evidence(f.hit.start, f.hit.end),
            reasons: vec![decided.reason],
        });
    }
    constraints
}

fn is_condition(doc: &Doc, f: &Found) -> bool {
    let (text, (s, e)) = (&doc.folded, f.sentence);
    if is_non_discrimination(doc, s, e) || cues(doc).has(s, e, "not_condition") {
        return false;
    }
    match f.hit.tag {
        // "nationality" alone is a condition only in a sentence that restricts.
        "citizenship_weak" => cues(doc).has(s, e, "condition"),
        // "live in" / "move to" must name the place; "Belgian address" names it already.
        "local_residence"
            if !text[f.hit.start..f.hit.end].contains("addres")
                && !text[f.hit.start..f.hit.end].contains("domicil") =>
        {
            places(doc)
                .find_in(f.hit.end, (f.hit.end + 30).min(e))
                .iter()
                .any(|p| p.tag.starts_with("place."))
        }
        _ => true,
    }
}

/// Kinds in the same sentence joined to this one by "or" with nothing but words between.
fn alternatives_of(doc: &Doc, f: &Found, all: &[Found]) -> Vec<EligibilityKind> {
    let text = &doc.folded;
    let mut out = Vec::new();
    for other in all
        .iter()
        .filter(|o| o.sentence == f.sentence && o.kind != f.kind)
    {
        let (from, to) = if other.hit.start >= f.hit.end {
            (f.hit.end, other.hit.start)
        } else if other.hit.end <= f.hit.start {
            (other.hit.end, f.hit.start)
        } else {
            continue;
        };
        let between = cues(doc).find_in(from, to);
        let joined_by_or =
            between.iter().any(|h| h.tag == "or") && !text[from..to].contains(" and ");
        if joined_by_or && !out.contains(&other.kind) {
            out.push(other.kind);
        }
    }
    out
}

/// The summary of a condition the user named (its kind and requirement, no places).
pub fn plain_summary(kind: EligibilityKind, requirement: Requirement, cat: &Catalogue) -> String {
    described(kind, &[], requirement, &[], cat)
}

/// The summary of a constraint in the interface's language (what the page and the export show).
pub fn summary_of(e: &EligibilityConstraint, cat: &Catalogue) -> String {
    described(e.kind, &e.places, e.requirement, &e.alternatives, cat)
}

/// The name of a kind in the interface's language: "Work permit".
pub fn kind_name(kind: EligibilityKind, cat: &Catalogue) -> String {
    cat.t(match kind {
        EligibilityKind::Citizenship => Msg::EligibilityKindCitizenship,
        EligibilityKind::ResidencePermit => Msg::EligibilityKindResidencePermit,
        EligibilityKind::WorkPermit => Msg::EligibilityKindWorkPermit,
        EligibilityKind::SecurityClearance => Msg::EligibilityKindSecurityClearance,
        EligibilityKind::LocalResidence => Msg::EligibilityKindLocalResidence,
        EligibilityKind::Medical => Msg::EligibilityKindMedical,
        EligibilityKind::Other => Msg::EligibilityKindOther,
    })
}

/// One plain sentence for a condition of `kind` whose sentence names `places` (export codes).
fn described(
    kind: EligibilityKind,
    places: &[Place],
    requirement: Requirement,
    alternatives: &[EligibilityKind],
    cat: &Catalogue,
) -> String {
    let group = |g: Group| places.contains(&Place::Group(g));
    let country = places.iter().find_map(|p| match p {
        Place::Country(code) => Some(country_name(code, cat)),
        Place::Group(_) => None,
    });
    let of_country = |with: Msg, without: Msg| match &country {
        Some(c) => cat.f(with, &[("country", c.into())]),
        None => cat.t(without),
    };
    let what = match kind {
        EligibilityKind::Citizenship => cat.t(if group(Group::Nato) {
            Msg::CitizenshipNato
        } else if group(Group::Eea) {
            Msg::CitizenshipEea
        } else if group(Group::Eu) {
            Msg::CitizenshipEu
        } else {
            Msg::CitizenshipStated
        }),
        EligibilityKind::ResidencePermit => {
            of_country(Msg::ResidencePermitIn, Msg::ResidencePermit)
        }
        EligibilityKind::WorkPermit => of_country(Msg::WorkPermitIn, Msg::WorkPermit),
        EligibilityKind::SecurityClearance => cat.t(Msg::SecurityClearance),
        EligibilityKind::LocalResidence => of_country(Msg::LivingIn, Msg::LivingInCountry),
        EligibilityKind::Medical => cat.t(Msg::MedicalFitness),
        EligibilityKind::Other => cat.t(Msg::OtherCondition),
    };
    let what = Arg::Text(&what);
    if alternatives.is_empty() {
        let msg = match requirement {
            Requirement::Required => Msg::ConditionRequired,
            Requirement::Asset => Msg::ConditionAsset,
        };
        return cat.f(msg, &[("what", what)]);
    }
    let names: Vec<String> = alternatives
        .iter()
        .map(|k| cat.mid_sentence(&kind_name(*k, cat)))
        .collect();
    let msg = match requirement {
        Requirement::Required => Msg::ConditionRequiredOr,
        Requirement::Asset => Msg::ConditionAssetOr,
    };
    cat.f(
        msg,
        &[("what", what), ("others", (&cat.or_list(&names)).into())],
    )
}

/// A country's name in the interface's language: the countries postings restrict to most are in
/// the catalogue; the others are named as [`countries::name_in`] can (the page: by the
/// browser), else by their code.
pub fn country_name(code: &str, cat: &Catalogue) -> String {
    let msg = match code {
        "BE" => Msg::CountryBe,
        "LU" => Msg::CountryLu,
        "NL" => Msg::CountryNl,
        "DE" => Msg::CountryDe,
        "FR" => Msg::CountryFr,
        "CH" => Msg::CountryCh,
        "AT" => Msg::CountryAt,
        _ => return countries::name_in(cat.lang(), code).unwrap_or_else(|| code.to_string()),
    };
    cat.t(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;
    use EligibilityKind::*;

    fn kinds(text: &str) -> Vec<EligibilityKind> {
        one(text).eligibility.into_iter().map(|e| e.kind).collect()
    }

    /// Each text gives exactly its kinds, in order; each of `none` gives none.
    fn assert_kinds(cases: &[(&str, &[EligibilityKind])], none: &[&str]) {
        for (text, want) in cases {
            assert_eq!(kinds(text), *want, "{text}");
        }
        for text in none {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn kinds_in_four_languages() {
        let cases: &[(&str, &[EligibilityKind])] = &[
            (
                "Applicants must hold EU citizenship or a valid EU residence permit and a valid Belgian work permit.",
                &[Citizenship, ResidencePermit, WorkPermit],
            ),
            ("Only candidates holding a valid residence and work permit for Belgium will be considered.", &[ResidencePermit, WorkPermit]),
            ("Please note that we can only accept applications from nationals of NATO member countries.", &[Citizenship]),
            ("Appointment will be subject to receipt of a security clearance and approval of the medical file.", &[SecurityClearance, Medical]),
            ("Candidates need to either live in Belgium or be willing to move to Belgium.", &[LocalResidence]),
            ("Être ressortissant d'un État membre de l'Union européenne.", &[Citizenship]),
            ("Vous disposez d'un permis de travail et d'un titre de séjour valables.", &[WorkPermit, ResidencePermit]),
            ("Je hebt een geldige werkvergunning en verblijfsvergunning.", &[WorkPermit, ResidencePermit]),
            ("Je bent woonachtig in België.", &[LocalResidence]),
            ("Sie besitzen die Staatsangehörigkeit eines EU-Mitgliedstaates.", &[Citizenship]),
            ("Eine gültige Arbeitserlaubnis und ein Aufenthaltstitel sind erforderlich.", &[WorkPermit, ResidencePermit]),
            ("Die Bereitschaft zur Sicherheitsüberprüfung wird vorausgesetzt.", &[SecurityClearance]),
            ("Vous devez être autorisé(e) à travailler en Belgique.", &[WorkPermit]),
            ("Ein Wohnsitz in Berlin oder die Bereitschaft zum Umzug nach Berlin ist erforderlich.", &[LocalResidence]),
        ];
        for (text, want) in cases {
            assert_eq!(kinds(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn residence_and_nationality_wording_in_four_languages() {
        let cases: &[(&str, &[EligibilityKind])] = &[
            (
                "Wat vragen wij?\n- Woonachtig in gemeente Heusden",
                &[LocalResidence],
            ),
            (
                "Vous êtes domicilié dans la commune de Schaerbeek.",
                &[LocalResidence],
            ),
            (
                "Sie haben Ihren Wohnsitz in der Gemeinde Kleve.",
                &[LocalResidence],
            ),
            ("They have to live and work in Belgium.", &[LocalResidence]),
            (
                "Nationality\n- citizens from Member States of the EU",
                &[Citizenship],
            ),
            (
                "La préférence sera accordée aux citoyens canadiens.",
                &[Citizenship],
            ),
            (
                "Preference will be given to nationals of the host country.",
                &[Citizenship],
            ),
            ("Other applicants must fulfil the legal requirements concerning work and/or residence permits in Belgium.", &[ResidencePermit, WorkPermit]),
            ("Vous disposez d'un permis de travail et de séjour valable.", &[ResidencePermit, WorkPermit]),
            ("Je beschikt over een geldige werk- en verblijfsvergunning.", &[ResidencePermit, WorkPermit]),
            ("Eine gültige Arbeits- und Aufenthaltserlaubnis ist erforderlich.", &[ResidencePermit, WorkPermit]),
            ("The programme is open to young graduates from the Member States of the EU.", &[Citizenship]),
        ];
        assert_kinds(
            cases,
            &[
                "We work with the municipality of Ghent on housing.",
                "De gemeente Heusden organiseert een infoavond.",
                "CERN assists with the necessary visa and work permit processes for its employees.",
            ],
        );
    }

    #[test]
    fn fitness_and_clearance_wording_in_four_languages() {
        let cases: &[(&str, &[EligibilityKind])] = &[
            ("• Be physically fit to perform the duties linked to the post.", &[Medical]),
            ("Es wird lediglich ein Mindestmaß an körperlicher Eignung verlangt.", &[Medical]),
            ("Sie sind körperlich belastbar und gesundheitlich geeignet.", &[Medical]),
            ("Le candidat doit être physiquement apte à exercer la fonction.", &[Medical]),
            ("Je bent lichamelijk geschikt voor ploegendienst.", &[Medical]),
            ("Une habilitation Confidentiel Défense sera demandée.", &[SecurityClearance]),
            ("Tout candidat doit être en mesure d’obtenir une cote de sécurité de niveau secret.", &[SecurityClearance]),
            ("Voor deze functie geldt dat er een veiligheid B-onderzoek moet worden opgestart.", &[SecurityClearance]),
            ("Een Verklaring van Geen Bezwaar is vereist.", &[SecurityClearance]),
            ("Bereitschaft zur Sicherheitsüberprüfung (Ü2) wird vorausgesetzt.", &[SecurityClearance]),
        ];
        assert_kinds(
            cases,
            &[
                "Vous accompagnez la préparation de l'habilitation à diriger des recherches.",
                "Wij bieden een fysiek actieve werkomgeving.",
                "Our physical therapists keep the team fit.",
            ],
        );
    }

    #[test]
    fn mentions_that_are_not_conditions() {
        for text in [
            "We hire without regard to colour, religion, national origin or citizenship.",
            "NATO provides equal access to employment independent of gender, age, nationality.",
            "A work permit is not needed for this role. We sponsor work permits for all hires.",
            "Do you want to make cities better places to live in?",
            "The appointment is contingent upon verification of residency.",
            "Nous recrutons sans distinction de nationalité.",
            "Wij werven aan ongeacht nationaliteit.",
            "Please indicate your nationality in the form.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    /// The places a sentence restricts to, in four languages: groups and countries.
    #[test]
    fn places_a_condition_is_restricted_to() {
        use crate::countries::Group;
        let country = |c: &str| Place::Country(c.to_string());
        for (text, want) in [
            (
                "Applicants must be nationals of an EU member state or of Switzerland.",
                vec![Place::Group(Group::Eu), country("CH")],
            ),
            (
                "Vous êtes ressortissant d'un État membre de l'OTAN.",
                vec![Place::Group(Group::Nato)],
            ),
            (
                "Je beschikt over een geldige werkvergunning voor België.",
                vec![country("BE")],
            ),
            ("Sie besitzen die deutsche Staatsangehörigkeit.", vec![]),
        ] {
            let a = one(text);
            let places: Vec<Place> = a
                .eligibility
                .iter()
                .flat_map(|c| c.places.clone())
                .collect();
            assert_eq!(places, want, "{text}");
        }
    }

    #[test]
    fn alternatives_and_summaries() {
        let a = one("Applicants must hold EU citizenship or a valid EU residence permit and a valid Belgian work permit.");
        assert_eq!(a.eligibility[0].alternatives, vec![ResidencePermit]);
        assert_eq!(
            a.eligibility[0].summary,
            "Citizenship of an EU member state is required (or instead: residence permit)."
        );
        assert!(a.eligibility[2].alternatives.is_empty());
        let a = one("Only nationals of NATO member countries may apply.");
        assert_eq!(
            a.eligibility[0].summary,
            "Citizenship of a NATO member country is required."
        );
        let a = one("A security clearance is an asset.");
        assert_eq!(a.eligibility[0].requirement, Requirement::Asset);
    }
}
