//! Language requirements: which languages, required or an asset, at what CEFR level, which
//! skills, and which ones are alternatives ("English or French").
//!
//! A language name counts when its clause is about language skill (a competence word, a CEFR
//! level, or a "Languages" section), and not when it names the organisation's official or
//! working language, a community ("French Community") or a nationality ("Dutch company").

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::cues::{has_requirement_cue, requirement_of};
use super::extractor::{Context, Extractor, Reads};
use super::fields::{FieldKind, Fields};
use super::lexicon::{Hit, Lexicon, PatternWords, Scanned, Words};
use super::pattern::{pattern, Match, Regex};
use super::postings::Posting;
use super::sections::{SectionKind, Sections};
use super::text::{capitalised, line_around, Doc};
use super::{Evidence, PostingAnalysis, Reason, Requirement};
use crate::vocabulary::{Cefr, Skill};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct LanguageRequirement {
    /// ISO 639-1 code; Flemish is `nl`.
    pub language: String,
    /// English name of the language.
    pub name: String,
    pub requirement: Requirement,
    /// CEFR level `A1`…`C2`, stated or inferred from the wording.
    pub level: Option<Cefr>,
    pub level_source: Option<LevelSource>,
    /// `oral`, `written`, when the text names them.
    pub skills: Vec<Skill>,
    /// Languages with the same group id are alternatives: one of them is enough.
    pub one_of: Option<String>,
    pub evidence: Evidence,
    /// Why it was found as it is: the rule that decided whether it is required, and how its
    /// level was inferred.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LevelSource {
    Stated,
    Inferred,
}

fn lexicon() -> &'static Lexicon {
    Words::Languages.lexicon()
}

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Languages)
}

/// The small words between language names in a list (`data/list_words.lex`).
fn list_words() -> &'static Lexicon {
    PatternWords::ListWords.lexicon()
}

/// The CEFR levels written in `hay` ("B2", "c1+"). The pattern runs only where a `1` or a `2`
/// is: a mention's clause is read for each mention, and in run-on text ("English or English
/// or …") clauses overlap, so the page's regex engine would read each byte a thousand times.
fn cefr_levels(hay: &str) -> impl Iterator<Item = Match<'_>> {
    static CEFR: OnceLock<Regex> = OnceLock::new();
    let cefr = CEFR.get_or_init(|| pattern(r"\b([abc][12])\+?"));
    let possible = hay.bytes().any(|b| matches!(b, b'1' | b'2'));
    possible.then(|| cefr.find_iter(hay)).into_iter().flatten()
}

/// English name of a language code: the first name listed for it.
pub fn english_name(code: &str) -> String {
    let tag = format!("lang.{code}");
    let name = lexicon()
        .entries()
        .find(|&(t, _)| t == tag)
        .map_or(code, |(_, name)| name);
    capitalised(name)
}

/// Every language the analysis knows, as (code, English name), in the lexicon's order.
pub fn known_languages() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (tag, _) in lexicon().entries() {
        if let Some(code) = tag.strip_prefix("lang.") {
            if !out.iter().any(|(c, _)| c == code) {
                out.push((code.to_string(), english_name(code)));
            }
        }
    }
    out
}

/// Whether a clause is about language skills; other extractors leave such clauses to this one.
pub fn is_language_clause(doc: &Doc, from: usize, to: usize) -> bool {
    let hits = cues(doc).find_in(from, to);
    hits.iter().any(|h| h.tag.starts_with("lang.")) && hits.iter().any(|h| is_competence(h.tag))
}

/// Level and skill words ("good knowledge", "spoken") speak of competence too.
fn is_competence(tag: &str) -> bool {
    tag == "competence" || tag.starts_with("level.") || tag.starts_with("skill.")
}

/// A language mention that reads as a requirement, before merging repeats.
struct Mention<'l> {
    hit: Hit<'l>,
    clause: (usize, usize),
}

