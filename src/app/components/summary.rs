//! The cards at the top: deadline, languages, who may apply, conditions.

use yew::prelude::*;

use super::correct::{conditions_editor, deadline_editor, edited, Edits};
use super::PostingRef;
use crate::analysis::dates::DeadlineStatus;
use crate::analysis::Requirement;
use crate::edit::correction_of;
use crate::profile::verdict::Tally;
use crate::view::{days_phrase, language_tip, level_text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub posting: PostingRef,
    pub edits: Edits,
}

/// The "edited" mark of the finding `id` when the user corrected it.
fn mark(p: &PostingRef, id: &str, what: &str, edits: &Edits) -> Html {
    correction_of(p, id).map_or(html! {}, |c| edited(c, what, edits))
}

/// The profile's verdict on the posting: counts over the required items, the blocking ones
/// named first, with the deadline's status beside them. No score: the reasons are in the list.
pub fn profile_check(p: &PostingRef, t: &Tally) -> Html {
    let deadline = p
        .deadline
        .as_ref()
        .map_or("no deadline found".to_string(), |d| {
            format!("deadline {}: {}", d.date, days_phrase(d))
        });
    let verdict = if t.not_met > 0 {
        "not-met"
    } else if t.unknown > 0 {
        "unknown"
    } else {
        "met"
    };
    html! {
        <section class={classes!("profile-check", verdict)} aria-labelledby="profile-check-title" data-testid="profile-check">
            <h3 id="profile-check-title">{ "Against your profile" }</h3>
            <p data-testid="tally">
                { format!("Required items: {} not met, {} met, {} unknown", t.not_met, t.met, t.unknown) }
                <span class="muted">{ format!(" · {deadline}") }</span>
            </p>
            if !t.blocking.is_empty() {
                <p class="blocking">{ "Blocking: " }
                    { for t.blocking.iter().enumerate().map(|(i, label)| html! {
                        <>{ if i > 0 { "; " } else { "" } }<strong>{ label }</strong></>
                    }) }
                </p>
            }
            if t.met + t.not_met + t.unknown == 0 {
                <p class="muted">{ "Your profile decides none of this posting's required items." }</p>
            }
        </section>
    }
}

#[component]
pub fn Summary(props: &Props) -> Html {
    let p = &props.posting;
    let edits = &props.edits;
    html! {
        <div class="cards">
            { deadline_card(p, edits) }
            <section class="card" aria-labelledby="card-languages">
                <h3 id="card-languages">{ "Languages" }</h3>
                if p.languages.is_empty() {
                    <p class="muted">{ "No language requirement found." }</p>
                } else {
                    <ul class="badges" data-testid="languages">
                        { for p.languages.iter().map(|l| {
                            let class = classes!("badge", l.requirement.word());
                            html! {
                                <li {class} data-language={l.language.clone()} data-requirement={l.requirement.word()} title={language_tip(l)}>
                                    <span class="badge-name">{ &l.name }</span>
                                    <span class="badge-detail">
                                        { l.requirement.word() }
                                        if let Some(level) = level_text(l) { { format!(" · {level}") } }
                                        if l.one_of.is_some() { { " · one of" } }
                                    </span>
                                    { mark(p, &format!("language-{}", l.language), &l.name, edits) }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
            <section class="card" aria-labelledby="card-eligibility">
                <h3 id="card-eligibility">{ "Who may apply" }</h3>
                if p.eligibility.is_empty() {
                    <p class="muted">{ "No nationality, permit or residence condition found." }</p>
                } else {
                    <ul class="eligibility" data-testid="eligibility">
                        { for p.eligibility.iter().map(|e| {
                            let kind = serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                            let id = format!("eligibility-{kind}");
                            html! { <li data-kind={kind} class={e.requirement.word()}>{ &e.summary }{ mark(p, &id, e.kind.label(), edits) }</li> }
                        }) }
                    </ul>
                }
            </section>
            { conditions_card(p, edits) }
        </div>
    }
}

fn deadline_card(p: &PostingRef, edits: &Edits) -> Html {
    let editor = deadline_editor(p, edits);
    let corrected = mark(p, "deadline-deadline", "the deadline", edits);
    let Some(d) = &p.deadline else {
        let removed = p.corrections.iter().find(|c| c.finding == "deadline");
        return html! {
            <section class="card deadline none" aria-labelledby="card-deadline" data-testid="deadline">
                <h3 id="card-deadline">{ "Deadline" }</h3>
                <p class="big">{ "None" }
                    if let Some(c) = removed { { edited(c, "the deadline", edits) } }
                </p>
                if removed.is_none() {
                    <p class="muted">{ "The text names no application deadline. Check the employer's site." }</p>
                }
                { editor }
            </section>
        };
    };
    let status = match d.status {
        DeadlineStatus::Open => "open",
        DeadlineStatus::ClosingSoon => "closing-soon",
        DeadlineStatus::Expired => "expired",
    };
    html! {
        <section class={classes!("card", "deadline", status)} aria-labelledby="card-deadline" data-testid="deadline" data-date={d.date.to_string()}>
            <h3 id="card-deadline">{ "Deadline" }</h3>
            <p class="big">{ d.when() }{ corrected }</p>
            <p class="status">
                { days_phrase(d) }
                if d.status == DeadlineStatus::ClosingSoon { <strong>{ " — closing soon" }</strong> }
            </p>
            if d.year_inferred { <p class="warn">{ "Year not written: inferred." }</p> }
            if d.ambiguous { <p class="warn">{ "Ambiguous date: day and month could be swapped." }</p> }
            if let Some(offset) = &d.utc_offset { <p class="muted">{ format!("UTC{offset}") }</p> }
            { editor }
        </section>
    }
}

fn conditions_card(p: &PostingRef, edits: &Edits) -> Html {
    let c = &p.conditions;
    // (label, value, the finding's id for its "edited" mark)
    let mut rows: Vec<(&str, String, &str)> = Vec::new();
    if let Some(s) = &c.salary {
        rows.push(("Salary", s.describe(), "condition-salary"));
    }
    if let Some(k) = &c.contract {
        rows.push(("Contract", k.describe(), "condition-contract"));
    }
    if let Some(w) = &c.working_time {
        rows.push(("Working time", w.describe(), ""));
    }
    if let Some(s) = &p.start_date {
        let start = if s == "asap" {
            "As soon as possible".to_string()
        } else {
            s.clone()
        };
        rows.push(("Start", start, "start-date"));
    }
    if let Some(l) = &p.location {
        rows.push(("Location", l.clone(), ""));
    }
    if let Some(r) = &c.remote {
        rows.push(("Telework", r.summary.clone(), ""));
    }
    let required = p
        .requirements
        .iter()
        .filter(|r| r.requirement == Requirement::Required)
        .count();
    html! {
        <section class="card" aria-labelledby="card-conditions">
            <h3 id="card-conditions">{ "Conditions" }</h3>
            if rows.is_empty() {
                <p class="muted">{ "No salary, contract or working time found." }</p>
            } else {
                <dl class="conditions">
                    { for rows.into_iter().map(|(k, v, id)| html! { <><dt>{ k }</dt><dd>{ v }{ mark(p, id, k, edits) }</dd></> }) }
                </dl>
            }
            if required > 0 { <p class="muted">{ format!("{required} other requirements in the checklist.") }</p> }
            { conditions_editor(p, edits) }
        </section>
    }
}
