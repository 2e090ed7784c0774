//! What the page shows, computed from the core's findings without any browser dependency, so
//! it is tested natively: highlight segments, status wording, labels, the export file name.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::application::{document_name, ApplicationPart};
use crate::analysis::dates::{DateRole, Deadline, DeadlineStatus};
use crate::analysis::findings::Finding;
use crate::analysis::languages::{LanguageRequirement, LevelSource};
use crate::analysis::PostingAnalysis;
use crate::i18n::{Arg, Catalogue, Lang, Msg};
use crate::order::sort_by_key;
pub use crate::vocabulary::Category;
use crate::vocabulary::{FindingId, Reason};

/// One highlight: a char range of the input, its category, what it means and the findings it
/// shows (several when findings share a span: "residence and work permit" is two).
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub tip: String,
    pub findings: Vec<FindingId>,
}

/// How the page shows a finding: its category and tip. A date that is the deadline is shown as
/// the deadline, wherever it is written.
pub fn shown_as(p: &PostingAnalysis, finding: Finding, cat: &Catalogue) -> (Category, String) {
    let deadline = |d: &Deadline| cat.f(Msg::TipDeadline, &[("when", (&d.written(cat)).into())]);
    let tip = match finding {
        Finding::Deadline(d) => deadline(d),
        Finding::Date(_, d) => {
            let is_deadline = p
                .deadline
                .as_ref()
                .filter(|x| d.role == DateRole::Deadline && x.date == d.date);
            return match is_deadline {
                Some(x) => (Category::Deadline, deadline(x)),
                None => (
                    Category::Date,
                    cat.f(
                        Msg::TipDate,
                        &[
                            ("role", (&role_label(d.role, cat)).into()),
                            ("date", (&cat.date(d.date)).into()),
                        ],
                    ),
                ),
            };
        }
        Finding::Language(l) => language_tip(l, cat),
        Finding::Eligibility(e) => e.summary.clone(),
        Finding::Salary(_) => cat.t(Msg::TipSalary),
        Finding::Contract(_) => cat.t(Msg::TipContract),
        Finding::WorkingTime(_) => cat.t(Msg::TipWorkingTime),
        Finding::Remote(_) => cat.t(Msg::TipTelework),
        Finding::Benefit(..) => cat.t(Msg::TipBenefit),
        Finding::Application(f) => {
            let value = match f.part {
                ApplicationPart::Document => document_name(&f.value, cat),
                _ => f.value.clone(),
            };
            cat.f(Msg::TipApplication, &[("value", (&value).into())])
        }
        Finding::Requirement(r) => cat.f(
            Msg::TipRequirement,
            &[("requirement", (&cat.requirement(r.requirement)).into())],
        ),
    };
    (finding.category(), tip)
}

/// One reason in the interface's language. English shows the analysis' own sentence; the
/// other languages say what the rule is, with the words that decided.
fn reason_text(reason: &Reason, cat: &Catalogue) -> String {
    if cat.lang() == Lang::En {
        return reason.because.clone();
    }
    let msg = match reason.rule.as_str() {
        "requirement.cue" => Msg::ReasonRequirementCue,
        "requirement.heading" => Msg::ReasonRequirementHeading,
        "requirement.default" => Msg::ReasonRequirementDefault,
        "languages.level" => Msg::ReasonLanguagesLevel,
        "dates.role" => Msg::ReasonDatesRole,
        "dates.field" => Msg::ReasonDatesField,
        "dates.period" => Msg::ReasonDatesPeriod,
        "dates.glued_pair" => Msg::ReasonDatesGluedPair,
        "dates.dateline" => Msg::ReasonDatesDateline,
        "dates.time_apart" => Msg::ReasonDatesTimeApart,
        "dates.deadline" => Msg::ReasonDatesDeadline,
        "user.correction" => Msg::ReasonUserCorrection,
        _ => Msg::ReasonOther,
    };
    let words = reason.cue.as_ref().map_or("", |c| c.evidence.text.as_str());
    cat.f(msg, &[("words", words.into())])
}

