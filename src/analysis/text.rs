//! The text every extractor reads: a normalised, lower-cased copy of the input that keeps one
//! char for every input char, so a match found in it maps back to the user's text exactly.
//!
//! Extractors search `folded` (NBSP, typographic quotes and dashes, control characters and case
//! folded away) and report byte ranges in it; [`Doc::evidence`] turns those into the public
//! char offsets and the exact input slice. Keeping the mapping here, at one boundary, is what
//! stops "highlight off by one after an emoji" bugs.

use std::sync::OnceLock;

use super::lexicon::{PatternWords, Scanned, Scans, Words};
use super::{Evidence, Span};
use crate::order::{sort_by, sort_by_key};

/// The input and its folded copy, with the table to move between them.
pub struct Doc<'a> {
    original: &'a str,
    /// Lower-cased, normalised text; one char per input char.
    pub folded: String,
    /// The offsets in both texts right after each char that is more than one byte in either,
    /// from the start: between two of them every char is one byte in both, so a position's
    /// offsets follow from the last one before it. Most of a posting is ASCII, so this is far
    /// smaller than a table of every char (8 bytes a char took 8 MB for a 1 MB paste).
    steps: Vec<Step>,
    /// The built-in word lists' phrases in `folded`, found once.
    scans: Scans,
    /// Where a sentence starts after ". ", "; ", "? " or "! " in `folded`, in order, found once:
    /// extractors ask for the sentence around thousands of positions of a long paste.
    sentence_breaks: Vec<u32>,
}

/// The same position in the folded text, in chars, and in the input.
#[derive(Debug, Clone, Copy)]
struct Step {
    folded: u32,
    char: u32,
    original: u32,
}

/// Maps one input char to the char the extractors see. Must return exactly one char.
fn fold_char(c: char) -> char {
    // Most of a posting is ASCII; only its control characters need the full table below.
    if c.is_ascii() && !c.is_ascii_control() {
        return match c {
            '`' => '\'',
            _ => c.to_ascii_lowercase(),
        };
    }
    match c {
        '\n' => '\n',
        // CRLF keeps one line break: the CR becomes a space at the end of the line.
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\t' | '\r' => {
            ' '
        }
        '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{2022}' | '\u{25cf}' | '\u{25aa}' | '\u{2023}' | '\u{b7}' | '\u{2043}' => '*',
        c if c.is_control() => ' ',
        // Zero-width and formatting characters would split words; a space keeps the count.
        '\u{200b}'..='\u{200f}' | '\u{feff}' | '\u{2060}' | '\u{202a}'..='\u{202e}' => ' ',
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        }
    }
}

