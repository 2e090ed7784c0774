use std::sync::OnceLock;

use super::{amount_words, cues, parse_amount, PayPeriod, Salary};
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::fields::{FieldKind, Fields};
use crate::analysis::lexicon::{Hit, Words};
use crate::analysis::pattern::{captures_in, escape, pattern, Regex};
use crate::analysis::postings::Posting;
use crate::analysis::text::{joined, line_around, Doc};
use crate::analysis::PostingAnalysis;
use crate::order::sort_by_key;

/// The pay: an amount or range in a sentence about pay, with its currency, period and gross or net.
pub struct SalaryExtractor;

impl Extractor for SalaryExtractor {
    fn name(&self) -> &'static str {
        "salary"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Conditions,
            tags: &[
                "salary",
                "gross",
                "net",
                "currency.",
                "period.",
                "unit.",
                "not_salary",
                "benefit",
                "pay_scale",
                "bound.",
                "basic_salary",
                "grade_step",
            ],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.conditions.salary =
            salary(cx.doc, cx.posting, cx.hits(Words::Conditions), cx.fields());
    }
}

const AMOUNT: &str = r"\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?";

/// The currencies as written at an amount: the one-word names and signs of the conditions'
/// `currency.*` tags, longest first ("eur" must not stop short of "euro").
fn currencies_at_amounts() -> &'static [&'static str] {
    static WRITTEN: OnceLock<Vec<&str>> = OnceLock::new();
    WRITTEN.get_or_init(|| {
        let mut written: Vec<&str> = Words::Conditions
            .lexicon()
            .tagged("currency.")
            .filter(|w| !w.contains(' '))
            .collect();
        sort_by_key(&mut written, |w| std::cmp::Reverse(w.len()));
        written
    })
}

/// The currency signs: a sign glued to a figure ("3200€") starts no word, so the word lists
/// miss it.
fn currency_signs() -> &'static [char] {
    static SIGNS: OnceLock<Vec<char>> = OnceLock::new();
    SIGNS.get_or_init(|| {
        currencies_at_amounts()
            .iter()
            .filter_map(|w| w.chars().next().filter(|c| !c.is_alphanumeric()))
            .collect()
    })
}

/// Every amount written with a currency in `text[from..to]`.
fn amounts_with_currency(text: &str, from: usize, to: usize) -> Vec<f64> {
    captures_in(money(), text, std::iter::once((from, to)))
        .filter(|c| c.name("c1").or_else(|| c.name("c2")).is_some() && c.name("b").is_none())
        .filter_map(|c| parse_amount(c.name("a")?.as_str()))
        .filter(|&v| v >= 5.0)
        .collect()
}

/// The code of a currency as written ("€" is EUR), from its tag.
fn currency_code(written: &str) -> Option<&'static str> {
    Words::Conditions.lexicon().tag_after(written, "currency.")
}

/// An amount or a range of amounts, with the currency before or after each.
fn money() -> &'static Regex {
    static MONEY: OnceLock<Regex> = OnceLock::new();
    MONEY.get_or_init(|| {
        let escaped: Vec<String> = currencies_at_amounts().iter().map(|w| escape(w)).collect();
        let currency = escaped.join("|");
        let range_to = amount_words().alternation("range_to");
        pattern(&format!(
                r"(?:(?P<c1>{currency})\s?)?(?P<a>{AMOUNT})(?P<k1>k)?(?:,-)?(?:\s?(?P<c2>{currency}))?(?:\s?(?:{range_to})\s?(?:max(?:imum)?\.?\s?)?(?:(?P<c3>{currency})\s?)?(?P<b>{AMOUNT})(?P<k2>k)?(?:,-)?(?:\s?(?P<c4>{currency}))?)?"
        ))
    })
}

/// A period written as a unit right after an amount whose match ends at `end`: "15 €/h", "€12/h",
/// "12€/Stunde", "1 200 € / mois", "3.000 EUR/Monat". The units are data (`unit.*`).
fn period_as_unit(text: &str, end: usize) -> Option<PayPeriod> {
    // The money pattern's match ends after a currency written after the amount.
    let rest = &text[end..text.floor_char_boundary(end + 24)];
    let unit = rest.trim_start().strip_prefix('/')?.trim_start();
    let word = unit.split(|c: char| !c.is_alphanumeric()).next()?;
    let hit = Words::Conditions.lexicon().find(word).into_iter().next()?;
    if hit.start != 0 || hit.end != word.len() {
        return None;
    }
    period_of(hit.tag.strip_prefix("unit.")?)
}