/// The clause of a mention: its sentence, or its line when the line is a list item.
fn clause_around(doc: &Doc, at: usize) -> (usize, usize) {
    let (s, e) = doc.sentence_around(at);
    let (ls, le) = line_around(&doc.folded, at);
    (s.max(ls), e.min(le))
}

/// The languages asked for, each required or an asset, with the level stated or implied.
pub struct LanguageExtractor;

impl Extractor for LanguageExtractor {
    fn name(&self) -> &'static str {
        "languages"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Languages,
            tags: &[
                "choice",
                "competence",
                "lang.",
                "level.",
                "not_language_after",
                "not_language_before",
                "not_required",
                "or",
                "or_nl",
                "skill.",
            ],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.languages = extract(
            cx.doc,
            cx.posting,
            cx.sections,
            cx.fields(),
            cx.text_language,
        );
    }
}

fn extract(
    doc: &Doc,
    posting: &Posting,
    sections: &Sections,
    fields: &Fields,
    text_language: &str,
) -> Vec<LanguageRequirement> {
    let text = &doc.folded;
    let hits = cues(doc).find_in(posting.start, posting.end);
    let mentions: Vec<Mention> = hits
        .iter()
        .filter(|h| h.tag.starts_with("lang."))
        .filter(|h| !is_nationality_adjective(doc, h))
        .map(|h| Mention {
            hit: *h,
            clause: clause_around(doc, h.start),
        })
        .filter(|m| {
            // "Taal: Nederlands": the value of a language field is a language asked for.
            let in_field = fields
                .at(m.hit.start)
                .is_some_and(|f| f.kind == FieldKind::Language);
            (in_field || is_skill_clause(doc, m, sections)) && !is_not_required(doc, m)
        })
        .collect();

    let mut groups = 0;
    let mut found: Vec<LanguageRequirement> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        // A run of mentions joined by commas and "or" in one clause is a choice.
        let mut j = i + 1;
        let mut has_or = false;
        while j < mentions.len() && mentions[j].clause == mentions[i].clause {
            match separator(
                text,
                mentions[j - 1].hit.end,
                mentions[j].hit.start,
                text_language,
            ) {
                Some(is_or) => has_or |= is_or,
                None => break,
            }
            j += 1;
        }
        // A list ends with a conjunction or a slash ("English, French or German"); two names
        // cut by a comma alone are two statements ("Gute Deutschkenntnisse, Englischkenntnisse
        // sind von Vorteil").
        let in_list = j - i > 1 && {
            let last = &text[mentions[j - 2].hit.end..mentions[j - 1].hit.start];
            !last.trim().trim_matches(',').trim().is_empty()
        };
        let one_of = (has_or && j - i > 1).then(|| {
            groups += 1;
            format!("g{groups}")
        });
        for k in i..j {
            let next_start = mentions
                .get(k + 1)
                .filter(|n| n.clause == mentions[k].clause)
                .map(|n| n.hit.start);
            let item = requirement(
                doc,
                &mentions[k],
                next_start,
                sections,
                one_of.clone(),
                if in_list {
                    (mentions[i].hit.start, mentions[j - 1].hit.end)
                } else {
                    (mentions[k].hit.start, mentions[k].hit.end)
                },
            );
            merge(&mut found, item);
        }
        i = j;
    }
    found
}

/// Keeps one entry per language: the first mention, with the strongest requirement and level.
fn merge(found: &mut Vec<LanguageRequirement>, item: LanguageRequirement) {
    match found.iter_mut().find(|f| f.language == item.language) {
        Some(existing) => {
            if existing.requirement == Requirement::Asset
                && item.requirement == Requirement::Required
            {
                *existing = LanguageRequirement {
                    evidence: existing.evidence.clone(),
                    ..item
                };
            } else if existing.level.is_none()
                && item.level.is_some()
                && existing.requirement == item.requirement
            {
                existing.level = item.level;
                existing.level_source = item.level_source;
            }
        }
        None => found.push(item),
    }
}