impl<'a> Doc<'a> {
    pub fn new(original: &'a str) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut steps = vec![Step {
            folded: 0,
            char: 0,
            original: 0,
        }];
        for (char, (byte, c)) in original.char_indices().enumerate() {
            let f = fold_char(c);
            folded.push(f);
            if c.len_utf8() > 1 || f.len_utf8() > 1 {
                steps.push(Step {
                    folded: folded.len() as u32,
                    char: char as u32 + 1,
                    original: (byte + c.len_utf8()) as u32,
                });
            }
        }
        let scans = Scans::new(&folded);
        let sentence_breaks = sentence_breaks(&folded);
        Doc {
            original,
            folded,
            steps,
            scans,
            sentence_breaks,
        }
    }

    /// Byte range of the sentence around `at` in `folded`: bounded by line breaks, `. `, `; `,
    /// `? `, `! `, and at most [`MAX_SENTENCE_REACH`] bytes on either side.
    pub fn sentence_around(&self, at: usize) -> (usize, usize) {
        let text = &self.folded;
        let (line_start, line_end) = line_around(text, at);
        let low = text.floor_char_boundary(at.saturating_sub(MAX_SENTENCE_REACH).max(line_start));
        let high = text.ceil_char_boundary((at + MAX_SENTENCE_REACH).min(line_end));
        let breaks = &self.sentence_breaks;
        // The last break in low+1..=at, and the first in at+1..high.
        let after_at = breaks.partition_point(|&b| b as usize <= at);
        let start = breaks[..after_at]
            .last()
            .map(|&b| b as usize)
            .filter(|&b| b > low)
            .unwrap_or(low);
        let end = breaks
            .get(after_at)
            .map(|&b| b as usize)
            .filter(|&b| b < high)
            .map_or(high, |b| (b - 1).max(at));
        (start, end.min(line_end))
    }

    /// The distinct sentences around byte offsets, in text order: several cues often share one
    /// sentence, and each sentence needs reading only once.
    pub fn sentences_at(&self, offsets: impl IntoIterator<Item = usize>) -> Vec<(usize, usize)> {
        let mut sentences: Vec<(usize, usize)> = offsets
            .into_iter()
            .map(|at| self.sentence_around(at))
            .collect();
        sort_by_key(&mut sentences, |&s| s);
        sentences.dedup();
        sentences
    }

    /// A built-in word list's answers about ranges (byte offsets) of `folded`.
    pub fn words(&self, words: Words) -> Scanned<'_> {
        self.scans.of(words, &self.folded)
    }

    /// The last step at or before a position, by one of its coordinates (the first step is
    /// at 0 in all three, so there is one).
    fn step_before(&self, at: usize, coordinate: fn(&Step) -> u32) -> Step {
        let after = self.steps.partition_point(|s| coordinate(s) as usize <= at);
        self.steps[after - 1]
    }

    /// Char index of a byte offset in `folded` (which must be a char boundary).
    pub fn char_at(&self, folded_byte: usize) -> usize {
        let step = self.step_before(folded_byte, |s| s.folded);
        step.char as usize + (folded_byte - step.folded as usize)
    }

    /// Public span of a byte range in `folded`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.char_at(start), self.char_at(end))
            .expect("extractors pass byte ranges in order")
    }

    /// Evidence for a byte range of `folded`: char offsets and the exact input text.
    pub fn evidence(&self, start: usize, end: usize) -> Evidence {
        self.evidence_of(self.span(start, end))
    }

    pub fn evidence_of(&self, span: Span) -> Evidence {
        Evidence {
            start: span.start(),
            end: span.end(),
            text: self.original_slice(span).to_string(),
        }
    }

    /// The input text of a char span.
    pub fn original_slice(&self, span: Span) -> &'a str {
        let byte = |char: usize| {
            let step = self.step_before(char, |s| s.char);
            step.original as usize + (char - step.char as usize)
        };
        &self.original[byte(span.start())..byte(span.end())]
    }

    /// The input text behind a byte range of `folded`.
    pub fn original_of(&self, start: usize, end: usize) -> &'a str {
        self.original_slice(self.span(start, end))
    }
}

/// Longest stretch looked at on either side of a match. A pasted page may be one 5 MB line;
/// without this bound every match would scan all of it and the analysis would be quadratic.
const MAX_REACH: usize = 1500;

/// Byte range of the line around `at` (without its newline), at most [`MAX_REACH`] bytes on
/// either side of `at`.
pub fn line_around(text: &str, at: usize) -> (usize, usize) {
    let low = text.floor_char_boundary(at.saturating_sub(MAX_REACH));
    let high = text.ceil_char_boundary((at + MAX_REACH).min(text.len()));
    let start = text[low..at].rfind('\n').map_or(low, |i| low + i + 1);
    let end = text[at..high].find('\n').map_or(high, |i| at + i);
    (start, end)
}

/// The byte range `start..end` of `text` without the white space at either end (empty at its
/// end when it is all white space).
pub fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let from = start + slice.len() - slice.trim_start().len();
    (from, from + slice.trim().len())
}

/// Longest stretch a sentence may reach on either side of a match. A list run together on one
/// line has no sentence breaks; without this bound every cue in it would re-read kilobytes of
/// text, and the analysis would grow with the square of such a line.
const MAX_SENTENCE_REACH: usize = 500;

/// Every position of `text` where a sentence starts after ". ", "; ", "? " or "! " within its
/// line.
fn sentence_breaks(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut breaks = Vec::new();
    let mut line_start = 0;
    for i in 0..bytes.len() {
        if bytes[i] == b'\n' {
            line_start = i + 1;
        } else if i >= 2
            && bytes[i - 1] == b' '
            && matches!(bytes[i - 2], b'.' | b';' | b'?' | b'!')
            && is_sentence_break(&text[line_start..], i - line_start)
        {
            breaks.push(i as u32);
        }
    }
    breaks
}

