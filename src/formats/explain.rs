//! `vacancy-lens --explain`: every finding of every posting with the words it stands on and
//! the rules that decided it, as plain text for a person reading a terminal.

use std::fmt::Write;

use crate::analysis::PostingAnalysis;
use crate::i18n::Catalogue;
use crate::view::shown_as;
use crate::vocabulary::Evidence;

/// Each posting, then each of its findings: its id, what it means, where it is, and why.
pub fn explain(postings: &[PostingAnalysis]) -> String {
    let mut out = String::new();
    for (n, p) in postings.iter().enumerate() {
        let title = p.title.as_deref().unwrap_or("(no title found)");
        let _ = writeln!(
            out,
            "Posting {} of {}: {title} (chars {}–{}, written in {})",
            n + 1,
            postings.len(),
            p.span.start(),
            p.span.end(),
            p.text_language
        );
        for finding in p.findings() {
            let (_, meaning) = shown_as(p, finding, Catalogue::english());
            let _ = writeln!(out, "  {}  {meaning}", finding.id());
            let _ = writeln!(out, "      {}", quoted(finding.evidence()));
            for reason in finding.reasons() {
                let cue = reason.cue.as_ref().map_or(String::new(), |c| {
                    format!("  [{}: {}]", c.tag, quoted(&c.evidence))
                });
                let _ = writeln!(out, "      why ({}): {}{cue}", reason.rule, reason.because);
            }
        }
    }
    out
}

/// `"fluent" at 120–126`, with line breaks shown as spaces.
fn quoted(e: &Evidence) -> String {
    let text: String = e
        .text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("\"{text}\" at {}–{}", e.start, e.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    #[test]
    fn each_finding_with_its_words_and_reasons() {
        let text = "Policy Officer\nApplications close on 30 November 2025.\nProfile\n- Fluent French is required; Dutch is an asset.";
        let out = explain(&[one(text)]);
        let want = [
            "Posting 1 of 1: Policy Officer (chars 0–",
            "  deadline-deadline  Deadline — 30 November 2025",
            "      \"30 November 2025\" at 37–53",
            "  language-fr  French — required, ≈C1",
            "      why (requirement.cue): required: \"required\" in its sentence  [requirement/required: \"required\" at ",
            "      why (languages.level): ≈C1: \"Fluent\" implies it  [languages/level.C1: \"Fluent\" at ",
            "  language-nl  Dutch — asset",
            "      why (requirement.cue): asset: \"is an asset\" in its sentence",
        ];
        for line in want {
            assert!(out.contains(line), "{line:?} missing from:\n{out}");
        }
    }
}
