//! Compiles the extractors' regular expressions, once each, all the same way.
//!
//! Patterns are written with the familiar `\d`, `\s`, `\w`, `\S` and `\b`, and compiled with their
//! ASCII meaning. The extractors search the folded text ([`super::text`]), where every space is
//! `' '` or `'\n'` and only ASCII digits parse as numbers, so the Unicode classes would match
//! nothing more. Leaving them out keeps Unicode tables out of the binaries, keeps word boundaries
//! on regex's DFA, and makes the two engines below agree (regex-lite knows only ASCII classes).
//!
//! The page searches with regex-lite, the command line with regex (README, "Speed and size"): the
//! same syntax and the same leftmost-first matches on these ASCII patterns, but regex-lite has
//! neither a DFA nor prefilters, and is fast on short haystacks only: its PikeVM runs every
//! alternative of a pattern at every position it passes. So the patterns that look through a
//! whole posting are [`LinePattern`]s, which never match a line break: the page searches them a
//! line at a time, and only in the lines that hold what every match needs (a digit, an `@`); the
//! command line searches the whole range at once, where regex's DFA and prefilters are at their
//! best. Both find the same matches, since none of them crosses a line.

#[cfg(not(any(target_arch = "wasm32", feature = "page-regex")))]
pub use regex::{escape, Captures, Match, Regex};
#[cfg(any(target_arch = "wasm32", feature = "page-regex"))]
pub use regex_lite::{escape, Captures, Match, Regex};

/// Whether searches go a line at a time: with the page's engine, fast on short haystacks only.
pub const SEARCH_BY_LINE: bool = cfg!(any(target_arch = "wasm32", feature = "page-regex"));

/// Compiles a built-in pattern. A pattern that does not compile is a bug the tests catch.
pub fn pattern(source: &str) -> Regex {
    compile(source, Spaces::Any)
}

/// Compiles a built-in pattern that never matches a line break.
pub fn line_pattern(source: &str) -> LinePattern {
    LinePattern(compile(source, Spaces::WithinLine))
}

fn compile(source: &str, spaces: Spaces) -> Regex {
    let ascii = ascii_classes(source, spaces);
    Regex::new(&ascii).unwrap_or_else(|e| panic!("invalid built-in pattern {source:?}: {e}"))
}

/// A pattern whose `\s` is a space or a tab, never `\n` (`\S`, `.` and `[^\s…]` never were), so
/// that none of its matches crosses a line: searching a text whole or line by line finds the same
/// matches, and each engine can be searched the way it is fast.
pub struct LinePattern(Regex);

impl LinePattern {
    /// The captures in `text[from..to]`, with offsets in `text`; `\b` still sees the text before
    /// `from`. In the page only the lines where `cue` finds something are searched.
    pub fn captures<'t>(
        &'t self,
        text: &'t str,
        from: usize,
        to: usize,
        cue: Cue,
    ) -> impl Iterator<Item = Captures<'t>> + 't {
        let ranges: Box<dyn Iterator<Item = (usize, usize)>> = if SEARCH_BY_LINE {
            Box::new(cued_lines(text, from, to, cue))
        } else {
            Box::new(std::iter::once((from, to)))
        };
        captures_in(&self.0, text, ranges)
    }

    /// The captures in each of `ranges` of `text` (see [`captures_in`]).
    pub fn captures_in<'t>(
        &'t self,
        text: &'t str,
        ranges: impl Iterator<Item = (usize, usize)> + 't,
    ) -> impl Iterator<Item = Captures<'t>> + 't {
        captures_in(&self.0, text, ranges)
    }
}

/// Where in a text the first sign of a possible match is, if anywhere.
pub type Cue = fn(&str) -> Option<usize>;

/// The first ASCII digit.
pub fn digit(text: &str) -> Option<usize> {
    text.bytes().position(|b| b.is_ascii_digit())
}

/// The lines of `text[from..to]` (cut to that range, without their line break) that hold a
/// `cue`, in order. Lines without one are passed over by the cue's own scan, a line at a time
/// only where there is something to search.
pub fn cued_lines(
    text: &str,
    from: usize,
    to: usize,
    cue: Cue,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = Some(from);
    std::iter::from_fn(move || {
        let line_from = at?;
        let hit = line_from + cue(&text[line_from..to])?;
        let start = text[line_from..hit]
            .rfind('\n')
            .map_or(line_from, |i| line_from + i + 1);
        let end = text[hit..to].find('\n').map_or(to, |i| hit + i);
        at = (end < to).then_some(end + 1);
        Some((start, end))
    })
}

