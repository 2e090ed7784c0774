use std::sync::OnceLock;

use super::{cues, Contract, ContractType};
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::fields::{contract_value, FieldKind, Fields};
use crate::analysis::lexicon::{Hit, Lexicon, PatternWords, Words};
use crate::analysis::pattern::{pattern, Captures, Regex};
use crate::analysis::postings::Posting;
use crate::analysis::text::{line_around, Doc};
use crate::analysis::PostingAnalysis;

/// The contract: fixed-term, open-ended, traineeship or freelance, with its duration.
pub struct ContractExtractor;

impl Extractor for ContractExtractor {
    fn name(&self) -> &'static str {
        "contract"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Conditions,
            tags: &[
                "contract.",
                "contract_context",
                "contract_prospect",
                "hiring",
            ],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.conditions.contract =
            contract(cx.doc, cx.posting, cx.hits(Words::Conditions), cx.fields());
    }
}

/// Most bytes between a hiring verb and the trainee it hires: "a", "an", "un(e)", "een",
/// "eine/n", with their spaces.
const MAX_HIRED_GAP: usize = 10;

/// The words of a duration (`data/durations.lex`): units and numbers written as words.
fn duration_words() -> &'static Lexicon {
    PatternWords::Durations.lexicon()
}

/// What follows a duration of experience rather than of a contract.
fn experience_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    WORDS.get_or_init(|| duration_words().tagged("experience_after").collect())
}

/// A number of years or months, in figures or in words.
fn duration() -> &'static Regex {
    static DURATION: OnceLock<Regex> = OnceLock::new();
    DURATION.get_or_init(|| {
        let words = duration_words();
        let (numbers, years, months) = (
            words.alternation("number."),
            words.alternation("year"),
            words.alternation("month"),
        );
        pattern(&format!(
            r"(?P<n>\d{{1,2}}|{numbers})[\s-](?:(?P<year>{years})|{months})\b"
        ))
    })
}

/// The value of a number in figures or in words ("zwölf" is 12).
fn number_word(n: &str) -> Option<u32> {
    if let Ok(digits) = n.parse() {
        return Some(digits);
    }
    duration_words().tag_after(n, "number.")?.parse().ok()
}

/// Months of a duration like "3 years", "one-year", "12 mois" in a range, if one is there
/// and is not "years of experience".
fn duration_in(text: &str, from: usize, to: usize) -> Option<(u32, usize, usize)> {
    duration()
        .captures_iter(&text[from..to])
        .find_map(|c: Captures| {
            let m = c.get(0)?;
            let after = text[from + m.end()..to].trim_start();
            let experience = experience_words().iter().any(|w| after.starts_with(w));
            if experience {
                return None;
            }
            if text[..from + m.start()].ends_with(char::is_alphanumeric) {
                return None;
            }
            let n = number_word(c.name("n")?.as_str())?;
            let months = if c.name("year").is_some() { n * 12 } else { n };
            Some((months, from + m.start(), from + m.end()))
        })
}