/// The period a `period.*` or `unit.*` tag names, by its last part.
fn period_of(name: &str) -> Option<PayPeriod> {
    match name {
        "hour" => Some(PayPeriod::Hour),
        "day" => Some(PayPeriod::Day),
        "week" => Some(PayPeriod::Week),
        "month" => Some(PayPeriod::Month),
        "year" => Some(PayPeriod::Year),
        _ => None,
    }
}

/// Whether a number of hours stands right before `at` ("38 hours per week", "20 Stunden pro
/// Woche"): the period there belongs to the working time, not to the pay.
fn counts_hours(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    amount_words().tagged("hour").any(|unit| {
        before
            .strip_suffix(unit)
            .is_some_and(|rest| rest.trim_end().ends_with(|c: char| c.is_ascii_digit()))
    })
}

/// The pay period named by the words at an amount at `start..end`: the period word nearest to
/// it, before it in its sentence or among its own words after it (up to `own_end`); a period
/// that follows a number of hours is the working time's.
fn period_at(
    text: &str,
    hits: &[Hit],
    start: usize,
    end: usize,
    own_end: usize,
) -> Option<PayPeriod> {
    hits.iter()
        .filter(|h| h.end <= start || (h.start >= end && h.end <= own_end))
        .filter(|h| !counts_hours(text, h.start))
        .filter_map(|h| {
            let period = period_of(h.tag.strip_prefix("period.")?)?;
            let distance = if h.end <= start {
                start - h.end
            } else {
                h.start - end
            };
            Some((distance, period))
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, period)| period)
}

