//! Properties of the analysis on arbitrary text: it never panics, every evidence is the exact
//! slice of the input it claims, spans lie in bounds and in order, and the output is the same
//! twice. Generators mix the corpus' own words and dates with emoji, RTL, NBSP, CRLF and
//! control characters, because that is what pasted pages contain.

mod common;

use proptest::prelude::*;
use vacancy_lens::analysis::corrections::{apply_all, Correction, Value};
use vacancy_lens::analysis::eligibility::EligibilityKind;
use vacancy_lens::analysis::{analyze, verify_evidence, Evidence, Requirement};
use vacancy_lens::calendar::Date;
use vacancy_lens::i18n::Catalogue;
use vacancy_lens::vocabulary::Cefr;

/// Checks every invariant of one analysis; returns a description of the first broken one.
fn check(text: &str) -> Result<(), String> {
    let first = analyze(text, common::TODAY);
    verify_evidence(text, &first)?;
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

/// A correction as an import or a damaged record may hold: any finding, any offsets (in bounds
/// or not, start after end), words that may or may not be in the text, any kind of value.
fn any_correction() -> impl Strategy<Value = Correction> {
    let finding = prop_oneof![
        Just("deadline".to_string()),
        Just("language-fr".to_string()),
        Just("eligibility-work_permit".to_string()),
        Just("condition-salary".to_string()),
        Just("condition-contract".to_string()),
        Just("start-date".to_string()),
        "[a-z-]{0,20}",
    ];
    let words = prop_oneof![
        Just(String::new()),
        Just("French".to_string()),
        Just("30 November 2025".to_string()),
        Just("😀".to_string()),
        any::<String>(),
    ];
    let value = prop_oneof![
        Just(Value::NoDeadline),
        Just(Value::Removed),
        Just(Value::deadline_at(Date::constant(2025, 12, 1), None, None)),
        Just(Value::Language {
            language: "fr".into(),
            requirement: Requirement::Asset,
            level: Some(Cefr::B2),
        }),
        Just(Value::Eligibility {
            kind: EligibilityKind::Medical,
            requirement: Requirement::Required,
        }),
        any::<String>().prop_map(|text| Value::Condition {
            text,
            requirement: Requirement::Asset,
        }),
        Just(Value::StartDate { start_date: None }),
    ];
    (finding, 0usize..400, 0usize..400, words, value).prop_map(
        |(finding, start, end, text, value)| {
            Correction::new(finding, Evidence { start, end, text }, value)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn analysis_invariants_hold_on_pasted_text(text in pasted_text()) {
        if let Err(problem) = check(&text) {
            prop_assert!(false, "{}", problem);
        }
    }

    /// Corrections of any shape never panic, and what they leave holds the evidence promise: a
    /// correction kept stands on words of the text, one whose words are gone is reported.
    #[test]
    fn corrections_keep_the_evidence_exact(
        text in pasted_text(),
        corrections in prop::collection::vec(any_correction(), 0..6),
    ) {
        let mut postings = analyze(&text, common::TODAY);
        let per_posting = vec![corrections.clone(); postings.len()];
        let stale = apply_all(&mut postings, per_posting.iter().map(Vec::as_slice), &text, common::TODAY, Catalogue::english());
        if let Err(problem) = verify_evidence(&text, &postings) {
            prop_assert!(false, "{}", problem);
        }
        let kept: usize = postings.iter().map(|p| p.corrections.len()).sum();
        prop_assert_eq!(kept + stale.len(), corrections.len() * postings.len());
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

/// Inputs built to hurt: huge single lines, floods of dates and cue words, one emoji repeated,
/// control characters, scripts mixed with right-to-left text. Each must finish (the bench shows
/// the time is linear) and keep the invariants.
#[test]
fn adversarial_inputs_keep_the_invariants() {
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
        // A 5 MB single line of posting words: no line breaks to bound a scan.
        "Deadline 30 November 2025 fluent French EU citizenship ".repeat(5 << 20 >> 6),
        // 100 000 dates in a list.
        (0..100_000)
            .map(|i| format!("{}.{}.20{:02}", i % 28 + 1, i % 12 + 1, i % 40))
            .collect::<Vec<_>>()
            .join("\n"),
        // 1 MB of one emoji (4 bytes each).
        "🎉".repeat(1 << 18),
        // Every control character between words.
        (0u8..32)
            .map(|c| format!("Deadline{}1 May 2025", char::from(c)))
            .collect(),
        // Arabic, Hebrew and Latin with bidi controls around the constraints.
        "\u{202e}Deadline: 1 May 2025\u{202c} الموعد النهائي ١ مايو ٢٠٢٥ שפה: עברית\u{200f} Fluent in English \u{2067}and French\u{2069} ✓"
            .repeat(2_000),
    ];
    for text in cases {
        check(&text)
            .unwrap_or_else(|e| panic!("{}…: {e}", text.chars().take(30).collect::<String>()));
    }
}

/// Inputs the fuzzer, proptest or a person found breaking an invariant, one file each under
/// `tests/fixtures/regressions/` (its README says what each broke).
#[test]
fn regression_inputs_keep_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regressions");
    let mut found = 0;
    for entry in std::fs::read_dir(&dir).expect("the regressions folder") {
        let path = entry.expect("a readable entry").path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).expect("a regression input is UTF-8");
            check(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            found += 1;
        }
    }
    assert!(
        found >= 3,
        "the regression inputs are missing from {}",
        dir.display()
    );
}