/// Byte range of the sentence around `at`, found by walking the text (the reference that
/// [`Doc::sentence_around`]'s index must agree with).
#[cfg(test)]
pub fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let (line_start, line_end) = line_around(text, at);
    let low = text.floor_char_boundary(at.saturating_sub(MAX_SENTENCE_REACH).max(line_start));
    let high = text.ceil_char_boundary((at + MAX_SENTENCE_REACH).min(line_end));
    let line = &text[line_start..line_end];
    let (rel, low, high) = (at - line_start, low - line_start, high - line_start);
    // Walk outward from `at` to the nearest breaks, byte by byte: a break follows a space, so
    // most positions are ruled out by one comparison, where a search per space would read each
    // line again for every space in it.
    let bytes = line.as_bytes();
    let is_break = |i: usize| bytes[i - 1] == b' ' && is_sentence_break(line, i);
    let start = (low + 1..=rel).rev().find(|&i| is_break(i)).unwrap_or(low);
    let end = (rel + 1..high)
        .find(|&i| is_break(i))
        .map_or(high, |b| (b - 1).max(rel));
    (line_start + start, line_start + end.min(line.len()))
}

/// The distinct sentences around byte offsets, found by walking the text.
#[cfg(test)]
pub fn sentences_at(text: &str, offsets: impl IntoIterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut sentences: Vec<(usize, usize)> = offsets
        .into_iter()
        .map(|at| sentence_around(text, at))
        .collect();
    sort_by_key(&mut sentences, |&s| s);
    sentences.dedup();
    sentences
}