/// Why a finding is as it is, in one line: the sentences of its reasons, or `None` for a
/// finding that gives none.
pub fn why(finding: Finding, cat: &Catalogue) -> Option<String> {
    let sentences: Vec<String> = finding
        .reasons()
        .iter()
        .map(|r| reason_text(r, cat))
        .collect();
    (!sentences.is_empty()).then(|| cat.f(Msg::Why, &[("reasons", (&sentences.join("; ")).into())]))
}

/// The reasons behind each checklist item made from a finding that gives them, by item id.
pub fn why_by_item(p: &PostingAnalysis, cat: &Catalogue) -> BTreeMap<String, String> {
    // Inserted one by one: collecting into a map would instantiate another copy of the standard
    // sort in the wasm (see `order`).
    let mut out = BTreeMap::new();
    for f in p.findings() {
        if let Some(why) = why(f, cat) {
            out.insert(f.id().to_string(), why);
        }
    }
    out
}

/// Every highlight of a posting: one per span, with the tip of every finding there, each with
/// why it was found (the first category in the legend's order wins).
pub fn highlights(p: &PostingAnalysis, cat: &Catalogue) -> Vec<Highlight> {
    let mut out: Vec<Highlight> = Vec::new();
    let mut tips: Vec<Vec<String>> = Vec::new();
    let mut at_span: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    // A date's tip depends on its role and day alone; long texts repeat their dates, and each
    // tip is a few catalogue messages. (Keyed like `at_span`: one map type in the wasm.)
    let mut date_tip_at: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut date_tips: Vec<(Category, String)> = Vec::new();
    for finding in p.findings() {
        let (category, tip) = match finding {
            Finding::Date(_, d) => {
                let day = d.date.days_since_epoch() as usize;
                let at = *date_tip_at
                    .entry((d.role as usize, day))
                    .or_insert_with(|| {
                        date_tips.push(shown_as(p, finding, cat));
                        date_tips.len() - 1
                    });
                date_tips[at].clone()
            }
            _ => shown_as(p, finding, cat),
        };
        let tip = match why(finding, cat) {
            Some(why) => format!("{tip}\n{why}"),
            None => tip,
        };
        let e = finding.evidence();
        // A value the user typed stands on no words: nothing to highlight.
        if e.start == e.end {
            continue;
        }
        match at_span.entry((e.start, e.end)) {
            Entry::Occupied(i) => {
                let h = &mut out[*i.get()];
                h.category = h.category.min(category);
                h.findings.push(finding.id());
                let shown = &mut tips[*i.get()];
                if !shown.contains(&tip) {
                    shown.push(tip);
                }
            }
            Entry::Vacant(slot) => {
                slot.insert(out.len());
                out.push(Highlight {
                    start: e.start,
                    end: e.end,
                    category,
                    tip: String::new(),
                    findings: vec![finding.id()],
                });
                tips.push(vec![tip]);
            }
        }
    }
    for (h, shown) in out.iter_mut().zip(tips) {
        h.tip = shown.join("\n");
    }
    out
}

/// A stretch of the posting text: plain, or inside the highlight that wins there.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub highlight: Option<usize>,
}

/// Cuts `[from, to)` into segments so that each char shows the highest-priority visible
/// highlight covering it (earliest category, then shortest, then first listed). `highlights`
/// index into the slice given. One sorted sweep over the highlights' bounds, keeping the
/// highlights open at each point in priority order: a posting may hold 100 000 dates, and a
/// test of every highlight at every bound would freeze the page for minutes.
pub fn segments(
    highlights: &[Highlight],
    visible: impl Fn(Category) -> bool,
    from: usize,
    to: usize,
) -> Vec<Segment> {
    let to = to.max(from);
    // (position, opens, index): at one position closes come before opens.
    let mut bounds: Vec<(usize, bool, usize)> = Vec::new();
    for (i, h) in highlights.iter().enumerate() {
        let (start, end) = (h.start.max(from), h.end.min(to));
        if visible(h.category) && start < end {
            bounds.push((start, true, i));
            bounds.push((end, false, i));
        }
    }
    sort_by_key(&mut bounds, |&b| b);
    let priority = |i: usize| {
        let h = &highlights[i];
        (h.category, h.end - h.start, i)
    };
    let mut open = BTreeSet::new();
    let mut out: Vec<Segment> = Vec::new();
    let mut at = from;
    let mut bounds = bounds.into_iter().peekable();
    while at < to {
        while let Some(&(_, opens, i)) = bounds.peek().filter(|b| b.0 == at) {
            if opens {
                open.insert(priority(i));
            } else {
                open.remove(&priority(i));
            }
            bounds.next();
        }
        let next = bounds.peek().map_or(to, |b| b.0.min(to));
        let winner = open.first().map(|&(_, _, i)| i);
        match out.last_mut() {
            Some(last) if last.highlight == winner => last.end = next,
            _ => out.push(Segment {
                start: at,
                end: next,
                highlight: winner,
            }),
        }
        at = next;
    }
    out
}

