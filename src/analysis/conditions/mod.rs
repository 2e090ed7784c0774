//! Conditions of the job: salary, contract, working time, telework, benefits, place of work,
//! one extractor each in the files of this module.
//!
//! Amounts are read in European formats (`42.012`, `3 200`, `€3,200 – €3,600`,
//! `EUR 42.012 – 44.568 per annum`, `3.200,50`). The pay period is given only when the text
//! states it: a figure without "per month" or "per annum" keeps `period: null`.

pub mod benefits;
pub mod contract;
pub mod location;
pub mod remote;
pub mod salary;
pub mod working_time;

use serde::{Deserialize, Serialize};

use super::lexicon::{Lexicon, PatternWords, Scanned, Words};
use super::text::Doc;
use super::Evidence;
use crate::i18n::{Arg, Catalogue, Msg};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Conditions {
    pub salary: Option<Salary>,
    pub contract: Option<Contract>,
    pub working_time: Option<WorkingTime>,
    pub remote: Option<Remote>,
    pub benefits: Vec<Benefit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Salary {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: String,
    pub period: Option<PayPeriod>,
    /// `true` gross, `false` net, `null` when the text does not say.
    pub gross: Option<bool>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    Year,
    Month,
    Week,
    Day,
    Hour,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContractType {
    FixedTerm,
    OpenEnded,
    Traineeship,
    Freelance,
}

impl ContractType {
    /// The type named `key` in the export (`fixed_term`).
    pub fn of_key(key: &str) -> Option<ContractType> {
        Some(match key {
            "fixed_term" => ContractType::FixedTerm,
            "open_ended" => ContractType::OpenEnded,
            "traineeship" => ContractType::Traineeship,
            "freelance" => ContractType::Freelance,
            _ => return None,
        })
    }
}

impl PayPeriod {
    /// Its name in the export: `month`.
    pub fn key(self) -> &'static str {
        match self {
            PayPeriod::Year => "year",
            PayPeriod::Month => "month",
            PayPeriod::Week => "week",
            PayPeriod::Day => "day",
            PayPeriod::Hour => "hour",
        }
    }

    /// The period named `key` in the export (`month`).
    pub fn of_key(key: &str) -> Option<PayPeriod> {
        Some(match key {
            "year" => PayPeriod::Year,
            "month" => PayPeriod::Month,
            "week" => PayPeriod::Week,
            "day" => PayPeriod::Day,
            "hour" => PayPeriod::Hour,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Contract {
    #[serde(rename = "type")]
    pub kind: Option<ContractType>,
    pub duration_months: Option<u32>,
    pub evidence: Evidence,
}

/// An inclusive range; equal ends for a single figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct WorkingTime {
    pub full_time: Option<bool>,
    pub hours_per_week: Option<Range>,
    pub percent: Option<Range>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Remote {
    pub summary: String,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Benefit {
    pub text: String,
    pub evidence: Evidence,
}

impl Salary {
    /// "EUR 3200–3600 per month, gross"; says so when the period is not stated.
    pub fn describe(&self, cat: &Catalogue) -> String {
        let currency = Arg::Text(&self.currency);
        let (min, max) = (self.min.map(number), self.max.map(number));
        let amount = match (&min, &max) {
            (Some(a), Some(b)) if a != b => cat.f(
                Msg::SalaryRange,
                &[("currency", currency), ("min", a.into()), ("max", b.into())],
            ),
            (Some(a), Some(_)) => cat.f(
                Msg::SalaryAmount,
                &[("currency", currency), ("amount", a.into())],
            ),
            (Some(a), None) => cat.f(
                Msg::SalaryFrom,
                &[("currency", currency), ("amount", a.into())],
            ),
            (None, Some(b)) => cat.f(
                Msg::SalaryUpTo,
                &[("currency", currency), ("amount", b.into())],
            ),
            (None, None) => self.currency.clone(),
        };
        let period = self.period.map_or("none", PayPeriod::key);
        let salary = cat.f(
            Msg::SalaryWithPeriod,
            &[("amount", (&amount).into()), ("period", period.into())],
        );
        match self.gross {
            Some(true) => cat.f(Msg::SalaryGross, &[("salary", (&salary).into())]),
            Some(false) => cat.f(Msg::SalaryNet, &[("salary", (&salary).into())]),
            None => salary,
        }
    }
}

impl Salary {
    /// "Salary EUR 3200 per month": the salary as the checklist and the summaries name it.
    pub fn labelled(&self, cat: &Catalogue) -> String {
        cat.f(
            Msg::SalaryLabel,
            &[("salary", (&self.describe(cat)).into())],
        )
    }
}

impl Remote {
    /// "Telework: 2 days a week", as the checklist and the summaries name it.
    pub fn labelled(&self, cat: &Catalogue) -> String {
        cat.f(Msg::TeleworkLabel, &[("summary", (&self.summary).into())])
    }
}

impl Contract {
    /// "Fixed-term contract, 12 months".
    pub fn describe(&self, cat: &Catalogue) -> String {
        let kind = cat.t(match self.kind {
            Some(ContractType::FixedTerm) => Msg::ContractFixedTerm,
            Some(ContractType::OpenEnded) => Msg::ContractOpenEnded,
            Some(ContractType::Traineeship) => Msg::ContractTraineeship,
            Some(ContractType::Freelance) => Msg::ContractFreelance,
            None => Msg::ContractUnknown,
        });
        match self.duration_months {
            Some(m) => cat.f(
                Msg::ContractMonths,
                &[("kind", (&kind).into()), ("n", i64::from(m).into())],
            ),
            None => kind,
        }
    }
}

impl Range {
    /// "20–30", or "38" when both ends are equal.
    pub fn describe(&self) -> String {
        if self.min == self.max {
            number(self.min)
        } else {
            format!("{}–{}", number(self.min), number(self.max))
        }
    }
}

/// An amount as people write it: `3500`, `37.5`, `1234.56`. The amounts found have at most two
/// decimals, so integer arithmetic prints them as `f64`'s `Display` would, without linking
/// core's float formatting into the wasm.
pub fn number(x: f64) -> String {
    let whole = x.abs().trunc();
    let cents = ((x.abs() - whole) * 100.0).round() as u64;
    // 0.999 rounds up to the next whole number.
    let (whole, cents) = (whole as u64 + cents / 100, cents % 100);
    let sign = if x < 0.0 && whole + cents > 0 {
        "-"
    } else {
        ""
    };
    match cents {
        0 => format!("{sign}{whole}"),
        c if c % 10 == 0 => format!("{sign}{whole}.{}", c / 10),
        c => format!("{sign}{whole}.{c:02}"),
    }
}

impl WorkingTime {
    /// "Part time, 20–30 h/week, 50–75 %".
    pub fn describe(&self, cat: &Catalogue) -> String {
        let mut text = cat.t(match self.full_time {
            Some(true) => Msg::WorkingFullTime,
            Some(false) => Msg::WorkingPartTime,
            None => Msg::WorkingTimeStated,
        });
        if let Some(h) = self.hours_per_week {
            let hours = h.describe();
            text = cat.f(
                Msg::WorkingHours,
                &[("time", (&text).into()), ("hours", (&hours).into())],
            );
        }
        if let Some(p) = self.percent {
            let percent = p.describe();
            text = cat.f(
                Msg::WorkingPercent,
                &[("time", (&text).into()), ("percent", (&percent).into())],
            );
        }
        text
    }
}

/// The words of amounts, ranges and hours (`data/amounts.lex`), built into patterns.
pub(super) fn amount_words() -> &'static Lexicon {
    PatternWords::Amounts.lexicon()
}

/// The conditions' word list, which every extractor of this module reads.
pub(super) fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Conditions)
}

/// A number written the European or the English way: `42.012`, `3 200`, `3,200`, `3.200,50`.
pub fn parse_amount(written: &str) -> Option<f64> {
    let s: String = written
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '\u{a0}'))
        .collect();
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let normal = match (dots, commas) {
        (0, 0) => s,
        (d, c) if d > 0 && c > 0 => {
            let decimal = if s.rfind('.') > s.rfind(',') {
                '.'
            } else {
                ','
            };
            let thousands = if decimal == '.' { ',' } else { '.' };
            s.replace(thousands, "").replace(decimal, ".")
        }
        _ => {
            let sep = if dots > 0 { '.' } else { ',' };
            let after = s.rsplit(sep).next().unwrap_or("");
            if dots + commas > 1 || after.len() == 3 {
                s.replace(sep, "")
            } else {
                s.replace(sep, ".")
            }
        }
    };
    decimal(&normal)
}

/// `3200`, `2.5`: ASCII digits with at most one decimal point, as the patterns capture them.
/// Not `str::parse::<f64>`, whose general algorithm and tables would join the wasm: with at
/// most 15 digits the digits and the power of ten are exact in an f64, so the one division is
/// correctly rounded and the result the same.
pub(super) fn decimal(written: &str) -> Option<f64> {
    let (whole, fraction) = written.split_once('.').unwrap_or((written, ""));
    if !(1..=15).contains(&(whole.len() + fraction.len())) {
        return None;
    }
    let mut mantissa = 0u64;
    for b in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa * 10 + u64::from(b.is_ascii_digit().then(|| b - b'0')?);
    }
    Some(mantissa as f64 / 10f64.powi(fraction.len() as i32))
}

