//! Compiles the extractors' regular expressions, once each, all the same way.
//!
//! Patterns are written with the familiar `\d`, `\s`, `\w`, `\S` and `\b`, and compiled with their
//! ASCII meaning. The extractors search the folded text ([`super::text`]), where every space is
//! `' '` or `'\n'` and only ASCII digits parse as numbers, so the Unicode classes would match
//! nothing more. Leaving them out keeps regex's Unicode tables out of the wasm (34 KB gzip) and
//! keeps word boundaries on the regex crate's fast DFA instead of its slower engines.
//!
//! In the page, regex has no DFA at all (40 KB gzip of wasm): it searches with its bounded
//! backtracker, fast on short haystacks, and falls back to its PikeVM, several times slower, on
//! long ones. So a pattern that looks through a whole posting searches it [a line at a
//! time](captures_by_line), and only the lines that have what every match needs.

#[cfg(not(any(target_arch = "wasm32", feature = "page-regex")))]
pub use regex::{escape, Captures, Regex};
#[cfg(any(target_arch = "wasm32", feature = "page-regex"))]
pub use regex_lite::{escape, Captures, Regex};

/// Compiles a built-in pattern. A pattern that does not compile is a bug the tests catch.
pub fn pattern(source: &str) -> Regex {
    let ascii = ascii_classes(source);
    Regex::new(&ascii).unwrap_or_else(|e| panic!("invalid built-in pattern {source:?}: {e}"))
}

/// The captures of `re` in `text[from..to]`, with offsets in `text`, searched a line at a time
/// and only in lines that `cue` accepts (a cheap test for what every match contains, such as a
/// digit). No match crosses a line; the text before `from` is still seen by `\b`.
pub fn captures_by_line<'t>(
    re: &'t Regex,
    text: &'t str,
    from: usize,
    to: usize,
    cue: fn(&str) -> bool,
) -> impl Iterator<Item = Captures<'t>> + 't {
    captures_in(
        re,
        text,
        lines(text, from, to).filter(move |&(s, e)| cue(&text[s..e])),
    )
}

/// The lines of `text[from..to]`, as byte ranges without their line break.
pub fn lines(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut line_start = from;
    text[from..to].split('\n').map(move |line| {
        let start = line_start;
        line_start += line.len() + 1;
        (start, start + line.len())
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

/// A cue for [`captures_by_line`]: the line has an ASCII digit.
pub fn has_digit(line: &str) -> bool {
    line.bytes().any(|b| b.is_ascii_digit())
}

/// Rewrites the Perl classes to ASCII ones, inside and outside bracket classes.
fn ascii_classes(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 32);
    let mut depth = 0usize;
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let (outside, inside) = match next {
                    'd' => ("[0-9]", "0-9"),
                    's' => (r"[\t\n\x0B\x0C\r ]", r"\t\n\x0B\x0C\r "),
                    'w' => ("[0-9A-Za-z_]", "0-9A-Za-z_"),
                    'S' => (r"[^\t\n\x0B\x0C\r ]", ""),
                    'b' => (r"(?-u:\b)", ""),
                    _ => ("", ""),
                };
                let replacement = if depth == 0 { outside } else { inside };
                if replacement.is_empty() {
                    out.push('\\');
                    out.push(next);
                } else {
                    out.push_str(replacement);
                }
            }
            '[' => {
                depth += 1;
                out.push(c);
            }
            ']' if depth > 0 => {
                depth -= 1;
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
        assert_eq!(ascii_classes(r"\d{4}"), "[0-9]{4}");
        assert_eq!(ascii_classes(r"[\s,-]+"), r"[\t\n\x0B\x0C\r ,-]+");
        assert_eq!(ascii_classes(r"[\w.+-]+@"), "[0-9A-Za-z_.+-]+@");
        assert_eq!(ascii_classes(r"\bde\b\.\["), r"(?-u:\b)de(?-u:\b)\.\[");
        assert_eq!(ascii_classes(r"(\S.{1,8})"), r"([^\t\n\x0B\x0C\r ].{1,8})");
    }

    #[test]
    fn compiled_patterns_keep_their_meaning_on_folded_text() {
        let re = pattern(r"\b(\d{1,2})\s?h\b");
        assert_eq!(&re.captures("à 12 h.").unwrap()[1], "12");
        assert!(!re.is_match("a12h"));
        assert!(pattern(r"^\s*é\w").is_match("  éa"));
    }

    /// Whole matches of `re` found line by line in `text[from..to]`, as (start, text).
    fn by_line(re: &str, text: &str, from: usize, to: usize) -> Vec<(usize, String)> {
        let re = pattern(re);
        captures_by_line(&re, text, from, to, has_digit)
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
