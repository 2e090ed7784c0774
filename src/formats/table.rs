//! One posting as a spreadsheet row: tab-separated for pasting into a tracker, or CSV for
//! several saved analyses at once.
//!
//! Whoever wrote the posting controls some cells (organisation, title, link). A spreadsheet
//! reads a cell starting with `=`, `+`, `-` or `@` as a formula, and a formula can send the
//! whole sheet to another site, so those cells pass through [`neutralised`] (OWASP's rule for
//! CSV injection). Cells the program builds itself (dates, day counts, language and
//! eligibility summaries) are left exactly as they are: "-3" days left stays a number.

use crate::analysis::eligibility::summary_of;
use crate::i18n::Catalogue;
use std::borrow::Cow;

use crate::calendar::Date;
use crate::formats::idn::readable;

use crate::analysis::languages::LanguageRequirement;
use crate::analysis::PostingAnalysis;
use crate::view::level_text;

/// The columns, in order.
pub const COLUMNS: [&str; 8] = [
    "Organisation",
    "Title",
    "Deadline",
    "Days left",
    "Languages",
    "Eligibility",
    "Salary",
    "Link",
];

/// Which columns hold text taken from the posting, in [`COLUMNS`] order.
const FROM_POSTING: [bool; 8] = [true, true, false, false, false, false, false, true];