/// `Some(true)` for an "or" between two mentions, `Some(false)` for a comma or "and",
/// `None` when other words stand between them.
fn separator(text: &str, from: usize, to: usize, text_language: &str) -> Option<bool> {
    let between = text[from..to].trim();
    let between = between.trim_start_matches(',').trim();
    if between.is_empty() || between == "/" {
        return Some(between == "/");
    }
    // Articles and prepositions before a name ("de l'anglais, de l'allemand ou du
    // néerlandais", "in English or in French") do not break a list; an elided article
    // ("l'") is glued to the name, so only its apostrophe is in `between`.
    let is_article = |w: &str| list_words().lists(w, "article");
    let kept: Vec<&str> = between
        .trim_end_matches(',')
        .split_whitespace()
        .map(|w| w.trim_end_matches(['\'', '’']))
        .filter(|w| !w.is_empty() && !is_article(w))
        .collect();
    let word = kept.join(" ");
    let word = word.trim_end_matches(',').trim();
    if word.is_empty() {
        return Some(false);
    }
    if list_words().lists(word, "and") {
        return Some(false);
    }
    let tags = lexicon().tags_in(word);
    let or = tags.contains(&"or") || (text_language == "nl" && tags.contains(&"or_nl"));
    (or && word.split_whitespace().count() <= 2).then_some(true)
}

fn is_nationality_adjective(doc: &Doc, hit: &Hit) -> bool {
    let (text, lex) = (&doc.folded, cues(doc));
    let after_end = text.floor_char_boundary(hit.end + 30);
    let after = &text[hit.end..after_end];
    let after =
        after.trim_start_matches(|c: char| c == '-' || c.is_alphabetic() && after.starts_with('-'));
    let next_word = after_end - after.trim_start().len();
    let adjective_after = lex
        .find_in(next_word, after_end)
        .first()
        .is_some_and(|h| h.start == next_word && h.tag == "not_language_after");
    let before_start = text.ceil_char_boundary(hit.start.saturating_sub(20));
    let before_end = before_start + text[before_start..hit.start].trim_end().len();
    let noun_before = lex
        .find_in(before_start, before_end)
        .last()
        .is_some_and(|h| h.end == before_end && h.tag == "not_language_before");
    adjective_after || noun_before
}

/// A clause about language skill: a competence word or CEFR level in it, a "Languages"
/// section, or a short follow-up on a line about languages ("fließend Deutsch; Englisch ist
/// von Vorteil"). In a task list a language is what the job handles, not what it asks for,
/// unless the clause says it is required or an asset.
fn is_skill_clause(doc: &Doc, m: &Mention, sections: &Sections) -> bool {
    let (text, (s, e)) = (&doc.folded, m.clause);
    let competent = |from, to| {
        cues(doc)
            .find_in(from, to)
            .iter()
            .any(|h| is_competence(h.tag))
    };
    let (line_start, line_end) = line_around(text, m.hit.start);
    let cued = has_requirement_cue(doc, s, e);
    match sections.kind_at(m.hit.start) {
        SectionKind::Languages => true,
        SectionKind::Tasks | SectionKind::About => cued && competent(s, e),
        kind => {
            competent(s, e)
                || cefr_levels(&text[s..e]).next().is_some()
                || (cued && competent(line_start, line_end))
                // "English required; French a strong advantage": a short clause that says
                // only whether.
                || (cued && text[s..e].split_whitespace().count() <= MAX_CUED_CLAUSE_WORDS)
                // "Nice to have:" then "- Spanish": an item of a list of requirements that is
                // nothing but languages.
                || (matches!(kind, SectionKind::Required | SectionKind::Asset)
                    && names_only_languages(doc, s, e))
        }
    }
}

/// Most words of a clause with a requirement cue that needs no word of skill to be about one.
const MAX_CUED_CLAUSE_WORDS: usize = 5;

