//! The posting with its evidence highlighted by category, and the legend that toggles them.
//! Pasted text is only ever rendered as text nodes.

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::analysis::PostingAnalysis;
use crate::view::{highlights, segments, Category};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    pub posting: PostingAnalysis,
    pub hidden: BTreeSet<Category>,
    pub flash: Option<(usize, u32)>,
    pub on_toggle: Callback<Category>,
}

#[component]
pub fn HighlightedText(props: &Props) -> Html {
    let p = &props.posting;
    let found = use_memo(p.clone(), highlights);
    let chars: Vec<(usize, char)> = props.text.char_indices().collect();
    let byte = |c: usize| chars.get(c).map_or(props.text.len(), |(b, _)| *b);
    let hidden = props.hidden.clone();
    let parts = segments(
        &found,
        |c| !hidden.contains(&c),
        p.span.start,
        p.span.end.min(chars.len()),
    );
    let flashed = props.flash.map(|(at, _)| at);
    let mut seen = BTreeSet::new();
    html! {
        <section class="text-view" aria-labelledby="text-title">
            <h2 id="text-title">{ "The posting, highlighted" }</h2>
            <ul class="legend" aria-label="Highlight categories (click to show or hide)">
                { for Category::ALL.iter().map(|&c| {
                    let on_toggle = props.on_toggle.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_toggle.emit(c));
                    let shown = !props.hidden.contains(&c);
                    html! {
                        <li><button type="button" class={classes!("legend-item", format!("hl-{}", c.key()))}
                            aria-pressed={shown.to_string()} {onclick}>{ c.label() }</button></li>
                    }
                }) }
            </ul>
            <div class="posting-text" data-testid="posting-text">
                { for parts.iter().map(|s| {
                    let text = props.text[byte(s.start)..byte(s.end)].to_string();
                    match s.highlight {
                        None => html! { { text } },
                        Some(i) => {
                            let h = &found[i];
                            // The first piece of a highlight carries its anchor for "show in text";
                            // data-start/end are the highlight's char offsets, data-from/to the piece's.
                            let id = seen.insert(h.start).then(|| format!("ev-{}", h.start));
                            let flash = (flashed == Some(h.start)).then_some("flash");
                            html! {
                                <mark {id} class={classes!(format!("hl-{}", h.category.key()), flash)} data-kind={h.category.key()}
                                    data-start={h.start.to_string()} data-end={h.end.to_string()}
                                    data-from={s.start.to_string()} data-to={s.end.to_string()}
                                    tabindex="0" title={h.tip.clone()} aria-label={format!("{} ({})", text, h.tip)}>{ text.clone() }</mark>
                            }
                        }
                    }
                }) }
            </div>
        </section>
    }
}
