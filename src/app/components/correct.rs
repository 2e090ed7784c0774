//! The controls that correct the analysis where it is shown: the deadline on its card, a
//! language or a condition on its checklist item, the conditions on their card, and what the
//! user picks in the highlighted text. What the values mean is [`crate::edit`]'s; these only
//! read the forms and report a [`Correction`], or a message through the page's notice.
//! Everything works with the keyboard: the editors are disclosure widgets holding forms, and
//! the highlights are focusable.
//!
//! Plain functions rendering forms from tables of fields rather than components: each Yew
//! component and each hand-written form costs the page's wasm far more than a loop.

use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement};
use yew::prelude::*;

use super::PostingRef;
use crate::analysis::corrections::{deadline_choices, Correction, Value};
use crate::calendar::Date;
use crate::edit::{self, CONTRACTS, KIND_CHOICES, LEVELS, PERIODS, REQUIREMENTS, ZONES};
use crate::vocabulary::{Cefr, Evidence};

/// What every correcting control reports to, for the posting shown.
#[derive(Clone, PartialEq)]
pub struct Edits {
    pub on_correct: Callback<Correction>,
    /// Takes back the correction of a finding, by the id the correction names.
    pub on_revert: Callback<String>,
    /// What is wrong with what the user typed.
    pub on_error: Callback<String>,
    pub today: Date,
}

impl Edits {
    fn correct(&self, finding: &str, evidence: &Evidence, value: Value) {
        self.on_correct
            .emit(Correction::new(finding, evidence.clone(), value));
    }
}

/// The values of the form an event happened in, by field name.
pub struct Fields(Option<FormData>);

impl Fields {
    fn of(e: &Event) -> Fields {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let form = target.and_then(|t| t.closest("form").ok().flatten());
        let form = form.and_then(|f| f.dyn_into::<HtmlFormElement>().ok());
        Fields(form.and_then(|f| FormData::new_with_form(&f).ok()))
    }

    pub fn get(&self, name: &str) -> String {
        self.0
            .as_ref()
            .and_then(|d| d.get(name).as_string())
            .unwrap_or_default()
    }
}

/// How a field of a correction form is entered.
#[derive(Clone, Copy)]
enum Input {
    Text,
    Date,
    Time,
    Choice(&'static [(&'static str, &'static str)]),
}

/// One field: its name, its label, how it is entered, and the choice selected at first (a
/// choice) or the hint shown while it is empty (a text). Text fields are left to the user: a
/// value set here would be written back over what they typed at the page's next render.
type Field<'a> = (&'static str, &'static str, Input, &'a str);

/// A form of `fields`, with a submit button when `submit` names one (a form without one applies
/// each change at once, through `onchange`).
fn form(
    name: &str,
    fields: &[Field],
    submit: Option<&'static str>,
    onsubmit: Option<Callback<SubmitEvent>>,
    onchange: Option<Callback<Event>>,
) -> Html {
    html! {
        <form class="correct-form" aria-label={name.to_string()} {onsubmit} {onchange}>
            { for fields.iter().map(|&(name, label, input, value)| {
                let control = match input {
                    Input::Choice(choices) => html! {
                        <select {name}>
                            { for choices.iter().map(|&(v, l)| html! { <option value={v} selected={v == value}>{ l }</option> }) }
                        </select>
                    },
                    _ => {
                        let kind = match input {
                            Input::Date => "date",
                            Input::Time => "time",
                            _ => "text",
                        };
                        html! { <input type={kind} {name} placeholder={value.to_string()} size="10" /> }
                    }
                };
                html! { <label>{ label }{ " " }{ control }</label> }
            }) }
            if let Some(label) = submit { <button type="submit">{ label }</button> }
        </form>
    }
}

/// Submits a form to `make`, which turns its fields into a value or a message; a value is
/// reported as a correction of `finding` standing on `evidence`.
fn submitting(
    edits: &Edits,
    finding: &'static str,
    evidence: Evidence,
    make: fn(&Fields) -> Result<Value, String>,
) -> Option<Callback<SubmitEvent>> {
    let edits = edits.clone();
    Some(Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        match make(&Fields::of(&e)) {
            Ok(value) => edits.correct(finding, &evidence, value),
            Err(message) => edits.on_error.emit(message),
        }
    }))
}

