//! The controls that correct the analysis where it is shown: the deadline on its card, a
//! language or a condition on its checklist item, the conditions on their card, and what the
//! user picks in the highlighted text. What the values mean is [`crate::edit`]'s; these only
//! read the forms and report a [`Correction`], or a message through the page's notice.
//! Everything works with the keyboard: the editors are disclosure widgets holding forms, and
//! the highlights are focusable.
//!
//! Plain functions rendering forms from tables of fields rather than components: each Yew
//! component and each hand-written form costs the page's wasm far more than a loop.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement};
use yew::prelude::*;

use super::PostingRef;
use crate::analysis::corrections::{deadline_choices, Correction, Value};
use crate::calendar::Date;
use crate::edit::{self, Choice, CONTRACTS, KIND_CHOICES, LEVELS, PERIODS, REQUIREMENTS, ZONES};
use crate::i18n::{Arg, Catalogue, Msg};
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
    /// The interface's language.
    pub cat: Rc<Catalogue>,
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
    Choice(&'static [Choice]),
}

/// One field: its name, its label, how it is entered, and the choice selected at first (a
/// choice) or the hint shown while it is empty (a text). Text fields are left to the user: a
/// value set here would be written back over what they typed at the page's next render.
type Field<'a> = (&'static str, Msg, Input, &'a str);