fn salary(doc: &Doc, posting: &Posting, hits: &[Hit], fields: &Fields) -> Option<Salary> {
    let text = &doc.folded;
    let lex = cues(doc);
    // Only sentences that speak of pay or money are searched for amounts.
    let pay_word = |tag: &str| {
        matches!(tag, "salary" | "gross" | "net")
            || tag.starts_with("currency.")
            || tag.starts_with("period.")
    };
    let sentences = doc.sentences_at(
        hits.iter()
            .filter(|h| pay_word(h.tag))
            .map(|h| h.start)
            .chain(
                text[posting.start..posting.end]
                    .match_indices(currency_signs())
                    .map(|(i, _)| posting.start + i),
            ),
    );
    let ranges = joined(&sentences);
    let amounts = captures_in(money(), text, ranges.into_iter());
    let mut candidates: Vec<Candidate> = Vec::new();
    for c in amounts {
        let m = c.get(0).expect("whole match");
        let (start, end) = (m.start(), m.end());
        if text[..start].ends_with(|ch: char| ch.is_alphanumeric())
            || text[end..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            continue;
        }
        let (s, e) = doc.sentence_around(start);
        let tags = lex.tags_in(s, e);
        let currency = ["c1", "c2", "c3", "c4"]
            .iter()
            .find_map(|n| c.name(n))
            .map(|m| m.as_str());
        // A word of pay in its sentence, or the value of a pay field ("Vergütung: 906,05 €").
        let about_pay = tags.contains(&"salary")
            || fields
                .at(start)
                .is_some_and(|f| f.kind == FieldKind::Salary);
        // What the amount is, by the words right at it: "meal vouchers worth €8" and "€90 per
        // month of teleworking allowance" are no pay, "salaire net … 2130€ (… chèques repas
        // compris)" is; "Entgeltgruppe 11" is a scale.
        // After the amount, its own words only: up to an aside in brackets or the next item
        // of a list ("1 200 € brut et des titres-repas").
        let after = text.floor_char_boundary((end + 40).min(e));
        let after = ["(", ",", " et ", " and ", " en ", " und ", " plus "]
            .iter()
            .filter_map(|cut| text[end..after].find(cut))
            .min()
            .map_or(after, |i| end + i);
        let at_amount = lex.find_in(
            text.ceil_char_boundary(start.saturating_sub(40).max(s)),
            after,
        );
        // The word right before the amount (its currency sign is part of the match): a
        // scale's code ("Entgeltgruppe 11") or a bound ("à partir de 2000 euros").
        let word_before: Vec<&str> = at_amount
            .iter()
            .filter(|h| h.end <= start && text[h.end..start].trim().is_empty())
            .map(|h| h.tag)
            .collect();
        let not_pay = at_amount
            .iter()
            .any(|h| matches!(h.tag, "not_salary" | "benefit"));
        if not_pay || word_before.contains(&"pay_scale") || (currency.is_none() && !about_pay) {
            continue;
        }
        let scaled = |amount: &str, k: &str| {
            parse_amount(amount).map(|v| {
                if c.name(k).is_some() {
                    (v * 1000.0).round()
                } else {
                    v
                }
            })
        };
        let min = scaled(c.name("a").map_or("", |m| m.as_str()), "k1");
        let max = c.name("b").and_then(|b| scaled(b.as_str(), "k2")).or(min);
        if min.is_none_or(|v| v < 5.0) {
            continue;
        }
        // One amount after "from" is a lower bound only, after "up to" an upper bound only.
        let bound = |tag| c.name("b").is_none() && word_before.contains(&tag);
        let (min, max) = if bound("bound.lower") {
            (min, None)
        } else if bound("bound.upper") {
            (None, min)
        } else {
            (min, max)
        };
        // The words at the amount: its sentence, from a little before it ("la rémunération
        // mensuelle brute liée à cette fonction est de 2 203,95 €").
        let window = lex.find_in(start.saturating_sub(100).max(s), e);
        let window_tags: Vec<&str> = window.iter().map(|h| h.tag).collect();
        // The basic salary of a grade and step (EU staff, public scales) is a monthly one.
        let of_a_step =
            window_tags.contains(&"basic_salary") && window_tags.contains(&"grade_step");
        let period = period_at(text, &window, start, end, after)
            .or(of_a_step.then_some(PayPeriod::Month))
            .or_else(|| period_as_unit(text, end));
        // One salary per grade or step in the sentence ("EUR 10,082.77 (step 1) or EUR
        // 10,506.46 (step 2)"): the pay runs from the lowest to the highest of its scale.
        let (min, max) = match (c.name("b"), min, max) {
            (None, Some(one), Some(_)) if window_tags.contains(&"grade_step") => {
                let mut steps = amounts_with_currency(text, s, e);
                steps.retain(|&v| same_scale(v, one));
                steps.push(one);
                let (low, high) = lowest_and_highest(&steps);
                (Some(low), Some(high))
            }
            _ => (min, max),
        };
        let gross = if tags.contains(&"gross") {
            Some(true)
        } else if tags.contains(&"net") {
            Some(false)
        } else {
            None
        };
        let score = u8::from(about_pay) * 2
            + u8::from(c.name("b").is_some())
            + u8::from(currency.is_some())
            + u8::from(period.is_some());
        // The sign at the amount, else a currency named in the sentence ("Swiss Francs"), else
        // the euro.
        let code = currency
            .and_then(currency_code)
            .or_else(|| tags.iter().find_map(|t| t.strip_prefix("currency.")))
            .unwrap_or("EUR");
        candidates.push(Candidate {
            score,
            about_pay,
            start,
            salary: Salary {
                min,
                max,
                currency: code.to_string(),
                period,
                gross,
                evidence: doc.evidence(start, end),
            },
        });
    }
    // The highest score, the first of equals.
    let best = (0..candidates.len()).reduce(|best, i| {
        if candidates[i].score > candidates[best].score {
            i
        } else {
            best
        }
    })?;
    Some(across_pay_lines(text, &candidates, best))
}

/// Whether an amount is of the same scale as another, within a factor of two: the steps, grades
/// and bounds of one pay are; other sums in the text (an allowance, a footnote's figure) are not.
fn same_scale(amount: f64, reference: f64) -> bool {
    amount >= reference / 2.0 && amount <= reference * 2.0
}

/// The lowest and the highest of some amounts.
fn lowest_and_highest(amounts: &[f64]) -> (f64, f64) {
    amounts
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), &v| {
            (low.min(v), high.max(v))
        })
}

/// An amount that may be the pay, with how well its words say so.
struct Candidate {
    score: u8,
    /// Its sentence names the pay.
    about_pay: bool,
    start: usize,
    salary: Salary,
}