/// A disclosure holding correction controls.
fn disclosure(summary: String, test_id: &'static str, body: Html) -> Html {
    html! {
        <details class="correct" data-testid={test_id}>
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}

/// The "edited" mark on a corrected value, the analysis' own value on hover, and Revert.
pub fn edited(correction: &Correction, what: &str, edits: &Edits) -> Html {
    let found = correction
        .original
        .as_ref()
        .map_or("nothing (you added it)".to_string(), Value::to_string);
    let onclick = {
        let (on_revert, finding) = (edits.on_revert.clone(), correction.finding.clone());
        Callback::from(move |_: MouseEvent| on_revert.emit(finding.clone()))
    };
    html! {
        <span class="edited-mark">
            <span class="edited" title={format!("Corrected by you. The analysis found: {found}")} data-testid="edited">{ "edited" }</span>
            <button type="button" class="link-button" {onclick} aria-label={format!("Revert {what}: back to {found}")}>{ "Revert" }</button>
        </span>
    }
}

/// A button that reports `value` as a correction of `finding` at once.
fn setting(
    label: String,
    edits: &Edits,
    finding: &'static str,
    evidence: &Evidence,
    value: Value,
) -> Html {
    let (edits, evidence) = (edits.clone(), evidence.clone());
    let onclick =
        Callback::from(move |_: MouseEvent| edits.correct(finding, &evidence, value.clone()));
    html! { <button type="button" {onclick}>{ label }</button> }
}

/// On the deadline card: use another date of the text, type one, or say there is none.
pub fn deadline_editor(p: &PostingRef, edits: &Edits) -> Html {
    let here = p
        .deadline
        .as_ref()
        .map_or_else(edit::typed, |d| d.evidence.clone());
    let current = p
        .deadline
        .as_ref()
        .map(|d| Value::deadline_at(d.date, d.time, d.timezone.clone()));
    let choices: Vec<Html> = deadline_choices(p)
        .into_iter()
        .filter(|(value, _)| Some(value) != current.as_ref())
        .map(|(value, evidence)| {
            let label = format!("Use {value} (“{}”)", evidence.text);
            html! { <li>{ setting(label, edits, "deadline", evidence, value) }</li> }
        })
        .collect();
    let typed = form(
        "Type the deadline",
        &[
            ("date", "Date", Input::Date, ""),
            ("time", "Time", Input::Time, ""),
            ("zone", "Zone", Input::Choice(&ZONES), ""),
        ],
        Some("Set deadline"),
        submitting(edits, "deadline", here.clone(), |f| {
            edit::deadline(&f.get("date"), &f.get("time"), &f.get("zone"))
        }),
        None,
    );
    let body = html! { <>
        if !choices.is_empty() {
            <p>{ "Dates in the text:" }</p>
            <ul class="choices">{ choices }</ul>
        }
        { typed }
        if p.deadline.is_some() {
            { setting("There is no deadline".to_string(), edits, "deadline", &here, Value::NoDeadline) }
        }
    </> };
    disclosure("Correct the deadline".to_string(), "correct-deadline", body)
}

/// On a language's or a condition's checklist item: required or asset, the level or the kind,
/// or remove it. A change applies at once.
pub fn item_editor(
    finding: &str,
    evidence: &Evidence,
    value: &Value,
    label: &str,
    edits: &Edits,
) -> Html {
    let fields: Vec<Field> = match value {
        Value::Language {
            requirement, level, ..
        } => vec![
            (
                "requirement",
                "Asked as",
                Input::Choice(&REQUIREMENTS),
                requirement.word(),
            ),
            (
                "level",
                "Level",
                Input::Choice(&LEVELS),
                level.map_or("", Cefr::as_str),
            ),
        ],
        Value::Eligibility { kind, requirement } => vec![
            ("kind", "Kind", Input::Choice(&KIND_CHOICES), kind.key()),
            (
                "requirement",
                "Asked as",
                Input::Choice(&REQUIREMENTS),
                requirement.word(),
            ),
        ],
        _ => return html! {},
    };
    let onchange = {
        let (edits, finding, evidence, value) = (
            edits.clone(),
            finding.to_string(),
            evidence.clone(),
            value.clone(),
        );
        Callback::from(move |e: Event| {
            let f = Fields::of(&e);
            let changed = match &value {
                Value::Language { language, .. } => Some(edit::language(
                    language,
                    &f.get("requirement"),
                    &f.get("level"),
                )),
                _ => edit::eligibility(&f.get("kind"), &f.get("requirement")),
            };
            if let Some(changed) = changed {
                edits
                    .on_correct
                    .emit(Correction::new(finding.clone(), evidence.clone(), changed));
            }
        })
    };
    let remove = {
        let (edits, finding, evidence) = (edits.clone(), finding.to_string(), evidence.clone());
        Callback::from(move |_: MouseEvent| {
            edits.on_correct.emit(Correction::new(
                finding.clone(),
                evidence.clone(),
                Value::Removed,
            ))
        })
    };
    let body = html! { <>
        { form(label, &fields, None, None, Some(onchange)) }
        <button type="button" onclick={remove}>{ "Remove" }</button>
    </> };
    disclosure(format!("Correct: {label}"), "correct-item", body)
}

/// On the conditions card: the salary, the contract and the start date as the user types them.
pub fn conditions_editor(p: &PostingRef, edits: &Edits) -> Html {
    let c = &p.conditions;
    let at = |evidence: Option<&Evidence>| evidence.cloned().unwrap_or_else(edit::typed);
    let salary = form(
        "Salary",
        &[
            ("min", "Salary from", Input::Text, ""),
            ("max", "to", Input::Text, ""),
            ("currency", "Currency", Input::Text, "EUR"),
            ("period", "Period", Input::Choice(&PERIODS), "month"),
            ("gross", "Gross or net", Input::Choice(&edit::GROSS), ""),
        ],
        Some("Set salary"),
        submitting(
            edits,
            "condition-salary",
            at(c.salary.as_ref().map(|s| &s.evidence)),
            |f| {
                edit::salary(
                    &f.get("min"),
                    &f.get("max"),
                    &f.get("currency"),
                    &f.get("period"),
                    &f.get("gross"),
                )
            },
        ),
        None,
    );
    let contract = form(
        "Contract",
        &[
            ("type", "Contract", Input::Choice(&CONTRACTS), ""),
            ("months", "Months", Input::Text, ""),
        ],
        Some("Set contract"),
        submitting(
            edits,
            "condition-contract",
            at(c.contract.as_ref().map(|k| &k.evidence)),
            |f| edit::contract(&f.get("type"), &f.get("months")),
        ),
        None,
    );
    let start_now = p.start_date.clone().unwrap_or_default();
    let start = form(
        "Start date",
        &[(
            "start",
            "Start (YYYY-MM-DD or asap)",
            Input::Text,
            &start_now,
        )],
        Some("Set start"),
        submitting(edits, "start-date", edit::typed(), |f| {
            edit::start(&f.get("start"))
        }),
        None,
    );
    disclosure(
        "Correct the conditions".to_string(),
        "correct-conditions",
        html! { <>{ salary }{ contract }{ start }</> },
    )
}

/// What the user picked in the highlighted text: words they selected, or a date they chose.
#[derive(Clone, PartialEq)]
pub enum Picked {
    Words(Evidence),
    /// A highlighted date, with its value as a deadline.
    Date(Evidence, Value),
}

/// Above the highlighted text, for what the user picked in it: use a date as the deadline, or
/// say what the selected words are.
pub fn picked_bar(picked: &Picked, edits: &Edits, on_close: &Callback<()>) -> Html {
    let done = {
        let (edits, on_close) = (edits.clone(), on_close.clone());
        move |finding: &str, evidence: &Evidence, value: Value| {
            edits.correct(finding, evidence, value);
            on_close.emit(());
        }
    };
    let (evidence, body) = match picked {
        Picked::Date(evidence, value) => {
            let (words, value) = (evidence.clone(), value.clone());
            let onclick =
                Callback::from(move |_: MouseEvent| done("deadline", &words, value.clone()));
            (
                evidence,
                html! { <button type="button" {onclick}>{ "Use this date as the deadline" }</button> },
            )
        }
        Picked::Words(evidence) => {
            let (words, edits) = (evidence.clone(), edits.clone());
            let onsubmit = Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                match edit::picked(&Fields::of(&e).get("what"), &words.text, edits.today) {
                    Ok((finding, value)) => done(&finding, &words, value),
                    Err(message) => edits.on_error.emit(message),
                }
            });
            let what = [(
                "what",
                "These words are",
                Input::Choice(&edit::PICKS),
                "deadline",
            )];
            (
                evidence,
                form(
                    "Add from the selected words",
                    &what,
                    Some("Add"),
                    Some(onsubmit),
                    None,
                ),
            )
        }
    };
    let close = on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="picked-bar" role="region" aria-label="Correct from the text" data-testid="picked">
            <p>{ format!("“{}”", evidence.text) }</p>
            { body }
            <button type="button" class="link-button" onclick={close}>{ "Cancel" }</button>
        </div>
    }
}

/// Every correction of the posting, each with Revert: removed findings are reverted here.
pub fn corrections_list(p: &PostingRef, edits: &Edits) -> Html {
    if p.corrections.is_empty() {
        return html! {};
    }
    let list = html! {
        <ul>
            { for p.corrections.iter().map(|c| html! {
                <li>{ c.describe() }{ " " }{ edited(c, &c.finding, edits) }</li>
            }) }
        </ul>
    };
    disclosure(
        format!("Your corrections ({})", p.corrections.len()),
        "corrections",
        list,
    )
}
