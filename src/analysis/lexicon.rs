//! Cue-word lists kept as data (`src/analysis/data/*.lex`) and found in one pass.
//!
//! File format: `[tag]` starts a group; every other non-empty line is a lower-case phrase of that
//! group; `#` starts a comment. A phrase ending in `*` also matches longer words
//! (`interview*` finds "interviews"). Phrases match on word boundaries of the folded text.
//!
//! The extractors ask thousands of questions per posting ("any asset cue in this clause?").
//! Rescanning each clause read the text about ten times over; instead, while [`with_document`]
//! runs, each lexicon scans the whole document once, on its first question, and answers every
//! question about a range of that document from the hits it keeps.

use std::cell::RefCell;
use std::rc::Rc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::text::is_word_bounded;

/// A phrase found in the document under analysis: its pattern and byte range.
#[derive(Debug, Clone, Copy)]
struct Found {
    pattern: usize,
    start: usize,
    end: usize,
}

/// The document under analysis, named by address and length: it is borrowed and unchanged for
/// as long as [`with_document`] runs, so the address identifies its text. Each lexicon's hits
/// in it, keyed by the lexicon's address.
struct DocumentScans {
    text: (usize, usize),
    scans: Vec<(usize, Rc<[Found]>)>,
}

thread_local! {
    static DOCUMENT: RefCell<Option<DocumentScans>> = const { RefCell::new(None) };
}

/// Runs `f` with `folded` as the document whose ranges the lexicons are asked about; the hits
/// are dropped when it returns (or unwinds).
pub fn with_document<R>(folded: &str, f: impl FnOnce() -> R) -> R {
    struct Reset(Option<DocumentScans>);
    impl Drop for Reset {
        fn drop(&mut self) {
            let previous = self.0.take();
            DOCUMENT.with(|d| *d.borrow_mut() = previous);
        }
    }
    let scans = DocumentScans {
        text: (folded.as_ptr() as usize, folded.len()),
        scans: Vec::new(),
    };
    let _reset = Reset(DOCUMENT.with(|d| d.borrow_mut().replace(scans)));
    f()
}

/// One found phrase: its group tag and byte range in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'l> {
    pub tag: &'l str,
    pub start: usize,
    pub end: usize,
}

pub struct Lexicon {
    matcher: AhoCorasick,
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
                    tags.push(tag.clone());
                    *stems |= stem;
                }
                None => {
                    phrases.push(phrase.to_string());
                    patterns.push((vec![tag.clone()], stem));
                }
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .expect("lexicon phrases build an automaton");
        Lexicon {
            matcher,
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

    /// Every phrase in `folded`, left to right, not overlapping; a phrase of several groups
    /// gives one hit per group, with the same range.
    pub fn find<'l>(&'l self, folded: &str) -> Vec<Hit<'l>> {
        self.find_in(folded, 0, folded.len())
    }

    /// Phrases inside `folded[from..to]`, offsets relative to the whole text. The range may be
    /// rough (a window of N bytes around a match): it is narrowed to char boundaries.
    pub fn find_in<'l>(&'l self, folded: &str, from: usize, to: usize) -> Vec<Hit<'l>> {
        let to = folded.floor_char_boundary(to.min(folded.len()));
        let from = folded.ceil_char_boundary(from.min(to));
        match self.document_scan(folded) {
            Some(found) => {
                let first = found.partition_point(|f| f.start < from);
                self.hits(
                    found[first..]
                        .iter()
                        .take_while(|f| f.start < to)
                        .filter(|f| f.end <= to)
                        .copied(),
                )
            }
            None => self.hits(self.scan(folded, from, to)),
        }
    }

    /// One hit per tag of each found phrase.
    fn hits<'l>(&'l self, found: impl Iterator<Item = Found>) -> Vec<Hit<'l>> {
        found
            .flat_map(|f| {
                self.patterns[f.pattern].0.iter().map(move |tag| Hit {
                    tag: tag.as_str(),
                    start: f.start,
                    end: f.end,
                })
            })
            .collect()
    }

    /// The phrases in `folded[from..to]` (char boundaries), stems extended, on word bounds.
    fn scan<'t>(
        &'t self,
        folded: &'t str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = Found> + 't {
        self.matcher
            .find_iter(&folded[from..to])
            .filter_map(move |m| {
                let pattern = m.pattern().as_usize();
                let (start, mut end) = (from + m.start(), from + m.end());
                if self.patterns[pattern].1 {
                    end += folded[end..to]
                        .char_indices()
                        .find(|(_, c)| !c.is_alphanumeric())
                        .map_or(to - end, |(i, _)| i);
                }
                is_word_bounded(folded, start, end).then_some(Found {
                    pattern,
                    start,
                    end,
                })
            })
    }

    /// This lexicon's hits in all of `folded` when it is the document under analysis (scanned
    /// on the first question), else `None`.
    fn document_scan(&self, folded: &str) -> Option<Rc<[Found]>> {
        DOCUMENT.with(|d| {
            let mut d = d.borrow_mut();
            let document = d.as_mut()?;
            if document.text != (folded.as_ptr() as usize, folded.len()) {
                return None;
            }
            let key = self as *const Lexicon as usize;
            if let Some((_, found)) = document.scans.iter().find(|(k, _)| *k == key) {
                return Some(found.clone());
            }
            let found: Rc<[Found]> = self.scan(folded, 0, folded.len()).collect();
            document.scans.push((key, found.clone()));
            Some(found)
        })
    }

    /// The tags of the phrases inside a range.
    pub fn tags_in<'l>(&'l self, folded: &str, from: usize, to: usize) -> Vec<&'l str> {
        self.find_in(folded, from, to)
            .into_iter()
            .map(|h| h.tag)
            .collect()
    }

    /// Whether any phrase of `tag` occurs inside a range.
    pub fn has(&self, folded: &str, from: usize, to: usize, tag: &str) -> bool {
        self.find_in(folded, from, to).iter().any(|h| h.tag == tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// The document scan must answer every range as scanning that range would, for ranges on
    /// word bounds, and must not answer for another text (nor after its scope).
    #[test]
    fn a_document_scan_answers_ranges_as_a_rescan_would() {
        let lex = Lexicon::parse(
            "[deadline]\nclosing date\ndeadline\n[asset]\nan asset\n[interview]\ninterview*\n",
        );
        let text = "the deadline is the closing date. interviews follow; german is an asset.";
        let ranges = [
            (0, text.len()),
            (0, 33),
            (4, 12),
            (20, 40),
            (34, 44),
            (53, 72),
            (5, 5),
        ];
        let rescan: Vec<_> = ranges
            .iter()
            .map(|&(f, t)| lex.find_in(text, f, t))
            .collect();
        let other = text.to_string();
        let (scanned, elsewhere) = with_document(text, || {
            let scanned: Vec<_> = ranges
                .iter()
                .map(|&(f, t)| lex.find_in(text, f, t))
                .collect();
            (scanned, lex.find_in(&other[..33], 0, 33))
        });
        assert_eq!(scanned, rescan);
        assert_eq!(elsewhere, rescan[1]);
        assert_eq!(
            scanned[4].iter().map(|h| h.tag).collect::<Vec<_>>(),
            ["interview"]
        );
        assert_eq!(lex.find_in(text, 20, 40), rescan[3], "after the scope");
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
}
