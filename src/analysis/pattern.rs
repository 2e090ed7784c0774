//! Compiles the extractors' regular expressions, once each, all the same way.
//!
//! Patterns are written with the familiar `\d`, `\s`, `\w`, `\S` and `\b`, and compiled with their
//! ASCII meaning. The extractors search the folded text ([`super::text`]), where every space is
//! `' '` or `'\n'` and only ASCII digits parse as numbers, so the Unicode classes would match
//! nothing more. Leaving them out keeps regex's Unicode tables out of the wasm (34 KB gzip) and
//! keeps word boundaries on the regex crate's fast DFA instead of its slower engines.

use regex::Regex;

/// Compiles a built-in pattern. A pattern that does not compile is a bug the tests catch.
pub fn pattern(source: &str) -> Regex {
    let ascii = ascii_classes(source);
    Regex::new(&ascii).unwrap_or_else(|e| panic!("invalid built-in pattern {source:?}: {e}"))
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
}
