//! The checklist: grouped by category, required before asset before information, each item
//! ticked, dismissed, or shown in the text; plus items of the user's own.

use yew::prelude::*;

use super::correct::{corrections_list, edited, item_editor, Edits};
use super::{status_name, PostingRef};
use crate::analysis::checklist::{ChecklistCategory, ChecklistItem, ItemRequirement};
use crate::analysis::corrections::Value;
use crate::edit::correction_of;
use crate::i18n::{Arg, Catalogue, Msg};
use crate::order::sort_by_key;
use crate::profile::verdict::Status;
use crate::view::why_by_item;
use crate::vocabulary::FindingId;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The posting's checklist with the user's marks applied, and verdicts when a profile is set.
    pub items: Vec<ChecklistItem>,
    pub on_toggle: Callback<String>,
    pub on_dismiss: Callback<(String, bool)>,
    pub on_add: Callback<String>,
    /// The finding of an item to show in the text.
    pub on_show: Callback<FindingId>,
    /// The posting the items were made from, for the reasons behind them.
    pub posting: PostingRef,
    pub edits: Edits,
}

const GROUPS: [(ChecklistCategory, Msg); 8] = [
    (ChecklistCategory::Deadline, Msg::GroupDeadline),
    (ChecklistCategory::Eligibility, Msg::GroupEligibility),
    (ChecklistCategory::Language, Msg::GroupLanguages),
    (ChecklistCategory::Education, Msg::GroupEducation),
    (ChecklistCategory::Experience, Msg::GroupExperience),
    (ChecklistCategory::Document, Msg::GroupDocuments),
    (ChecklistCategory::Other, Msg::GroupOther),
    (ChecklistCategory::Condition, Msg::GroupConditions),
];

fn rank(r: ItemRequirement) -> u8 {
    match r {
        ItemRequirement::Required => 0,
        ItemRequirement::Asset => 1,
        ItemRequirement::Info => 2,
    }
}

#[component]
pub fn Checklist(props: &Props) -> Html {
    let cat = props.edits.cat.clone();
    let draft = use_state(String::new);
    let why = use_memo((props.posting.clone(), cat.clone()), |(p, cat)| {
        why_by_item(p, cat)
    });
    let required: Vec<&ChecklistItem> = props
        .items
        .iter()
        .filter(|i| !i.dismissed && i.requirement == ItemRequirement::Required)
        .collect();
    let done = required.iter().filter(|i| i.checked).count();
    let dismissed: Vec<&ChecklistItem> = props.items.iter().filter(|i| i.dismissed).collect();
    let onsubmit = {
        let (draft, on_add) = (draft.clone(), props.on_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !draft.trim().is_empty() {
                on_add.emit((*draft).clone());
                draft.set(String::new());
            }
        })
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(input.value());
        })
    };
    html! {
        <section class="checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{ cat.t(Msg::Checklist) }</h2>
            <p class="progress" data-testid="progress">{ cat.f(Msg::ChecklistProgress, &[("done", done.into()), ("total", required.len().into())]) }</p>
            <progress max={required.len().max(1).to_string()} value={done.to_string()} aria-hidden="true" />
            { for GROUPS.iter().map(|(category, title)| {
                let mut group: Vec<&ChecklistItem> = props.items.iter().filter(|i| i.category == *category && !i.dismissed).collect();
                sort_by_key(&mut group, |i| rank(i.requirement));
                if group.is_empty() {
                    return html! {};
                }
                html! {
                    <div class="group">
                        <h3>{ cat.t(*title) }</h3>
                        <ul>{ for group.into_iter().map(|item| item_view(item, props, why.get(&item.id), &cat)) }</ul>
                    </div>
                }
            }) }
            <form class="add-item" {onsubmit}>
                <label for="new-item">{ cat.t(Msg::AddOwnItem) }</label>
                <input id="new-item" type="text" value={(*draft).clone()} {oninput} placeholder={cat.t(Msg::AddOwnItemExample)} />
                <button type="submit">{ cat.t(Msg::Add) }</button>
            </form>
            { corrections_list(&props.posting, &props.edits) }
            if !dismissed.is_empty() {
                <details class="dismissed">
                    <summary>{ cat.f(Msg::Dismissed, &[("n", dismissed.len().into())]) }</summary>
                    <ul>
                        { for dismissed.into_iter().map(|item| {
                            let on_dismiss = props.on_dismiss.clone();
                            let id = item.id.clone();
                            let onclick = Callback::from(move |_: MouseEvent| on_dismiss.emit((id.clone(), false)));
                            html! { <li><span>{ &item.label }</span>{ " " }<button type="button" class="link-button" {onclick}>{ cat.t(Msg::Restore) }</button></li> }
                        }) }
                    </ul>
                </details>
            }
        </section>
    }
}