/// The captures of `re` in each of `ranges` of `text` (in order, not overlapping), with offsets
/// in `text`. No match leaves its range; `\b` still sees the text before a range (not after it).
pub fn captures_in<'t>(
    re: &'t Regex,
    text: &'t str,
    ranges: impl Iterator<Item = (usize, usize)> + 't,
) -> impl Iterator<Item = Captures<'t>> + 't {
    ranges.flat_map(move |(start, end)| {
        let haystack = &text[..end];
        let mut at = Some(start);
        std::iter::from_fn(move || {
            let c = re.captures_at(haystack, at?)?;
            let m = c.get(0).expect("whole match");
            // An empty match moves the search on by a char.
            at = match haystack[m.end()..].chars().next() {
                _ if !m.is_empty() => Some(m.end()),
                Some(next) => Some(m.end() + next.len_utf8()),
                None => None,
            };
            Some(c)
        })
    })
}

/// Every char `\s` stands for, as the inside of a bracket class.
const ALL_SPACES: &str = r"\t\n\x0B\x0C\r ";

/// What `\s` matches.
#[derive(Clone, Copy)]
enum Spaces {
    Any,
    /// Not `\n`.
    WithinLine,
}

/// Rewrites the Perl classes to ASCII ones, inside and outside bracket classes.
fn ascii_classes(source: &str, spaces: Spaces) -> String {
    let space = match spaces {
        Spaces::Any => ALL_SPACES,
        Spaces::WithinLine => r"\t\x0B\x0C\r ",
    };
    let mut out = String::with_capacity(source.len() + 32);
    // For each bracket class open, whether it is negated: there `\s` keeps `\n`, so that the
    // class never matches it.
    let mut classes: Vec<bool> = Vec::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let replacement = match (next, classes.last()) {
                    ('d', None) => "[0-9]".to_string(),
                    ('d', Some(_)) => "0-9".to_string(),
                    ('s', None) => format!("[{space}]"),
                    ('s', Some(false)) => space.to_string(),
                    ('s', Some(true)) => ALL_SPACES.to_string(),
                    ('w', None) => "[0-9A-Za-z_]".to_string(),
                    ('w', Some(_)) => "0-9A-Za-z_".to_string(),
                    ('S', None) => format!("[^{ALL_SPACES}]"),
                    ('b', None) => r"(?-u:\b)".to_string(),
                    _ => format!("\\{next}"),
                };
                out.push_str(&replacement);
            }
            '[' => {
                classes.push(chars.peek() == Some(&'^'));
                out.push(c);
            }
            ']' if !classes.is_empty() => {
                classes.pop();
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perl_classes_become_ascii_inside_and_outside_brackets() {
        let any = |p| ascii_classes(p, Spaces::Any);
        assert_eq!(any(r"\d{4}"), "[0-9]{4}");
        assert_eq!(any(r"[\s,-]+"), r"[\t\n\x0B\x0C\r ,-]+");
        assert_eq!(any(r"[\w.+-]+@"), "[0-9A-Za-z_.+-]+@");
        assert_eq!(any(r"\bde\b\.\["), r"(?-u:\b)de(?-u:\b)\.\[");
        assert_eq!(any(r"(\S.{1,8})"), r"([^\t\n\x0B\x0C\r ].{1,8})");
        // Within a line, `\s` loses `\n`, except in a negated class, which must still refuse it.
        let line = |p| ascii_classes(p, Spaces::WithinLine);
        assert_eq!(line(r"\d\s?h"), r"[0-9][\t\x0B\x0C\r ]?h");
        assert_eq!(line(r"[\s,-]+"), r"[\t\x0B\x0C\r ,-]+");
        assert_eq!(line(r"[^\s<>]+"), r"[^\t\n\x0B\x0C\r <>]+");
        assert_eq!(line(r"[^,]\s[\s]"), r"[^,][\t\x0B\x0C\r ][\t\x0B\x0C\r ]");
    }

    #[test]
    fn line_patterns_never_match_a_line_break() {
        for (source, text) in [
            (r"\d+\s+mars", "12\nmars"),
            (r"[^\s<>]+x", "a\nx"),
            (r"a[\s,]+b", "a,\nb"),
            (r"a\S*.*b", "a\nb"),
        ] {
            let re = line_pattern(source);
            let found: Vec<Captures> = re.captures(text, 0, text.len(), |_| Some(0)).collect();
            assert!(found.iter().all(|c| !c[0].contains('\n')), "{source}");
        }
    }

    #[test]
    fn compiled_patterns_keep_their_meaning_on_folded_text() {
        let re = pattern(r"\b(\d{1,2})\s?h\b");
        assert_eq!(&re.captures("à 12 h.").unwrap()[1], "12");
        assert!(!re.is_match("a12h"));
        assert!(pattern(r"^\s*é\w").is_match("  éa"));
    }

    /// Whole matches of `re` in `text[from..to]` searched line by line, as the page does, as
    /// (start, text).
    fn by_line(re: &str, text: &str, from: usize, to: usize) -> Vec<(usize, String)> {
        let re = pattern(re);
        captures_in(&re, text, cued_lines(text, from, to, digit))
            .map(|c| (c.get(0).unwrap().start(), c[0].to_string()))
            .collect()
    }

    /// The same as a line pattern, searched as this build's engine is.
    fn as_line_pattern(re: &str, text: &str, from: usize, to: usize) -> Vec<(usize, String)> {
        line_pattern(re)
            .captures(text, from, to, digit)
            .map(|c| (c.get(0).unwrap().start(), c[0].to_string()))
            .collect()
    }

    #[test]
    fn line_by_line_search_finds_what_a_whole_search_finds_within_lines() {
        /// Pattern, text, searched range, and the matches with their offsets.
        type Case = (
            &'static str,
            &'static str,
            usize,
            usize,
            &'static [(usize, &'static str)],
        );
        let cases: &[Case] = &[
            // Offsets are the text's; every match of every line is found.
            (
                r"\d+",
                "a 1 b 22\nno digits\n333",
                0,
                22,
                &[(2, "1"), (6, "22"), (19, "333")],
            ),
            // A match that would cross a line is not one.
            (
                r"\d+\s+mars",
                "le 12\nmars 2025, le 3 mars",
                0,
                26,
                &[(20, "3 mars")],
            ),
            // `from` and `to` cut the range, and `\b` still sees the text before `from`.
            (r"\b\d\d\b", "x12 34 56", 1, 9, &[(4, "34"), (7, "56")]),
            (r"\d\d", "12 34 56", 0, 5, &[(0, "12"), (3, "34")]),
            // Lines without the cue are skipped; multi-byte text keeps its offsets.
            (r"\d+ é", "é 1 é\nété", 0, 13, &[(3, "1 é")]),
            // An empty match moves on by a whole char.
            (r"\d*", "é1", 0, 3, &[(0, ""), (2, "1"), (3, "")]),
        ];
        for &(re, text, from, to, expected) in cases {
            let expected: Vec<(usize, String)> = expected
                .iter()
                .map(|&(at, m)| (at, m.to_string()))
                .collect();
            assert_eq!(by_line(re, text, from, to), expected, "{re} in {text:?}");
            assert_eq!(
                as_line_pattern(re, text, from, to),
                expected,
                "{re} in {text:?}"
            );
        }
    }

    #[test]
    fn cued_lines_are_the_lines_with_a_cue_cut_to_the_range() {
        let text = "one\ntwo 2\n\n3 three\nfour\n55";
        let cases: &[(usize, usize, &[&str])] = &[
            (0, text.len(), &["two 2", "3 three", "55"]),
            (6, text.len(), &["o 2", "3 three", "55"]),
            (0, 12, &["two 2", "3"]),
            (10, 11, &[]),
            (0, 3, &[]),
        ];
        for &(from, to, expected) in cases {
            let found: Vec<&str> = cued_lines(text, from, to, digit)
                .map(|(s, e)| &text[s..e])
                .collect();
            assert_eq!(found, expected, "{from}..{to}");
        }
    }

    #[test]
    fn line_by_line_search_equals_a_whole_search_when_no_match_crosses_a_line() {
        let re = pattern(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b");
        let text = "Deadline 12/03/2025.\nStart: 1.4.2025 or 02/05/2025\n\nNone here\n30/06/2025";
        let whole: Vec<(usize, String)> = re
            .find_iter(text)
            .map(|m| (m.start(), m.as_str().to_string()))
            .collect();
        assert_eq!(by_line(re.as_str(), text, 0, text.len()), whole);
    }
}