/// The contract: an explicit fixed-term or open-ended phrase first; else a duration stated
/// about the job ("for 1 year", "one-year contract"), typed by a traineeship or freelance word
/// in the same sentence; else such a word in the title or next to "contract"/"position".
fn contract(doc: &Doc, posting: &Posting, hits: &[Hit], fields: &Fields) -> Option<Contract> {
    let text = &doc.folded;
    let lex = cues(doc);
    // "met uitzicht op een vast contract", "en vue d'un engagement en CDI": an open-ended
    // contract in prospect is not the one offered.
    let in_prospect = |hit: &Hit| {
        let from = text.ceil_char_boundary(hit.start.saturating_sub(40).max(posting.start));
        lex.find_in(from, hit.start)
            .last()
            .is_some_and(|p| p.tag == "contract_prospect")
    };
    // The kind a hit names, unless it is only in prospect.
    let typed = |hit: &Hit| {
        let kind = match hit.tag {
            "contract.fixed_term" => ContractType::FixedTerm,
            "contract.open_ended" => ContractType::OpenEnded,
            "contract.traineeship" | "contract.traineeship_offer" => ContractType::Traineeship,
            "contract.freelance" => ContractType::Freelance,
            _ => return None,
        };
        (!in_prospect(hit)).then_some(kind)
    };
    // The contract a hit names, with the duration its sentence gives.
    let named_by = |hit: &Hit, kind: ContractType| {
        let (s, e) = doc.sentence_around(hit.start);
        Contract {
            kind: Some(kind),
            duration_months: duration_in(text, s, e).map(|(m, ..)| m),
            evidence: doc.evidence(hit.start, hit.end),
        }
    };
    let is_strong =
        |kind: ContractType| matches!(kind, ContractType::FixedTerm | ContractType::OpenEnded);
    // A title that names a traineeship ("Policy Intern", "Trainee (m/w/d)", "Ausbildung zum
    // …") decides, whatever the term of its contract.
    let first_line_end = line_around(text, posting.start).1;
    let (title_start, title_end) = posting
        .title_line(doc)
        .unwrap_or((posting.start, first_line_end));
    if let Some(hit) = hits
        .iter()
        .filter(|h| h.start >= title_start && h.end <= title_end)
        .find(|h| typed(h) == Some(ContractType::Traineeship))
    {
        return Some(named_by(hit, ContractType::Traineeship));
    }
    if let Some((hit, kind)) = hits
        .iter()
        .find_map(|h| typed(h).filter(|k| is_strong(*k)).map(|k| (h, k)))
    {
        return Some(named_by(hit, kind));
    }
    // A contract field whose value names the kind in a word of its own ("Dienstverband: Vast").
    if let Some((field, kind)) = fields.of_kind(FieldKind::Contract).find_map(|f| {
        let kind = match contract_value(doc, f)? {
            "open_ended" => ContractType::OpenEnded,
            "fixed_term" => ContractType::FixedTerm,
            _ => return None,
        };
        Some((f, kind))
    }) {
        let (s, e) = field.value;
        return Some(Contract {
            kind: Some(kind),
            duration_months: duration_in(text, s, e).map(|(m, ..)| m),
            evidence: doc.evidence(s, e),
        });
    }
    let context = hits
        .iter()
        .filter(|h| h.tag == "contract_context")
        .map(|h| h.start);
    let stated = doc
        .sentences_at(context)
        .into_iter()
        .find_map(|(s, e)| duration_in(text, s, e).map(|d| (d, s, e)));
    if let Some(((months, start, end), s, e)) = stated {
        let weak = lex.find_in(s, e).iter().find_map(typed);
        return Some(Contract {
            kind: Some(weak.unwrap_or(ContractType::FixedTerm)),
            duration_months: Some(months),
            evidence: doc.evidence(start, end),
        });
    }
    // A traineeship the posting offers in its prose: a programme or placement ("Traineeship
    // Programme", "offre de stage"), or the person hired ("seeking to hire a trainee", "wir
    // suchen eine Praktikantin"): a hiring verb, then at most an article or two.
    let hired = |i: usize| {
        let h = &hits[i];
        // Other words' hits may stand between ("an" is also a year in French).
        hits[..i]
            .iter()
            .rev()
            .take_while(|v| v.end + MAX_HIRED_GAP >= h.start)
            .any(|v| v.tag == "hiring" && v.end <= h.start)
    };
    if let Some(hit) = (0..hits.len()).map(|i| (i, &hits[i])).find_map(|(i, h)| {
        let offered =
            h.tag == "contract.traineeship_offer" || (h.tag == "contract.traineeship" && hired(i));
        (offered && typed(h).is_some()).then_some(h)
    }) {
        return Some(named_by(hit, ContractType::Traineeship));
    }
    hits.iter().enumerate().find_map(|(i, h)| {
        let kind = typed(h)?;
        let near_context = hits[i.saturating_sub(2)..(i + 3).min(hits.len())]
            .iter()
            .any(|c| c.tag == "contract_context" && c.start.abs_diff(h.start) <= 40);
        (h.start < first_line_end || near_context).then(|| named_by(h, kind))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    /// A traineeship the prose offers: a programme or placement, or the trainee a hiring verb
    /// names; not a trainee the job only works with.
    #[test]
    fn traineeships_offered_in_prose_in_four_languages() {
        let kind = |text: &str| one(text).conditions.contract.and_then(|c| c.kind);
        for (text, want) in [
            ("News\nThe Centre is seeking to hire a trainee for its office in Brussels.", Some(ContractType::Traineeship)),
            ("Your tasks\nOur Unit is looking for an intern who could contribute to its work.", Some(ContractType::Traineeship)),
            ("Communication\n2017 High Level Traineeship Programme in the Delegations of the EU", Some(ContractType::Traineeship)),
            ("Communication\nNotre association recherche un stagiaire pour son équipe.", Some(ContractType::Traineeship)),
            ("Communicatie\nWij zoeken een stagiair voor onze afdeling in Gent.", Some(ContractType::Traineeship)),
            ("Kommunikation\nWir suchen eine Praktikantin für unser Team in Bonn.", Some(ContractType::Traineeship)),
            ("Kommunikation\nUnser Team bietet eine Praktikumsstelle in Bonn.", Some(ContractType::Traineeship)),
            ("Policy Officer\nWe are looking for a Policy Officer who will coordinate our interns.", None),
            ("Chargé de projet\nNous recherchons un chargé de projet ; vous encadrerez des stagiaires.", None),
        ] {
            assert_eq!(kind(text), want, "{text}");
        }
    }

    /// Durations in figures and in words, in four languages; a duration of experience is none.
    #[test]
    fn durations_from_the_data() {
        for (text, want) in [
            ("a contract of five months", Some(5)),
            ("for one year", Some(12)),
            ("un contrat de cinq mois", Some(5)),
            ("pour une durée de deux ans", Some(24)),
            ("een contract van vijf maanden", Some(5)),
            ("voor twaalf maanden", Some(12)),
            ("befristet auf fünf monate", Some(5)),
            ("für zwei jahre", Some(24)),
            ("3 years of experience", None),
            ("5 ans d'expérience", None),
            ("2 jahre berufserfahrung", None),
            ("vijftien maanden", None),
        ] {
            assert_eq!(
                duration_in(text, 0, text.len()).map(|d| d.0),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn contracts_in_four_languages() {
        use ContractType::*;
        let cases = [
            ("Part-time position (50-75%) for 1 year, extension intended;", Some((FixedTerm, Some(12)))),
            ("We offer a one-year, full-time contract.", Some((FixedTerm, Some(12)))),
            ("An open-ended contract linked to the length of the project (3 years)", Some((OpenEnded, Some(36)))),
            ("a definite duration contract of 3 years, which may be followed by an indefinite duration contract", Some((FixedTerm, Some(36)))),
            ("Nous offrons un CDI à temps plein.", Some((OpenEnded, None))),
            ("Contrat à durée déterminée de 12 mois.", Some((FixedTerm, Some(12)))),
            ("Wij bieden een contract van onbepaalde duur.", Some((OpenEnded, None))),
            ("Die Stelle ist auf 2 Jahre befristet.", Some((FixedTerm, Some(24)))),
            ("Unbefristete Anstellung in Vollzeit.", Some((OpenEnded, None))),
            ("Einen unbefristeten Arbeitsvertrag nach belgischem Recht.", Some((OpenEnded, None))),
            ("Office Manager\nSupport the management of traineeship application processes.", None),
            ("At least 5 years of relevant experience", None),
            ("Traineeship (6 months) starting in March, full-time position", Some((Traineeship, Some(6)))),
            ("Stage de 6 mois au sein de notre équipe", Some((Traineeship, Some(6)))),
            // The title names a traineeship, whatever the term of its contract.
            ("Policy Intern\nEurochambres is looking for a Policy Intern for a 6-month period.", Some((Traineeship, None))),
            ("Trainee (m/w/d) Energiewirtschaft\nab dem 01.10.2022 für 24 Monate befristet", Some((Traineeship, None))),
            ("Ausbildung zum Physiklaborant (m/w/d)\nDeine Ausbildungsinhalte", Some((Traineeship, None))),
            ("Stagiair communicatie\nWij bieden een stageplaats van 5 maanden.", Some((Traineeship, None))),
            ("Jobs\n\nCurrently open positions:\n\nPolicy Intern\n\nEurochambres is looking for a Policy Intern.", Some((Traineeship, None))),
            ("Nederlandse Ambassade in Bangkok\n\nStagiair(e) Culturele Afdeling\n\nAard van het bedrijf:", Some((Traineeship, None))),
            // EU staff categories and cover for someone away.
            ("Security Policy Officer - contract agent FGIV as per article 3b of the CEOS", Some((FixedTerm, None))),
            ("Function Group/Grade: Temporary Agent, AD 5", Some((FixedTerm, None))),
            ("Dienstverband: Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd", Some((FixedTerm, None))),
            ("Wij bieden een contract voor onbepaalde tijd.", Some((OpenEnded, None))),
            ("Contrat de remplacement (congé de maternité).", Some((FixedTerm, None))),
            ("Die Stelle ist als Elternzeitvertretung zu besetzen.", Some((FixedTerm, None))),
            ("Maternity cover position until June.", Some((FixedTerm, None))),
            // An open-ended contract in prospect is not the one offered.
            ("Een aanstelling voor een jaar met uitzicht op een vast contract.", Some((FixedTerm, Some(12)))),
            ("Un contrat de remplacement jusqu'au 31/12/2023 en vue d'un engagement en CDI.", Some((FixedTerm, None))),
            ("A one-year contract with a view to a permanent contract.", Some((FixedTerm, Some(12)))),
            ("Zunächst befristet auf zwei Jahre, mit Aussicht auf Entfristung.", Some((FixedTerm, Some(24)))),
            // The fixed term as a noun.
            ("- Laufzeit: Zunächst Befristung auf 1 Jahr mit Aussicht auf Verlängerung", Some((FixedTerm, Some(12)))),
            ("Permanent employment, full time.", Some((OpenEnded, None))),
            ("Start as soon as possible, permanent contract.", Some((OpenEnded, None))),
            ("Ce rôle constitue un mandat de deux ans.", Some((FixedTerm, Some(24)))),
            // Not the job's own contract.
            ("Office Manager\nYou will coordinate our interns and their supervisors.", None),
        ];
        for (text, want) in cases {
            let got = one(text)
                .conditions
                .contract
                .map(|c| (c.kind.unwrap(), c.duration_months));
            assert_eq!(got, want, "{text}");
        }
    }
}
