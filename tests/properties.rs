//! Properties of the analysis on arbitrary text: it never panics, every evidence is the exact
//! slice of the input it claims, spans lie in bounds and in order, and the output is the same
//! twice. Generators mix the corpus' own words and dates with emoji, RTL, NBSP, CRLF and
//! control characters, because that is what pasted pages contain.

mod common;

use proptest::prelude::*;
use vacancy_lens::analysis::{analyze, Evidence, PostingAnalysis};

fn evidences(p: &PostingAnalysis) -> Vec<&Evidence> {
    let mut out: Vec<&Evidence> = Vec::new();
    out.extend(p.deadline.as_ref().map(|d| &d.evidence));
    out.extend(p.dates.iter().map(|d| &d.evidence));
    out.extend(p.languages.iter().map(|l| &l.evidence));
    out.extend(p.eligibility.iter().map(|e| &e.evidence));
    let c = &p.conditions;
    out.extend(c.salary.as_ref().map(|s| &s.evidence));
    out.extend(c.contract.as_ref().map(|s| &s.evidence));
    out.extend(c.working_time.as_ref().map(|s| &s.evidence));
    out.extend(c.remote.as_ref().map(|s| &s.evidence));
    out.extend(c.benefits.iter().map(|b| &b.evidence));
    out.extend(p.requirements.iter().map(|r| &r.evidence));
    out.extend(p.application.found.iter().map(|f| &f.evidence));
    out.extend(p.checklist.iter().filter_map(|i| i.evidence.as_ref()));
    out
}

/// Checks every invariant of one analysis; returns a description of the first broken one.
fn check(text: &str) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    let first = analyze(text, common::TODAY);
    let mut previous_end = 0;
    for p in &first {
        if p.span.start < previous_end || p.span.end > chars.len() || p.span.start > p.span.end {
            return Err(format!("posting span {:?} out of order or bounds", p.span));
        }
        previous_end = p.span.end;
        for e in evidences(p) {
            if e.start > e.end || e.end > chars.len() {
                return Err(format!(
                    "evidence {e:?} out of bounds ({} chars)",
                    chars.len()
                ));
            }
            let slice: String = chars[e.start..e.end].iter().collect();
            if slice != e.text {
                return Err(format!("evidence {e:?} is not the input slice {slice:?}"));
            }
        }
    }
    if analyze(text, common::TODAY) != first {
        return Err("two runs differ".into());
    }
    Ok(())
}

fn pasted_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Deadline: 30 November 2025 23:59 CET".to_string()),
        Just("date limite : le 1er décembre à 12h".to_string()),
        Just("uiterlijk 5 januari 2025".to_string()),
        Just("Bewerbungsschluss: 31.01.2025".to_string()),
        Just("January 26, 2026March 12, 2026".to_string()),
        Just("Fluent in English or French; Dutch is an asset.".to_string()),
        Just("EU citizenship or a valid residence permit".to_string()),
        Just("EUR 42.012 – 44.568 per annum".to_string()),
        Just("jobs@example.org www.example.org/apply".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("’".to_string()),
        Just("שלום עולם".to_string()),
        Just("İ ẞ ǅ".to_string()),
        Just("\u{0}\u{7}\u{1b}".to_string()),
        "[a-zA-Z0-9 .,:;/()€%-]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn analysis_invariants_hold_on_pasted_text(text in pasted_text()) {
        if let Err(problem) = check(&text) {
            prop_assert!(false, "{}", problem);
        }
    }
}

#[test]
fn invariants_hold_on_the_corpus_and_its_mutations() {
    for (name, text) in common::corpus_texts() {
        let variants = [
            text.clone(),
            text.replace('\n', "\r\n"),
            text.replace(' ', "\u{a0}"),
            format!("😀\u{301}{}", text.replace("e", "e\u{301}")),
            text.chars().rev().collect::<String>(),
        ];
        for (i, v) in variants.iter().enumerate() {
            check(v).unwrap_or_else(|e| panic!("{name} variant {i}: {e}"));
        }
    }
}

#[test]
fn adversarial_inputs_do_not_panic() {
    let cases = [
        String::new(),
        "\u{0}".repeat(1000),
        "😀".repeat(20_000),
        "1/1/2025 ".repeat(5_000),
        "30 November 2025".repeat(2_000),
        "a".repeat(300_000),
        "English or ".repeat(3_000),
        "€".repeat(10_000),
        "\n".repeat(50_000),
        format!("{}{}", "Deadline:".repeat(1000), "9".repeat(1000)),
    ];
    for text in cases {
        check(&text)
            .unwrap_or_else(|e| panic!("{}…: {e}", text.chars().take(30).collect::<String>()));
    }
}
