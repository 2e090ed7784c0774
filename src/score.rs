//! Scores exports against hand-checked gold files (`NAME.txt` + `NAME.gold.json`, the format of
//! the shared corpus' README and of "Save as a test case"): `vacancy-lens score DIR`. The same
//! fields, rules and summary line as the shared corpus' own scorer, so the project's corpus
//! check needs no second tool.
//!
//! Fields (micro-averaged over every posting):
//! `postings` texts whose number of postings is right; `deadline` date right (both absent
//! counts as right); `deadline_time` over gold deadlines with a time (`24:00` matches `00:00`,
//! `23:59`, `24:00`); `languages` F1 over (language, requirement); `language_codes` F1 over codes;
//! `language_levels` over gold languages with a CEFR level; `eligibility` F1 over kinds;
//! `start_date` right to the month, over postings where gold or export has one; `salary` min,
//! max (within 1 %) and period, over gold salaries; `contract` type, over gold contracts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde_json::Value;

/// The fields in the order they are printed.
pub const FIELDS: [&str; 10] = [
    "postings",
    "deadline",
    "deadline_time",
    "languages",
    "language_codes",
    "language_levels",
    "eligibility",
    "start_date",
    "salary",
    "contract",
];

/// One field's score, with its right/total when it counts texts rather than an F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldScore {
    pub field: &'static str,
    pub score: f64,
    pub counts: Option<(usize, usize)>,
}

/// Right and total per counted field, and true/false positives and negatives per F1 field.
#[derive(Default)]
pub struct Tally {
    counted: BTreeMap<&'static str, (usize, usize)>,
    sets: BTreeMap<&'static str, (usize, usize, usize)>,
    /// Texts whose export could not be made or read.
    pub errors: usize,
    pub texts: usize,
    /// One line per miss, for `--verbose`.
    pub misses: Vec<String>,
}

fn get<'v>(v: &'v Value, path: &[&str]) -> &'v Value {
    path.iter().fold(v, |v, k| v.get(k).unwrap_or(&Value::Null))
}

fn text_of(v: &Value) -> Option<&str> {
    v.as_str()
}

/// (language, requirement) pairs, lower case.
fn language_pairs(items: &Value) -> BTreeSet<(String, String)> {
    let items = items.as_array().map_or(&[][..], Vec::as_slice);
    items
        .iter()
        .filter_map(|it| {
            let code = it.get("language")?.as_str()?.to_lowercase();
            let requirement = it
                .get("requirement")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_lowercase();
            (!code.is_empty()).then_some((code, requirement))
        })
        .collect()
}

/// Eligibility kinds, written as strings or as objects with a `kind`.
fn kinds(items: &Value) -> BTreeSet<String> {
    let items = items.as_array().map_or(&[][..], Vec::as_slice);
    items
        .iter()
        .filter_map(|it| it.as_str().or_else(|| it.get("kind")?.as_str()))
        .map(str::to_string)
        .collect()
}

fn f1((tp, fp, fn_): (usize, usize, usize)) -> f64 {
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, tp + fp), ratio(tp, tp + fn_));
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Two amounts within 1 % (of the gold, at least 1), or both absent.
fn close(gold: &Value, got: &Value) -> bool {
    match (gold.as_f64(), got.as_f64()) {
        (None, None) => gold.is_null() && got.is_null(),
        (Some(a), Some(b)) => (a - b).abs() <= 0.01 * a.abs().max(1.0),
        _ => false,
    }
}

/// `(postings to compare, number expected)`: a gold lists its postings, or (short form) holds
/// one posting's fields at the top with `postings` as a count.
pub fn gold_postings(gold: &Value) -> (Vec<&Value>, usize) {
    match gold.get("postings") {
        Some(Value::Array(list)) => (list.iter().collect(), list.len()),
        count => (
            vec![gold],
            count
                .and_then(Value::as_u64)
                .filter(|&n| n > 0)
                .map_or(1, |n| n as usize),
        ),
    }
}

