//! Any text: the analysis must not panic, every evidence must be the slice of the input it
//! claims, and two runs must agree.
#![no_main]

use vacancy_lens::calendar::Date;
use libfuzzer_sys::fuzz_target;
use vacancy_lens::analysis::{analyze, verify_evidence};

fuzz_target!(|text: &str| {
    let today = Date::constant(2025, 6, 1);
    let postings = analyze(text, today);
    if let Err(problem) = verify_evidence(text, &postings) {
        panic!("{problem}");
    }
    assert!(analyze(text, today) == postings, "two runs differ");
});
