//! What the page's correction controls make of what the user typed, chose or selected: each
//! turns form values into a [`Value`] of a [`Correction`], or a message saying what is wrong
//! with them. Plain Rust, tested natively; the controls themselves are in `app::components`.

use crate::analysis::conditions::{parse_amount, ContractType, PayPeriod};
use crate::analysis::corrections::{Correction, Value};
use crate::analysis::eligibility::EligibilityKind;
use crate::analysis::lexicon::Words;
use crate::analysis::{analyze, PostingAnalysis};
use crate::calendar::{ClockTime, Date, Zone};
use crate::vocabulary::{Cefr, Evidence, Requirement};

/// The zones a deadline can be given in: as the form offers them, `(value, label)`.
pub const ZONES: [(&str, &str); 5] = [
    ("", "no zone (local time)"),
    ("Europe/Brussels", "Brussels time (CET/CEST)"),
    ("CET", "CET"),
    ("CEST", "CEST"),
    ("UTC", "UTC"),
];

/// The kinds of condition the user can name, with their labels.
pub const KINDS: [EligibilityKind; 6] = [
    EligibilityKind::Citizenship,
    EligibilityKind::ResidencePermit,
    EligibilityKind::WorkPermit,
    EligibilityKind::SecurityClearance,
    EligibilityKind::LocalResidence,
    EligibilityKind::Medical,
];

/// The same kinds as the forms offer them, `(key, label)` (a test holds them to [`KINDS`]).
pub const KIND_CHOICES: [(&str, &str); 6] = [
    ("citizenship", "Citizenship"),
    ("residence_permit", "Residence permit"),
    ("work_permit", "Work permit"),
    ("security_clearance", "Security clearance"),
    ("local_residence", "Living in the country"),
    ("medical", "Medical fitness"),
];

/// Required or an asset, as the forms offer them.
pub const REQUIREMENTS: [(&str, &str); 2] = [("required", "required"), ("asset", "an asset")];

/// CEFR levels as the forms offer them.
pub const LEVELS: [(&str, &str); 7] = [
    ("", "no level"),
    ("A1", "A1"),
    ("A2", "A2"),
    ("B1", "B1"),
    ("B2", "B2"),
    ("C1", "C1"),
    ("C2", "C2"),
];

/// Gross or net, as the salary form offers them.
pub const GROSS: [(&str, &str); 3] = [("", "not stated"), ("gross", "gross"), ("net", "net")];

/// What selected words can be added as, `(value, label)`: see [`picked`].
pub const PICKS: [(&str, &str); 9] = [
    ("deadline", "the deadline"),
    ("language", "a language asked for"),
    ("citizenship", "who may apply: citizenship"),
    ("residence_permit", "who may apply: residence permit"),
    ("work_permit", "who may apply: work permit"),
    ("security_clearance", "who may apply: security clearance"),
    ("local_residence", "who may apply: living in the country"),
    ("medical", "who may apply: medical fitness"),
    ("condition", "another condition"),
];

/// Pay periods as the form offers them, `(value, label)`.
pub const PERIODS: [(&str, &str); 6] = [
    ("", "period not stated"),
    ("year", "per year"),
    ("month", "per month"),
    ("week", "per week"),
    ("day", "per day"),
    ("hour", "per hour"),
];

/// Contract types as the form offers them, `(value, label)`.
pub const CONTRACTS: [(&str, &str); 5] = [
    ("", "not stated"),
    ("fixed_term", "fixed term"),
    ("open_ended", "open-ended"),
    ("traineeship", "traineeship"),
    ("freelance", "freelance"),
];

