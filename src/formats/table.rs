//! One posting as a spreadsheet row: tab-separated for pasting into a tracker, or CSV for
//! several saved analyses at once.

use crate::calendar::Date;

use crate::analysis::languages::LanguageRequirement;
use crate::analysis::PostingAnalysis;
use crate::view::{level_text, requirement_word};

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

fn language(l: &LanguageRequirement) -> String {
    let level = level_text(l).map_or(String::new(), |lv| format!(" {lv}"));
    format!("{}{level} ({})", l.name, requirement_word(l.requirement))
}

/// The cells of one posting. Days left are counted from `today`, not from when it was analysed.
pub fn cells(p: &PostingAnalysis, today: Date) -> [String; 8] {
    let days_left = p
        .deadline
        .as_ref()
        .and_then(|d| d.date.parse::<Date>().ok())
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
            .map(|e| e.summary.clone())
            .collect::<Vec<_>>()
            .join(" "),
        p.conditions
            .salary
            .as_ref()
            .map_or(String::new(), |s| s.describe()),
        p.application
            .urls
            .first()
            .or(p.application.emails.first())
            .cloned()
            .unwrap_or_default(),
    ]
}

/// A tab-separated row (no line break): tabs and line breaks inside cells become spaces.
pub fn tsv_row(p: &PostingAnalysis, today: Date) -> String {
    cells(p, today)
        .iter()
        .map(|c| c.replace(['\t', '\n', '\r'], " "))
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
        let row: Vec<String> = cells(p, today).iter().map(|c| quote(c)).collect();
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
