//! "Saved analyses": the postings the user kept, soonest deadline first, to open again, delete,
//! or download together as a CSV table.

use std::rc::Rc;

use crate::calendar::Date;
use yew::prelude::*;

use crate::app::storage::SavedAnalysis;
use crate::i18n::{Arg, Catalogue, Msg};
use crate::order::sort_by;

/// What the saved list shows and does.
pub struct Props<'c> {
    pub cat: &'c Catalogue,
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

/// The saved list. A plain function of the App rather than a component: it re-renders with the
/// App, which costs nothing, and a component costs the page's wasm.
pub fn saved_list(props: Props) -> Html {
    let cat = props.cat;
    let items = by_deadline(&props.items);
    let when = |item: &SavedAnalysis| match item.deadline {
        None => cat.t(Msg::NoDeadlineFound),
        Some(d) => {
            let date = cat.date(d);
            let date = Arg::Text(&date);
            match props.today.days_until(d) {
                n if n < 0 => cat.f(Msg::SavedClosed, &[("date", date)]),
                0 => cat.f(Msg::SavedClosesToday, &[("date", date)]),
                n => cat.f(
                    Msg::SavedDaysLeft,
                    &[("date", date), ("n", i64::from(n).into())],
                ),
            }
        }
    };
    html! {
        <details class="saved-panel" data-testid="saved">
            <summary>{ cat.f(Msg::SavedHeading, &[("n", items.len().into())]) }</summary>
            if items.is_empty() {
                <p class="muted">{ cat.t(Msg::SavedEmpty) }</p>
            } else {
                <ol class="saved-list">
                    { for items.iter().map(|item| {
                        let title = item.title.clone().unwrap_or_else(|| cat.t(Msg::UntitledPosting));
                        let org = item.organisation.as_ref().map_or(String::new(), |o| format!(" ({o})"));
                        let (open, delete) = (props.on_open.clone(), props.on_delete.clone());
                        let (id_open, id_delete) = (item.id.clone(), item.id.clone());
                        html! {
                            <li data-testid="saved-item" data-deadline={item.deadline.map(|d| d.to_string()).unwrap_or_default()}>
                                <span class="saved-title">{ format!("{title}{org}") }</span>
                                <span class="muted">{ format!(" — {}", when(item)) }</span>
                                <span class="actions">
                                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| open.emit(id_open.clone()))}
                                        aria-label={cat.f(Msg::OpenOf, &[("title", (&title).into())])}>{ cat.t(Msg::Open) }</button>
                                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| delete.emit(id_delete.clone()))}
                                        aria-label={cat.f(Msg::DeleteOf, &[("title", (&title).into())])}>{ cat.t(Msg::Delete) }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
                <div class="toolbar">
                    <button type="button" onclick={props.on_csv.reform(|_: MouseEvent| ())}>{ cat.t(Msg::DownloadCsv) }</button>
                    <button type="button" onclick={props.on_delete_all.reform(|_: MouseEvent| ())}>{ cat.t(Msg::DeleteAll) }</button>
                </div>
            }
        </details>
    }
}