/// Whether every word of `from..to` is a language name, a level, a word of skill or a
/// conjunction ("Spanish", "Deutsch, Englisch", "Néerlandais ou anglais").
fn names_only_languages(doc: &Doc, from: usize, to: usize) -> bool {
    let text = &doc.folded;
    let hits = cues(doc).find_in(from, to);
    text[from..to].char_indices().all(|(i, ch)| {
        !ch.is_alphanumeric() || hits.iter().any(|h| (h.start..h.end).contains(&(from + i)))
    })
}

/// "IOM's official languages include English": a not-required cue before the mention,
/// unless it is a choice ("one of the working languages").
fn is_not_required(doc: &Doc, m: &Mention) -> bool {
    let (s, _) = m.clause;
    let hits = cues(doc).find_in(s, m.hit.start);
    hits.iter().enumerate().any(|(i, h)| {
        h.tag == "not_required"
            && !(i > 0 && hits[i - 1].tag == "choice" && h.start - hits[i - 1].end <= 2)
    })
}

fn requirement(
    doc: &Doc,
    m: &Mention,
    next_start: Option<usize>,
    sections: &Sections,
    one_of: Option<String>,
    run: (usize, usize),
) -> LanguageRequirement {
    let (s, e) = m.clause;
    let code = m.hit.tag.trim_start_matches("lang.");
    let (level, level_source, level_reason) = level(doc, m, next_start);
    let decided = {
        let (from, to) = deciding_part(doc, m.clause, run);
        requirement_of(doc, from, to, sections.heading_at(m.hit.start))
    };
    let tags = cues(doc).tags_in(s, e);
    let skills = Skill::ALL
        .into_iter()
        .filter(|skill| tags.contains(&skill.tag()))
        .collect();
    LanguageRequirement {
        language: code.to_string(),
        name: english_name(code),
        requirement: decided.requirement,
        level,
        level_source,
        skills,
        one_of,
        evidence: doc.evidence(m.hit.start, m.hit.end),
        reasons: std::iter::once(decided.reason)
            .chain(level_reason)
            .collect(),
    }
}

/// The part of a mention's clause whose cue decides required or asset. A clause cut by `;` or
/// `,` into parts that each say something of a language gives each its own cue: "Excellent
/// drafting skills in English, knowledge of French would be a strong advantage" makes French
/// an asset and English not; "Fluency in German and English is essential, knowledge of French
/// is an asset" keeps German and English required. `run` is the span of the list the mention
/// belongs to ("English, French or German"), or the mention's own: a list's part runs from the
/// cut before its first name to the cut after its last.
fn deciding_part(doc: &Doc, clause: (usize, usize), run: (usize, usize)) -> (usize, usize) {
    let (text, (s, e)) = (&doc.folded, clause);
    let cut = |c: char| c == ';' || c == ',';
    let part_of = |start: usize, end: usize| {
        let from = text[s..start].rfind(cut).map_or(s, |i| s + i + 1);
        let to = text[end..e].find(cut).map_or(e, |i| end + i);
        (from, to)
    };
    let (from, to) = part_of(run.0, run.1);
    if (from, to) == (s, e) || has_requirement_cue(doc, from, to) {
        return (from, to);
    }
    // Without a cue of its own, the part takes the clause's unless that cue is another
    // language's.
    let other_language_cued = cues(doc).find_in(s, e).iter().any(|h| {
        let outside = h.start < run.0 || h.start >= run.1;
        let (f, t) = part_of(h.start, h.end);
        h.tag.starts_with("lang.") && outside && has_requirement_cue(doc, f, t)
    });
    if other_language_cued {
        (from, to)
    } else {
        (s, e)
    }
}

