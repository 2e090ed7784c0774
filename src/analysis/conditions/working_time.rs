use std::sync::OnceLock;

use super::{amount_words, cues, decimal, Range, WorkingTime};
use crate::analysis::extractor::{Context, Extractor, Reads};
use crate::analysis::lexicon::{Hit, Words};
use crate::analysis::pattern::{digit, line_pattern, Captures, LinePattern};
use crate::analysis::postings::Posting;
use crate::analysis::text::Doc;
use crate::analysis::PostingAnalysis;

/// The working time: full or part time, hours per week, a share of full time.
pub struct WorkingTimeExtractor;

impl Extractor for WorkingTimeExtractor {
    fn name(&self) -> &'static str {
        "working_time"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Conditions,
            tags: &["time.", "telework", "contract_context"],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.conditions.working_time =
            working_time(cx.doc, cx.posting, cx.hits(Words::Conditions));
    }
}

/// Hours per week: "38 h/week", "20-30 hours per week", "36 Stunden pro Woche".
fn hours() -> &'static LinePattern {
    static HOURS: OnceLock<LinePattern> = OnceLock::new();
    HOURS.get_or_init(|| {
        let words = amount_words();
        let [to, hour, per, week] = ["hours_to", "hour", "per", "week"]
            .map(|tag| words.alternation(tag).replace(' ', r"\s+"));
        line_pattern(&format!(
            r"(?P<a>\d{{1,2}}(?:[.,]\d)?)(?:\s?(?:{to})\s?(?P<b>\d{{1,2}}(?:[.,]\d)?))?\s?(?:{hour})\s?(?:{per})\s?(?:{week})"
        ))
    })
}

/// A share of full time: "80%", "50-75 %", "4/5".
fn percent() -> &'static LinePattern {
    static PERCENT: OnceLock<LinePattern> = OnceLock::new();
    PERCENT.get_or_init(|| {
        let to = amount_words().alternation("hours_to");
        line_pattern(&format!(
            r"(?P<a>\d{{2,3}})\s?%?\s?(?:(?:{to})\s?(?P<b>\d{{2,3}})\s?)?%|\b(?P<frac>[34])/5\b"
        ))
    })
}

fn range(c: &Captures) -> Option<Range> {
    let value = |n: &str| {
        c.name(n)
            .and_then(|m| decimal(&m.as_str().replace(',', ".")))
    };
    let min = value("a")?;
    Some(Range {
        min,
        max: value("b").unwrap_or(min),
    })
}

fn working_time(doc: &Doc, posting: &Posting, hits: &[Hit]) -> Option<WorkingTime> {
    let text = &doc.folded;
    let lex = cues(doc);
    // "part-time teleworking" is about telework, not the hours of the job.
    let time_hit = hits.iter().enumerate().find(|(i, h)| {
        h.tag.starts_with("time.")
            && !hits
                .get(i + 1)
                .is_some_and(|next| next.tag == "telework" && next.start.saturating_sub(h.end) <= 2)
    });
    let (from, to) = (posting.start, posting.end);
    let hours = hours().captures(text, from, to, digit).find_map(|c| {
        let m = c.get(0)?;
        range(&c).map(|r| (r, m.start(), m.end()))
    });
    let shares = |t: &str| t.find(['%', '/']);
    let percent = percent().captures(text, from, to, shares).find_map(|c| {
        let m = c.get(0)?;
        let at = m.start();
        let (s, e) = doc.sentence_around(at);
        let about_time = lex
            .tags_in(s, e)
            .iter()
            .any(|t| t.starts_with("time.") || *t == "contract_context");
        if !about_time {
            return None;
        }
        let r = match c.name("frac") {
            Some(f) => {
                let v = decimal(f.as_str())? * 20.0;
                Range { min: v, max: v }
            }
            None => range(&c)?,
        };
        (r.max <= 100.0).then_some((r, at, m.end()))
    });
    let full_time = match time_hit {
        Some((_, h)) => Some(h.tag == "time.full"),
        None => percent.map(|(r, ..)| r.max >= 100.0),
    };
    let (start, end) = time_hit
        .map(|(_, h)| (h.start, h.end))
        .or(hours.map(|(_, s, e)| (s, e)))
        .or(percent.map(|(_, s, e)| (s, e)))?;
    Some(WorkingTime {
        full_time,
        hours_per_week: hours.map(|(r, ..)| r),
        percent: percent.map(|(r, ..)| r),
        evidence: doc.evidence(start, end),
    })
}

#[cfg(test)]
mod tests {
    use crate::analysis::test_support::one;

    #[test]
    fn working_time_in_four_languages() {
        let cases = [
            (
                "Part-time position (50-75%); Workings hours: 20-30 h/week;",
                (Some(false), Some((20.0, 30.0)), Some((50.0, 75.0))),
            ),
            (
                "a full-time position as employee; part-time teleworking",
                (Some(true), None, None),
            ),
            (
                "Poste à temps plein, 38 heures/semaine.",
                (Some(true), Some((38.0, 38.0)), None),
            ),
            (
                "Deeltijds (4/5) contract",
                (Some(false), None, Some((80.0, 80.0))),
            ),
            (
                "Teilzeit mit 30 Stunden pro Woche",
                (Some(false), Some((30.0, 30.0)), None),
            ),
        ];
        for (text, (full, hours, percent)) in cases {
            let w = one(text).conditions.working_time.expect(text);
            assert_eq!(w.full_time, full, "{text}");
            assert_eq!(w.hours_per_week.map(|r| (r.min, r.max)), hours, "{text}");
            assert_eq!(w.percent.map(|r| (r.min, r.max)), percent, "{text}");
        }
    }
}