/// The part of the text the highlighted view draws, and what it leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub segments: Vec<Segment>,
    /// Highlighted segments not drawn.
    pub marks_left: usize,
    /// Chars not drawn.
    pub chars_left: usize,
}

/// The segments from the start, up to `max_marks` highlighted ones and `max_chars` chars,
/// whichever comes first. Rendering tens of thousands of marks, or laying out a megabyte of
/// text, makes frames of seconds; the page draws the beginning and says so (the whole text
/// stays in the text box, every finding in the checklist and the export).
pub fn shown(segments: Vec<Segment>, max_marks: usize, max_chars: usize) -> Shown {
    let (Some(first), Some(last)) = (segments.first(), segments.last()) else {
        return Shown {
            segments,
            marks_left: 0,
            chars_left: 0,
        };
    };
    let (begin, end) = (first.start, last.end);
    let bound = begin.saturating_add(max_chars).min(end);
    let mut out = Vec::new();
    let mut marks = 0;
    let mut marks_left = 0;
    let mut full = false;
    for mut s in segments {
        full |= s.start >= bound || (s.highlight.is_some() && marks == max_marks);
        if full {
            marks_left += usize::from(s.highlight.is_some());
            continue;
        }
        if s.highlight.is_some() {
            marks += 1;
        }
        s.end = s.end.min(bound);
        out.push(s);
    }
    let drawn_to = out.last().map_or(begin, |s| s.end);
    Shown {
        segments: out,
        marks_left,
        chars_left: end - drawn_to,
    }
}

pub fn role_label(role: DateRole, cat: &Catalogue) -> String {
    cat.t(match role {
        DateRole::Deadline => Msg::RoleDeadline,
        DateRole::Start => Msg::RoleStart,
        DateRole::Interview => Msg::RoleInterview,
        DateRole::Published => Msg::RolePublished,
        DateRole::Event => Msg::RoleEvent,
        DateRole::ContractEnd => Msg::RoleContractEnd,
        DateRole::Other => Msg::RoleOther,
    })
}

/// "C1" as stated, "≈C1" when inferred from the wording.
pub fn level_text(l: &LanguageRequirement) -> Option<String> {
    let approx = if l.level_source == Some(LevelSource::Inferred) {
        "≈"
    } else {
        ""
    };
    l.level.as_ref().map(|level| format!("{approx}{level}"))
}

/// "French — required, ≈C1": ≈ marks a level inferred from the wording.
pub fn language_tip(l: &LanguageRequirement, cat: &Catalogue) -> String {
    let language = cat.language_title(&l.language, &l.name);
    let requirement = cat.requirement(l.requirement);
    let (language, requirement) = (Arg::Text(&language), Arg::Text(&requirement));
    let tip = match level_text(l) {
        Some(level) => cat.f(
            Msg::TipLanguageLevel,
            &[
                ("language", language),
                ("requirement", requirement),
                ("level", (&level).into()),
            ],
        ),
        None => cat.f(
            Msg::TipLanguage,
            &[("language", language), ("requirement", requirement)],
        ),
    };
    match l.one_of {
        Some(_) => cat.f(Msg::TipOneOf, &[("tip", (&tip).into())]),
        None => tip,
    }
}

