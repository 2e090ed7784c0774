//! From the glyphs a PDF places on its pages to the text a reader sees: lines gathered by their
//! baseline, two columns read one after the other, wrapped lines joined into their paragraph,
//! words broken at a line end joined again ("recruit-" + "ment"), and the running headers,
//! footers and page numbers left out.

use crate::order::sort_by;
/// One glyph as drawn: its left edge, baseline (upwards, as PDF measures) and advance, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub size: f64,
    pub text: String,
}

/// A run of glyphs on one baseline with no wide gap inside: a line of one column, or one cell
/// of a table row.
#[derive(Debug, Clone)]
struct Fragment {
    x0: f64,
    x1: f64,
    /// Where its last glyph ends, that glyph's width capped at [`MAX_GLYPH_WIDTH`]: a font
    /// without a glyph's width gives it a full em, which would reach into the next column.
    solid_end: f64,
    /// A table row, its cells joined: a paragraph of its own.
    row: bool,
    y: f64,
    size: f64,
    text: String,
}

/// Glyphs closer than this share a baseline, as a share of the font size.
const SAME_BASELINE: f64 = 0.35;
/// A gap wider than this (font sizes) between glyphs is a space.
const WORD_GAP: f64 = 0.15;
/// A gap wider than this (font sizes) on one baseline separates two cells of a table row.
const CELL_GAP: f64 = 1.4;
/// No glyph is wider than this (font sizes) when deciding where a cell or a column ends.
const MAX_GLYPH_WIDTH: f64 = 0.7;
/// Lines further apart than this (times the usual line pitch) are separate paragraphs.
const PARAGRAPH_GAP: f64 = 1.35;

/// The text of a document's pages, each a list of glyphs in drawing order.
pub fn text_of(pages: &[Vec<Glyph>]) -> String {
    let pages: Vec<Vec<Vec<Fragment>>> = pages.iter().map(|g| reading_order(lines(g))).collect();
    let edges: Vec<Vec<f64>> = pages.iter().map(|blocks| edge_baselines(blocks)).collect();
    let repeated = running_lines(&pages, &edges);
    let mut paragraphs: Vec<String> = Vec::new();
    for (blocks, edges) in pages.iter().zip(&edges) {
        for block in blocks {
            let kept: Vec<&Fragment> = block
                .iter()
                .filter(|f| {
                    !(at_edge(edges, f)
                        && (repeated.contains(&normalised(&f.text)) || is_page_number(&f.text)))
                })
                .collect();
            for (i, paragraph) in paragraphs_of(&kept).into_iter().enumerate() {
                match paragraphs.last_mut() {
                    // A paragraph goes on in the next column or on the next page.
                    Some(last) if i == 0 && runs_on(last, &paragraph) => {
                        join_line(last, &paragraph)
                    }
                    _ => paragraphs.push(paragraph),
                }
            }
        }
    }
    settle_hyphens(&paragraphs.join("\n"))
}

/// Stands for a plain hyphen at a line end before a small letter until the whole text is read.
const UNSETTLED_HYPHEN: char = '\u{E000}';

