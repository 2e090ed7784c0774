//! Cue-word lists kept as data (`src/analysis/data/*.lex`) and found in one pass.
//!
//! File format: `[tag]` starts a group; every other non-empty line is a lower-case phrase of that
//! group; `#` starts a comment. A phrase ending in `*` also matches longer words
//! (`interview*` finds "interviews"). Phrases match on word boundaries of the folded text: at
//! each place a word may begin, a list's longest phrase that also ends on a word boundary there,
//! unless that place is inside the list's previous phrase (leftmost-longest, word by word).
//!
//! The extractors ask thousands of questions per posting ("any asset cue in this clause?"), and
//! rescanning each clause would read the text many times over. So a document is scanned once,
//! when its [`Doc`](super::text::Doc) is made, for every built-in list ([`Words`]) at once — one
//! walk of a trie of all their phrases from each word start ([`super::trie`]) — into
//! [`Scans`]; [`Scans::of`] then answers every question about a range of that document from
//! the hits kept. Other texts (the profile's, a single word) are asked through
//! [`Lexicon::find`] and friends, which scan the text given.

use std::sync::OnceLock;

use super::pattern::escape;
use super::trie::Trie;
use super::{Cue, Evidence};
use crate::order::sort_by_key;

/// A phrase found in the document under analysis: its pattern and byte range.
#[derive(Debug, Clone, Copy)]
struct Found {
    pattern: usize,
    start: usize,
    end: usize,
}

/// Every built-in list's phrases in one document, by [`Words`], in text order.
pub struct Scans {
    builtin: Vec<Vec<Found>>,
}

impl Scans {
    /// Scans a folded document for every built-in list in one walk.
    pub fn new(folded: &str) -> Scans {
        let (trie, lists) = all_words();
        Scans {
            builtin: scan_lists(trie, lists, folded, 0, folded.len()),
        }
    }

    /// One list's answers about ranges of the scanned document `folded`.
    pub fn of<'d>(&'d self, words: Words, folded: &'d str) -> Scanned<'d> {
        Scanned {
            lexicon: words.lexicon(),
            found: &self.builtin[words as usize],
            folded,
        }
    }
}

/// One built-in list's phrases in a scanned document, asked about ranges of it (byte offsets of
/// the folded text; rough ranges are narrowed to char boundaries).
#[derive(Clone, Copy)]
pub struct Scanned<'d> {
    lexicon: &'static Lexicon,
    found: &'d [Found],
    folded: &'d str,
}

impl<'d> Scanned<'d> {
    /// The phrases inside `from..to`, left to right; a phrase of several groups gives one hit
    /// per group, with the same range.
    pub fn find_in(self, from: usize, to: usize) -> Vec<Hit<'static>> {
        let lexicon = self.lexicon;
        self.found_in(from, to)
            .flat_map(|f| lexicon.hits(f))
            .collect()
    }

    /// The tags of the phrases inside a range.
    pub fn tags_in(self, from: usize, to: usize) -> Vec<&'static str> {
        let lexicon = self.lexicon;
        self.found_in(from, to)
            .flat_map(|f| lexicon.hits(f).map(|h| h.tag))
            .collect()
    }

    /// Whether any phrase of `tag` occurs inside a range.
    pub fn has(self, from: usize, to: usize, tag: &str) -> bool {
        self.found_in(from, to).any(|f| self.lexicon.is(f, tag))
    }

    fn found_in(self, from: usize, to: usize) -> impl Iterator<Item = Found> + 'd {
        let (from, to) = char_range(self.folded, from, to);
        within(self.found, from, to)
    }
}

/// A rough byte range narrowed to char boundaries of `text`.
fn char_range(text: &str, from: usize, to: usize) -> (usize, usize) {
    let to = text.floor_char_boundary(to.min(text.len()));
    (text.ceil_char_boundary(from.min(to)), to)
}

