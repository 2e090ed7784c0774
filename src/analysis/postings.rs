//! Splits a paste into postings and trims the job site's trailing noise.
//!
//! A page can list two vacancies one after the other. A new posting starts at a short line that
//! reads like a job title, when the text before it already told how to apply (an address and a
//! year) and the text after it does so again. Trailing "Similar jobs" lists are cut off.

use std::sync::OnceLock;

use super::extractor::Reads;
use super::lexicon::{Lexicon, PatternWords, Scanned, Words};
use super::pattern::{pattern, Regex};
use super::text::{trimmed, Doc};

/// One vacancy: a byte range of the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub start: usize,
    pub end: usize,
    /// Byte range of the line that opened this posting, when it was split off by its title.
    title_line: Option<(usize, usize)>,
}

/// The tags this module reads.
pub const READS: Reads = Reads {
    words: Words::Postings,
    tags: &["apply", "entry_link", "noise", "title"],
};

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Postings)
}

/// A posting needs this much text after its title line to count as one.
const MIN_POSTING_BYTES: usize = 800;

impl Posting {
    /// A range of the text whose title is to be found in its lines.
    fn untitled(start: usize, end: usize) -> Posting {
        Posting {
            start,
            end,
            title_line: None,
        }
    }

    /// Byte ranges of the lines of this posting (without newlines).
    pub fn lines<'d>(&self, doc: &'d Doc) -> impl Iterator<Item = (usize, usize)> + 'd {
        let (start, end) = (self.start, self.end);
        let mut at = start;
        std::iter::from_fn(move || {
            if at >= end {
                return None;
            }
            let line_end = doc.folded[at..end].find('\n').map_or(end, |i| at + i);
            let line = (at, line_end);
            at = line_end + 1;
            Some(line)
        })
    }

    /// The job title: the line that opened the posting, else the first title-like line near
    /// the top, else the first short line that is not site navigation.
    pub fn title(&self, doc: &Doc) -> Option<String> {
        let (s, e) = self.title_line(doc)?;
        let t = doc.original_of(s, e).trim().trim_end_matches(':').trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    /// Byte range of the line that names the job: the line that opened the posting, else the
    /// first title-like line near its top, else its first short line that is no field.
    pub fn title_line(&self, doc: &Doc) -> Option<(usize, usize)> {
        if let Some(line) = self.title_line {
            return Some(line);
        }
        let top: Vec<_> = self
            .lines(doc)
            .filter(|&(s, e)| !doc.folded[s..e].trim().is_empty())
            .take(12)
            .collect();
        top.iter()
            .copied()
            .find(|&(s, e)| is_title_like(doc, s, e))
            .or_else(|| {
                top.iter().copied().find(|&(s, e)| {
                    let line = doc.folded[s..e].trim();
                    line.chars().count() <= 100
                        && line.chars().filter(|c| c.is_alphabetic()).count() >= 3
                        && !starts_in_lower_case(doc, s, e)
                        && !is_navigation(line)
                        && !is_field(line)
                })
            })
    }
}

/// Lines that are not titles: a labelled field ("Start date: 01 January 2026"), a question, an
/// introduction to a list ("… opportunities to:"), a list item.
fn is_field(line: &str) -> bool {
    line.ends_with(['?', ':'])
        || line.starts_with(['-', '*', '•'])
        || line.split_once(':').is_some_and(|(label, value)| {
            label.split_whitespace().count() <= 4 && !value.trim().is_empty()
        })
}

fn is_navigation(line: &str) -> bool {
    line.starts_with("back to")
        || line.starts_with("home")
        || line.contains(" / ")
        || line.starts_with("retour")
}

/// A short line naming a job: "Project Officer – Development Education", "Beleidsmedewerker (m/v/x)".
/// Not a line that starts in lower case (the rest of a sentence wrapped by a PDF viewer:
/// "working groups, and expert groups, …") nor a caption of a testimonial ("Jan Weymeirsch,
/// Intern 2018").
fn is_title_like(doc: &Doc, start: usize, end: usize) -> bool {
    let line = doc.folded[start..end].trim();
    let chars = line.chars().count();
    let caption = || line.contains(',') && is_year(line.rsplit(' ').next().unwrap_or(""));
    (6..=120).contains(&chars)
        && !line.ends_with(['.', ','])
        && !line.starts_with(['*', '-'])
        && !line.contains("http")
        && !line.contains(['@', ';'])
        && line.split_whitespace().count() <= 14
        && cues(doc).has(start, end, "title")
        && !caption()
        && !starts_in_lower_case(doc, start, end)
}

