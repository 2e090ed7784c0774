//! The cards at the top: deadline, languages, who may apply, conditions.

use yew::prelude::*;

use super::correct::{conditions_editor, deadline_editor, edited, Edits};
use super::PostingRef;
use crate::analysis::dates::DeadlineStatus;
use crate::analysis::eligibility::kind_name;
use crate::analysis::Requirement;
use crate::edit::correction_of;
use crate::i18n::{Catalogue, Msg};
use crate::profile::verdict::Tally;
use crate::view::{days_phrase, deadline_named, language_tip, level_text, start_value};

/// The "edited" mark of the finding `id` when the user corrected it.
fn mark(p: &PostingRef, id: &str, what: &str, edits: &Edits) -> Html {
    correction_of(p, id).map_or(html! {}, |c| edited(c, what, edits))
}

/// The profile's verdict on the posting: counts over the required items, the blocking ones
/// named first, with the deadline's status beside them. No score: the reasons are in the list.
pub fn profile_check(p: &PostingRef, t: &Tally, cat: &Catalogue) -> Html {
    let named = deadline_named(p.deadline.as_ref(), cat);
    let deadline = match &p.deadline {
        Some(d) => format!("{named}: {}", days_phrase(d, cat)),
        None => named,
    };
    let verdict = if t.not_met > 0 {
        "not-met"
    } else if t.unknown > 0 {
        "unknown"
    } else {
        "met"
    };
    html! {
        <section class={classes!("profile-check", verdict)} aria-labelledby="profile-check-title" data-testid="profile-check">
            <h3 id="profile-check-title">{ cat.t(Msg::AgainstProfile) }</h3>
            <p data-testid="tally">
                { cat.f(Msg::Tally, &[("notMet", t.not_met.into()), ("met", t.met.into()), ("unknown", t.unknown.into())]) }
                <span class="muted">{ format!(" · {deadline}") }</span>
            </p>
            if !t.blocking.is_empty() {
                <p class="blocking">{ cat.t(Msg::Blocking) }{ " " }
                    { for t.blocking.iter().enumerate().map(|(i, label)| html! {
                        <>{ if i > 0 { "; " } else { "" } }<strong>{ label }</strong></>
                    }) }
                </p>
            }
            if t.met + t.not_met + t.unknown == 0 {
                <p class="muted">{ cat.t(Msg::ProfileDecidesNone) }</p>
            }
        </section>
    }
}