/// A plain hyphen at a line end is the typesetter's ("recruit-" + "ment") when the text writes
/// the word whole elsewhere, else part of the word ("mi-temps", "family-friendly"): typesetters
/// that break words mark the break with a soft hyphen, which is dropped before this.
fn settle_hyphens(text: &str) -> String {
    if !text.contains(UNSETTLED_HYPHEN) {
        return text.to_string();
    }
    let is_word_char = |c: char| c.is_alphanumeric() || c == UNSETTLED_HYPHEN;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(is_word_char) {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find(|c: char| !is_word_char(c))
            .map_or(rest.len(), |e| start + e);
        let word = &rest[start..end];
        if word.contains(UNSETTLED_HYPHEN) {
            let joined: String = word.chars().filter(|c| *c != UNSETTLED_HYPHEN).collect();
            let whole_elsewhere = text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(&joined));
            out.push_str(&word.replace(UNSETTLED_HYPHEN, if whole_elsewhere { "" } else { "-" }));
        } else {
            out.push_str(word);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Whether `next` goes on with the sentence `last` left unfinished at a column's end.
fn runs_on(last: &str, next: &str) -> bool {
    let broken = last.ends_with(['\u{00AD}', '\u{2010}', '-']);
    let unfinished = !last.ends_with(['.', ':', ';', '!', '?']);
    broken || (unfinished && next.chars().next().is_some_and(char::is_lowercase))
}

/// Whether a fragment stands on one of a page's edge baselines.
fn at_edge(edges: &[f64], f: &Fragment) -> bool {
    edges.iter().any(|y| (y - f.y).abs() < 0.5)
}

/// The two highest and the two lowest baselines of a page: where running headers, footers and
/// page numbers stand.
fn edge_baselines(blocks: &[Vec<Fragment>]) -> Vec<f64> {
    let mut ys: Vec<f64> = blocks.iter().flatten().map(|f| f.y).collect();
    sort_by(&mut ys, |a, b| b.total_cmp(a));
    ys.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    let n = ys.len();
    if n <= 4 {
        return ys;
    }
    vec![ys[0], ys[1], ys[n - 2], ys[n - 1]]
}

/// The page's lines, top to bottom, each split into fragments at wide gaps, left to right.
/// Within a line glyphs keep their drawing order: a reader's computed advance can drift within a
/// run, and sorting by it would shuffle letters; the runs themselves are drawn in reading order.
fn lines(glyphs: &[Glyph]) -> Vec<Vec<Fragment>> {
    let mut glyphs: Vec<&Glyph> = glyphs
        .iter()
        .filter(|g| g.size > 0.0 && g.x.is_finite() && g.y.is_finite())
        .collect();
    // Stable: glyphs of one baseline stay in drawing order.
    sort_by(&mut glyphs, |a, b| b.y.total_cmp(&a.y));
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - g.y).abs() <= SAME_BASELINE * g.size.max(row[0].size) => {
                row.push(g)
            }
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter()
        .map(|row| {
            let mut fragments = fragments(&row);
            sort_by(&mut fragments, |a, b| a.x0.total_cmp(&b.x0));
            fragments
        })
        .collect()
}

/// Splits one baseline's glyphs where the next one stands far to the right of the last (a table
/// cell, the other column) or back to the left (a glyph drawn out of order starts its own).
fn fragments(row: &[&Glyph]) -> Vec<Fragment> {
    let mut out: Vec<Fragment> = Vec::new();
    for g in row {
        // Spaces come from the gaps: a space glyph may be drawn with no advance (Chromium
        // draws one where a soft hyphen did not break the word).
        if g.text.trim().is_empty() {
            continue;
        }
        let text = ligatures_undone(&g.text);
        match out.last_mut() {
            Some(f) if g.x - f.solid_end < CELL_GAP * g.size && g.x + g.width > f.x0 => {
                if g.x - f.x1 > WORD_GAP * g.size && !f.text.ends_with(' ') {
                    f.text.push(' ');
                }
                f.text.push_str(&text);
                f.x1 = f.x1.max(g.x + g.width);
                f.solid_end = f.solid_end.max(g.x + g.width.min(MAX_GLYPH_WIDTH * g.size));
            }
            _ => out.push(Fragment {
                x0: g.x,
                x1: g.x + g.width,
                solid_end: g.x + g.width.min(MAX_GLYPH_WIDTH * g.size),
                row: false,
                y: g.y,
                size: g.size,
                text,
            }),
        }
    }
    out
}

/// Typographic ligatures (ﬁ, ﬂ, …) as the letters they join.
fn ligatures_undone(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FB00}' => "ff".to_string(),
            '\u{FB01}' => "fi".to_string(),
            '\u{FB02}' => "fl".to_string(),
            '\u{FB03}' => "ffi".to_string(),
            '\u{FB04}' => "ffl".to_string(),
            '\u{FB05}' | '\u{FB06}' => "st".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// The page's lines as blocks in reading order: where the page has two columns (a vertical
/// gutter no line crosses), the left column's lines, then the right's; lines that cross it
/// (a title, a running header, a page number) stay where they are.
fn reading_order(lines: Vec<Vec<Fragment>>) -> Vec<Vec<Fragment>> {
    let gutter = gutter(&lines);
    let sides: Vec<[Vec<Fragment>; 2]> = lines
        .into_iter()
        .map(|line| match gutter {
            Some(g) if !line.iter().any(|f| f.x0 < g && f.x1 > g) => {
                let (l, r) = line.into_iter().partition(|f| f.x1 <= g);
                [l, r]
            }
            _ => [line, Vec::new()],
        })
        .collect();
    // Where a wide gap's right side starts, per line and side: a table's value column starts at
    // the same x on neighbouring rows; a justified line's stretched gaps line up with nothing.
    let starts: Vec<[Vec<f64>; 2]> = sides
        .iter()
        .map(|s| {
            s.clone()
                .map(|side| side.iter().skip(1).map(|f| f.x0).collect())
        })
        .collect();
    let aligned = |i: usize, side: usize, x: f64| {
        (i.saturating_sub(3)..(i + 4).min(starts.len()))
            .filter(|j| *j != i)
            .any(|j| starts[j][side].iter().any(|s| (s - x).abs() < 1.5))
    };
    let mut blocks: Vec<Vec<Fragment>> = Vec::new();
    let (mut left, mut right): (Vec<Fragment>, Vec<Fragment>) = (Vec::new(), Vec::new());
    for (i, [l, r]) in sides.into_iter().enumerate() {
        let crossing = gutter.is_some_and(|g| l.iter().any(|f| f.x1 > g));
        let l = (!l.is_empty()).then(|| joined(l, |x| aligned(i, 0, x)));
        let r = (!r.is_empty()).then(|| joined(r, |x| aligned(i, 1, x)));
        if crossing {
            blocks.push(std::mem::take(&mut left));
            blocks.push(std::mem::take(&mut right));
            blocks.extend(l.map(|f| vec![f]));
            continue;
        }
        left.extend(l);
        right.extend(r);
    }
    blocks.push(left);
    blocks.push(right);
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// The fragments of one baseline in one column as one line: a table row's cells (a gap whose
/// right side lines up with a neighbouring row's) as "label: value", other wide gaps (justified
/// text stretched) as a space.
fn joined(fragments: Vec<Fragment>, cell_starts_at: impl Fn(f64) -> bool) -> Fragment {
    let mut parts = fragments.into_iter();
    let mut first = parts.next().expect("a line has a fragment");
    for f in parts {
        let list_mark = starts_list_item(&first.text) && first.text.chars().count() <= 2;
        if cell_starts_at(f.x0) && !list_mark {
            first.row = true;
            if !first.text.ends_with(':') {
                first.text.push(':');
            }
        }
        first.text.push(' ');
        first.text.push_str(&f.text);
        first.x1 = f.x1;
    }
    first
}

/// Where the page's two columns part: the x, in the middle half of the text's width, crossed by
/// the fewest lines, provided several lines lie wholly on each side of it.
fn gutter(lines: &[Vec<Fragment>]) -> Option<f64> {
    let all = lines.iter().flatten();
    let left = all.clone().map(|f| f.x0).fold(f64::INFINITY, f64::min);
    let right = all.map(|f| f.x1).fold(f64::NEG_INFINITY, f64::max);
    if right.partial_cmp(&left) != Some(std::cmp::Ordering::Greater) {
        return None;
    }
    let width = right - left;
    let mut best: Option<(usize, f64)> = None;
    let steps = 100;
    for i in 0..=steps {
        let x = left + width * (0.3 + 0.4 * i as f64 / steps as f64);
        let crossing = lines
            .iter()
            .filter(|l| l.iter().any(|f| f.x0 < x && f.x1 > x))
            .count();
        let beside = |side: fn(&Fragment, f64) -> bool| {
            lines
                .iter()
                .filter(|l| l.iter().any(|f| side(f, x)))
                .count()
        };
        let (on_left, on_right) = (beside(|f, x| f.x1 <= x), beside(|f, x| f.x0 >= x));
        // A column's lines (most of them: headings and paragraph ends are short) fill most of
        // its width and hold several words; a table's labels do neither.
        let mut filled: Vec<(f64, usize)> = lines
            .iter()
            .map(|l| l.iter().filter(|f| f.x1 <= x).collect::<Vec<_>>())
            .filter(|l| !l.is_empty())
            .map(|l| {
                let width = l.iter().map(|f| f.x1).fold(f64::NEG_INFINITY, f64::max) - l[0].x0;
                (
                    width,
                    l.iter().map(|f| f.text.split_whitespace().count()).sum(),
                )
            })
            .collect();
        sort_by(&mut filled, |a, b| a.0.total_cmp(&b.0));
        let filled = filled
            .get(filled.len() * 3 / 4)
            .is_some_and(|(width, words)| *width > 0.6 * (x - left) && *words >= 3);
        let two_columns = on_left >= 3 && on_right >= 3 && crossing * 2 < on_right && filled;
        if two_columns && best.is_none_or(|(c, _)| crossing < c) {
            best = Some((crossing, x));
        }
    }
    best.map(|(_, x)| x)
}

/// A column's lines as paragraphs: a line starts a new one after a gap wider than the tightest
/// line pitch, when its first word would have fitted on the line before (which therefore ended
/// its paragraph), at a change of font size, or with a list mark.
fn paragraphs_of(lines: &[&Fragment]) -> Vec<String> {
    let pitch = lines
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|d| *d > 0.8 * lines[0].size)
        .fold(f64::INFINITY, f64::min);
    let right = lines.iter().map(|l| l.x1).fold(f64::NEG_INFINITY, f64::max);
    let mut out: Vec<String> = Vec::new();
    let mut previous: Option<&Fragment> = None;
    for line in lines {
        let text = line.text.trim();
        let continues = previous.is_some_and(|p| {
            let gap = p.y - line.y;
            gap > 0.0
                && gap <= PARAGRAPH_GAP * pitch
                && (p.size - line.size).abs() < 0.5
                && !starts_list_item(text)
                && !p.row
                && !line.row
                && (p.text.ends_with(['-', '\u{2010}', '\u{00AD}'])
                    || p.x1 + 0.3 * p.size + first_word_width(line) > right)
        });
        match out.last_mut() {
            Some(paragraph) if continues => join_line(paragraph, text),
            _ => out.push(text.to_string()),
        }
        previous = Some(line);
    }
    out
}

/// The width of a line's first word, in proportion to its letters.
fn first_word_width(line: &Fragment) -> f64 {
    let chars = line.text.chars().count().max(1) as f64;
    let first = line
        .text
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count()) as f64;
    (line.x1 - line.x0) * first / chars
}