/// Whether a line's first letter or digit is a lower-case letter, as written.
fn starts_in_lower_case(doc: &Doc, start: usize, end: usize) -> bool {
    doc.original_of(start, end)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// "2018": a year of this era, written alone.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a block says how to apply: an address (e-mail or web) or an apply cue, and a year.
fn tells_how_to_apply(doc: &Doc, start: usize, end: usize) -> bool {
    static YEAR: OnceLock<Regex> = OnceLock::new();
    let year = YEAR.get_or_init(|| pattern(r"\b20\d\d\b"));
    let block = &doc.folded[start..end];
    let addressed = block.contains('@') || cues(doc).has(start, end, "apply");
    addressed && year.is_match(block)
}

/// The postings of a document, in order. Always at least one for non-blank text.
///
/// A line such as "Similar jobs" ends a posting: what follows is the site's listing. A paste of
/// several pages goes on after it with the next page's posting, which starts at the first
/// title-like line followed by a posting's worth of text that says how to apply; a listing
/// with no such posting after it gives none.
pub fn split(doc: &Doc) -> Vec<Posting> {
    let text = &doc.folded;
    let start = text.len() - text.trim_start().len();
    let end = start + text[start..].trim_end().len();
    let mut postings = Vec::new();
    let mut from = Some(start);
    let mut first = true;
    while let Some(block_start) = from {
        let noise = noise_line(doc, block_start, end, first);
        let block_end = noise.map_or(end, |(s, _)| s);
        let opening = if first {
            Some(block_start)
        } else {
            next_posting_start(doc, block_start, block_end)
        };
        if let Some(opening) = opening {
            split_block(doc, opening, block_end, &mut postings);
        }
        from = noise.map(|(_, e)| e);
        first = false;
    }
    postings
}

/// Splits the postings of `[start, end)`: the entries of a listing, else at title lines that
/// open a new posting.
fn split_block(doc: &Doc, start: usize, end: usize, postings: &mut Vec<Posting>) {
    let text = &doc.folded;
    let end = start + text[start..end].trim_end().len();
    if start >= end {
        return;
    }
    if let Some(entries) = listing_entries(doc, start, end) {
        postings.extend(entries);
        return;
    }
    let whole = Posting::untitled(start, end);
    let mut current = whole;
    for (line_start, line_end) in whole.lines(doc) {
        let before = &text[current.start..line_start];
        let after = &text[line_end..end];
        if line_start > current.start
            && is_title_like(doc, line_start, line_end)
            && before.len() >= MIN_POSTING_BYTES
            && after.len() >= MIN_POSTING_BYTES
            && tells_how_to_apply(doc, current.start, line_start)
            && tells_how_to_apply(doc, line_end, end)
        {
            postings.push(Posting {
                end: current.start + before.trim_end().len(),
                ..current
            });
            current = Posting {
                start: trimmed(text, line_start, line_end).0,
                end,
                title_line: Some((line_start, line_end)),
            };
        }
    }
    postings.push(current);
}

/// The jobs of a page that lists several, each closed by a link line of its own ("Zum
/// Stellenangebot", "Apply here"): one posting per entry, the page's text after the last entry
/// going with it. An entry is short and holds a line of description, and most entries a line
/// that reads like a job title; a posting with "Apply now" at its top and bottom is no listing.
fn listing_entries(doc: &Doc, start: usize, end: usize) -> Option<Vec<Posting>> {
    /// Longest entry of a listing: a title, a few facts and a summary.
    const MAX_ENTRY_BYTES: usize = 1500;
    /// A line this long describes the job.
    const DESCRIPTION_CHARS: usize = 60;
    let text = &doc.folded;
    let whole = Posting::untitled(start, end);
    let links: Vec<(usize, usize)> = whole
        .lines(doc)
        .filter(|&(s, e)| is_entry_link(doc, s, e))
        .collect();
    if links.len() < 2 {
        return None;
    }
    let mut entries = Vec::with_capacity(links.len());
    let mut titled = 0;
    let mut from = start;
    for &(_, link_end) in &links {
        let entry = Posting::untitled(from, link_end);
        let lines: Vec<(usize, usize)> = entry.lines(doc).collect();
        titled += usize::from(lines.iter().any(|&(s, e)| is_title_like(doc, s, e)));
        let described = lines
            .iter()
            .any(|&(s, e)| text[s..e].trim().chars().count() >= DESCRIPTION_CHARS);
        if link_end - from > MAX_ENTRY_BYTES || !described {
            return None;
        }
        entries.push(entry);
        from = link_end;
    }
    if titled * 2 < entries.len() {
        return None;
    }
    if let Some(last) = entries.last_mut() {
        last.end = end;
    }
    // Each entry starts at its first non-blank char.
    for entry in &mut entries {
        entry.start = trimmed(text, entry.start, entry.end).0;
    }
    Some(entries)
}

/// A line made of a listing's link alone ("Zum Stellenangebot", "Apply here ›").
fn is_entry_link(doc: &Doc, start: usize, end: usize) -> bool {
    /// Longer than any link's words with an arrow.
    const MAX_LINK_BYTES: usize = 40;
    let (from, line_end) = trimmed(&doc.folded, start, end);
    if line_end - from > MAX_LINK_BYTES {
        return false;
    }
    let to = from
        + doc.folded[from..line_end]
            .trim_end_matches(['›', '→', '>', '»', ' '])
            .len();
    to > from
        && cues(doc)
            .find_in(from, to)
            .iter()
            .any(|h| h.tag == "entry_link" && h.start == from && h.end == to)
}

/// Where a posting opens in a block after a site's listing: the last title-like line before
/// its first paragraph (a listing is short lines), when a posting's worth of text that says
/// how to apply follows it.
fn next_posting_start(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    /// A line this long is prose, not a listing's item.
    const PARAGRAPH_BYTES: usize = 120;
    let text = &doc.folded;
    let (title_start, title_end) = Posting::untitled(start, end)
        .lines(doc)
        .take_while(|&(s, e)| text[s..e].trim().len() < PARAGRAPH_BYTES)
        .filter(|&(s, e)| is_title_like(doc, s, e))
        .last()?;
    let after = &text[title_end..end];
    (after.len() >= MIN_POSTING_BYTES && tells_how_to_apply(doc, title_end, end))
        .then_some(title_start)
}

/// The next line such as "Similar jobs" in `[from, to)`, as (its start, the start of the line
/// after it); in the first block, not its first line.
fn noise_line(doc: &Doc, from: usize, to: usize, first: bool) -> Option<(usize, usize)> {
    let mut at = from;
    for line in doc.folded[from..to].split('\n') {
        let next = (at + line.len() + 1).min(to);
        let trimmed = line.trim();
        if trimmed.chars().count() <= 60 && (at > from || !first) {
            let start = at + line.len() - line.trim_start().len();
            let first_hit = cues(doc)
                .find_in(start, start + trimmed.len())
                .into_iter()
                .next();
            if first_hit.is_some_and(|h| h.tag == "noise" && h.start == start) {
                return Some((at, next));
            }
        }
        at = next;
    }
    None
}

/// The hiring organisation, from a label line, "X is recruiting", or an "Name (ACRONYM)" line.
/// Each pattern runs only on the lines a cheap test picks out: on a whole page they would cost
/// more than the rest of the analysis together.
/// The words that name an employer (`data/organisation.lex`).
fn organisation_words() -> &'static Lexicon {
    PatternWords::Organisation.lexicon()
}