/// A deadline from a date field (`YYYY-MM-DD`), a time field (`HH:MM`, may be empty) and a
/// zone of [`ZONES`].
pub fn deadline(date: &str, time: &str, zone: &str) -> Result<Value, String> {
    let date: Date = date
        .trim()
        .parse()
        .map_err(|_| "Give the deadline's date (day, month and year).".to_string())?;
    let time = match time.trim() {
        "" => None,
        t => Some(
            ClockTime::try_from(t.to_string())
                .map_err(|_| format!("{t} is not a time of day (HH:MM)."))?,
        ),
    };
    let timezone = match zone {
        "" => None,
        _ if time.is_none() => return Err("A zone needs a time: give the time too.".to_string()),
        z => Some(Zone::from(z.to_string())),
    };
    Ok(Value::Deadline {
        date,
        time,
        timezone,
    })
}

/// A salary from the form: amounts as people write them ("3.500", "3 500,50"), at least one.
pub fn salary(
    min: &str,
    max: &str,
    currency: &str,
    period: &str,
    gross: &str,
) -> Result<Value, String> {
    let amount = |written: &str, which: &str| match written.trim() {
        "" => Ok(None),
        w => parse_amount(w)
            .map(Some)
            .ok_or_else(|| format!("The {which} amount, {w}, is not a number.")),
    };
    let (min, max) = (amount(min, "lowest")?, amount(max, "highest")?);
    if min.is_none() && max.is_none() {
        return Err("Give at least one amount.".to_string());
    }
    if let (Some(a), Some(b)) = (min, max) {
        if a > b {
            return Err("The lowest amount is above the highest.".to_string());
        }
    }
    // Left empty, the currency is the euro (the form says so).
    let currency = match currency.trim() {
        "" => "EUR".to_string(),
        c => c.to_ascii_uppercase(),
    };
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err("The currency is a three-letter code, such as EUR.".to_string());
    }
    let period = PayPeriod::of_key(period);
    let gross = match gross {
        "gross" => Some(true),
        "net" => Some(false),
        _ => None,
    };
    Ok(Value::Salary {
        min,
        max,
        currency,
        period,
        gross,
    })
}

/// A contract from a type of [`CONTRACTS`] and a length in months (may be empty).
pub fn contract(kind: &str, months: &str) -> Result<Value, String> {
    let kind = ContractType::of_key(kind);
    let duration_months = match months.trim() {
        "" => None,
        m => Some(
            m.parse::<u32>()
                .ok()
                .filter(|&n| (1..=120).contains(&n))
                .ok_or_else(|| format!("{m} is not a length in months (1 to 120)."))?,
        ),
    };
    if kind.is_none() && duration_months.is_none() {
        return Err("Choose a type of contract or give its length.".to_string());
    }
    Ok(Value::Contract {
        kind,
        duration_months,
    })
}

/// A start date: a date (`YYYY-MM-DD`), `asap`, or `none`.
pub fn start(written: &str) -> Result<Value, String> {
    let start_date = match written.trim() {
        "" => return Err("Give the start date (YYYY-MM-DD), asap, or none.".to_string()),
        "none" => None,
        "asap" => Some("asap".to_string()),
        d => Some(
            d.parse::<Date>()
                .map_err(|_| format!("{d} is not a date (YYYY-MM-DD) nor asap."))?
                .to_string(),
        ),
    };
    Ok(Value::StartDate { start_date })
}

/// The first date written in a selection, as a deadline ("use these words as the deadline").
pub fn date_in(selected: &str, today: Date) -> Option<Value> {
    let posting = analyze(selected, today).into_iter().next()?;
    let date = posting.dates.into_iter().next()?;
    Some(Value::Deadline {
        date: date.date,
        time: date.time,
        timezone: date.timezone,
    })
}

/// What the selected words `text` are, as the user chose among [`PICKS`]: the id of the
/// finding they make and its value, or what is missing.
pub fn picked(what: &str, text: &str, today: Date) -> Result<(String, Value), String> {
    let value = match what {
        "deadline" => date_in(text, today).ok_or(
            "No date in the selected words: select the date itself, or type it under “Correct the deadline”.",
        )?,
        "language" => {
            let code = language_in(text).ok_or("No language named in the selected words.")?;
            language(&code, "required", "")
        }
        "condition" => Value::Condition {
            text: text.to_string(),
            requirement: Requirement::Required,
        },
        kind => eligibility(kind, "required").ok_or("Choose what the selected words are.")?,
    };
    let finding = value
        .finding_id()
        .map(|id| id.to_string())
        .unwrap_or_default();
    Ok((finding, value))
}