fn starts_list_item(text: &str) -> bool {
    text.starts_with(['-', '•', '–', '▪', '◦', '*'])
}

/// Appends a wrapped line: a word broken at the line end by a soft hyphen is joined again
/// ("Bewer‐" + "bung"); a hyphen before a capital or a digit stays ("EU-" + "Förderung"); a
/// plain hyphen before a small letter is settled by the whole text ([`settle_hyphens`]).
fn join_line(paragraph: &mut String, next: &str) {
    let lower_next = next.chars().next().is_some_and(char::is_lowercase);
    for break_hyphen in ['\u{00AD}', '\u{2010}'] {
        if let Some(stem) = paragraph.strip_suffix(break_hyphen) {
            let stem = stem.trim_end().to_string();
            *paragraph = stem;
            paragraph.push_str(next);
            return;
        }
    }
    if let Some(stem) = paragraph.strip_suffix('-') {
        if lower_next && stem.ends_with(char::is_alphabetic) {
            // A word broken by the typesetter, or a compound ("mi-temps"): the document
            // decides (`settle_hyphens`).
            paragraph.pop();
            paragraph.push(UNSETTLED_HYPHEN);
        }
        paragraph.push_str(next);
        return;
    }
    paragraph.push(' ');
    paragraph.push_str(next);
}

