//! What the page's correction controls make of what the user typed, chose or selected: each
//! turns form values into a [`Value`] of a [`Correction`], or a message saying what is wrong
//! with them. Plain Rust, tested natively; the controls themselves are in `app::components`.

use crate::analysis::conditions::{parse_amount, ContractType, PayPeriod};
use crate::analysis::corrections::{Correction, Value};
use crate::analysis::eligibility::EligibilityKind;
use crate::analysis::lexicon::Words;
use crate::analysis::{analyze, PostingAnalysis};
use crate::calendar::{ClockTime, Date, Zone};
use crate::i18n::{Catalogue, Msg};
use crate::vocabulary::{Cefr, Evidence, Requirement};

/// A choice of a form: the value it sends and the message naming it.
pub type Choice = (&'static str, Msg);

/// The zones a deadline can be given in, as the form offers them.
pub const ZONES: [Choice; 5] = [
    ("", Msg::ZoneLocal),
    ("Europe/Brussels", Msg::ZoneBrussels),
    ("CET", Msg::ZoneCet),
    ("CEST", Msg::ZoneCest),
    ("UTC", Msg::ZoneUtc),
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

/// The same kinds as the forms offer them (a test holds them to [`KINDS`]).
pub const KIND_CHOICES: [Choice; 6] = [
    ("citizenship", Msg::EligibilityKindCitizenship),
    ("residence_permit", Msg::EligibilityKindResidencePermit),
    ("work_permit", Msg::EligibilityKindWorkPermit),
    ("security_clearance", Msg::EligibilityKindSecurityClearance),
    ("local_residence", Msg::EligibilityKindLocalResidence),
    ("medical", Msg::EligibilityKindMedical),
];

/// Required or an asset, as the forms offer them.
pub const REQUIREMENTS: [Choice; 2] = [("required", Msg::AskRequired), ("asset", Msg::AskAsset)];

/// CEFR levels as the forms offer them.
pub const LEVELS: [Choice; 7] = [
    ("", Msg::NoLevel),
    ("A1", Msg::LevelA1),
    ("A2", Msg::LevelA2),
    ("B1", Msg::LevelB1),
    ("B2", Msg::LevelB2),
    ("C1", Msg::LevelC1),
    ("C2", Msg::LevelC2),
];

/// Gross or net, as the salary form offers them.
pub const GROSS: [Choice; 3] = [
    ("", Msg::NotStated),
    ("gross", Msg::Gross),
    ("net", Msg::Net),
];

/// What selected words can be added as: see [`picked`].
pub const PICKS: [Choice; 9] = [
    ("deadline", Msg::PickDeadline),
    ("language", Msg::PickLanguage),
    ("citizenship", Msg::PickCitizenship),
    ("residence_permit", Msg::PickResidencePermit),
    ("work_permit", Msg::PickWorkPermit),
    ("security_clearance", Msg::PickSecurityClearance),
    ("local_residence", Msg::PickLocalResidence),
    ("medical", Msg::PickMedical),
    ("condition", Msg::PickCondition),
];

/// Pay periods as the form offers them.
pub const PERIODS: [Choice; 6] = [
    ("", Msg::PeriodNone),
    ("year", Msg::PeriodYear),
    ("month", Msg::PeriodMonth),
    ("week", Msg::PeriodWeek),
    ("day", Msg::PeriodDay),
    ("hour", Msg::PeriodHour),
];

/// Contract types as the form offers them.
pub const CONTRACTS: [Choice; 5] = [
    ("", Msg::NotStated),
    ("fixed_term", Msg::ContractChoiceFixedTerm),
    ("open_ended", Msg::ContractChoiceOpenEnded),
    ("traineeship", Msg::ContractChoiceTraineeship),
    ("freelance", Msg::ContractChoiceFreelance),
];

/// A deadline from a date field (`YYYY-MM-DD`), a time field (`HH:MM`, may be empty) and a
/// zone of [`ZONES`].
pub fn deadline(date: &str, time: &str, zone: &str, cat: &Catalogue) -> Result<Value, String> {
    let date: Date = date
        .trim()
        .parse()
        .map_err(|_| cat.t(Msg::ErrorDeadlineDate))?;
    let time = match time.trim() {
        "" => None,
        t => Some(
            ClockTime::try_from(t.to_string())
                .map_err(|_| cat.f(Msg::ErrorTime, &[("time", t.into())]))?,
        ),
    };
    let timezone = match zone {
        "" => None,
        _ if time.is_none() => return Err(cat.t(Msg::ErrorZoneNeedsTime)),
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
    cat: &Catalogue,
) -> Result<Value, String> {
    let amount = |written: &str, which: Msg| match written.trim() {
        "" => Ok(None),
        w => parse_amount(w)
            .map(Some)
            .ok_or_else(|| cat.f(which, &[("amount", w.into())])),
    };
    let min = amount(min, Msg::ErrorLowestAmount)?;
    let max = amount(max, Msg::ErrorHighestAmount)?;
    if min.is_none() && max.is_none() {
        return Err(cat.t(Msg::ErrorNoAmount));
    }
    if let (Some(a), Some(b)) = (min, max) {
        if a > b {
            return Err(cat.t(Msg::ErrorAmountsOrder));
        }
    }
    // Left empty, the currency is the euro (the form says so).
    let currency = match currency.trim() {
        "" => "EUR".to_string(),
        c => c.to_ascii_uppercase(),
    };
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(cat.t(Msg::ErrorCurrency));
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
pub fn contract(kind: &str, months: &str, cat: &Catalogue) -> Result<Value, String> {
    let kind = ContractType::of_key(kind);
    let duration_months = match months.trim() {
        "" => None,
        m => Some(
            m.parse::<u32>()
                .ok()
                .filter(|&n| (1..=120).contains(&n))
                .ok_or_else(|| cat.f(Msg::ErrorMonths, &[("months", m.into())]))?,
        ),
    };
    if kind.is_none() && duration_months.is_none() {
        return Err(cat.t(Msg::ErrorContract));
    }
    Ok(Value::Contract {
        kind,
        duration_months,
    })
}

/// A start date: a date (`YYYY-MM-DD`), `asap`, or `none`.
pub fn start(written: &str, cat: &Catalogue) -> Result<Value, String> {
    let start_date = match written.trim() {
        "" => return Err(cat.t(Msg::ErrorStartEmpty)),
        "none" => None,
        "asap" => Some("asap".to_string()),
        d => Some(
            d.parse::<Date>()
                .map_err(|_| cat.f(Msg::ErrorStart, &[("start", d.into())]))?
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
pub fn picked(
    what: &str,
    text: &str,
    today: Date,
    cat: &Catalogue,
) -> Result<(String, Value), String> {
    let value = match what {
        "deadline" => date_in(text, today).ok_or_else(|| cat.t(Msg::ErrorNoDateSelected))?,
        "language" => {
            let code = language_in(text).ok_or_else(|| cat.t(Msg::ErrorNoLanguageSelected))?;
            language(&code, "required", "")
        }
        "condition" => Value::Condition {
            text: text.to_string(),
            requirement: Requirement::Required,
        },
        kind => eligibility(kind, "required").ok_or_else(|| cat.t(Msg::ErrorChooseKind))?,
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
    use crate::analysis::eligibility::kind_name;

    #[test]
    fn a_typed_deadline_with_time_and_zone_or_a_message() {
        assert_eq!(
            deadline(
                "2025-12-15",
                "23:59",
                "Europe/Brussels",
                Catalogue::english()
            )
            .unwrap()
            .to_string(),
            "15 December 2025 23:59 Europe/Brussels"
        );
        assert_eq!(
            deadline("2025-12-15", "", "", Catalogue::english())
                .unwrap()
                .to_string(),
            "15 December 2025"
        );
        for (date, time, zone, message) in [
            ("", "", "", "Give the deadline's date"),
            ("2025-02-30", "", "", "Give the deadline's date"),
            ("2025-12-15", "25:00", "", "25:00 is not a time"),
            ("2025-12-15", "", "CET", "A zone needs a time"),
        ] {
            let got = deadline(date, time, zone, Catalogue::english()).unwrap_err();
            assert!(got.starts_with(message), "{date} {time} {zone}: {got}");
        }
    }

    #[test]
    fn salary_contract_and_start_as_people_type_them() {
        assert_eq!(
            salary(
                "3.500",
                "4 200,50",
                "eur",
                "month",
                "gross",
                Catalogue::english()
            )
            .unwrap()
            .to_string(),
            "EUR 3500–4200.5 per month, gross"
        );
        assert_eq!(
            salary("", "60000", "CHF", "", "", Catalogue::english())
                .unwrap()
                .to_string(),
            "up to CHF 60000 (period not stated)"
        );
        for (min, max, currency, message) in [
            ("", "", "EUR", "Give at least one amount"),
            ("lots", "", "EUR", "The lowest amount, lots"),
            ("5000", "4000", "EUR", "The lowest amount is above"),
            ("5000", "", "euros", "The currency is a three-letter code"),
            ("5000", "", "€", "The currency is a three-letter code"),
        ] {
            let got = salary(min, max, currency, "", "", Catalogue::english()).unwrap_err();
            assert!(got.starts_with(message), "{got}");
        }
        assert_eq!(
            contract("fixed_term", "12", Catalogue::english())
                .unwrap()
                .to_string(),
            "Fixed-term contract, 12 months"
        );
        assert!(contract("", "", Catalogue::english()).is_err());
        assert!(contract("open_ended", "0", Catalogue::english())
            .unwrap_err()
            .contains("0 is not"));
        assert_eq!(
            start("asap", Catalogue::english()).unwrap().to_string(),
            "asap"
        );
        assert_eq!(
            start(" 2026-03-01 ", Catalogue::english())
                .unwrap()
                .to_string(),
            "2026-03-01"
        );
        assert_eq!(
            start("none", Catalogue::english()).unwrap().to_string(),
            "no start date"
        );
        assert!(start("", Catalogue::english())
            .unwrap_err()
            .starts_with("Give the start date"));
        assert_eq!(
            salary("3000", "", "", "", "", Catalogue::english())
                .unwrap()
                .to_string(),
            "from EUR 3000 (period not stated)"
        );
        assert!(start("March", Catalogue::english()).is_err());
    }

    #[test]
    fn what_a_selection_names() {
        let today = Date::constant(2025, 11, 1);
        for (selected, date) in [
            ("30 November 2025", "30 November 2025"),
            ("le 15 décembre 2025 à 12h00", "15 December 2025 12:00"),
            ("uiterlijk 3 januari 2026", "3 January 2026"),
            ("bis zum 31.01.2026", "31 January 2026"),
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
        let (id, value) = picked(
            "deadline",
            "avant le 15 décembre 2025",
            today,
            Catalogue::english(),
        )
        .unwrap();
        assert_eq!(
            (id.as_str(), value.to_string().as_str()),
            ("deadline-deadline", "15 December 2025")
        );
        let (id, _) = picked(
            "language",
            "Kenntnisse in Spanisch",
            today,
            Catalogue::english(),
        )
        .unwrap();
        assert_eq!(id, "language-es");
        let (id, value) = picked(
            "work_permit",
            "een geldige werkvergunning",
            today,
            Catalogue::english(),
        )
        .unwrap();
        assert_eq!(
            (id.as_str(), value.to_string().as_str()),
            ("eligibility-work_permit", "Work permit: required")
        );
        let (id, value) = picked(
            "condition",
            "Driving licence B",
            today,
            Catalogue::english(),
        )
        .unwrap();
        assert!(id.starts_with("other-"), "{id}");
        assert_eq!(value.to_string(), "Driving licence B (required)");
        assert!(
            picked("deadline", "Fluent English", today, Catalogue::english())
                .unwrap_err()
                .starts_with("No date")
        );
        assert!(picked("language", "Python", today, Catalogue::english())
            .unwrap_err()
            .starts_with("No language"));
        assert!(picked("shoe_size", "42", today, Catalogue::english()).is_err());
    }

    #[test]
    fn the_forms_offer_every_kind_and_pick() {
        let english = Catalogue::english();
        let kinds: Vec<(&str, String)> = KINDS
            .iter()
            .map(|k| (k.key(), kind_name(*k, english)))
            .collect();
        let choices: Vec<(&str, String)> = KIND_CHOICES
            .iter()
            .map(|(key, label)| (*key, english.t(*label)))
            .collect();
        assert_eq!(kinds, choices);
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