/// Cuts a text to at most `max` chars on a word boundary, marking the cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;
    use crate::i18n::Catalogue;

    #[test]
    fn decimals_equal_the_standard_parse() {
        for written in [
            "0",
            "7",
            "3200",
            "2.5",
            "0.1",
            "42012.50",
            "3200.05",
            "999999999999999",
            "123456789.012345",
            "1.",
            ".5",
        ] {
            assert_eq!(decimal(written), written.parse::<f64>().ok(), "{written}");
        }
        for refused in [
            "",
            ".",
            "1.2.3",
            "1e5",
            "-3",
            "+3",
            "1 000",
            "1234567890123456",
            "٣",
        ] {
            assert_eq!(decimal(refused), None, "{refused}");
        }
    }

    #[test]
    fn numbers_print_as_display_does_for_amounts_with_two_decimals_at_most() {
        let written = [
            "0.5",
            "1",
            "7.25",
            "37.5",
            "38",
            "100",
            "3200.05",
            "3200.5",
            "3500",
            "42012.50",
            "0.01",
            "0.99",
            "99.9",
            "1000000",
            "999999999999999",
            "123456789012.34",
        ];
        for w in written {
            let x = decimal(w).expect("a decimal");
            assert_eq!(number(x), x.to_string(), "{w}");
            assert_eq!(number(-x), (-x).to_string(), "-{w}");
        }
        assert_eq!(number(0.0), "0");
        // Sums and products that miss by a last bit print as written, not as `3200.0000000000005`.
        assert_eq!(number(3.2 * 1000.0), "3200");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(2.999), "3");
    }

    #[test]
    fn amounts_european_and_english() {
        let cases = [
            ("42.012", 42012.0),
            ("3 200", 3200.0),
            ("3,200", 3200.0),
            ("3.200,50", 3200.5),
            ("42,012.50", 42012.5),
            ("2,5", 2.5),
            ("1.234.567", 1234567.0),
        ];
        for (written, want) in cases {
            assert_eq!(parse_amount(written), Some(want), "{written}");
        }
    }
    #[test]
    fn descriptions() {
        let a = one("Part-time position (50-75%); 20-30 h/week. Gross salary EUR 42.012 – 44.568 per annum. Fixed-term contract of 12 months.");
        let c = a.conditions;
        assert_eq!(
            c.salary.unwrap().describe(Catalogue::english()),
            "EUR 42012–44568 per year, gross"
        );
        assert_eq!(
            c.contract.unwrap().describe(Catalogue::english()),
            "Fixed-term contract, 12 months"
        );
        assert_eq!(
            c.working_time.unwrap().describe(Catalogue::english()),
            "Part time, 20–30 h/week, 50–75 %"
        );
    }

    #[test]
    fn telework_benefits_location() {
        let a = one("We offer\n- flexible working hours\n- part-time teleworking\n- meal vouchers\nLocation: Brussels, Belgium");
        assert_eq!(a.conditions.remote.unwrap().evidence.text, "teleworking");
        let benefits: Vec<_> = a
            .conditions
            .benefits
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(benefits, ["flexible working hours", "meal vouchers"]);
        assert_eq!(a.location.as_deref(), Some("Brussels, Belgium"));
        assert_eq!(one("Standplaats: Gent").location.as_deref(), Some("Gent"));
        assert_eq!(
            one("Arbeitsort: Berlin").location.as_deref(),
            Some("Berlin")
        );
        assert_eq!(
            one("Lieu de travail : Luxembourg").location.as_deref(),
            Some("Luxembourg")
        );
    }
}