/// Lines that stand at the top or the bottom of most pages, digits aside: running headers and
/// footers. A single page has none.
fn running_lines(pages: &[Vec<Vec<Fragment>>], edges: &[Vec<f64>]) -> Vec<String> {
    if pages.len() < 2 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    for (blocks, edges) in pages.iter().zip(edges) {
        let mut page: Vec<String> = blocks
            .iter()
            .flatten()
            .filter(|f| at_edge(edges, f))
            .map(|f| normalised(&f.text))
            .collect();
        sort_by(&mut page, Ord::cmp);
        page.dedup();
        lines.extend(page);
    }
    let mut repeated: Vec<String> = Vec::new();
    for line in &lines {
        let count = lines.iter().filter(|l| *l == line).count();
        if count * 2 > pages.len() && !repeated.contains(line) {
            repeated.push(line.clone());
        }
    }
    repeated
}

/// A line with its digits as `#`, so "Page 2 of 8" and "Page 3 of 8" compare equal.
fn normalised(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// "Page 2 of 8", "Seite 2 von 8", "Pagina 2 van 8", "Page 2 sur 8", "2 (8)", "2/8", "- 2 -",
/// "p. 2", a number alone.
fn is_page_number(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '/' | '-' | '–' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit());
    let page_word = |w: &str| matches!(w, "page" | "p" | "seite" | "pagina" | "blz");
    match words.as_slice() {
        [n] => number(n),
        [a, n] => (number(a) || page_word(a)) && number(n),
        [page, n, of, m] => {
            page_word(page)
                && matches!(*of, "of" | "von" | "van" | "sur" | "de")
                && number(n)
                && number(m)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: f64 = 10.0;

    /// A word's glyphs at `x`, `y`: each letter half an em wide.
    fn word(x: f64, y: f64, text: &str) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + i as f64 * 5.0,
                y,
                width: 5.0,
                size: SIZE,
                text: c.to_string(),
            })
            .collect()
    }

    /// Words on one baseline, one space (4 pt) apart, from `x`.
    fn line(x: f64, y: f64, words: &str) -> Vec<Glyph> {
        let mut at = x;
        let mut out = Vec::new();
        for w in words.split(' ') {
            out.extend(word(at, y, w));
            at += w.chars().count() as f64 * 5.0 + 4.0;
        }
        out
    }

    /// Pairs of lines from `top` down, `pitch` apart: the first of each at x 50, the second
    /// at `right`.
    fn side_by_side(pairs: &[(&str, &str)], top: f64, pitch: f64, right: f64) -> Vec<Glyph> {
        let mut glyphs = Vec::new();
        for (i, (a, b)) in pairs.iter().enumerate() {
            let y = top - i as f64 * pitch;
            glyphs.extend(line(50.0, y, a));
            glyphs.extend(line(right, y, b));
        }
        glyphs
    }

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        let mut page = line(
            50.0,
            800.0,
            "Policy Officer at the Example Network in Brussels",
        );
        let columns = [
            ("The left column starts here", "The right column follows"),
            ("and goes on with its text", "once the left one ends"),
            ("to the end of the column.", "and ends the page."),
        ];
        page.extend(side_by_side(&columns, 770.0, 12.0, 250.0));
        assert_eq!(
            text_of(&[page]),
            "Policy Officer at the Example Network in Brussels\nThe left column starts here and goes on with its text to the end of the column.\nThe right column follows once the left one ends and ends the page."
        );
    }

    #[test]
    fn words_broken_at_a_line_end_are_joined() {
        // Each row: the first line's end, the next line, the paragraph.
        let rows = [
            (
                "for the recruit-",
                "ment of staff",
                "for the recruitment of staff",
            ),
            ("die Bewer\u{2010}", "bung bis zum", "die Bewerbung bis zum"),
            ("la candi\u{00AD}", "dature avant", "la candidature avant"),
            ("die EU-", "Förderung und", "die EU-Förderung und"),
            ("pages 10-", "12 of it", "pages 10-12 of it"),
        ];
        for (first, second, expected) in rows {
            // The first line reaches the column's right edge, as a wrapped line does.
            let mut page = line(50.0, 800.0, first);
            page.extend(line(50.0, 788.0, second));
            let wide = line(
                50.0,
                776.0,
                "a last line: our recruitment, long enough to reach the edge",
            );
            page.extend(wide);
            let text = text_of(&[page]);
            assert!(text.starts_with(expected), "{first} + {second}: {text:?}");
        }
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_left_out() {
        let page = |n: usize, body: &str| {
            let mut glyphs = line(200.0, 820.0, "Vacancy notice VN-2025-04");
            glyphs.extend(line(50.0, 780.0, body));
            glyphs.extend(line(250.0, 30.0, &format!("Page {n} of 2")));
            glyphs
        };
        let text = text_of(&[page(1, "First page text."), page(2, "Second page text.")]);
        assert_eq!(text, "First page text.\nSecond page text.");
    }

    #[test]
    fn page_numbers_in_each_language() {
        for yes in [
            "Page 2 of 8",
            "Seite 2 von 8",
            "Pagina 2 van 8",
            "Page 2 sur 8",
            "2 (8)",
            "2/8",
            "- 2 -",
            "p. 2",
            "12",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "Page 2 of the notice",
            "2 years",
            "Deadline 30/11",
            "Article 2 of the Statute",
            "EUR 3 500",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn a_table_is_read_row_by_row_as_label_and_value() {
        let rows = [
            ("Deadline", "30.06.2025"),
            ("Contract", "open-ended"),
            ("Grade", "AD 5"),
        ];
        let page = side_by_side(&rows, 800.0, 16.0, 120.0);
        assert_eq!(
            text_of(&[page]),
            "Deadline: 30.06.2025\nContract: open-ended\nGrade: AD 5"
        );
    }

    #[test]
    fn ligatures_are_letters_again() {
        let page = vec![
            Glyph {
                x: 50.0,
                y: 800.0,
                width: 5.0,
                size: SIZE,
                text: "\u{FB01}".into(),
            },
            Glyph {
                x: 55.0,
                y: 800.0,
                width: 5.0,
                size: SIZE,
                text: "x".into(),
            },
        ];
        assert_eq!(text_of(&[page]), "fix");
    }
}