/// "in 8 days", "closes today", "closed 3 days ago".
pub fn days_phrase(d: &Deadline, cat: &Catalogue) -> String {
    match (d.status, d.days_left) {
        (_, 0) => cat.t(Msg::DaysClosesToday),
        (_, 1) => cat.t(Msg::DaysClosesTomorrow),
        (DeadlineStatus::Expired, -1) => cat.t(Msg::DaysClosedYesterday),
        (DeadlineStatus::Expired, n) => cat.f(Msg::DaysClosedAgo, &[("n", (-n).into())]),
        (_, n) => cat.f(Msg::DaysLeft, &[("n", n.into())]),
    }
}

/// The start date as written, or "As soon as possible".
pub fn start_value(start: &str, cat: &Catalogue) -> String {
    if start == "asap" {
        cat.t(Msg::StartAsap)
    } else {
        start.to_string()
    }
}

/// "Start: As soon as possible".
pub fn start_label(start: &str, cat: &Catalogue) -> String {
    cat.f(
        Msg::StartOn,
        &[("start", (&start_value(start, cat)).into())],
    )
}

/// "deadline 30 November 2025", or "no deadline found": how a sentence names the deadline.
pub fn deadline_named(deadline: Option<&Deadline>, cat: &Catalogue) -> String {
    deadline.map_or_else(
        || cat.t(Msg::NoDeadlineFound),
        |d| {
            cat.f(
                Msg::AnnounceDeadline,
                &[("date", (&cat.date(d.date)).into())],
            )
        },
    )
}