/// The phrases of `found` (in text order) that lie inside `from..to`.
fn within(found: &[Found], from: usize, to: usize) -> impl Iterator<Item = Found> + '_ {
    let first = found.partition_point(|f| f.start < from);
    found[first..]
        .iter()
        .copied()
        .take_while(move |f| f.start < to)
        .filter(move |f| f.end <= to)
}

/// One found phrase: its group tag and byte range in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'l> {
    pub tag: &'l str,
    pub start: usize,
    pub end: usize,
}

/// The analysis' built-in word lists (`src/analysis/data/*.lex`); each extractor asks for its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Application,
    Conditions,
    Dates,
    Eligibility,
    Fields,
    LanguageId,
    Languages,
    Places,
    Postings,
    Requirement,
    Requirements,
    Sections,
}

impl Words {
    pub const ALL: [Words; 12] = [
        Words::Application,
        Words::Conditions,
        Words::Dates,
        Words::Eligibility,
        Words::Fields,
        Words::LanguageId,
        Words::Languages,
        Words::Places,
        Words::Postings,
        Words::Requirement,
        Words::Requirements,
        Words::Sections,
    ];

    /// The list's file name without `.lex`, as reasons name it.
    pub fn name(self) -> &'static str {
        match self {
            Words::Application => "application",
            Words::Conditions => "conditions",
            Words::Dates => "dates",
            Words::Eligibility => "eligibility",
            Words::Fields => "fields",
            Words::LanguageId => "language_id",
            Words::Languages => "languages",
            Words::Places => "places",
            Words::Postings => "postings",
            Words::Requirement => "requirement",
            Words::Requirements => "requirements",
            Words::Sections => "sections",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Words::Application => include_str!(concat!(env!("OUT_DIR"), "/data/application.lex")),
            Words::Conditions => include_str!(concat!(env!("OUT_DIR"), "/data/conditions.lex")),
            Words::Dates => include_str!(concat!(env!("OUT_DIR"), "/data/dates.lex")),
            Words::Eligibility => include_str!(concat!(env!("OUT_DIR"), "/data/eligibility.lex")),
            Words::Fields => include_str!(concat!(env!("OUT_DIR"), "/data/fields.lex")),
            Words::LanguageId => include_str!(concat!(env!("OUT_DIR"), "/data/language_id.lex")),
            Words::Languages => include_str!(concat!(env!("OUT_DIR"), "/data/languages.lex")),
            Words::Places => include_str!(concat!(env!("OUT_DIR"), "/data/places.lex")),
            Words::Postings => include_str!(concat!(env!("OUT_DIR"), "/data/postings.lex")),
            Words::Requirement => include_str!(concat!(env!("OUT_DIR"), "/data/requirement.lex")),
            Words::Requirements => include_str!(concat!(env!("OUT_DIR"), "/data/requirements.lex")),
            Words::Sections => include_str!(concat!(env!("OUT_DIR"), "/data/sections.lex")),
        }
    }

    /// The words of this list found as `tag`, as a reason names them (`requirement/asset`).
    pub fn cue(self, tag: &str, evidence: Evidence) -> Cue {
        Cue {
            tag: format!("{}/{tag}", self.name()),
            evidence,
        }
    }

    /// The list, parsed on first use.
    pub fn lexicon(self) -> &'static Lexicon {
        static LISTS: [OnceLock<Lexicon>; Words::ALL.len()] =
            [const { OnceLock::new() }; Words::ALL.len()];
        LISTS[self as usize].get_or_init(|| Lexicon::parse(self.source()))
    }
}

/// Word lists that only build patterns (month-like words, units, prepositions): parsed on first
/// use like [`Words`], but never part of a document's scan, so that common words in them cost
/// nothing per paste.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternWords {
    Abbreviations,
    Amounts,
    DatePatterns,
    Durations,
    ListWords,
    Organisation,
}

impl PatternWords {
    pub const ALL: [PatternWords; 6] = [
        PatternWords::Abbreviations,
        PatternWords::Amounts,
        PatternWords::DatePatterns,
        PatternWords::Durations,
        PatternWords::ListWords,
        PatternWords::Organisation,
    ];