/// Pay written on lines one under the other, one per scale, profile or bound ("Minimum
/// brutoloon B1: 2.509,94 euro" / "Maximum brutoloon B3: 4.229,18 euro"; a range per
/// diploma's scale): the salary runs from the lowest to the highest of them. Lines of the same
/// kind only: each names the pay, in the same currency, period and gross or net, within a
/// factor of two of the best amount.
fn across_pay_lines(text: &str, candidates: &[Candidate], best: usize) -> Salary {
    let chosen = &candidates[best].salary;
    let Some(reference) = chosen.min.or(chosen.max) else {
        return chosen.clone();
    };
    let kin = |c: &Candidate| {
        let s = &c.salary;
        c.about_pay
            && s.currency == chosen.currency
            && s.period == chosen.period
            && s.gross == chosen.gross
            && [s.min, s.max]
                .into_iter()
                .flatten()
                .all(|v| same_scale(v, reference))
    };
    // Two amounts on neighbouring lines: nothing but blank lines between their lines.
    let neighbours = |a: &Candidate, b: &Candidate| {
        let a_line_end = line_around(text, a.start).1;
        let b_line_start = line_around(text, b.start).0;
        a_line_end < b_line_start && text[a_line_end..b_line_start].trim().is_empty()
    };
    let (mut first, mut last) = (best, best);
    while first > 0
        && kin(&candidates[first - 1])
        && neighbours(&candidates[first - 1], &candidates[first])
    {
        first -= 1;
    }
    while last + 1 < candidates.len()
        && kin(&candidates[last + 1])
        && neighbours(&candidates[last], &candidates[last + 1])
    {
        last += 1;
    }
    let amounts: Vec<f64> = candidates[first..=last]
        .iter()
        .flat_map(|c| [c.salary.min, c.salary.max])
        .flatten()
        .collect();
    let (low, high) = lowest_and_highest(&amounts);
    Salary {
        min: chosen.min.map(|_| low),
        max: chosen.max.map(|_| high),
        ..chosen.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    type Pay = (Option<f64>, Option<f64>, Option<PayPeriod>, Option<bool>);

    #[test]
    fn currencies_as_written() {
        let currency = |text: &str| one(text).conditions.salary.map(|s| s.currency);
        assert_eq!(
            currency("A monthly net stipend of 6372 Swiss Francs per month").as_deref(),
            Some("CHF")
        );
        assert_eq!(
            currency("Salaire : 6 000 francs suisses par mois").as_deref(),
            Some("CHF")
        );
        assert_eq!(
            currency("Gehalt: 90.000 CHF pro Jahr").as_deref(),
            Some("CHF")
        );
        assert_eq!(currency("Salary: £32,000 per year").as_deref(), Some("GBP"));
        assert_eq!(
            currency("Salary: USD 5,000 monthly").as_deref(),
            Some("USD")
        );
        assert_eq!(
            currency("Salaire : 5 000 dollars américains par mois").as_deref(),
            Some("USD")
        );
        assert_eq!(
            currency("Salaris: $ 5.000 per maand").as_deref(),
            Some("USD")
        );
        assert_eq!(
            currency("Gehalt: 5.000 US-Dollar im Monat").as_deref(),
            Some("USD")
        );
        assert_eq!(
            currency("Salaris: € 3.100 per maand").as_deref(),
            Some("EUR")
        );
    }

    /// (min, max, period, gross) of the salary found.
    fn pay(text: &str) -> Option<Pay> {
        one(text)
            .conditions
            .salary
            .map(|s| (s.min, s.max, s.period, s.gross))
    }

    #[test]
    fn salaries_in_four_languages() {
        use PayPeriod::*;
        let cases = [
            (
                "Gross salary (indicative: EUR 42.012 – 44.568 per annum for 100%);",
                (42012.0, 44568.0, Some(Year), Some(true)),
            ),
            (
                "€3,200 – €3,600 monthly gross salary, according to profile",
                (3200.0, 3600.0, Some(Month), Some(true)),
            ),
            (
                "Salaire brut mensuel : 3 200 € à 3 900 €",
                (3200.0, 3900.0, Some(Month), Some(true)),
            ),
            (
                "Bruto maandsalaris tussen € 3.500 en € 4.200",
                (3500.0, 4200.0, Some(Month), Some(true)),
            ),
            (
                "Das Gehalt beträgt 48.000 EUR brutto pro Jahr.",
                (48000.0, 48000.0, Some(Year), Some(true)),
            ),
            ("Salary: 45k EUR", (45000.0, 45000.0, None, None)),
            (
                "ein Bruttojahresgehalt zwischen 62.000 und 70.000 EUR",
                (62000.0, 70000.0, Some(Year), Some(true)),
            ),
            (
                "bruto jaarsalaris tussen 45.000 en 72.000 euro",
                (45000.0, 72000.0, Some(Year), Some(true)),
            ),
            (
                "une indemnité mensuelle de 1 200 € brut",
                (1200.0, 1200.0, Some(Month), Some(true)),
            ),
            // Ranges as postings write them: two currency signs, "Min … Max", Dutch ",-",
            // alternatives ("either 6372 or 7004").
            ("Maandsalaris: Min €3.815 – Max. €6.374 (bruto)", (3815.0, 6374.0, Some(Month), Some(true))),
            ("Een bruto salaris tussen de € 3.000,- en € 4.000,- per maand.", (3000.0, 4000.0, Some(Month), Some(true))),
            ("A monthly net stipend of either 6372 or 7004 Swiss Francs per month", (6372.0, 7004.0, Some(Month), Some(false))),
            ("Salaire brut : 2 800 € – 3 400 € par mois", (2800.0, 3400.0, Some(Month), Some(true))),
            ("Gehalt: 4.000 € – 5.000 € brutto monatlich", (4000.0, 5000.0, Some(Month), Some(true))),
            ("Le montant de la rémunération mensuelle brute liée à cette fonction est de 2 203,95 €.", (2203.95, 2203.95, Some(Month), Some(true))),
            ("Bruto maandwedde - B1 met 0 jaren anciënniteit: 2412,49 euro (index: 1,6734)", (2412.49, 2412.49, Some(Month), Some(true))),
            // The pay of a traineeship is a grant or an allowance.
            ("Trainees receive a monthly grant of €1,300 per month.", (1300.0, 1300.0, Some(Month), None)),
            ("Interns receive an allowance of 781 Euros per month.", (781.0, 781.0, Some(Month), None)),
            ("Le salaire net serait de 2130€ (avantages extra-légaux et chèques repas compris).", (2130.0, 2130.0, None, Some(false))),
            // A pay-scale code is no amount; the range written with it is.
            ("Vergütung: Entgeltgruppe 11 TV EntgO-DRV (51.614,46-76.482,43 Euro)", (51614.46, 76482.43, None, None)),
            ("Salaris: schaal 11, € 3.500 - € 5.000 per maand", (3500.0, 5000.0, Some(Month), None)),
            // A scale code after the amount (this once sliced the text backwards).
            ("The basic monthly salary is EUR 4,449.31 grade AD 5.", (4449.31, 4449.31, Some(Month), None)),
            // One bound only.
            ("Rémunération : à partir de 2000 euros brut selon expérience", (2000.0, f64::NAN, None, Some(true))),
            ("A salary of up to EUR 4,000 per month.", (f64::NAN, 4000.0, Some(Month), None)),
            ("Een stagevergoeding van maximaal 550,00 euro bruto per maand.", (f64::NAN, 550.0, Some(Month), Some(true))),
            ("Gehalt ab 3.500 € brutto im Monat", (3500.0, f64::NAN, Some(Month), Some(true))),
            // A pay scale's minimum is the salary offered, not a bound.
            ("Bruto maandsalaris: minimum € 4.050,37 (geïndexeerd).", (4050.37, 4050.37, Some(Month), Some(true))),
            // A period written as a unit after the amount.
            ("- a salary of €12/h", (12.0, 12.0, Some(Hour), None)),
            ("Vergütung: 12€/Stunde", (12.0, 12.0, Some(Hour), None)),
            (
                "ein Grundgehalt von 15 €/h und Provisionen",
                (15.0, 15.0, Some(Hour), None),
            ),
            (
                "Rémunération : 1 800 € / mois",
                (1800.0, 1800.0, Some(Month), None),
            ),
            (
                "Salaris: € 3.100/maand",
                (3100.0, 3100.0, Some(Month), None),
            ),
            (
                "Gehalt: 52.000 EUR/Jahr",
                (52000.0, 52000.0, Some(Year), None),
            ),
            ("Salaris: 14 euro/uur", (14.0, 14.0, Some(Hour), None)),
            // Pay by the day or the week, as a word or a unit.
            ("Paid interns receive a daily allowance of CHF 60.", (60.0, 60.0, Some(Day), None)),
            ("Une indemnité journalière de 50 € brut.", (50.0, 50.0, Some(Day), Some(true))),
            ("Dagvergoeding: € 45 per dag.", (45.0, 45.0, Some(Day), None)),
            ("Honorar: Tagessatz von 400 €.", (400.0, 400.0, Some(Day), None)),
            ("Salary: £400 per week.", (400.0, 400.0, Some(Week), None)),
            ("Rémunération : 600 € par semaine.", (600.0, 600.0, Some(Week), None)),
            ("Weekloon: € 700 bruto.", (700.0, 700.0, Some(Week), Some(true))),
            ("Vergütung: 650 €/Woche.", (650.0, 650.0, Some(Week), None)),
            // The period nearest the amount: before it, or among its own words after it.
            ("The basic monthly gross salary starting from 6152,64 EUR, subject to an annual review.", (6152.64, f64::NAN, Some(Month), Some(true))),
            ("Un salaire mensuel brut de 3 000 €, avec une indexation annuelle.", (3000.0, 3000.0, Some(Month), Some(true))),
            ("Een bruto maandsalaris van € 3.000, jaarlijks geïndexeerd.", (3000.0, 3000.0, Some(Month), Some(true))),
            ("Ein Monatsgehalt von 3.000 € brutto, jährlich angepasst.", (3000.0, 3000.0, Some(Month), Some(true))),
            // A week of working hours is no pay period.
            ("Full-time (38 hours per week), gross salary EUR 3,000.", (3000.0, 3000.0, None, Some(true))),
            ("Temps plein (38 heures par semaine), salaire brut 3 000 €.", (3000.0, 3000.0, None, Some(true))),
            ("Voltijds (38 uur per week), salaris € 3.000 bruto.", (3000.0, 3000.0, None, Some(true))),
            ("Vollzeit (39 Stunden pro Woche), Bruttogehalt 3.000 €.", (3000.0, 3000.0, None, Some(true))),
            // A slash to something else is no period.
            (
                "Salary: EUR 3,000 / negotiable",
                (3000.0, 3000.0, None, None),
            ),
        ];
        // NAN stands for "no bound".
        let bound = |v: f64| (!v.is_nan()).then_some(v);
        for (text, (min, max, period, gross)) in cases {
            assert_eq!(
                pay(text),
                Some((bound(min), bound(max), period, gross)),
                "{text}"
            );
        }
    }

    /// The basic salary of a grade and step is monthly, in four languages; without a grade or
    /// step a basic salary keeps its period unstated.
    #[test]
    fn basic_salaries_of_a_grade_and_step_are_monthly() {
        use PayPeriod::Month;
        for (text, want) in [
            ("The basic salary of a Temporary Agent, AST 3 (step 1) is EUR 4,806.17 which is weighted by the correction coefficient.", Some(Month)),
            ("Le salaire de base d'un agent temporaire AST 3 (échelon 1) est de 4 806,17 EUR.", Some(Month)),
            ("Het basissalaris in functiegroep AST 3 (trap 1) bedraagt EUR 4.806,17.", Some(Month)),
            ("Das Grundgehalt der Funktionsgruppe AST 3 (Dienstaltersstufe 1) beträgt 4.806,17 EUR.", Some(Month)),
            ("The basic salary is EUR 3.500.", None),
        ] {
            assert_eq!(pay(text).and_then(|p| p.2), want, "{text}");
        }
        // One amount per step: the range runs from the lowest to the highest; a sum of another
        // kind in the sentence (a footnote glued to a currency) does not count.
        for (text, want) in [
            ("The basic monthly salary is EUR 10,082.77 (step 1) or EUR 10,506.46 (step 2).", (10082.77, 10506.46)),
            ("The basic monthly salary is: grade 13 (EUR 4,449.31), grade 14 (EUR 5,034.18) or grade 16 (EUR 6,444.59)", (4449.31, 6444.59)),
            ("Le salaire de base mensuel est de : grade 13 (4 449,31 EUR) ou grade 16 (6 444,59 EUR).", (4449.31, 6444.59)),
            ("Het maandelijkse basissalaris bedraagt: graad 13 (EUR 4.449,31) of graad 16 (EUR 6.444,59).", (4449.31, 6444.59)),
            ("Das monatliche Grundgehalt beträgt: Entgeltgruppe 13 (4.449,31 EUR) oder Entgeltgruppe 14 (5.034,18 EUR).", (4449.31, 5034.18)),
            ("A basic salary (currently EUR 11 408.03 for step 1, and EUR 11 887.38 for step 2) paid in EUR13.", (11408.03, 11887.38)),
            ("Le salaire de base est de 4 806,17 EUR (échelon 1) ou 5 008,13 EUR (échelon 2) par mois.", (4806.17, 5008.13)),
            ("Het basissalaris bedraagt EUR 3.200 (trap 1) of EUR 3.400 (trap 2) per maand.", (3200.0, 3400.0)),
            ("Das Grundgehalt beträgt 4.806,17 EUR (Stufe 1) oder 5.008,13 EUR (Dienstaltersstufe 2) monatlich.", (4806.17, 5008.13)),
            ("Gross salary EUR 3.000 per month; a relocation allowance of EUR 1.500 is paid once.", (3000.0, 3000.0)),
        ] {
            let got = pay(text).map(|p| (p.0.unwrap_or(0.0), p.1.unwrap_or(0.0)));
            assert_eq!(got, Some(want), "{text}");
        }
    }

    /// Pay on lines one under the other, one per scale or bound, is one range; lines of
    /// another kind (net under gross, another currency) are not part of it.
    #[test]
    fn pay_on_neighbouring_lines_is_one_range() {
        for (text, want) in [
            ("Minimum gross salary (grade B1): EUR 2,509.94\n\nMaximum gross salary (grade B3): EUR 4,229.18", (2509.94, 4229.18)),
            ("- Salarisschaal A1a-A3a (master): bruto maandloon tussen 3170,07 euro en 5.578,45 euro.\n- Salarisschaal B4-B5 (bachelor): bruto maandloon tussen 2894,41 euro en 4715,21 euro.", (2894.41, 5578.45)),
            ("Salaire brut mensuel minimum (A1) : 3 200 €\nSalaire brut mensuel maximum (A3) : 5 100 €", (3200.0, 5100.0)),
            ("Bruttogehalt (Bachelor): 3.400 € monatlich\nBruttogehalt (Master): 4.100 € monatlich", (3400.0, 4100.0)),
        ] {
            let got = pay(text).map(|p| (p.0.unwrap_or(0.0), p.1.unwrap_or(0.0)));
            assert_eq!(got, Some(want), "{text}");
        }
        for (text, want) in [
            (
                "Gross salary: EUR 3,500 per month\nNet salary: about EUR 2,400 per month",
                (3500.0, 3500.0),
            ),
            (
                "Salaire brut : 3 500 € par mois\nSalaire net : environ 2 400 € par mois",
                (3500.0, 3500.0),
            ),
            (
                "Brutosalaris: € 3.500 per maand\nNettosalaris: ongeveer € 2.400 per maand",
                (3500.0, 3500.0),
            ),
            (
                "Bruttogehalt: 3.500 € pro Monat\nNettogehalt: etwa 2.400 € pro Monat",
                (3500.0, 3500.0),
            ),
            (
                "Salary: EUR 3,500 per month\n\nOur office\nSalary: EUR 5,000 per month",
                (3500.0, 3500.0),
            ),
        ] {
            let got = pay(text).map(|p| (p.0.unwrap_or(0.0), p.1.unwrap_or(0.0)));
            assert_eq!(got, Some(want), "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_salaries() {
        for text in [
            "We offer meal vouchers worth €8 per working day.",
            "A teleworking allowance of €30 per month.",
            "We work with more than 2500 local governments in 125+ countries.",
            "90€ net per month of teleworking allowance, meal vouchers.",
            "The project has a budget of EUR 3.000.000.",
            "Indemnité de télétravail de 50 € par mois.",
        ] {
            assert_eq!(pay(text), None, "{text}");
        }
    }
}