/// The code of the first language named in a selection ("Spanish", "néerlandais", "Deutsch").
pub fn language_in(selected: &str) -> Option<String> {
    let lowered = selected.to_lowercase();
    Words::Languages
        .lexicon()
        .tags_in(&lowered)
        .into_iter()
        .find_map(|tag| tag.strip_prefix("lang.").map(str::to_string))
}

/// A language finding as the user sets it: requirement (`required`, `asset`) and level (`A1`…
/// `C2`, or empty for none).
pub fn language(code: &str, requirement: &str, level: &str) -> Value {
    Value::Language {
        language: code.to_string(),
        requirement: requirement_of(requirement),
        level: Cefr::parse(level),
    }
}

/// An eligibility kind of [`KINDS`] by its key (`work_permit`), with a requirement.
pub fn eligibility(kind: &str, requirement: &str) -> Option<Value> {
    let kind = EligibilityKind::of_key(kind).filter(|k| KINDS.contains(k))?;
    Some(Value::Eligibility {
        kind,
        requirement: requirement_of(requirement),
    })
}

fn requirement_of(written: &str) -> Requirement {
    if written == "asset" {
        Requirement::Asset
    } else {
        Requirement::Required
    }
}

/// The correction shown on the finding `id` of a posting, if the user made one.
pub fn correction_of<'p>(posting: &'p PostingAnalysis, id: &str) -> Option<&'p Correction> {
    posting.corrections.iter().find(|c| c.shown_as() == id)
}

/// Evidence for a value typed with no words of the posting behind it.
pub fn typed() -> Evidence {
    Evidence::empty_at(0)
}

