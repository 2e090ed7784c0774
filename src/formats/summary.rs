//! `vacancy-lens --format text`: what decides whether to apply, for a person at a terminal:
//! the deadline with the days left, the languages, who may apply and the conditions, each with
//! the line of the text it comes from.

use std::fmt::Write;

use crate::analysis::PostingAnalysis;
use crate::i18n::{Catalogue, Msg};
use crate::view::{days_phrase, language_tip, start_label};
use crate::vocabulary::Evidence;

/// Widest excerpt of a line shown under a finding.
const EXCERPT_CHARS: usize = 72;

/// Each posting's summary, one block per posting.
pub fn summary(postings: &[PostingAnalysis], text: &str, cat: &Catalogue) -> String {
    let lines = Lines::of(text);
    let mut out = String::new();
    for (n, p) in postings.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let untitled = cat.t(Msg::SummaryNoTitle);
        let title = p.title.as_deref().unwrap_or(&untitled);
        let organisation = p
            .organisation
            .as_ref()
            .map_or(String::new(), |o| format!(" — {o}"));
        let of = if postings.len() > 1 {
            let of = [("n", (n + 1).into()), ("count", postings.len().into())];
            format!(" {}", cat.f(Msg::SummaryOf, &of))
        } else {
            String::new()
        };
        let _ = writeln!(out, "{title}{organisation}{of}");
        let mut section = |name: Msg, items: Vec<(String, Option<&Evidence>)>| {
            let _ = writeln!(out, "{}", cat.t(name));
            if items.is_empty() {
                let _ = writeln!(out, "  {}", cat.t(Msg::SummaryNoneFound));
            }
            for (what, evidence) in items {
                let _ = writeln!(out, "  {what}");
                if let Some(e) = evidence.filter(|e| !e.text.is_empty()) {
                    let _ = writeln!(out, "    {}", lines.at(e.start, cat));
                }
            }
        };
        let deadline = p.deadline.as_ref().map(|d| {
            let corrected = if p.corrections.iter().any(|c| c.finding == "deadline") {
                format!(" {}", cat.t(Msg::SummaryCorrected))
            } else {
                String::new()
            };
            let when = format!("{} — {}{corrected}", d.written(cat), days_phrase(d, cat));
            (when, Some(&d.evidence))
        });
        section(Msg::HeadingDeadline, deadline.into_iter().collect());
        let languages = p
            .languages
            .iter()
            .map(|l| (language_tip(l, cat), Some(&l.evidence)));
        section(Msg::HeadingLanguages, languages.collect());
        let eligibility = p
            .eligibility
            .iter()
            .map(|e| (e.summary.clone(), Some(&e.evidence)));
        section(Msg::HeadingWhoMayApply, eligibility.collect());
        let c = &p.conditions;
        let conditions = [
            c.salary
                .as_ref()
                .map(|s| (s.labelled(cat), Some(&s.evidence))),
            c.contract
                .as_ref()
                .map(|k| (k.describe(cat), Some(&k.evidence))),
            c.working_time
                .as_ref()
                .map(|w| (w.describe(cat), Some(&w.evidence))),
            c.remote
                .as_ref()
                .map(|r| (r.labelled(cat), Some(&r.evidence))),
            p.start_date.as_ref().map(|s| (start_label(s, cat), None)),
        ];
        section(
            Msg::HeadingConditions,
            conditions.into_iter().flatten().collect(),
        );
    }
    out
}

/// Where each line of the text starts, in chars, to name a finding's line.
struct Lines<'t> {
    text: &'t str,
    /// (char offset, byte offset) of each line's start.
    starts: Vec<(usize, usize)>,
}

impl<'t> Lines<'t> {
    fn of(text: &'t str) -> Lines<'t> {
        let mut starts = vec![(0, 0)];
        for (chars, (bytes, c)) in text.char_indices().enumerate() {
            if c == '\n' {
                starts.push((chars + 1, bytes + 1));
            }
        }
        Lines { text, starts }
    }

    /// "line 12: Fluent French is required; …" for the line holding char `at`.
    fn at(&self, at: usize, cat: &Catalogue) -> String {
        let n = self.starts.partition_point(|&(c, _)| c <= at).max(1);
        let from = self.starts[n - 1].1;
        let line = self.text[from..].lines().next().unwrap_or("").trim();
        let mut excerpt: String = line.chars().take(EXCERPT_CHARS).collect();
        if line.chars().count() > EXCERPT_CHARS {
            excerpt.push('…');
        }
        cat.f(
            Msg::SummaryLine,
            &[("n", n.into()), ("excerpt", (&excerpt).into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::calendar::Date;

    #[test]
    fn each_finding_with_its_line() {
        let text = "Policy Officer\nApplications close on 30 November 2025.\nFluent French is required; Dutch is an asset.\n\
            Only EU citizens may apply.\nGross salary EUR 3.000 per month.";
        let out = summary(
            &analyze(text, Date::constant(2025, 11, 20)),
            text,
            Catalogue::english(),
        );
        let want = "Policy Officer\nDeadline\n  30 November 2025 — in 10 days\n    line 2: Applications close on 30 November 2025.\n\
            Languages\n  French — required, ≈C1\n    line 3: Fluent French is required; Dutch is an asset.\n  Dutch — asset\n    line 3: ";
        assert!(out.starts_with(want), "{out}");
        assert!(out.contains("Who may apply\n  Citizenship of an EU member state is required.\n    line 4: Only EU citizens may apply.\n"), "{out}");
        assert!(
            out.contains("Conditions\n  Salary EUR 3000 per month, gross\n    line 5: "),
            "{out}"
        );
    }

    #[test]
    fn says_what_is_missing_and_cuts_long_lines() {
        let long = format!("Apply by 1 March 2026. {}", "word ".repeat(40));
        let out = summary(
            &analyze(&long, Date::constant(2026, 3, 1)),
            &long,
            Catalogue::english(),
        );
        assert!(out.contains("Languages\n  none found\n"), "{out}");
        assert!(
            out.contains("— closes today\n    line 1: Apply by 1 March 2026. word"),
            "{out}"
        );
        assert!(out.contains("…\n"), "{out}");
    }
}