    fn source(self) -> &'static str {
        match self {
            PatternWords::Abbreviations => {
                include_str!(concat!(env!("OUT_DIR"), "/data/abbreviations.lex"))
            }
            PatternWords::Amounts => include_str!(concat!(env!("OUT_DIR"), "/data/amounts.lex")),
            PatternWords::DatePatterns => {
                include_str!(concat!(env!("OUT_DIR"), "/data/date_patterns.lex"))
            }
            PatternWords::Durations => {
                include_str!(concat!(env!("OUT_DIR"), "/data/durations.lex"))
            }
            PatternWords::ListWords => {
                include_str!(concat!(env!("OUT_DIR"), "/data/list_words.lex"))
            }
            PatternWords::Organisation => {
                include_str!(concat!(env!("OUT_DIR"), "/data/organisation.lex"))
            }
        }
    }

    /// The list, parsed on first use.
    pub fn lexicon(self) -> &'static Lexicon {
        static LISTS: [OnceLock<Lexicon>; PatternWords::ALL.len()] =
            [const { OnceLock::new() }; PatternWords::ALL.len()];
        LISTS[self as usize].get_or_init(|| Lexicon::parse(self.source()))
    }
}

/// What a phrase in a trie stands for: which of the scanned lists, and its pattern there.
type Owner = (u16, u32);