/// A cell of posting text made safe for a spreadsheet: when its first character after leading
/// spaces would start a formula (`=`, `+`, `-`, `@`) or is a tab or a carriage return, a `'`
/// goes in front, which spreadsheets show as text and do not display.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    let first = cell.trim_start_matches(' ').chars().next();
    match first {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// The cells ready for a spreadsheet: posting text neutralised, the program's own untouched.
fn safe_cells(p: &PostingAnalysis, today: Date) -> [String; 8] {
    let mut cells = cells(p, today);
    for (cell, from_posting) in cells.iter_mut().zip(FROM_POSTING) {
        if from_posting {
            if let Cow::Owned(safe) = neutralised(cell) {
                *cell = safe;
            }
        }
    }
    cells
}

fn language(l: &LanguageRequirement) -> String {
    let level = level_text(l).map_or(String::new(), |lv| format!(" {lv}"));
    format!("{}{level} ({})", l.name, l.requirement.word())
}

/// The cells of one posting. Days left are counted from `today`, not from when it was analysed.
pub fn cells(p: &PostingAnalysis, today: Date) -> [String; 8] {
    let days_left = p
        .deadline
        .as_ref()
        .map(|d| d.date)
        .map_or(String::new(), |d| today.days_until(d).to_string());
    [
        p.organisation.clone().unwrap_or_default(),
        p.title.clone().unwrap_or_default(),
        p.deadline.as_ref().map_or(String::new(), |d| d.when()),
        days_left,
        p.languages
            .iter()
            .map(language)
            .collect::<Vec<_>>()
            .join("; "),
        p.eligibility
            .iter()
            .map(|e| summary_of(e, Catalogue::english()))
            .collect::<Vec<_>>()
            .join(" "),
        p.conditions
            .salary
            .as_ref()
            .map_or(String::new(), |s| s.describe(Catalogue::english())),
        p.application
            .urls
            .first()
            .map(|url| readable(url))
            .or(p.application.emails.first().cloned())
            .unwrap_or_default(),
    ]
}

/// A tab-separated row (no line break): tabs and line breaks inside cells become spaces. A
/// cell starting with `"` is quoted (its quotes doubled), as spreadsheets expect, so that an
/// opening quote cannot swallow the tabs that follow and shift the columns.
pub fn tsv_row(p: &PostingAnalysis, today: Date) -> String {
    safe_cells(p, today)
        .iter()
        .map(|c| {
            let flat = c.replace(['\t', '\n', '\r'], " ");
            if flat.starts_with('"') {
                format!("\"{}\"", flat.replace('"', "\"\""))
            } else {
                flat
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
}

/// RFC 4180 CSV with a header line, one row per posting, CRLF line ends.
pub fn csv<'a>(postings: impl IntoIterator<Item = &'a PostingAnalysis>, today: Date) -> String {
    let quote = |cell: &str| {
        if cell.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_string()
        }
    };
    let mut out = COLUMNS.join(",") + "\r\n";
    for p in postings {
        let row: Vec<String> = safe_cells(p, today).iter().map(|c| quote(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    const POSTING: &str = "Policy Officer\nDeadline: 30 November 2025\nFluent in English and French; Dutch is an asset.\nSalary: EUR 3,500 – 4,200 gross per month.\nApply at https://example.org/jobs/42";

    #[test]
    fn a_row_has_every_column_in_order() {
        let p = one(POSTING);
        let row = tsv_row(&p, Date::constant(2025, 11, 20));
        let cells: Vec<&str> = row.split('\t').collect();
        assert_eq!(cells.len(), COLUMNS.len());
        assert_eq!(cells[1], "Policy Officer");
        assert_eq!(cells[2], "2025-11-30");
        assert_eq!(cells[3], "10");
        assert!(cells[4].starts_with("English"), "{}", cells[4]);
        assert!(cells[6].starts_with("EUR 3500"), "{}", cells[6]);
        assert_eq!(cells[7], "https://example.org/jobs/42");
        assert!(!row.contains('\n'));
    }

    #[test]
    fn neutralised_per_first_character() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("   =HYPERLINK(\"x\")", "'   =HYPERLINK(\"x\")"),
            ("Policy Officer", "Policy Officer"),
            ("Officer = lead", "Officer = lead"),
            ("'quoted", "'quoted"),
            ("\"quoted", "\"quoted"),
            ("", ""),
            ("Équipe", "Équipe"),
        ];
        for (cell, want) in cases {
            assert_eq!(neutralised(cell), want, "{cell:?}");
        }
    }

    const FORMULA_ORGANISATION: &str =
        include_str!("../../tests/fixtures/attacks/formula-organisation.txt");
    const FORMULA_TITLE: &str = include_str!("../../tests/fixtures/attacks/formula-title.txt");
    const TSV_QUOTE_TITLE: &str = include_str!("../../tests/fixtures/attacks/tsv-quote-title.txt");

    #[test]
    fn posting_text_never_reaches_a_cell_as_a_formula() {
        let today = Date::constant(2025, 11, 20);
        for text in [FORMULA_ORGANISATION, FORMULA_TITLE] {
            let p = one(text);
            let (org, title) = (p.organisation.clone(), p.title.clone());
            assert!(
                [&org, &title]
                    .iter()
                    .any(|c| c.as_deref().is_some_and(|c| c.starts_with(['=', '+']))),
                "the fixture puts a formula in a cell: {org:?} {title:?}"
            );
            for cell in tsv_row(&p, today).split('\t') {
                assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
            }
            let csv = csv([&p], today);
            let row = csv.split("\r\n").nth(1).unwrap();
            assert!(row.starts_with("'") || row.contains(",'"), "{row}");
            assert!(!row.starts_with(['=', '+']) && !row.contains(",=") && !row.contains(",+"));
        }
    }

    #[test]
    fn a_look_alike_host_shows_its_ascii_form() {
        let p = one(include_str!("../../tests/fixtures/attacks/idn-link.txt"));
        let row = tsv_row(&p, Date::constant(2025, 11, 20));
        assert_eq!(
            row.split('\t').nth(7),
            Some("https://раураl.com/jobs/42 (https://xn--l-7sba6dbr.com/jobs/42)")
        );
    }

    #[test]
    fn the_programs_own_cells_stay_as_they_are() {
        // Closed ten days ago: "-10" days left is a number, not posting text.
        let row = tsv_row(&one(POSTING), Date::constant(2025, 12, 10));
        assert_eq!(row.split('\t').nth(3), Some("-10"));
        let csv = csv([&one(POSTING)], Date::constant(2025, 12, 10));
        assert!(csv.contains(",-10,"), "{csv}");
    }

    #[test]
    fn a_quote_cannot_shift_the_columns_of_a_tsv_row() {
        let p = one(TSV_QUOTE_TITLE);
        assert!(p.title.as_deref().is_some_and(|t| t.starts_with('"')));
        let row = tsv_row(&p, Date::constant(2025, 11, 20));
        let cells: Vec<&str> = row.split('\t').collect();
        assert_eq!(cells.len(), COLUMNS.len());
        // Quoted as a spreadsheet reads it: the quote closes in its own cell.
        assert!(
            cells[1].starts_with("\"\"\"") && cells[1].ends_with('"'),
            "{}",
            cells[1]
        );
        assert_eq!(cells[2], "2025-11-30");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = [
            one(POSTING),
            one("Chargée de projets, \"junior\"\nDate limite : 1er décembre 2025"),
        ];
        let csv = csv(&rows, Date::constant(2025, 11, 20));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert!(
            lines[2].contains("\"Chargée de projets, \"\"junior\"\"\""),
            "{}",
            lines[2]
        );
        assert_eq!(lines.len(), 4, "header, two rows, final line end");
    }
}