impl Tally {
    fn hit(&mut self, field: &'static str, ok: bool) {
        let (right, total) = self.counted.entry(field).or_default();
        *right += usize::from(ok);
        *total += 1;
    }

    fn sets<T: Ord>(&mut self, field: &'static str, gold: &BTreeSet<T>, got: &BTreeSet<T>) {
        let (tp, fp, fn_) = self.sets.entry(field).or_default();
        *tp += gold.intersection(got).count();
        *fp += got.difference(gold).count();
        *fn_ += gold.difference(got).count();
    }

    fn miss(&mut self, line: String) {
        self.misses.push(line);
    }

    /// Scores one text: its gold, and the export made of it (`None`: none could be made).
    pub fn text(&mut self, name: &str, gold: &Value, export: Option<&Value>) {
        self.texts += 1;
        if export.is_none() {
            self.errors += 1;
        }
        let got: Vec<&Value> = export
            .and_then(|e| e.get("postings"))
            .and_then(Value::as_array)
            .map_or(Vec::new(), |list| list.iter().collect());
        let (golds, expected) = gold_postings(gold);
        self.hit("postings", got.len() == expected);
        if got.len() != expected {
            self.miss(format!(
                "  {name}: postings gold={expected} got={}",
                got.len()
            ));
        }
        let none = Value::Null;
        for (i, g) in golds.into_iter().enumerate() {
            self.posting(
                &format!("{name}#{i}"),
                g,
                got.get(i).copied().unwrap_or(&none),
            );
        }
    }

    fn posting(&mut self, name: &str, g: &Value, e: &Value) {
        let (gold_date, got_date) = (
            text_of(get(g, &["deadline", "date"])),
            text_of(get(e, &["deadline", "date"])),
        );
        self.hit("deadline", gold_date == got_date);
        if gold_date != got_date {
            self.miss(format!(
                "  {name}: deadline gold={} got={}",
                gold_date.unwrap_or("None"),
                got_date.unwrap_or("None")
            ));
        }
        if let Some(time) = text_of(get(g, &["deadline", "time"])).filter(|t| !t.is_empty()) {
            let got = text_of(get(e, &["deadline", "time"]));
            let ok = got == Some(time)
                || (time == "24:00" && matches!(got, Some("00:00" | "23:59" | "24:00")));
            self.hit("deadline_time", ok);
            if !ok {
                self.miss(format!(
                    "  {name}: deadline time gold={time} got={}",
                    got.unwrap_or("None")
                ));
            }
        }

        let (gl, el) = (
            language_pairs(get(g, &["languages"])),
            language_pairs(get(e, &["languages"])),
        );
        self.sets("languages", &gl, &el);
        let codes = |pairs: &BTreeSet<(String, String)>| -> BTreeSet<String> {
            pairs.iter().map(|(c, _)| c.clone()).collect()
        };
        self.sets("language_codes", &codes(&gl), &codes(&el));
        if gl != el {
            self.miss(format!(
                "  {name}: languages missing={:?} extra={:?}",
                gl.difference(&el).collect::<Vec<_>>(),
                el.difference(&gl).collect::<Vec<_>>()
            ));
        }
        self.levels(name, g, e);

        let (ge, ee) = (
            kinds(get(g, &["eligibility"])),
            kinds(get(e, &["eligibility"])),
        );
        self.sets("eligibility", &ge, &ee);
        if ge != ee {
            self.miss(format!(
                "  {name}: eligibility missing={:?} extra={:?}",
                ge.difference(&ee).collect::<Vec<_>>(),
                ee.difference(&ge).collect::<Vec<_>>()
            ));
        }

        let gold_start = text_of(get(g, &["start_date"])).filter(|s| !s.is_empty());
        let got_start = text_of(get(e, &["start_date"])).filter(|s| !s.is_empty());
        if gold_start.is_some() || got_start.is_some() {
            let month = |s: Option<&str>| s.map(|s| s.chars().take(7).collect::<String>());
            let same = month(gold_start) == month(got_start);
            self.hit("start_date", same);
            if !same {
                self.miss(format!(
                    "  {name}: start_date gold={} got={}",
                    gold_start.unwrap_or("None"),
                    got_start.unwrap_or("None")
                ));
            }
        }

        let gold_salary = get(g, &["salary"]);
        if gold_salary.is_object() {
            let got = match get(e, &["conditions", "salary"]) {
                Value::Null => get(e, &["salary"]),
                salary => salary,
            };
            let ok = close(get(gold_salary, &["min"]), get(got, &["min"]))
                && close(get(gold_salary, &["max"]), get(got, &["max"]))
                && get(gold_salary, &["period"]) == get(got, &["period"]);
            self.hit("salary", ok);
            if !ok {
                self.miss(format!("  {name}: salary gold={gold_salary} got={got}"));
            }
        }

        if let Some(gold_contract) = text_of(get(g, &["contract", "type"])) {
            let got = text_of(get(e, &["conditions", "contract", "type"]))
                .or_else(|| text_of(get(e, &["contract", "type"])));
            self.hit("contract", got == Some(gold_contract));
            if got != Some(gold_contract) {
                self.miss(format!(
                    "  {name}: contract gold={gold_contract} got={}",
                    got.unwrap_or("None")
                ));
            }
        }
    }