/// The verdict's class and `data-status`: `met`, `not-met`, `unknown`.
pub fn verdict_class(status: Status) -> &'static str {
    match status {
        Status::Met => "met",
        Status::NotMet => "not-met",
        Status::Unknown => "unknown",
    }
}

/// A symbol besides the word, never instead of it (colour and symbol are not the only cue).
fn verdict_mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::Unknown => "?",
    }
}

fn item_view(item: &ChecklistItem, props: &Props, why: Option<&String>, cat: &Catalogue) -> Html {
    let id = item.id.clone();
    let box_id = format!("item-{id}");
    let on_toggle = props.on_toggle.clone();
    let onchange = {
        let id = id.clone();
        Callback::from(move |_: Event| on_toggle.emit(id.clone()))
    };
    let on_dismiss = props.on_dismiss.clone();
    let dismiss = {
        let id = id.clone();
        Callback::from(move |_: MouseEvent| on_dismiss.emit((id.clone(), true)))
    };
    let (requirement, tag) = match item.requirement {
        ItemRequirement::Required => ("required", Msg::TagRequired),
        ItemRequirement::Asset => ("asset", Msg::TagAsset),
        ItemRequirement::Info => ("info", Msg::TagInfo),
    };
    let label = [("label", Arg::Text(&item.label))];
    let p = &props.posting;
    let correctable = match item.category {
        ChecklistCategory::Language => p
            .languages
            .iter()
            .find(|l| format!("language-{}", l.language) == item.id)
            .map(Value::of_language),
        ChecklistCategory::Eligibility => p
            .eligibility
            .iter()
            .find(|e| format!("eligibility-{}", e.kind.key()) == item.id)
            .map(Value::of_eligibility),
        _ => None,
    };
    let editor = correctable
        .zip(item.evidence.as_ref())
        .map(|(value, evidence)| {
            item_editor(&item.id, evidence, &value, &item.label, &props.edits)
        });
    let edited = correction_of(p, &item.id).map(|c| edited(c, &item.label, &props.edits));
    let show = (item.evidence.is_some() && !item.custom).then(|| {
        let (on_show, finding) = (props.on_show.clone(), FindingId::of_item(&item.id));
        let onclick = Callback::from(move |_: MouseEvent| on_show.emit(finding.clone()));
        html! { <button type="button" class="link-button" {onclick} aria-label={cat.f(Msg::ShowInTextOf, &label)}>{ cat.t(Msg::ShowInText) }</button> }
    });
    html! {
        <li class={classes!("item", requirement, item.checked.then_some("checked"))} data-id={id}>
            <input type="checkbox" id={box_id.clone()} checked={item.checked} {onchange} />
            <label for={box_id}>{ &item.label }</label>
            <span class="tag">{ cat.t(tag) }</span>
            { for edited }
            if let Some(why) = why {
                <p class="why" data-testid="why">{ why }</p>
            }
            if let Some(v) = &item.verdict {
                <p class={classes!("verdict", verdict_class(v.status))} data-testid="verdict" data-status={verdict_class(v.status)}>
                    <span class="verdict-status">{ verdict_mark(v.status) }{ " " }{ status_name(v.status, cat) }</span>{ ": " }{ &v.reason }
                </p>
            }
            <span class="actions">
                { for show }
                <button type="button" class="link-button dismiss" onclick={dismiss} aria-label={cat.f(Msg::DismissOf, &label)}>{ cat.t(Msg::Dismiss) }</button>
            </span>
            { for editor }
        </li>
    }
}