/// The char offset of `units` UTF-16 code units into `text` (a browser selection counts in
/// those; evidence counts chars).
pub fn chars_at_utf16(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (chars, c) in text.chars().enumerate() {
        if seen >= units {
            return chars;
        }
        seen += c.len_utf16();
    }
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_deadline_with_time_and_zone_or_a_message() {
        assert_eq!(
            deadline("2025-12-15", "23:59", "Europe/Brussels")
                .unwrap()
                .to_string(),
            "2025-12-15 23:59 Europe/Brussels"
        );
        assert_eq!(
            deadline("2025-12-15", "", "").unwrap().to_string(),
            "2025-12-15"
        );
        for (date, time, zone, message) in [
            ("", "", "", "Give the deadline's date"),
            ("2025-02-30", "", "", "Give the deadline's date"),
            ("2025-12-15", "25:00", "", "25:00 is not a time"),
            ("2025-12-15", "", "CET", "A zone needs a time"),
        ] {
            let got = deadline(date, time, zone).unwrap_err();
            assert!(got.starts_with(message), "{date} {time} {zone}: {got}");
        }
    }

    #[test]
    fn salary_contract_and_start_as_people_type_them() {
        assert_eq!(
            salary("3.500", "4 200,50", "eur", "month", "gross")
                .unwrap()
                .to_string(),
            "EUR 3500–4200.5 per month, gross"
        );
        assert_eq!(
            salary("", "60000", "CHF", "", "").unwrap().to_string(),
            "up to CHF 60000 (period not stated)"
        );
        for (min, max, currency, message) in [
            ("", "", "EUR", "Give at least one amount"),
            ("lots", "", "EUR", "The lowest amount, lots"),
            ("5000", "4000", "EUR", "The lowest amount is above"),
            ("5000", "", "euros", "The currency is a three-letter code"),
            ("5000", "", "€", "The currency is a three-letter code"),
        ] {
            let got = salary(min, max, currency, "", "").unwrap_err();
            assert!(got.starts_with(message), "{got}");
        }
        assert_eq!(
            contract("fixed_term", "12").unwrap().to_string(),
            "Fixed-term contract, 12 months"
        );
        assert!(contract("", "").is_err());
        assert!(contract("open_ended", "0")
            .unwrap_err()
            .contains("0 is not"));
        assert_eq!(start("asap").unwrap().to_string(), "asap");
        assert_eq!(start(" 2026-03-01 ").unwrap().to_string(), "2026-03-01");
        assert_eq!(start("none").unwrap().to_string(), "no start date");
        assert!(start("").unwrap_err().starts_with("Give the start date"));
        assert_eq!(
            salary("3000", "", "", "", "").unwrap().to_string(),
            "from EUR 3000 (period not stated)"
        );
        assert!(start("March").is_err());
    }

    #[test]
    fn what_a_selection_names() {
        let today = Date::constant(2025, 11, 1);
        for (selected, date) in [
            ("30 November 2025", "2025-11-30"),
            ("le 15 décembre 2025 à 12h00", "2025-12-15 12:00"),
            ("uiterlijk 3 januari 2026", "2026-01-03"),
            ("bis zum 31.01.2026", "2026-01-31"),
        ] {
            let got = date_in(selected, today).map(|v| v.to_string());
            assert_eq!(got.as_deref(), Some(date), "{selected}");
        }
        assert_eq!(date_in("a good command of English", today), None);
        for (selected, code) in [
            ("Spanish", Some("es")),
            ("une bonne maîtrise du néerlandais", Some("nl")),
            ("Deutschkenntnisse", Some("de")),
            ("Frans", Some("fr")),
            ("Python", None),
        ] {
            assert_eq!(language_in(selected).as_deref(), code, "{selected}");
        }
        assert_eq!(
            eligibility("work_permit", "asset").unwrap().to_string(),
            "Work permit: asset"
        );
        assert_eq!(eligibility("hair_colour", "required"), None);
        assert_eq!(
            language("fr", "required", "B2").to_string(),
            "French: required, B2"
        );
    }

    #[test]
    fn selected_words_become_the_finding_chosen() {
        let today = Date::constant(2025, 11, 1);
        let (id, value) = picked("deadline", "avant le 15 décembre 2025", today).unwrap();
        assert_eq!(
            (id.as_str(), value.to_string().as_str()),
            ("deadline-deadline", "2025-12-15")
        );
        let (id, _) = picked("language", "Kenntnisse in Spanisch", today).unwrap();
        assert_eq!(id, "language-es");
        let (id, value) = picked("work_permit", "een geldige werkvergunning", today).unwrap();
        assert_eq!(
            (id.as_str(), value.to_string().as_str()),
            ("eligibility-work_permit", "Work permit: required")
        );
        let (id, value) = picked("condition", "Driving licence B", today).unwrap();
        assert!(id.starts_with("other-"), "{id}");
        assert_eq!(value.to_string(), "Driving licence B (required)");
        assert!(picked("deadline", "Fluent English", today)
            .unwrap_err()
            .starts_with("No date"));
        assert!(picked("language", "Python", today)
            .unwrap_err()
            .starts_with("No language"));
        assert!(picked("shoe_size", "42", today).is_err());
    }

    #[test]
    fn the_forms_offer_every_kind_and_pick() {
        let kinds: Vec<(&str, &str)> = KINDS.iter().map(|k| (k.key(), k.label())).collect();
        assert_eq!(kinds, KIND_CHOICES);
        for (key, _) in KIND_CHOICES {
            assert!(PICKS.iter().any(|(pick, _)| *pick == key), "{key}");
        }
    }

    #[test]
    fn browser_offsets_in_utf16_units_become_chars() {
        let text = "🇧🇪 Brüssel é";
        assert_eq!(chars_at_utf16(text, 0), 0);
        assert_eq!(chars_at_utf16(text, 4), 2);
        assert_eq!(chars_at_utf16(text, 5), 3);
        assert_eq!(chars_at_utf16(text, 100), text.chars().count());
    }
}