    /// Each gold language with a CEFR level against the levels the export gives its code.
    fn levels(&mut self, name: &str, g: &Value, e: &Value) {
        let mut got: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for it in get(e, &["languages"]).as_array().into_iter().flatten() {
            let code = text_of(get(it, &["language"])).unwrap_or("").to_lowercase();
            let level = text_of(get(it, &["level"])).unwrap_or("").to_uppercase();
            got.entry(code).or_default().insert(level);
        }
        for it in get(g, &["languages"]).as_array().into_iter().flatten() {
            let Some(level) = text_of(get(it, &["level"])).filter(|l| !l.is_empty()) else {
                continue;
            };
            let code = text_of(get(it, &["language"])).unwrap_or("").to_lowercase();
            let level = level.to_uppercase();
            let levels = got.get(&code);
            let ok = levels.is_some_and(|l| l.contains(&level));
            self.hit("language_levels", ok);
            if !ok {
                self.miss(format!(
                    "  {name}: level of {code} gold={level} got={:?}",
                    levels
                        .map(|l| l.iter().collect::<Vec<_>>())
                        .unwrap_or_default()
                ));
            }
        }
    }

    /// Each field's score, in [`FIELDS`] order.
    pub fn scores(&self) -> Vec<FieldScore> {
        FIELDS
            .iter()
            .filter_map(|&field| match self.counted.get(field) {
                Some(&(right, total)) => Some(FieldScore {
                    field,
                    score: right as f64 / total as f64,
                    counts: Some((right, total)),
                }),
                None => self.sets.get(field).map(|&counts| FieldScore {
                    field,
                    score: f1(counts),
                    counts: None,
                }),
            })
            .collect()
    }

