//! "Saved analyses": the postings the user kept, soonest deadline first, to open again, delete,
//! or download together as a CSV table.

use std::rc::Rc;

use crate::calendar::Date;
use yew::prelude::*;

use crate::app::storage::SavedAnalysis;
use crate::order::sort_by;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub items: Rc<Vec<SavedAnalysis>>,
    pub today: Date,
    pub on_open: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_delete_all: Callback<()>,
    pub on_csv: Callback<()>,
}

/// Soonest deadline first; postings without one last, then by title.
pub fn by_deadline(items: &[SavedAnalysis]) -> Vec<&SavedAnalysis> {
    let mut sorted: Vec<&SavedAnalysis> = items.iter().collect();
    sort_by(&mut sorted, |a, b| {
        (a.deadline.is_none(), &a.deadline, &a.title).cmp(&(
            b.deadline.is_none(),
            &b.deadline,
            &b.title,
        ))
    });
    sorted
}

#[component]
pub fn SavedList(props: &Props) -> Html {
    let items = by_deadline(&props.items);
    let when = |item: &SavedAnalysis| match item.deadline {
        None => "no deadline found".to_string(),
        Some(d) => match props.today.days_until(d) {
            n if n < 0 => format!("closed {d}"),
            0 => format!("closes today, {d}"),
            n => format!("{d}, {n} days left"),
        },
    };
    html! {
        <details class="saved-panel" data-testid="saved">
            <summary>{ format!("Saved analyses ({})", items.len()) }</summary>
            if items.is_empty() {
                <p class="muted">{ "Nothing saved yet. \"Save to my list\" keeps the current posting and your checklist in this browser." }</p>
            } else {
                <ol class="saved-list">
                    { for items.iter().map(|item| {
                        let title = item.title.clone().unwrap_or_else(|| "Untitled posting".to_string());
                        let org = item.organisation.as_ref().map_or(String::new(), |o| format!(" ({o})"));
                        let (open, delete) = (props.on_open.clone(), props.on_delete.clone());
                        let (id_open, id_delete) = (item.id.clone(), item.id.clone());
                        html! {
                            <li data-testid="saved-item" data-deadline={item.deadline.map(|d| d.to_string()).unwrap_or_default()}>
                                <span class="saved-title">{ format!("{title}{org}") }</span>
                                <span class="muted">{ format!(" — {}", when(item)) }</span>
                                <span class="actions">
                                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| open.emit(id_open.clone()))}
                                        aria-label={format!("Open {title}")}>{ "Open" }</button>
                                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| delete.emit(id_delete.clone()))}
                                        aria-label={format!("Delete {title}")}>{ "Delete" }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
                <div class="toolbar">
                    <button type="button" onclick={props.on_csv.reform(|_: MouseEvent| ())}>{ "Download CSV" }</button>
                    <button type="button" onclick={props.on_delete_all.reform(|_: MouseEvent| ())}>{ "Delete all" }</button>
                </div>
            }
        </details>
    }
}