/// File name for a downloaded export: organisation, title and date, safe on every system.
pub fn export_file_name(p: Option<&PostingAnalysis>, analyzed_on: &str, extension: &str) -> String {
    let parts: Vec<String> = p
        .into_iter()
        .flat_map(|p| [p.organisation.as_deref(), p.title.as_deref()])
        .flatten()
        .map(slug)
        .filter(|s| !s.is_empty())
        .collect();
    let stem = if parts.is_empty() {
        "vacancy".to_string()
    } else {
        parts.join("-")
    };
    format!(
        "{}-{analyzed_on}.{extension}",
        stem.chars()
            .take(80)
            .collect::<String>()
            .trim_end_matches('-')
    )
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;
    use crate::i18n::Catalogue;

    fn hl(start: usize, end: usize, category: Category) -> Highlight {
        Highlight {
            start,
            end,
            category,
            tip: String::new(),
            findings: Vec::new(),
        }
    }

    #[test]
    fn a_typed_deadline_is_highlighted_nowhere_but_its_tip_says_it_was_corrected() {
        use crate::analysis::corrections::{apply, Correction, Value};
        use crate::analysis::test_support::{one, today};
        use crate::calendar::Date;
        let text = "Policy Officer\nApply by 30 January 2024.";
        let mut p = one(text);
        let typed = crate::vocabulary::Evidence {
            start: 0,
            end: 0,
            text: String::new(),
        };
        let value = Value::deadline_at(Date::constant(2024, 2, 1), None, None);
        apply(
            &mut p,
            &[Correction::new("deadline", typed, value)],
            text,
            today(),
            Catalogue::english(),
        );
        let found = highlights(&p, Catalogue::english());
        assert!(found.iter().all(|h| h.start < h.end), "{found:?}");
        let date = found
            .iter()
            .find(|h| h.start == 24)
            .expect("the date found stays");
        assert!(!date
            .findings
            .iter()
            .any(|f| f.as_str() == "deadline-deadline"));
        let picked = crate::vocabulary::Evidence {
            start: 24,
            end: 39,
            text: "30 January 2024".into(),
        };
        let value = Value::deadline_at(Date::constant(2024, 1, 31), None, None);
        let mut p = one(text);
        apply(
            &mut p,
            &[Correction::new("deadline", picked, value)],
            text,
            today(),
            Catalogue::english(),
        );
        let tip = &highlights(&p, Catalogue::english())
            .into_iter()
            .find(|h| h.start == 24)
            .unwrap()
            .tip;
        assert!(
            tip.contains("corrected by you; the analysis found 30 January 2024"),
            "{tip}"
        );
    }

    #[test]
    fn segments_give_each_char_the_winning_highlight() {
        let h = [
            hl(0, 20, Category::Requirement),
            hl(5, 10, Category::Language),
            hl(8, 12, Category::Deadline),
        ];
        let got: Vec<_> = segments(&h, |_| true, 0, 25)
            .iter()
            .map(|s| (s.start, s.end, s.highlight))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 5, Some(0)),
                (5, 8, Some(1)),
                (8, 12, Some(2)),
                (12, 20, Some(0)),
                (20, 25, None)
            ]
        );
        let hidden: Vec<_> = segments(&h, |c| c != Category::Requirement, 0, 25)
            .iter()
            .map(|s| s.highlight)
            .collect();
        assert_eq!(hidden, vec![None, Some(1), Some(2), None]);
    }

    /// The rule the sweep must give: each char's winner found by testing every highlight.
    fn winners_one_by_one(h: &[Highlight], from: usize, to: usize) -> Vec<Option<usize>> {
        (from..to)
            .map(|c| {
                (0..h.len())
                    .filter(|&i| h[i].start <= c && c < h[i].end)
                    .min_by_key(|&i| (h[i].category, h[i].end - h[i].start))
            })
            .collect()
    }

    #[test]
    fn the_sweep_gives_every_char_the_winner_found_one_by_one() {
        // A small generator, so the test needs no seed: overlapping, nested, equal, empty.
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) % n) as usize
        };
        for _ in 0..300 {
            let h: Vec<Highlight> = (0..next(12))
                .map(|_| {
                    let start = next(40);
                    hl(start, start + next(12), Category::ALL[next(7)])
                })
                .collect();
            let (from, to) = (next(10), 30 + next(30));
            let mut got = Vec::new();
            for s in segments(&h, |_| true, from, to) {
                got.extend(std::iter::repeat_n(s.highlight, s.end - s.start));
            }
            assert_eq!(got, winners_one_by_one(&h, from, to), "{h:?} {from}..{to}");
        }
        assert_eq!(segments(&[], |_| true, 5, 5), vec![]);
    }

    #[test]
    fn a_hundred_thousand_highlights_are_drawn_from_the_start_up_to_a_bound() {
        let h: Vec<Highlight> = (0..100_000)
            .map(|i| hl(i * 10, i * 10 + 4, Category::Date))
            .collect();
        let all = segments(&h, |_| true, 0, 1_000_000);
        assert_eq!(
            all.iter().filter(|s| s.highlight.is_some()).count(),
            100_000
        );
        // The marks bound comes first: the view ends before the first mark left out.
        let view = shown(all.clone(), 2000, 100_000);
        assert_eq!(view.marks_left, 98_000);
        assert_eq!(
            view.segments
                .iter()
                .filter(|s| s.highlight.is_some())
                .count(),
            2000
        );
        assert_eq!(
            view.segments.last().map(|s| (s.start, s.end)),
            Some((19_994, 20_000))
        );
        assert_eq!(view.chars_left, 1_000_000 - 20_000);
        assert!(view.segments.windows(2).all(|w| w[0].end == w[1].start));
        // The chars bound comes first: a mark across it is cut there and counts as drawn.
        let view = shown(all.clone(), 100_000, 1002);
        assert_eq!(
            view.segments.last().map(|s| (s.start, s.end, s.highlight)),
            Some((1000, 1002, Some(100)))
        );
        assert_eq!(
            (view.marks_left, view.chars_left),
            (99_899, 1_000_000 - 1002)
        );
        // Plain text alone is bounded too.
        let plain = shown(segments(&[], |_| true, 0, 500_000), 2000, 100_000);
        assert_eq!(
            plain.segments,
            vec![Segment {
                start: 0,
                end: 100_000,
                highlight: None
            }]
        );
        assert_eq!((plain.marks_left, plain.chars_left), (0, 400_000));
        // Within both bounds: all of it.
        let few = segments(&h[..3], |_| true, 5, 40);
        assert_eq!(
            shown(few.clone(), 2000, 100_000),
            Shown {
                segments: few,
                marks_left: 0,
                chars_left: 0
            }
        );
        assert_eq!(shown(Vec::new(), 1, 1).segments, vec![]);
    }

    #[test]
    fn highlights_cover_every_finding_kind() {
        let a = one("Deadline: 30 November 2025\nFluent in French is required.\nApplicants must hold EU citizenship.\nSend your CV to a@b.org. Gross salary EUR 3.000 per month.");
        let kinds: std::collections::BTreeSet<_> = highlights(&a, Catalogue::english())
            .iter()
            .map(|h| h.category)
            .collect();
        for c in [
            Category::Deadline,
            Category::Language,
            Category::Eligibility,
            Category::Application,
            Category::Condition,
        ] {
            assert!(kinds.contains(&c), "{c:?} missing");
        }
        let twice =
            one("Deadline: 30 November 2025\nText.\nDeadline for application: 30 November 2025");
        assert_eq!(
            highlights(&twice, Catalogue::english())
                .iter()
                .filter(|h| h.category == Category::Deadline)
                .count(),
            2
        );
        let french = highlights(&a, Catalogue::english())
            .into_iter()
            .find(|h| h.category == Category::Language)
            .unwrap();
        let why = "Why: required: \"required\" in its sentence; ≈C1: \"Fluent\" implies it";
        assert_eq!(french.tip, format!("French — required, ≈C1\n{why}"));
        let by_item = why_by_item(&a, Catalogue::english());
        assert_eq!(by_item["language-fr"], why);
        let deadline = &by_item["deadline-deadline"];
        assert!(
            deadline.starts_with("Why: deadline: the value of the field \"Deadline\""),
            "{deadline}"
        );
    }

    /// Findings on one span make one highlight that names them all, and every finding is
    /// reachable from the highlights by its id.
    #[test]
    fn findings_sharing_a_span_share_one_highlight() {
        let a = one("Only candidates holding a valid residence and work permit for Belgium will be considered.\nDeadline: 30 November 2025");
        let all = highlights(&a, Catalogue::english());
        let permits: Vec<&Highlight> = all
            .iter()
            .filter(|h| h.category == Category::Eligibility)
            .collect();
        assert_eq!(permits.len(), 1, "{all:?}");
        let ids: Vec<&str> = permits[0].findings.iter().map(FindingId::as_str).collect();
        assert_eq!(
            ids,
            ["eligibility-residence_permit", "eligibility-work_permit"]
        );
        let tip = &permits[0].tip;
        let lines: Vec<&str> = tip.lines().collect();
        assert_eq!(lines.len(), 4, "{tip}");
        assert!(
            lines[0].starts_with("A valid residence permit for Belgium"),
            "{tip}"
        );
        assert!(lines[2].starts_with("A valid work permit"), "{tip}");
        for finding in a.findings() {
            assert!(
                all.iter().any(|h| h.findings.contains(&finding.id())),
                "{} has no highlight",
                finding.id()
            );
        }
    }

    #[test]
    fn wording_and_file_names() {
        let d = one("Deadline: 9 January 2024").deadline.unwrap();
        assert_eq!(days_phrase(&d, Catalogue::english()), "in 8 days");
        let d = crate::analysis::analyze(
            "Deadline: 9 January 2024",
            crate::calendar::Date::constant(2024, 1, 12),
        )[0]
        .deadline
        .clone()
        .unwrap();
        assert_eq!(days_phrase(&d, Catalogue::english()), "closed 3 days ago");
        let a = one("Helpdesk Coordinator, NetZeroCities\nEurocities, the network of cities, is recruiting.");
        assert_eq!(
            export_file_name(Some(&a), "2024-01-01", "json"),
            "eurocities-helpdesk-coordinator-netzerocities-2024-01-01.json"
        );
        assert_eq!(
            export_file_name(None, "2024-01-01", "json"),
            "vacancy-2024-01-01.json"
        );
    }
}