    /// The report: one line per field, then the summary line with any floor not met;
    /// `Err` holds the same report when a floor is missed (or, with floors, a text failed).
    pub fn report(&self, floors: &[(String, f64)]) -> Result<String, String> {
        let scores = self.scores();
        let mut out = String::new();
        for s in &scores {
            let counts = s
                .counts
                .map_or(String::new(), |(r, t)| format!(" ({r}/{t})"));
            let _ = writeln!(out, "{:15} {:.3}{counts}", s.field, s.score);
        }
        let failed: Vec<String> = floors
            .iter()
            .filter_map(|(field, floor)| {
                let score = scores
                    .iter()
                    .find(|s| s.field == field)
                    .map_or(0.0, |s| s.score);
                (score < *floor).then(|| format!("{field} {score:.3} < {floor}"))
            })
            .collect();
        let summary: Vec<String> = scores
            .iter()
            .map(|s| format!("{}={:.2}", s.field, s.score))
            .collect();
        let _ = write!(
            out,
            "texts={} errors={} {}",
            self.texts,
            self.errors,
            summary.join(" ")
        );
        if !failed.is_empty() {
            let _ = write!(out, " | below floor: {}", failed.join(", "));
        }
        if failed.is_empty() && (floors.is_empty() || self.errors == 0) {
            Ok(out)
        } else {
            Err(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn export(posting: Value) -> Value {
        json!({"postings": [posting]})
    }

    #[test]
    fn each_field_by_the_corpus_rules() {
        let gold = json!({"postings": [{
            "deadline": {"date": "2024-03-01", "time": "24:00"},
            "start_date": "2024-05-01",
            "languages": [
                {"language": "fr", "requirement": "required", "level": "C1"},
                {"language": "nl", "requirement": "asset", "level": null}
            ],
            "eligibility": ["citizenship", "work_permit"],
            "salary": {"min": 3000, "max": 3000, "period": "month"},
            "contract": {"type": "fixed_term"}
        }]});
        let right = export(json!({
            "deadline": {"date": "2024-03-01", "time": "23:59"},
            "start_date": "2024-05-15",
            "languages": [
                {"language": "fr", "requirement": "required", "level": "C1"},
                {"language": "nl", "requirement": "asset", "level": "B2"}
            ],
            "eligibility": [{"kind": "citizenship"}, {"kind": "work_permit"}],
            "conditions": {"salary": {"min": 3010.0, "max": 2990.0, "period": "month"},
                           "contract": {"type": "fixed_term"}}
        }));
        let mut t = Tally::default();
        t.text("right", &gold, Some(&right));
        assert!(t.scores().iter().all(|s| s.score == 1.0), "{:?}", t.misses);
        let wrong = export(json!({
            "deadline": {"date": "2024-03-02", "time": "12:00"},
            "start_date": "2024-06-01",
            "languages": [{"language": "fr", "requirement": "asset", "level": "B2"}],
            "eligibility": [{"kind": "citizenship"}, {"kind": "medical"}],
            "conditions": {"salary": {"min": 3000.0, "max": 3000.0, "period": null},
                           "contract": {"type": "open_ended"}}
        }));
        let mut t = Tally::default();
        t.text("wrong", &gold, Some(&wrong));
        let scores: BTreeMap<&str, f64> = t.scores().iter().map(|s| (s.field, s.score)).collect();
        for field in [
            "deadline",
            "deadline_time",
            "languages",
            "language_levels",
            "start_date",
            "salary",
            "contract",
        ] {
            assert_eq!(scores[field], 0.0, "{field}");
        }
        assert_eq!(scores["postings"], 1.0);
        assert!((scores["language_codes"] - 2.0 / 3.0).abs() < 1e-9);
        assert!((scores["eligibility"] - 0.5).abs() < 1e-9);
        assert_eq!(t.misses.len(), 8, "{:#?}", t.misses);
    }

    #[test]
    fn counts_short_gold_forms_and_missing_exports() {
        let short = json!({"postings": 2, "deadline": null, "languages": []});
        let mut t = Tally::default();
        t.text("short", &short, Some(&json!({"postings": [{}, {}]})));
        t.text("none", &short, None);
        let report = t.report(&[("postings".into(), 0.5)]);
        let out = report.expect_err("an export could not be made");
        assert!(
            out.starts_with("postings        0.500 (1/2)\ndeadline        1.000 (2/2)\n"),
            "{out}"
        );
        assert!(out.ends_with("texts=2 errors=1 postings=0.50 deadline=1.00 languages=1.00 language_codes=1.00 eligibility=1.00"), "{out}");
        let out = t
            .report(&[("deadline".into(), 1.0), ("postings".into(), 0.9)])
            .unwrap_err();
        assert!(
            out.ends_with(" | below floor: postings 0.500 < 0.9"),
            "{out}"
        );
    }
}