/// A form of `fields`, with a submit button when `submit` names one (a form without one applies
/// each change at once, through `onchange`).
fn form(
    cat: &Catalogue,
    name: &str,
    fields: &[Field],
    submit: Option<Msg>,
    onsubmit: Option<Callback<SubmitEvent>>,
    onchange: Option<Callback<Event>>,
) -> Html {
    html! {
        <form class="correct-form" aria-label={name.to_string()} {onsubmit} {onchange}>
            { for fields.iter().map(|&(name, label, input, value)| {
                let control = match input {
                    Input::Choice(choices) => html! {
                        <select {name}>
                            { for choices.iter().map(|&(v, l)| html! { <option value={v} selected={v == value}>{ cat.t(l) }</option> }) }
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
                html! { <label>{ cat.t(label) }{ " " }{ control }</label> }
            }) }
            if let Some(label) = submit { <button type="submit">{ cat.t(label) }</button> }
        </form>
    }
}

/// Submits a form to `make`, which turns its fields into a value or a message; a value is
/// reported as a correction of `finding` standing on `evidence`.
fn submitting(
    edits: &Edits,
    finding: &'static str,
    evidence: Evidence,
    make: fn(&Fields, &Catalogue) -> Result<Value, String>,
) -> Option<Callback<SubmitEvent>> {
    let edits = edits.clone();
    Some(Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        match make(&Fields::of(&e), &edits.cat) {
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
    let cat = &edits.cat;
    let found = correction
        .original
        .as_ref()
        .map_or_else(|| cat.t(Msg::FoundNothing), |v| v.shown(cat));
    let (found, what) = (Arg::Text(&found), Arg::Text(what));
    let onclick = {
        let (on_revert, finding) = (edits.on_revert.clone(), correction.finding.clone());
        Callback::from(move |_: MouseEvent| on_revert.emit(finding.clone()))
    };
    html! {
        <span class="edited-mark">
            <span class="edited" title={cat.f(Msg::EditedTitle, &[("found", found)])} data-testid="edited">{ cat.t(Msg::Edited) }</span>
            <button type="button" class="link-button" {onclick} aria-label={cat.f(Msg::RevertOf, &[("what", what), ("found", found)])}>{ cat.t(Msg::Revert) }</button>
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
    let cat = &edits.cat;
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
            let shown = value.shown(cat);
            let args = [
                ("date", (&shown).into()),
                ("words", (&evidence.text).into()),
            ];
            let label = cat.f(Msg::UseDate, &args);
            html! { <li>{ setting(label, edits, "deadline", evidence, value) }</li> }
        })
        .collect();
    let typed = form(
        cat,
        &cat.t(Msg::TypeDeadline),
        &[
            ("date", Msg::FieldDate, Input::Date, ""),
            ("time", Msg::FieldTime, Input::Time, ""),
            ("zone", Msg::FieldZone, Input::Choice(&ZONES), ""),
        ],
        Some(Msg::SetDeadline),
        submitting(edits, "deadline", here.clone(), |f, cat| {
            edit::deadline(&f.get("date"), &f.get("time"), &f.get("zone"), cat)
        }),
        None,
    );
    let body = html! { <>
        if !choices.is_empty() {
            <p>{ cat.t(Msg::DatesInText) }</p>
            <ul class="choices">{ choices }</ul>
        }
        { typed }
        if p.deadline.is_some() {
            { setting(cat.t(Msg::NoDeadlineButton), edits, "deadline", &here, Value::NoDeadline) }
        }
    </> };
    disclosure(cat.t(Msg::CorrectDeadline), "correct-deadline", body)
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
    let cat = &edits.cat;
    let fields: Vec<Field> = match value {
        Value::Language {
            requirement, level, ..
        } => vec![
            (
                "requirement",
                Msg::AskedAs,
                Input::Choice(&REQUIREMENTS),
                requirement.word(),
            ),
            (
                "level",
                Msg::FieldLevel,
                Input::Choice(&LEVELS),
                level.map_or("", Cefr::as_str),
            ),
        ],
        Value::Eligibility { kind, requirement } => vec![
            (
                "kind",
                Msg::FieldKind,
                Input::Choice(&KIND_CHOICES),
                kind.key(),
            ),
            (
                "requirement",
                Msg::AskedAs,
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
        { form(cat, label, &fields, None, None, Some(onchange)) }
        <button type="button" onclick={remove}>{ cat.t(Msg::Remove) }</button>
    </> };
    disclosure(
        cat.f(Msg::CorrectItem, &[("label", label.into())]),
        "correct-item",
        body,
    )
}

/// On the conditions card: the salary, the contract and the start date as the user types them.
pub fn conditions_editor(p: &PostingRef, edits: &Edits) -> Html {
    let cat = &edits.cat;
    let c = &p.conditions;
    let at = |evidence: Option<&Evidence>| evidence.cloned().unwrap_or_else(edit::typed);
    let salary = form(
        cat,
        &cat.t(Msg::SalaryForm),
        &[
            ("min", Msg::SalaryFromField, Input::Text, ""),
            ("max", Msg::SalaryToField, Input::Text, ""),
            ("currency", Msg::CurrencyField, Input::Text, "EUR"),
            ("period", Msg::PeriodField, Input::Choice(&PERIODS), "month"),
            ("gross", Msg::GrossField, Input::Choice(&edit::GROSS), ""),
        ],
        Some(Msg::SetSalary),
        submitting(
            edits,
            "condition-salary",
            at(c.salary.as_ref().map(|s| &s.evidence)),
            |f, cat| {
                edit::salary(
                    &f.get("min"),
                    &f.get("max"),
                    &f.get("currency"),
                    &f.get("period"),
                    &f.get("gross"),
                    cat,
                )
            },
        ),
        None,
    );
    let contract = form(
        cat,
        &cat.t(Msg::ContractForm),
        &[
            ("type", Msg::ContractForm, Input::Choice(&CONTRACTS), ""),
            ("months", Msg::MonthsField, Input::Text, ""),
        ],
        Some(Msg::SetContract),
        submitting(
            edits,
            "condition-contract",
            at(c.contract.as_ref().map(|k| &k.evidence)),
            |f, cat| edit::contract(&f.get("type"), &f.get("months"), cat),
        ),
        None,
    );
    let start_now = p.start_date.clone().unwrap_or_default();
    let start = form(
        cat,
        &cat.t(Msg::StartForm),
        &[("start", Msg::StartField, Input::Text, &start_now)],
        Some(Msg::SetStart),
        submitting(edits, "start-date", edit::typed(), |f, cat| {
            edit::start(&f.get("start"), cat)
        }),
        None,
    );
    disclosure(
        cat.t(Msg::CorrectConditions),
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
    let cat = &edits.cat;
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
                html! { <button type="button" {onclick}>{ cat.t(Msg::UseAsDeadline) }</button> },
            )
        }
        Picked::Words(evidence) => {
            let (words, edits) = (evidence.clone(), edits.clone());
            let onsubmit = Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                match edit::picked(
                    &Fields::of(&e).get("what"),
                    &words.text,
                    edits.today,
                    &edits.cat,
                ) {
                    Ok((finding, value)) => done(&finding, &words, value),
                    Err(message) => edits.on_error.emit(message),
                }
            });
            let what = [(
                "what",
                Msg::WordsAre,
                Input::Choice(&edit::PICKS),
                "deadline",
            )];
            (
                evidence,
                form(
                    cat,
                    &cat.t(Msg::AddFromWords),
                    &what,
                    Some(Msg::Add),
                    Some(onsubmit),
                    None,
                ),
            )
        }
    };
    let close = on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="picked-bar" role="region" aria-label={cat.t(Msg::CorrectFromText)} data-testid="picked">
            <p>{ format!("“{}”", evidence.text) }</p>
            { body }
            <button type="button" class="link-button" onclick={close}>{ cat.t(Msg::Cancel) }</button>
        </div>
    }
}

/// Every correction of the posting, each with Revert: removed findings are reverted here.
pub fn corrections_list(p: &PostingRef, edits: &Edits) -> Html {
    let cat = &edits.cat;
    if p.corrections.is_empty() {
        return html! {};
    }
    let list = html! {
        <ul>
            { for p.corrections.iter().map(|c| html! {
                <li>{ c.describe(cat) }{ " " }{ edited(c, &c.finding, edits) }</li>
            }) }
        </ul>
    };
    disclosure(
        cat.f(Msg::YourCorrections, &[("n", p.corrections.len().into())]),
        "corrections",
        list,
    )
}