/// A stated CEFR level right after the mention (before the next language), else one before it
/// in the clause; otherwise the level the wording implies ("fluent" ≈ C1), and why.
fn level(
    doc: &Doc,
    m: &Mention,
    next_start: Option<usize>,
) -> (Option<Cefr>, Option<LevelSource>, Option<Reason>) {
    let (text, (s, e)) = (&doc.folded, m.clause);
    let own_end = next_start.unwrap_or(e).min(e);
    let stated = cefr_levels(&text[m.hit.end..own_end])
        .next()
        .or_else(|| cefr_levels(&text[s..m.hit.start]).last());
    if let Some(level) = stated.and_then(|found| Cefr::parse(&found.as_str()[..2])) {
        return (Some(level), Some(LevelSource::Stated), None);
    }
    let hits = cues(doc).find_in(s, own_end);
    let inferred = hits
        .iter()
        .filter_map(|h| Some((h, Cefr::parse(h.tag.strip_prefix("level.")?)?)))
        .min_by_key(|(h, _)| {
            if h.end <= m.hit.start {
                m.hit.start - h.end
            } else {
                h.start - m.hit.end + 1
            }
        });
    match inferred {
        Some((h, level)) => {
            let evidence = doc.evidence(h.start, h.end);
            let reason = Reason::of_cue(
                "languages.level",
                format!("≈{level}: \"{}\" implies it", evidence.text),
                Words::Languages.cue(h.tag, evidence),
            );
            (Some(level), Some(LevelSource::Inferred), Some(reason))
        }
        None => (None, None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    /// (code, requirement, level, group) of every language found.
    fn langs(text: &str) -> Vec<(String, Requirement, Option<String>, Option<String>)> {
        one(text)
            .languages
            .into_iter()
            .map(|l| {
                (
                    l.language,
                    l.requirement,
                    l.level.map(|c| c.to_string()),
                    l.one_of,
                )
            })
            .collect()
    }

    fn codes(text: &str) -> Vec<(String, Requirement)> {
        langs(text).into_iter().map(|(c, r, _, _)| (c, r)).collect()
    }

    use Requirement::{Asset, Required};

    /// Each text gives exactly these (code, requirement) pairs, in order.
    fn assert_codes(cases: &[(&str, &[(&str, Requirement)])]) {
        for (text, want) in cases {
            let want: Vec<_> = want.iter().map(|(c, r)| (c.to_string(), *r)).collect();
            assert_eq!(codes(text), want, "{text}");
        }
    }

    #[test]
    fn requirements_and_assets_in_four_languages() {
        let cases: &[(&str, &[(&str, Requirement)])] = &[
            ("Languages: Fluent in English and French (orally and in written)", &[("en", Required), ("fr", Required)]),
            ("Desirable:\n- Fluency in Flemish\n- Understanding of German is an asset", &[("nl", Asset), ("de", Asset)]),
            (
                "You are fluent in English, and you have at least a good working command of Spanish; a working knowledge of French is a valuable asset.",
                &[("en", Required), ("es", Required), ("fr", Asset)],
            ),
            ("Vous maîtrisez parfaitement le français. La connaissance du néerlandais est un atout.", &[("fr", Required), ("nl", Asset)]),
            ("Je hebt een uitstekende kennis van het Nederlands. Kennis van het Frans is een pluspunt.", &[("nl", Required), ("fr", Asset)]),
            ("Sie verfügen über verhandlungssichere Deutschkenntnisse. Englischkenntnisse sind von Vorteil.", &[("de", Required), ("en", Asset)]),
            ("Wir erwarten\n- fließend Deutsch; Englisch ist von Vorteil", &[("de", Required), ("en", Asset)]),
            ("Je spreekt Nederlands of Frans.", &[("nl", Required), ("fr", Required)]),
            ("Profil\n- Vous rédigez des avis clairs en français.", &[("fr", Required)]),
            // A sentence ending in a bracket still ends: the asset after it is not the Dutch one's.
            ("Fluent Dutch is required (C1). Good knowledge of French (B2) is an asset.", &[("nl", Required), ("fr", Asset)]),
            ("Le néerlandais est exigé (C1). L'anglais (B2) est un atout.", &[("nl", Required), ("en", Asset)]),
        ];
        assert_codes(cases);
    }

    #[test]
    fn an_asset_cue_covers_the_languages_it_governs() {
        let cases: &[(&str, &[(&str, Requirement)])] = &[
            ("Excellent drafting skills in English, knowledge of French would be a strong advantage.", &[("en", Required), ("fr", Asset)]),
            ("Fluent English (written and spoken) is a requirement; a working knowledge of other languages is an asset.", &[("en", Required)]),
            ("Fluent English required; French a strong advantage.", &[("en", Required), ("fr", Asset)]),
            ("Vous maîtrisez le français, la connaissance du néerlandais est un atout.", &[("fr", Required), ("nl", Asset)]),
            ("Je hebt een goede kennis van het Nederlands, kennis van het Engels is een pluspunt.", &[("nl", Required), ("en", Asset)]),
            ("Gute Deutschkenntnisse, Englischkenntnisse sind von Vorteil.", &[("de", Required), ("en", Asset)]),
            ("Je beheerst het Nederlands; andere talen zijn een pluspunt.", &[("nl", Required)]),
            // A list under one cue: every language named takes it.
            ("Knowledge of English, French or German would be an advantage.", &[("en", Asset), ("fr", Asset), ("de", Asset)]),
            ("Sont un plus :\n- parler (niveau intermédiaire) et écrire (niveau avancé) en anglais, néerlandais ou allemand.", &[("en", Asset), ("nl", Asset), ("de", Asset)]),
            ("Est un plus :\n- La connaissance de l’anglais, du néerlandais ou d’une autre langue.", &[("en", Asset), ("nl", Asset)]),
            ("Zijn een pluspunt:\n- kennis van het Frans", &[("fr", Asset)]),
            ("Sind von Vorteil:\n- Französischkenntnisse", &[("fr", Asset)]),
            ("- Deutsch auf Muttersprachler-Niveau\n- gerne auch sehr gute Englischkenntnisse", &[("de", Required), ("en", Asset)]),
            ("Sie arbeiten gerne im Team und sprechen fließend Deutsch.", &[("de", Required)]),
            ("Fluency in German and English is essential, knowledge of French is an asset.", &[("de", Required), ("en", Required), ("fr", Asset)]),
            ("Vous parlez le français et le néerlandais, la connaissance de l'anglais est un plus.", &[("fr", Required), ("nl", Required), ("en", Asset)]),
            ("La connaissance de l'anglais, de l'allemand ou du néerlandais est un atout.", &[("en", Asset), ("de", Asset), ("nl", Asset)]),
            ("Kenntnisse in Englisch, Französisch oder Niederländisch sind von Vorteil.", &[("en", Asset), ("fr", Asset), ("nl", Asset)]),
            ("Kennis van het Engels, Frans of Duits is een pluspunt.", &[("en", Asset), ("fr", Asset), ("de", Asset)]),
        ];
        assert_codes(cases);
    }

    #[test]
    fn word_forms_people_write() {
        let cases: &[(&str, &[(&str, Requirement)])] = &[
            ("- Uitstekende beheersing van de Nederlandse taal in woord en geschrift;", &[("nl", Required)]),
            ("- Communicatief vaardig in de Nederlandse en Engelse taal, mondeling en schriftelijk.", &[("nl", Required), ("en", Required)]),
            ("- Je goed in het Engels communiceert.", &[("en", Required)]),
            ("- Tu maîtrises le français et un peu l’anglais dans un contexte professionnel.", &[("fr", Required), ("en", Required)]),
            ("- be a strong communicator in English", &[("en", Required)]),
            ("gutes schriftliches und mündliches Ausdrucksvermögen (Deutsch und Englisch)", &[("de", Required), ("en", Required)]),
            ("Sie kommunizieren sicher auf Englisch.", &[("en", Required)]),
            ("Vous communiquez aisément en anglais.", &[("en", Required)]),
        ];
        assert_codes(cases);
        // Still not languages: the same adjectives on other nouns.
        for text in [
            "De Culturele Afdeling van de Nederlandse Ambassade in Bangkok zoekt een stagiair.",
            "Wij communiceren open over de Nederlandse markt.",
            "You will communicate with the French authorities.",
        ] {
            assert_eq!(codes(text), vec![], "{text}");
        }
    }

    /// A phrase names one language at most: two mentions of one range would make a list of
    /// nothing between them, which the list reading does not expect.
    #[test]
    fn no_phrase_names_two_languages() {
        let mut seen: Vec<(&str, &str)> = Vec::new();
        for (tag, phrase) in lexicon().entries().filter(|(t, _)| t.starts_with("lang.")) {
            if let Some((other, _)) = seen.iter().find(|(_, p)| *p == phrase) {
                panic!("{phrase:?} is under {other} and {tag}");
            }
            seen.push((tag, phrase));
        }
    }

    /// A speaker's adjective names the language and the skill; a short clause with a cue
    /// needs no word of skill; an item of a requirements list made only of language names is
    /// one; four languages, with the community, the team and the market that are not.
    #[test]
    fn adjectives_short_clauses_and_bare_list_items() {
        use Requirement::{Asset, Required};
        assert_codes(&[
            ("Profile\nYou are English-speaking.", &[("en", Required)]),
            ("Profil\nVous êtes néerlandophone.", &[("nl", Required)]),
            ("Profiel\nJe bent Franstalig.", &[("fr", Required)]),
            ("Profil\nSie sind deutschsprachig.", &[("de", Required)]),
            (
                "Profile\nEnglish required; French a strong advantage.",
                &[("en", Required), ("fr", Asset)],
            ),
            (
                "Profil\nAnglais exigé ; allemand un atout.",
                &[("en", Required), ("de", Asset)],
            ),
            (
                "Profiel\nEngels vereist; Duits een pluspunt.",
                &[("en", Required), ("de", Asset)],
            ),
            (
                "Profil\nEnglisch erforderlich; Französisch von Vorteil.",
                &[("en", Required), ("fr", Asset)],
            ),
            ("Profile\nNice to have:\n- Spanish", &[("es", Asset)]),
            ("Profil\nAtouts :\n- Espagnol", &[("es", Asset)]),
            ("Profiel\nPluspunten:\n- Spaans", &[("es", Asset)]),
            ("Profil\nWünschenswert:\n- Spanisch", &[("es", Asset)]),
        ]);
        for text in [
            "Profil\nLa Communauté germanophone finance le projet.",
            "Profiel\nDe Duitstalige Gemeenschap steunt ons.",
            "Requirements\n- Dutch market",
            "Profile\nDutch law required.",
        ] {
            assert_eq!(codes(text), vec![], "{text}");
        }
    }

    #[test]
    fn names_that_are_not_requirements() {
        for text in [
            "IOM's official languages include English, French, and Spanish, and proficiency in these languages will be evaluated.",
            "Working language: English and French.",
            "The French Community and the German-speaking Community fund the project.",
            "You will work for a Dutch company under Belgian law.",
            "Knowledge of German labour law is an asset.",
            "Proficiency in other European languages",
            "La Communauté française finance le projet.",
            "Die Amtssprache ist Deutsch.",
            "Contenu de la fonction\nVous traitez le courrier rédigé en néerlandais, en français ou en anglais.",
            "Jobinhoud\nJe behandelt briefwisseling die in het Nederlands, Frans en Engels kan zijn opgesteld.",
        ] {
            assert_eq!(codes(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_choice_among_official_languages_is_a_requirement() {
        let got = langs("Thorough knowledge of one of the following official languages of the EU: Danish, Dutch, English or French.");
        assert_eq!(
            got.iter()
                .map(|l| (l.0.as_str(), l.1, l.3.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("da", Required, Some("g1")),
                ("nl", Required, Some("g1")),
                ("en", Required, Some("g1")),
                ("fr", Required, Some("g1"))
            ]
        );
        for text in [
            "Connaissance approfondie de l'une des langues officielles suivantes : anglais, français ou allemand.",
            "Grondige kennis van een van de volgende officiële talen: Engels, Frans of Duits.",
            "Sehr gute Kenntnisse einer der folgenden Amtssprachen: Englisch, Französisch oder Deutsch.",
        ] {
            let got = langs(text);
            assert_eq!(got.len(), 3, "{text}: {got:?}");
            assert!(got.iter().all(|l| l.1 == Required && l.3.as_deref() == Some("g1")), "{text}: {got:?}");
        }
        // Naming the languages of the EU asks for none of them, in four languages.
        for text in [
            "Knowledge of languages: the languages of the EU are Bulgarian, Croatian, Czech, Danish, Dutch, English, Estonian, Finnish, French and German.",
            "Connaissances linguistiques : les langues de l'UE sont le bulgare, le croate, le tchèque, le danois, le néerlandais, l'anglais, l'estonien, le finnois, le français et l'allemand.",
            "Talenkennis: de talen van de EU zijn Bulgaars, Kroatisch, Tsjechisch, Deens, Nederlands, Engels, Estisch, Fins, Frans en Duits.",
            "Sprachkenntnisse: die Sprachen der EU sind Bulgarisch, Kroatisch, Tschechisch, Dänisch, Niederländisch, Englisch, Estnisch, Finnisch, Französisch und Deutsch.",
        ] {
            assert!(langs(text).is_empty(), "{text}: {:?}", langs(text));
        }
        // Naming the official languages asks for none of them.
        assert!(
            langs("The official languages of the EU are Danish, Dutch, English and French.")
                .is_empty()
        );
    }

    #[test]
    fn choices_share_a_group() {
        let got =
            langs("Excellent command of English or French; knowledge of the other is an asset.");
        assert_eq!(got[0].3.as_deref(), Some("g1"));
        assert_eq!(got[1].3.as_deref(), Some("g1"));
        let got = langs("Proficiency in one of the working languages (English, French, Spanish or German) is required.");
        assert_eq!(
            got.iter().map(|l| l.0.as_str()).collect::<Vec<_>>(),
            ["en", "fr", "es", "de"]
        );
        assert!(got
            .iter()
            .all(|l| l.3.as_deref() == Some("g1") && l.1 == Required));
        let got = langs("Je spreekt vloeiend Nederlands of Frans.");
        assert!(got.iter().all(|l| l.3.as_deref() == Some("g1")), "{got:?}");
        let got = langs("Sie sprechen fließend Deutsch oder Französisch.");
        assert!(got.iter().all(|l| l.3.as_deref() == Some("g1")), "{got:?}");
        let got = langs("Vous parlez couramment le français ou l'anglais.");
        assert_eq!(got.len(), 2);
        let got = langs("Fluent in English and French.");
        assert!(got.iter().all(|l| l.3.is_none()));
    }

    #[test]
    fn levels_stated_and_inferred() {
        let got = langs("Languages: English (C1), French (B2)");
        assert_eq!(got[0].2.as_deref(), Some("C1"));
        assert_eq!(got[1].2.as_deref(), Some("B2"));
        let a = one("Niveau C1 en français exigé.");
        assert_eq!(a.languages[0].level_source, Some(LevelSource::Stated));
        let a = one("Dutch: mother tongue. Good knowledge of French.");
        assert_eq!(a.languages[0].level, Some(Cefr::C2));
        assert_eq!(a.languages[1].level, Some(Cefr::B2));
        assert_eq!(a.languages[1].level_source, Some(LevelSource::Inferred));
        let a = one("Grundkenntnisse in Niederländisch sind wünschenswert.");
        assert_eq!(
            (a.languages[0].level, a.languages[0].requirement),
            (Some(Cefr::B1), Asset)
        );
    }

    #[test]
    fn skills_and_names() {
        let a = one("Excellent written and spoken English");
        assert_eq!(a.languages[0].skills, [Skill::Oral, Skill::Written]);
        assert_eq!(a.languages[0].name, "English");
        assert_eq!(english_name("nl"), "Dutch");
        let a = one("Fluency in Flemish");
        assert_eq!(
            (
                a.languages[0].language.as_str(),
                a.languages[0].evidence.text.as_str()
            ),
            ("nl", "Flemish")
        );
    }
}
