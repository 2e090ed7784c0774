//! Cue-word lists kept as data (`src/analysis/data/*.lex`) and found in one pass.
//!
//! File format: `[tag]` starts a group; every other non-empty line is a lower-case phrase of that
//! group; `#` starts a comment. A phrase ending in `*` also matches longer words
//! (`interview*` finds "interviews"). Phrases match on word boundaries of the folded text.

use aho_corasick::{AhoCorasick, MatchKind};

use super::text::is_word_bounded;

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
        self.matcher
            .find_iter(&folded[from..to])
            .flat_map(|m| {
                let (tags, stem) = &self.patterns[m.pattern().as_usize()];
                let (start, mut end) = (from + m.start(), from + m.end());
                if *stem {
                    end += folded[end..to]
                        .char_indices()
                        .find(|(_, c)| !c.is_alphanumeric())
                        .map_or(to - end, |(i, _)| i);
                }
                let bounded = is_word_bounded(folded, start, end);
                tags.iter().filter(move |_| bounded).map(move |tag| Hit {
                    tag: tag.as_str(),
                    start,
                    end,
                })
            })
            .collect()
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
