//! Tabs when one paste holds several postings.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::PostingAnalysis;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub postings: Rc<Vec<PostingAnalysis>>,
    pub active: usize,
    pub on_select: Callback<usize>,
}

#[component]
pub fn Tabs(props: &Props) -> Html {
    if props.postings.len() < 2 {
        return html! {};
    }
    let count = props.postings.len();
    let onkeydown = {
        let (on_select, active) = (props.on_select.clone(), props.active);
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowRight" => on_select.emit((active + 1) % count),
            "ArrowLeft" => on_select.emit((active + count - 1) % count),
            _ => {}
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label="Postings in this text" {onkeydown}>
            { for props.postings.iter().enumerate().map(|(i, p)| {
                let selected = i == props.active;
                let on_select = props.on_select.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_select.emit(i));
                let title = p.title.clone().unwrap_or_else(|| format!("Posting {}", i + 1));
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