/// The phrases of a tag as an alternation matched without regard to ASCII case (phrases with
/// other letters match as written, lower case), any spaces between words.
fn any_case(tag: &str) -> String {
    let all = organisation_words().alternation(tag).replace(' ', r"\s+");
    let (ascii, other): (Vec<&str>, Vec<&str>) = all.split('|').partition(|p| p.is_ascii());
    let mut parts = vec![format!("(?i-u:{})", ascii.join("|"))];
    parts.extend(other.into_iter().map(str::to_string));
    parts.join("|")
}

pub fn organisation(doc: &Doc, posting: &Posting) -> Option<String> {
    static PATTERNS: OnceLock<[Regex; 4]> = OnceLock::new();
    let [label, recruiting, acronym, describing] = PATTERNS.get_or_init(|| {
        let (labels, recruits) = (any_case("label"), any_case("recruits"));
        let (is_a, kind) = (any_case("is_a"), any_case("kind"));
        [
            format!(r"^\s*(?:{labels})\s*:\s*(\S.{{1,80}})$"),
            format!(r"^\s*([A-Z][^,:;]{{1,60}}?)(?:,[^,]{{1,80}},)?\s+(?:{recruits})\b"),
            r"^\s*([A-Z].{2,80}\([A-Z]{2,8}\))\s*$".to_string(),
            // "ICLEI – Local Governments for Sustainability is a global network of …"
            format!(r"^\s*([A-Z][^,:;.?!]{{1,70}}?)\s+(?:{is_a})\s+(?:\S+\s+){{0,3}}(?:{kind})\b"),
        ]
        .map(|p| pattern(&p))
    });
    let original = doc.original_of(posting.start, posting.end);
    // ASCII lower case keeps every byte where it was, so the lines split alike.
    let lower = original.to_ascii_lowercase();
    // Each line as written and in lower case; long lines are paragraphs: only their start can
    // name the employer.
    let lines: Vec<(&str, &str)> = original
        .lines()
        .zip(lower.lines())
        .map(|(l, low)| {
            let cut = l.floor_char_boundary(300);
            (&l[..cut], &low[..cut])
        })
        .collect();
    let first = |re: &Regex, pick: &dyn Fn(&str, &str) -> bool| {
        lines
            .iter()
            .filter(|(l, low)| pick(l, low))
            .find_map(|(l, _)| {
                re.captures(l)
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().trim().to_string())
                    .filter(|s| !s.is_empty())
            })
    };
    static VERBS: OnceLock<Vec<&str>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| organisation_words().tagged("recruits").collect());
    let recruits = |_: &str, lower: &str| verbs.iter().any(|verb| lower.contains(verb));
    first(label, &|l: &str, _: &str| l.contains(':'))
        .or_else(|| first(recruiting, &recruits))
        .or_else(|| first(acronym, &|l: &str, _: &str| l.trim_end().ends_with(')')))
        .or_else(|| first(describing, &|_: &str, _: &str| true))
        .filter(|org| !is_pronoun(org))
}

