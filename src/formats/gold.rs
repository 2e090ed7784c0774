//! A posting's answers in the corpus gold format (`NAME.gold.json` beside `NAME.txt`, described
//! in the shared corpus' README): what "Save as a test case" downloads with the text, so that a
//! posting the analysis got wrong, once corrected by the user, can join a corpus and the rule
//! behind the miss can be fixed for everyone. `vacancy-lens score` reads it back.
//!
//! The gold keeps the corpus' conventions, not the export's: a language's `level` only when the
//! text states a CEFR level (a level inferred from "fluent" is null), eligibility as a list of
//! kinds, the contract as its type and length.

use crate::i18n::Catalogue;
use serde_json::{json, Value};

use crate::analysis::languages::LevelSource;
use crate::analysis::PostingAnalysis;

/// The gold of `postings` (an analysis of one text, corrections applied). `source` says where
/// the text comes from; each posting's `notes` list the user's corrections.
pub fn gold(postings: &[PostingAnalysis], source: &str) -> Value {
    let text_language = postings.first().map(|p| p.text_language.as_str());
    json!({
        "source": source,
        "text_language": text_language,
        "postings": postings.iter().map(posting).collect::<Vec<_>>(),
    })
}

fn posting(p: &PostingAnalysis) -> Value {
    let deadline = p.deadline.as_ref().map(|d| {
        json!({
            "date": d.date.to_string(),
            "time": d.time.map(|t| t.to_string()),
            "timezone": d.timezone.as_ref().map(|z| z.to_string()),
        })
    });
    let languages: Vec<Value> = p
        .languages
        .iter()
        .map(|l| {
            let stated = l.level_source == Some(LevelSource::Stated);
            let mut language = json!({
                "language": l.language,
                "requirement": l.requirement,
                "level": l.level.filter(|_| stated),
            });
            if let Some(group) = &l.one_of {
                language["one_of"] = json!(group);
            }
            language
        })
        .collect();
    let mut kinds: Vec<&str> = Vec::new();
    for e in &p.eligibility {
        if !kinds.contains(&e.kind.key()) {
            kinds.push(e.kind.key());
        }
    }
    let c = &p.conditions;
    let notes = if p.corrections.is_empty() {
        "As analysed by Vacancy Lens, checked by its user with no correction.".to_string()
    } else {
        let corrected: Vec<String> = p
            .corrections
            .iter()
            .map(|c| c.describe(Catalogue::english()))
            .collect();
        format!("Corrected by the user: {}.", corrected.join("; "))
    };
    json!({
        "title": p.title,
        "organisation": p.organisation,
        "deadline": deadline,
        "start_date": p.start_date,
        "languages": languages,
        "eligibility": kinds,
        "salary": c.salary.as_ref().map(|s| json!({
            "min": s.min, "max": s.max, "currency": s.currency, "period": s.period, "gross": s.gross,
        })),
        "contract": c.contract.as_ref().map(|k| json!({
            "type": k.kind, "duration_months": k.duration_months,
        })),
        "working_time": c.working_time.as_ref().map(|w| json!({
            "full_time": w.full_time,
            "hours_per_week": w.hours_per_week.map(|h| h.max),
        })),
        "notes": notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    #[test]
    fn answers_in_the_corpus_conventions() {
        let p = one("Policy Officer\nDeadline: 30 January 2024, 12:00 CET.\nFluent French (C1) is required; Dutch is an asset.\n\
            Only EU citizens may apply, and a work permit is needed. EU citizenship again.\n\
            Salary EUR 3.000 per month, gross. Fixed-term contract of 12 months.");
        let g = gold(std::slice::from_ref(&p), "a test");
        let p0 = &g["postings"][0];
        assert_eq!(g["source"], "a test");
        assert_eq!(
            p0["deadline"],
            json!({"date": "2024-01-30", "time": "12:00", "timezone": "CET"})
        );
        assert_eq!(
            p0["languages"],
            json!([
                {"language": "fr", "requirement": "required", "level": "C1"},
                {"language": "nl", "requirement": "asset", "level": null},
            ])
        );
        assert_eq!(p0["eligibility"], json!(["citizenship", "work_permit"]));
        assert_eq!(
            p0["salary"],
            json!({"min": 3000.0, "max": 3000.0, "currency": "EUR", "period": "month", "gross": true})
        );
        assert_eq!(
            p0["contract"],
            json!({"type": "fixed_term", "duration_months": 12})
        );
        assert!(p0["notes"].as_str().unwrap().contains("no correction"));
    }

    #[test]
    fn an_inferred_level_is_no_level_in_the_gold() {
        let g = gold(&[one("Fluent English is required.")], "x");
        assert_eq!(g["postings"][0]["languages"][0]["level"], Value::Null);
    }
}
