//! Tabs when one paste holds several postings.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::PostingAnalysis;
use crate::i18n::{Catalogue, Msg};

/// The tab list; nothing for a single posting. A plain function of the App: a component costs
/// the page's wasm, and the App re-renders it anyway.
pub fn tabs(
    postings: &Rc<Vec<PostingAnalysis>>,
    active: usize,
    on_select: Callback<usize>,
    cat: &Catalogue,
) -> Html {
    if postings.len() < 2 {
        return html! {};
    }
    let count = postings.len();
    let onkeydown = {
        let on_select = on_select.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowRight" => on_select.emit((active + 1) % count),
            "ArrowLeft" => on_select.emit((active + count - 1) % count),
            _ => {}
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label={cat.t(Msg::PostingsInText)} {onkeydown}>
            { for postings.iter().enumerate().map(|(i, p)| {
                let selected = i == active;
                let on_select = on_select.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_select.emit(i));
                let title = p.title.clone().unwrap_or_else(|| cat.f(Msg::PostingNumber, &[("n", (i + 1).into())]));
                html! {
                    <button type="button" role="tab" id={format!("tab-{i}")} aria-selected={selected.to_string()}
                        aria-controls="posting-panel" tabindex={if selected { "0" } else { "-1" }} {onclick}>
                        { format!("{}. {}", i + 1, title) }
                    </button>
                }
            }) }
        </div>
    }
}