/// Every built-in list's phrases in one trie.
fn all_words() -> &'static (Trie<Owner>, Vec<&'static Lexicon>) {
    static ALL: OnceLock<(Trie<Owner>, Vec<&'static Lexicon>)> = OnceLock::new();
    ALL.get_or_init(|| {
        let lists: Vec<&'static Lexicon> = Words::ALL.iter().map(|w| w.lexicon()).collect();
        let trie = Trie::new(lists.iter().enumerate().flat_map(|(list, lexicon)| {
            lexicon
                .phrases
                .iter()
                .enumerate()
                .map(move |(pattern, phrase)| (phrase.as_str(), (list as u16, pattern as u32)))
        }));
        (trie, lists)
    })
}

/// Each list's phrases in `folded[from..to]` (char boundaries), from one walk of `trie` at each
/// place a word may begin: there, each list's longest phrase that stands on word bounds (a stem
/// extended to the end of its word), unless the place is inside that list's previous phrase.
fn scan_lists(
    trie: &Trie<Owner>,
    lists: &[&Lexicon],
    folded: &str,
    from: usize,
    to: usize,
) -> Vec<Vec<Found>> {
    let bytes = folded.as_bytes();
    let mut found = vec![Vec::new(); lists.len()];
    let mut free_from = vec![from; lists.len()];
    let mut longest: Vec<Option<Found>> = vec![None; lists.len()];
    let mut here: Vec<usize> = Vec::new();
    // Whether the char before `start` is part of a word, carried along rather than decoded
    // again at each byte.
    let mut in_word = !may_begin_word(folded, from);
    for start in from..to {
        let byte = bytes[start];
        let begins = !in_word;
        if !is_continuation(byte) {
            in_word = !may_end_word(folded, start);
        }
        // A phrase's first byte is never inside a char, so `start` is a char boundary here.
        if !begins || !trie.may_start(byte) {
            continue;
        }
        trie.walk(bytes, start, to, |(list, pattern), end| {
            let list = list as usize;
            if start < free_from[list] {
                return;
            }
            let candidate = Found {
                pattern: pattern as usize,
                start,
                end,
            };
            if let Some(accepted) = lists[list].accept(folded, candidate, to) {
                if longest[list].replace(accepted).is_none() {
                    here.push(list);
                }
            }
        });
        for list in here.drain(..) {
            if let Some(f) = longest[list].take() {
                free_from[list] = f.end;
                found[list].push(f);
            }
        }
    }
    found
}

/// Whether a byte is inside a UTF-8 char rather than its first.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// Whether the char at byte `at` leaves a word ending there.
fn may_end_word(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// Whether the char before byte `at` leaves room for a word to begin there.
fn may_begin_word(text: &str, at: usize) -> bool {
    match text.as_bytes()[..at].last() {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

pub struct Lexicon {
    /// This list's phrases alone, built on the first scan of a text of its own (a document's
    /// hits come from the walk of all lists at once).
    trie: OnceLock<Trie<Owner>>,
    /// For each distinct phrase: its group tags, and whether it may be followed by more letters.
    patterns: Vec<(Vec<String>, bool)>,
    phrases: Vec<String>,
}

impl Lexicon {
    /// Parses a lexicon file. Panics on a malformed built-in file, which the tests load.
    pub fn parse(source: &str) -> Lexicon {
        let mut tag = String::new();
        let mut phrases = Vec::new();
        let mut patterns = Vec::new();
        for line in source.lines() {
            let line = line.split(" #").next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                // Tags are identifiers; some become names by upper-casing one ASCII letter.
                assert!(name.is_ascii(), "lexicon tag not ASCII: {name}");
                tag = name.to_string();
                continue;
            }
            assert!(!tag.is_empty(), "lexicon phrase before any [tag]: {line}");
            let (phrase, stem) = match line.strip_suffix('*') {
                Some(p) => (p, true),
                None => (line, false),
            };
            // A phrase in several groups ("written": a competence and a skill) gets every tag.
            match phrases.iter().position(|p| p == phrase) {
                Some(i) => {
                    let (tags, stems): &mut (Vec<String>, bool) = &mut patterns[i];
                    // Listed twice in one group, a phrase is still one hit.
                    if !tags.contains(&tag) {
                        tags.push(tag.clone());
                    }
                    *stems |= stem;
                }
                None => {
                    phrases.push(phrase.to_string());
                    patterns.push((vec![tag.clone()], stem));
                }
            }
        }
        Lexicon {
            trie: OnceLock::new(),
            patterns,
            phrases,
        }
    }

    /// Every (tag, phrase) of the file, for extractors that build a pattern from a word list.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.patterns
            .iter()
            .zip(&self.phrases)
            .flat_map(|((tags, _), phrase)| {
                tags.iter().map(move |tag| (tag.as_str(), phrase.as_str()))
            })
    }

    /// Every phrase in a text of its own (a word, a label, a profile's entry), left to right,
    /// not overlapping; a phrase of several groups gives one hit per group, with the same range.
    /// Ranges of an analysed document are asked through its [`Scans`].
    pub fn find<'l>(&'l self, text: &str) -> Vec<Hit<'l>> {
        self.find_in(text, 0, text.len())
    }

    /// Phrases inside `text[from..to]` (narrowed to char boundaries), offsets relative to the
    /// whole text.
    pub fn find_in<'l>(&'l self, text: &str, from: usize, to: usize) -> Vec<Hit<'l>> {
        let (from, to) = char_range(text, from, to);
        self.scan(text, from, to)
            .into_iter()
            .flat_map(|f| self.hits(f))
            .collect()
    }

    /// The tags a phrase of the list is listed under (none when it is not a phrase of it).
    pub fn tags_of(&self, phrase: &str) -> &[String] {
        self.phrases
            .iter()
            .position(|p| p == phrase)
            .map_or(&[], |i| &self.patterns[i].0)
    }

    /// What follows `prefix` in the first of a phrase's tags that begins with it:
    /// `tag_after("€", "currency.")` is `EUR`.
    pub fn tag_after<'l>(&'l self, phrase: &str, prefix: &str) -> Option<&'l str> {
        self.tags_of(phrase)
            .iter()
            .find_map(|tag| tag.strip_prefix(prefix))
    }

    /// Whether a phrase is listed under `tag`.
    pub fn lists(&self, phrase: &str, tag: &str) -> bool {
        self.tags_of(phrase).iter().any(|t| t == tag)
    }

    /// The phrases of every tag that begins with `prefix`, in the file's order.
    pub fn tagged<'l>(&'l self, prefix: &'l str) -> impl Iterator<Item = &'l str> {
        self.entries()
            .filter(move |(tag, _)| tag.starts_with(prefix))
            .map(|(_, phrase)| phrase)
    }

    /// The phrases of every tag that begins with `prefix` as a regex alternation, longest first
    /// (leftmost-first matching would otherwise take "an" out of "années").
    pub fn alternation(&self, prefix: &str) -> String {
        let mut phrases: Vec<&str> = self.tagged(prefix).collect();
        sort_by_key(&mut phrases, |p| std::cmp::Reverse(p.len()));
        let escaped: Vec<String> = phrases.iter().map(|p| escape(p)).collect();
        escaped.join("|")
    }

    /// The tags of the phrases in a text of its own.
    pub fn tags_in<'l>(&'l self, text: &str) -> Vec<&'l str> {
        self.find(text).into_iter().map(|h| h.tag).collect()
    }

    /// One hit per tag of a found phrase.
    fn hits(&self, f: Found) -> impl Iterator<Item = Hit<'_>> {
        self.patterns[f.pattern].0.iter().map(move |tag| Hit {
            tag: tag.as_str(),
            start: f.start,
            end: f.end,
        })
    }

    /// Whether a found phrase belongs to the group `tag`.
    fn is(&self, f: Found, tag: &str) -> bool {
        self.patterns[f.pattern].0.iter().any(|t| t == tag)
    }

    /// This list's phrases in `folded[from..to]` (char boundaries).
    fn scan(&self, folded: &str, from: usize, to: usize) -> Vec<Found> {
        let trie = self.trie.get_or_init(|| {
            Trie::new(
                self.phrases
                    .iter()
                    .enumerate()
                    .map(|(pattern, phrase)| (phrase.as_str(), (0, pattern as u32))),
            )
        });
        let mut found = scan_lists(trie, &[self], folded, from, to);
        found.pop().unwrap_or_default()
    }

    /// A matched phrase as a hit: a stem extended to the end of its word (not past `to`), kept
    /// when it stands on word bounds.
    fn accept(&self, folded: &str, mut found: Found, to: usize) -> Option<Found> {
        if self.patterns[found.pattern].1 {
            found.end += folded[found.end..to]
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(to - found.end, |(i, _)| i);
        }
        // The walk starts phrases only where a word may begin. An elided word ends at its
        // apostrophe, glued to the next ("d'octobre", "l'anglais").
        (may_end_word(folded, found.end) || folded[..found.end].ends_with('\'')).then_some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists ship without their comments (build.rs); they must read exactly as written.
    #[test]
    fn the_shipped_lists_read_as_the_lists_written() {
        let written = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis/data");
        let shipped = std::path::Path::new(env!("OUT_DIR")).join("data");
        let mut files = 0;
        for entry in std::fs::read_dir(&written).unwrap().flatten() {
            let raw = std::fs::read_to_string(entry.path()).unwrap();
            let bare = std::fs::read_to_string(shipped.join(entry.file_name())).unwrap();
            let (a, b) = (Lexicon::parse(&raw), Lexicon::parse(&bare));
            let name = entry.file_name();
            assert!(
                a.entries().eq(b.entries()),
                "{name:?} reads otherwise once shipped"
            );
            assert!(bare.len() <= raw.len() && !bare.contains('#'), "{name:?}");
            files += 1;
        }
        assert!(files >= 18, "{files} lists");
    }

    #[test]
    fn a_phrase_listed_twice_in_one_group_is_one_hit() {
        let lex = Lexicon::parse("[lang.fr]\nfranstalig\nfranstalig\n[competence]\nfranstalig\n");
        let tags: Vec<_> = lex.find("franstalig").iter().map(|h| h.tag).collect();
        assert_eq!(tags, ["lang.fr", "competence"]);
    }

    #[test]
    fn finds_phrases_on_word_bounds_with_stems() {
        let lex = Lexicon::parse("[interview]\ninterview*\n# c\n[deadline]\nclosing date\ndate limite # fr\n[label]\nclosing date\n");
        let text = "interviews follow the closing date; no date limited";
        let hits = lex.find(text);
        let tags: Vec<_> = hits
            .iter()
            .map(|h| (h.tag, &text[h.start..h.end]))
            .collect();
        assert_eq!(
            tags,
            vec![
                ("interview", "interviews"),
                ("deadline", "closing date"),
                ("label", "closing date")
            ]
        );
    }

    /// Found by proptest: a salary window 40 bytes back from an amount began inside '𖾝'.
    #[test]
    fn rough_ranges_are_narrowed_to_char_boundaries() {
        let lex = Lexicon::parse("[per]\nper annum\n");
        let text = "m\u{16f9d}/ eur 42.012 per annum";
        for from in 0..6 {
            assert_eq!(
                lex.find_in(text, from, text.len() + 3).len(),
                1,
                "from {from}"
            );
        }
    }

    #[test]
    fn word_bounds() {
        for (text, at, begins, ends) in [
            ("in french.", 3, true, false),
            ("in french.", 9, false, true),
            ("frenchman", 6, false, false),
            ("2026march", 4, false, false),
            ("é-mail", 2, false, true),
            ("é-mail", 3, true, false),
            ("caféx", 5, false, false),
            ("", 0, true, true),
        ] {
            assert_eq!(may_begin_word(text, at), begins, "{text} {at}");
            assert_eq!(may_end_word(text, at), ends, "{text} {at}");
        }
    }

    /// Matching goes word by word: a list's longest phrase that stands on word bounds at a word
    /// start, so a longer phrase running into a longer word, or one starting inside a word, hides
    /// nothing.
    #[test]
    fn each_word_start_takes_its_longest_bounded_phrase() {
        let lex =
            Lexicon::parse("[eu]\neu\neu citizen\n[form]\nde candidature\ncandidature\nform*\n");
        for (text, want) in [
            ("eu citizenship", vec![("eu", "eu")]),
            (
                "eu citizen, forms",
                vec![("eu", "eu citizen"), ("form", "forms")],
            ),
            ("mode candidature", vec![("form", "candidature")]),
            ("un acte de candidature", vec![("form", "de candidature")]),
            ("uniform platform", vec![]),
        ] {
            let hits: Vec<_> = lex
                .find(text)
                .iter()
                .map(|h| (h.tag, &text[h.start..h.end]))
                .collect();
            assert_eq!(hits, want, "{text}");
        }
    }

    /// The one walk for all built-in lists answers every range of a document on word bounds
    /// (the whole text, each line, each sentence, a few bytes around each hit) exactly as each
    /// list's own scan of that range answers, and `has`/`tags_in` agree with `find_in`.
    #[test]
    fn a_documents_scans_answer_ranges_as_each_list_alone() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect();
        assert!(texts.len() >= 18);
        texts.push(
            "EU citizenship; mode candidature. Deadline: 3 March.\n\n  Profile:\nde\u{301}lai"
                .into(),
        );
        for original in &texts {
            let doc = super::super::text::Doc::new(original);
            let folded = doc.folded.as_str();
            let mut ranges = vec![(0, folded.len())];
            let mut at = 0;
            for line in folded.split('\n') {
                ranges.push((at, at + line.len()));
                at += line.len() + 1;
            }
            let sentence_starts = folded.match_indices(". ").map(|(i, _)| i + 2);
            ranges.extend(sentence_starts.map(|s| super::super::text::sentence_around(folded, s)));
            for words in Words::ALL {
                let lex = words.lexicon();
                let scanned = doc.words(words);
                for &(from, to) in &ranges {
                    let alone = lex.find_in(folded, from, to);
                    assert_eq!(scanned.find_in(from, to), alone, "{words:?} {from}..{to}");
                    let tags: Vec<&str> = alone.iter().map(|h| h.tag).collect();
                    assert_eq!(scanned.tags_in(from, to), tags);
                    if let Some(h) = alone.first() {
                        assert!(scanned.has(from, to, h.tag));
                        assert!(!scanned.has(h.start, h.start, h.tag));
                    }
                }
            }
        }
    }
}