/// "This is a network…", "Wir sind…": a sentence about the job, not naming the employer.
fn is_pronoun(word: &str) -> bool {
    let word = word.to_lowercase();
    organisation_words().lists(&word, "pronoun")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filler(n: usize) -> String {
        "We work with cities on climate projects and support them every day.\n".repeat(n)
    }

    /// A line that continues a wrapped sentence, or the caption of a testimonial, is no title,
    /// so it opens no posting, in four languages.
    #[test]
    fn wrapped_lines_and_captions_open_no_posting() {
        for line in [
            "working groups, and expert groups, including support to the Chair",
            "avec le chargé de mission, y compris le soutien au Président",
            "samen met de projectleider, met inbegrip van steun aan de voorzitter",
            "mit dem Referenten, einschließlich der Unterstützung der Leiterin",
            "Jan Weymeirsch, Intern 2018",
            "Camille Martin, stagiaire 2019",
            "Sanne de Vries, Stagiair 2020",
            "Lena Schmidt, Mitarbeiterin 2021",
        ] {
            let text = format!(
                "Policy Officer\n{}Send your CV to jobs@example.org before 29 February 2024.\n{line}\n{}Apply to hr@example.org by 9 February 2024.\n",
                filler(14),
                filler(14)
            );
            let doc = Doc::new(&text);
            assert_eq!(split(&doc).len(), 1, "{line}");
        }
    }

    /// A page listing jobs, each closed by its own link line, gives one posting per job, in
    /// four languages; a posting with its apply link at the top and the bottom stays one.
    #[test]
    fn a_listing_gives_one_posting_per_entry() {
        let describe = "We are looking for a motivated person to join our team in Brussels and help our members.";
        for (link, titles) in [
            (
                "Apply here",
                ["Policy Officer", "Finance Assistant", "Events Coordinator"],
            ),
            (
                "Voir l'offre",
                [
                    "Chargé de mission",
                    "Gestionnaire financier",
                    "Stagiaire communication",
                ],
            ),
            (
                "Bekijk vacature",
                [
                    "Beleidsmedewerker",
                    "Financieel medewerker",
                    "Stagiair communicatie",
                ],
            ),
            (
                "Zum Stellenangebot",
                [
                    "Referentin (m/w/d)",
                    "Werkstudent:in Design (d/w/m)",
                    "Projektmanager:in (d/w/m)",
                ],
            ),
        ] {
            let mut text = String::from("Jobs\n\n");
            for title in titles {
                text.push_str(&format!("{title}\nFull-time\n{describe}\n{link}\n\n"));
            }
            text.push_str("We look forward to your application at jobs@example.org.\n");
            let doc = Doc::new(&text);
            let postings = split(&doc);
            let got: Vec<_> = postings.iter().map(|p| p.title(&doc)).collect();
            let want: Vec<_> = titles.iter().map(|t| Some(t.to_string())).collect();
            assert_eq!(got, want, "{link}");
            assert!(doc.folded[postings[2].start..postings[2].end].contains("jobs@example.org"));
        }
        for link in ["Apply now", "Postuler", "Solliciteer nu", "Jetzt bewerben"] {
            let text = format!(
                "Policy Officer\nBrussels, full-time\n{link}\n{}{link}\n",
                filler(20)
            );
            assert_eq!(split(&Doc::new(&text)).len(), 1, "{link}");
        }
    }

    #[test]
    fn two_vacancies_on_one_page_become_two_postings() {
        let text = format!(
            "Project Officer, Twinning\n{}Send your CV to jobs@example.org before 29 February 2024.\n\nFinance Assistant\n{}Apply to hr@example.org by 9 February 2024.\n",
            filler(14),
            filler(14)
        );
        let doc = Doc::new(&text);
        let postings = split(&doc);
        assert_eq!(postings.len(), 2);
        assert_eq!(
            postings[1].title(&doc).as_deref(),
            Some("Finance Assistant")
        );
        assert_eq!(
            postings[0].title(&doc).as_deref(),
            Some("Project Officer, Twinning")
        );
    }

    #[test]
    fn one_vacancy_with_a_title_like_line_stays_one() {
        let text = format!(
            "Chargé de projet (h/f)\n{}\nLe chargé de projet\n{}",
            filler(14),
            filler(14)
        );
        let doc = Doc::new(&text);
        assert_eq!(split(&doc).len(), 1);
    }

    #[test]
    fn fields_questions_and_list_items_are_not_titles() {
        let cases = [
            (
                "Start date: 01 January 2026\nDo you want to join us?\nWe offer:\n- a team",
                None,
            ),
            (
                "Date de début : 1er mars\nChargée de mission (h/f)\nLieu : Liège",
                Some("Chargée de mission (h/f)"),
            ),
            (
                "Standort: Bonn\nWillst du mitmachen?\nReferentin Klimaschutz",
                Some("Referentin Klimaschutz"),
            ),
            (
                "Locatie: Gent\n* flexibele uren\nBeleidsmedewerker",
                Some("Beleidsmedewerker"),
            ),
        ];
        for (text, want) in cases {
            let doc = Doc::new(text);
            assert_eq!(split(&doc)[0].title(&doc).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn similar_jobs_lists_are_cut() {
        let cases = [
            "Beleidsmedewerker\nSolliciteer voor 1 mei 2025.\nVergelijkbare vacatures\nJunior medewerker",
            "Referent (m/w/d)\nBewerbung bis 1. Mai 2025.\nÄhnliche Jobs\nSachbearbeiter",
            "Project Assistant\nApply by 12 March 2026.\nSimilar Jobs",
            "Chargée de mission\nDate limite : 1 mai 2025\nOffres similaires\nStagiaire",
        ];
        for text in cases {
            let doc = Doc::new(text);
            let postings = split(&doc);
            assert_eq!(postings.len(), 1, "{text}");
            let kept = &doc.folded[postings[0].start..postings[0].end];
            assert_eq!(kept.lines().count(), 2, "{text}: kept {kept:?}");
        }
    }

    /// A posting with a title line, a deadline and enough text to count as a page's posting.
    fn page(title: &str, apply: &str) -> String {
        let body =
            "The team works on policy, projects and communication with partners. ".repeat(14);
        format!("{title}\n{body}\n{apply}\n")
    }

    #[test]
    fn a_listing_ends_a_posting_not_the_paste() {
        let rows = [
            (
                "Policy Officer",
                "Apply by 12 March 2026 to jobs@example.org.",
                "Similar Jobs",
                "Project Officer",
                "Apply by 20 March 2026 to hr@example.org.",
            ),
            (
                "Chargé de projet",
                "Postulez avant le 12 mars 2026 : rh@exemple.be",
                "Offres similaires",
                "Chargée de mission",
                "Postulez avant le 20 mars 2026 : rh@exemple.be",
            ),
            (
                "Beleidsmedewerker",
                "Solliciteer voor 12 maart 2026 via hr@voorbeeld.nl",
                "Vergelijkbare vacatures",
                "Projectmedewerker",
                "Solliciteer voor 20 maart 2026 via hr@voorbeeld.nl",
            ),
            (
                "Referent (m/w/d)",
                "Bewerbung bis 12. März 2026 an personal@beispiel.de",
                "Ähnliche Jobs",
                "Sachbearbeiter (m/w/d)",
                "Bewerbung bis 20. März 2026 an personal@beispiel.de",
            ),
        ];
        for (title, apply, noise, next_title, next_apply) in rows {
            let listing = "Junior Officer\nBrussels\nAssistant\nLuxembourg\n";
            let text = format!(
                "{}{noise}\n{listing}{}{noise}\n{listing}",
                page(title, apply),
                page(next_title, next_apply)
            );
            let doc = Doc::new(&text);
            let postings = split(&doc);
            let titles: Vec<_> = postings.iter().map(|p| p.title(&doc)).collect();
            assert_eq!(
                titles,
                [Some(title.to_string()), Some(next_title.to_string())],
                "{noise}"
            );
            // The listings are in neither posting.
            for p in &postings {
                assert!(
                    !doc.folded[p.start..p.end].contains("junior officer"),
                    "{noise}"
                );
            }
        }
    }

    #[test]
    fn blank_text_has_no_posting() {
        assert!(split(&Doc::new(" \n\t ")).is_empty());
    }

    #[test]
    fn organisation_from_recruiting_sentence_and_acronym_line() {
        let doc = Doc::new(
            "Eurocities, the network of major European cities, is recruiting a coordinator.",
        );
        let p = split(&doc)[0];
        assert_eq!(organisation(&doc, &p).as_deref(), Some("Eurocities"));
        let doc =
            Doc::new("Project Assistant\nInternational Organization For Migration (IOM)\nText");
        let p = split(&doc)[0];
        assert_eq!(
            organisation(&doc, &p).as_deref(),
            Some("International Organization For Migration (IOM)")
        );
        // The words are matched in any case: headings are often in capitals.
        for (text, want) in [
            (
                "LE CPAS DE CHASTRE RECRUTE\nUn directeur général",
                Some("LE CPAS DE CHASTRE"),
            ),
            ("De Stad Gent ZOEKT een jurist", Some("De Stad Gent")),
            (
                "ORGANISATION: Example Network\nText",
                Some("Example Network"),
            ),
            ("Arbeitgeber: Stadt Bonn\nText", Some("Stadt Bonn")),
            ("Dit is een vacature.\nHet zoekt niemand", None),
        ] {
            let doc = Doc::new(text);
            let p = split(&doc)[0];
            assert_eq!(organisation(&doc, &p).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn organisation_from_a_sentence_describing_it_in_four_languages() {
        let cases = [
            ("Office Manager\nICLEI – Local Governments for Sustainability is a global network working with cities.", Some("ICLEI – Local Governments for Sustainability")),
            ("Chargé de projets\nASTI asbl est une association active depuis 1979.", Some("ASTI asbl")),
            ("Jurist\nDe Raad voor Vreemdelingenbetwistingen is een onafhankelijke organisatie.", Some("De Raad voor Vreemdelingenbetwistingen")),
            ("Assistant\nThis is a global network of cities.", None),
            ("Referentin\nDer Deutsche Städtetag ist ein kommunaler Spitzenverband.", None),
            ("Referentin\nGermanwatch ist eine unabhängige Organisation für Klimaschutz.", Some("Germanwatch")),
            ("Assistant\nThis is a great opportunity for a network person.", None),
        ];
        for (text, want) in cases {
            let doc = Doc::new(text);
            let p = split(&doc)[0];
            assert_eq!(organisation(&doc, &p).as_deref(), want, "{text}");
        }
    }
}