/// The cards. A plain function of the App rather than a component: it re-renders with the App,
/// which costs little, and a component costs the page's wasm.
pub fn summary(p: &PostingRef, edits: &Edits) -> Html {
    let cat = &*edits.cat;
    html! {
        <div class="cards">
            { deadline_card(p, edits, cat) }
            <section class="card" aria-labelledby="card-languages">
                <h3 id="card-languages">{ cat.t(Msg::CardLanguages) }</h3>
                if p.languages.is_empty() {
                    <p class="muted">{ cat.t(Msg::NoLanguageFound) }</p>
                } else {
                    <ul class="badges" data-testid="languages">
                        { for p.languages.iter().map(|l| {
                            let class = classes!("badge", l.requirement.word());
                            let name = cat.language_title(&l.language, &l.name);
                            html! {
                                <li {class} data-language={l.language.clone()} data-requirement={l.requirement.word()} title={language_tip(l, cat)}>
                                    <span class="badge-name">{ &name }</span>
                                    <span class="badge-detail">
                                        { cat.requirement(l.requirement) }
                                        if let Some(level) = level_text(l) { { format!(" · {level}") } }
                                        if l.one_of.is_some() { { format!(" · {}", cat.t(Msg::OneOf)) } }
                                    </span>
                                    { mark(p, &format!("language-{}", l.language), &name, edits) }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
            <section class="card" aria-labelledby="card-eligibility">
                <h3 id="card-eligibility">{ cat.t(Msg::CardWhoMayApply) }</h3>
                if p.eligibility.is_empty() {
                    <p class="muted">{ cat.t(Msg::NoEligibilityFound) }</p>
                } else {
                    <ul class="eligibility" data-testid="eligibility">
                        { for p.eligibility.iter().map(|e| {
                            let kind = serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                            let id = format!("eligibility-{kind}");
                            html! { <li data-kind={kind} class={e.requirement.word()}>{ &e.summary }{ mark(p, &id, &kind_name(e.kind, cat), edits) }</li> }
                        }) }
                    </ul>
                }
            </section>
            { conditions_card(p, edits, cat) }
        </div>
    }
}

fn deadline_card(p: &PostingRef, edits: &Edits, cat: &Catalogue) -> Html {
    let editor = deadline_editor(p, edits);
    let the_deadline = cat.t(Msg::TheDeadline);
    let corrected = mark(p, "deadline-deadline", &the_deadline, edits);
    let Some(d) = &p.deadline else {
        let removed = p.corrections.iter().find(|c| c.finding == "deadline");
        return html! {
            <section class="card deadline none" aria-labelledby="card-deadline" data-testid="deadline">
                <h3 id="card-deadline">{ cat.t(Msg::CardDeadline) }</h3>
                <p class="big">{ cat.t(Msg::DeadlineNone) }
                    if let Some(c) = removed { { edited(c, &the_deadline, edits) } }
                </p>
                if removed.is_none() {
                    <p class="muted">{ cat.t(Msg::DeadlineNoneFound) }</p>
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
            <h3 id="card-deadline">{ cat.t(Msg::CardDeadline) }</h3>
            <p class="big">{ d.written(cat) }{ corrected }</p>
            <p class="status">
                { days_phrase(d, cat) }
                if d.status == DeadlineStatus::ClosingSoon { <strong>{ format!(" — {}", cat.t(Msg::ClosingSoon)) }</strong> }
            </p>
            if d.year_inferred { <p class="warn">{ cat.t(Msg::YearInferred) }</p> }
            if d.ambiguous { <p class="warn">{ cat.t(Msg::DateAmbiguous) }</p> }
            if let Some(offset) = &d.utc_offset { <p class="muted">{ format!("UTC{offset}") }</p> }
            { editor }
        </section>
    }
}

fn conditions_card(p: &PostingRef, edits: &Edits, cat: &Catalogue) -> Html {
    let c = &p.conditions;
    // (label, value, the finding's id for its "edited" mark)
    let mut rows: Vec<(Msg, String, &str)> = Vec::new();
    if let Some(s) = &c.salary {
        rows.push((Msg::ConditionSalary, s.describe(cat), "condition-salary"));
    }
    if let Some(k) = &c.contract {
        rows.push((
            Msg::ConditionContract,
            k.describe(cat),
            "condition-contract",
        ));
    }
    if let Some(w) = &c.working_time {
        rows.push((Msg::ConditionWorkingTime, w.describe(cat), ""));
    }
    if let Some(s) = &p.start_date {
        rows.push((Msg::ConditionStart, start_value(s, cat), "start-date"));
    }
    if let Some(l) = &p.location {
        rows.push((Msg::ConditionLocation, l.clone(), ""));
    }
    if let Some(r) = &c.remote {
        rows.push((Msg::ConditionTelework, r.summary.clone(), ""));
    }
    let required = p
        .requirements
        .iter()
        .filter(|r| r.requirement == Requirement::Required)
        .count();
    html! {
        <section class="card" aria-labelledby="card-conditions">
            <h3 id="card-conditions">{ cat.t(Msg::CardConditions) }</h3>
            if rows.is_empty() {
                <p class="muted">{ cat.t(Msg::NoConditionsFound) }</p>
            } else {
                <dl class="conditions">
                    { for rows.into_iter().map(|(k, v, id)| {
                        let k = cat.t(k);
                        html! { <><dt>{ &k }</dt><dd>{ v }{ mark(p, id, &k, edits) }</dd></> }
                    }) }
                </dl>
            }
            if required > 0 { <p class="muted">{ cat.f(Msg::OtherRequirements, &[("n", required.into())]) }</p> }
            { conditions_editor(p, edits) }
        </section>
    }
}