/// Sorted ranges with the overlapping ones joined. Sentences cut at [`MAX_SENTENCE_REACH`] in
/// run-on text overlap: a search through each of them would read every byte up to a thousand
/// times (a pasted line of "€" took seconds with the page's regex engine).
pub fn joined(ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for &(start, end) in ranges {
        match out.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// "belgium" → "Belgium": a word list's tag (always ASCII, [`super::lexicon`] checks) as a name.
/// ASCII only: Unicode upper-casing would add its table to the wasm for no word we have.
pub fn capitalised(tag: &str) -> String {
    let mut name = tag.to_string();
    if let Some(first) = name.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    name
}

/// Whether a new sentence starts at byte `i` of a line: after ". ", "; ", "? " or "! ".
fn is_sentence_break(line: &str, i: usize) -> bool {
    let bytes = line.as_bytes();
    i >= 2
        && i < bytes.len()
        && bytes[i - 1] == b' '
        && matches!(bytes[i - 2], b'.' | b';' | b'?' | b'!')
        && !(bytes[i - 2] == b'.' && is_abbreviation_before(line, i - 2))
        && !(bytes[i - 2] == b'.' && bytes[i].is_ascii_digit() && is_short_word_before(line, i - 2))
}

/// An abbreviated weekday or month before a number ("bis Di. 20.06.17", "20 janv. 2021",
/// "Fr. 12 März"): a word of at most four letters, then a dot, then a digit, is no sentence end.
fn is_short_word_before(line: &str, dot: usize) -> bool {
    let letters = line[..dot]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    (1..=4).contains(&letters)
}

/// Avoids splitting after "e.g.", "i.e.", "approx.", single initials and ordinal dots ("3. März").
/// A dot after punctuation ("(C1). Next") does end a sentence.
fn is_abbreviation_before(line: &str, dot: usize) -> bool {
    let start = line[..dot]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    let word = &line[start..dot];
    word.chars().count() == 1
        || (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || abbreviations().binary_search(&word).is_ok()
}

/// Abbreviations whose dot ends no sentence (`data/abbreviations.lex`), sorted.
fn abbreviations() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&str> = PatternWords::Abbreviations
            .lexicon()
            .tagged("abbreviation")
            .collect();
        sort_by(&mut words, |a, b| a.cmp(b));
        words
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_ranges_are_joined_and_touching_ones_kept_apart() {
        type Ranges = &'static [(usize, usize)];
        let cases: &[(Ranges, Ranges)] = &[
            (&[], &[]),
            (&[(0, 5)], &[(0, 5)]),
            (&[(0, 5), (5, 9)], &[(0, 5), (5, 9)]),
            (
                &[(0, 5), (3, 9), (4, 6), (8, 12), (20, 30)],
                &[(0, 12), (20, 30)],
            ),
        ];
        for &(ranges, expected) in cases {
            assert_eq!(joined(ranges), expected, "{ranges:?}");
        }
        // Run-on text: the sentences around every "€" overlap, and join into one.
        let text = "€ ".repeat(2000);
        let around = sentences_at(&text, text.match_indices('€').map(|(i, _)| i));
        assert!(around.len() > 100);
        assert_eq!(joined(&around), [(0, text.len())]);
    }

    /// Every char boundary maps to its char index and back to the same input char, across
    /// ASCII runs, accents, NBSP and quotes folded to one byte, emoji, and a text's ends.
    #[test]
    fn positions_map_between_folded_text_chars_and_input() {
        for original in [
            "",
            "plain ascii",
            "Éte\u{a0}«déjà» 👩‍💻 x",
            "ÄÖÜ",
            "a’b”c\r\nd\u{200b}e",
            "🇧🇪",
        ] {
            let doc = Doc::new(original);
            let chars: Vec<char> = original.chars().collect();
            for (i, (folded_byte, _)) in doc
                .folded
                .char_indices()
                .chain([(doc.folded.len(), ' ')])
                .enumerate()
            {
                assert_eq!(doc.char_at(folded_byte), i, "{original:?} at {folded_byte}");
                for j in i..=chars.len() {
                    let span = Span::new(i, j).unwrap();
                    assert_eq!(
                        doc.original_slice(span),
                        String::from_iter(&chars[i..j]),
                        "{original:?} {i}..{j}"
                    );
                }
            }
        }
    }

    #[test]
    fn folding_keeps_one_char_per_input_char() {
        let input = "É\u{a0}l’été — 😀\r\nİSTANBUL ẞ\u{200b}x";
        let doc = Doc::new(input);
        assert_eq!(doc.folded.chars().count(), input.chars().count());
        assert_eq!(doc.folded, "é l'été - 😀 \nİstanbul ẞ x");
    }

    #[test]
    fn evidence_maps_back_to_the_input_after_emoji_and_nbsp() {
        let input = "😀 Deadline:\u{a0}30 November";
        let doc = Doc::new(input);
        let at = doc.folded.find("30 november").unwrap();
        let ev = doc.evidence(at, at + "30 november".len());
        assert_eq!(ev.text, "30 November");
        assert_eq!(ev.start, 12);
        assert_eq!(
            input
                .chars()
                .skip(ev.start)
                .take(ev.end - ev.start)
                .collect::<String>(),
            ev.text
        );
    }

    /// The document's sentence index answers as the walk over the text does, at every
    /// position of real postings and of run-on and abbreviation-laden text.
    #[test]
    fn the_sentence_index_agrees_with_the_walk() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("tests/corpus")
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .map(|e| std::fs::read_to_string(e.path()).expect("a posting"))
            .collect();
        texts.push("€ ".repeat(1200));
        texts.push("Apply by 3 May, e.g. by e-mail. Interviews follow; start in June! Ok? z.B. Englisch. bis Di. 20.06.17".repeat(30));
        for original in &texts {
            let doc = Doc::new(original);
            let folded = &doc.folded;
            for at in (0..folded.len()).filter(|&i| folded.is_char_boundary(i)) {
                assert_eq!(
                    doc.sentence_around(at),
                    sentence_around(folded, at),
                    "at {at} of {:?}",
                    &original[..original.floor_char_boundary(40)]
                );
            }
        }
    }

    #[test]
    fn sentences_split_on_stops_but_not_abbreviations() {
        let text = "Apply by 3 May, e.g. by e-mail. Interviews follow; start in June.";
        let at = text.find("Interviews").unwrap();
        let (s, e) = sentence_around(text, at);
        assert_eq!(&text[s..e], "Interviews follow;");
        let (s, e) = sentence_around(text, 2);
        assert_eq!(&text[s..e], "Apply by 3 May, e.g. by e-mail.");
        // Abbreviated weekdays and months before a number do not end a sentence.
        for text in [
            "bewerbungen müssen bis di. 20.06.17 13:00 uhr vorliegen.",
            "date de clôture 20 janv. 2021 à midi.",
            "solliciteer voor vr. 12 mei via de website.",
            "apply by fri. 3 may 2026 online.",
        ] {
            assert_eq!(
                sentence_around(text, text.len() - 3),
                (0, text.len()),
                "{text}"
            );
        }
        // Abbreviations of the four languages, folded as the analysis sees them.
        for text in [
            "send your cv, incl. a cover letter, to hr@example.org.",
            "envoyez votre cv, p.ex. par courriel, à rh@exemple.be.",
            "stuur je cv, bijv. per e-mail, naar hr@voorbeeld.nl.",
            "bitte schicke uns deine bewerbung inkl. lebenslauf bis spätestens 15. märz.",
        ] {
            assert_eq!(
                sentence_around(text, text.len() - 3),
                (0, text.len()),
                "{text}"
            );
        }
        // A longer word before a number still ends one.
        let text = "We are based in Brussels. 15 people work here.";
        assert_eq!(&text[sentence_around(text, 40).0..], "15 people work here.");
    }
}
