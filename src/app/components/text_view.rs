//! The posting with its evidence highlighted by category, and the legend that toggles them.
//! Pasted text is only ever rendered as text nodes.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::PostingRef;
use crate::view::{first_marks, highlights, segments, Category, Highlight, Segment};

/// Most highlighted pieces rendered: each is an element with its attributes and listeners,
/// and tens of thousands of them make frames of seconds on every render.
const MAX_MARKS: usize = 2000;
/// Plain text shown after the last of those marks: laying out a megabyte of text takes the
/// browser most of a second.
const TAIL_CHARS: usize = 2000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    pub posting: PostingRef,
    pub hidden: BTreeSet<Category>,
    pub flash: Option<(usize, u32)>,
    pub on_toggle: Callback<Category>,
}

/// What the text view draws, computed once per text, analysis and set of hidden categories
/// (not on every tick or flash): the highlights, the pieces with their byte ranges, and how
/// many highlighted pieces were left plain.
#[derive(PartialEq)]
struct Layout {
    found: Vec<Highlight>,
    pieces: Vec<(Segment, usize, usize)>,
    left_plain: usize,
}

fn layout(text: &str, p: &PostingRef, hidden: &BTreeSet<Category>) -> Layout {
    let found = highlights(p);
    let chars = text.chars().count();
    let all = segments(
        &found,
        |c| !hidden.contains(&c),
        p.span.start.min(chars),
        p.span.end.min(chars),
    );
    let (shown, left_plain) = first_marks(all, MAX_MARKS, TAIL_CHARS);
    // Char offsets to byte offsets in one walk: the pieces are contiguous and in order.
    let mut offsets = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .enumerate();
    let mut byte_at = |c: usize| {
        offsets
            .find(|&(i, _)| i == c)
            .map_or(text.len(), |(_, b)| b)
    };
    let mut from = shown.first().map_or(0, |s| byte_at(s.start));
    let mut pieces = Vec::with_capacity(shown.len());
    for s in shown {
        let to = byte_at(s.end);
        pieces.push((s, from, to));
        from = to;
    }
    Layout {
        found,
        pieces,
        left_plain,
    }
}

#[component]
pub fn HighlightedText(props: &Props) -> Html {
    let drawn = use_memo(
        (
            props.text.clone(),
            props.posting.clone(),
            props.hidden.clone(),
        ),
        |(text, posting, hidden)| layout(text, posting, hidden),
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
            if drawn.left_plain > 0 {
                <p class="notice info" role="status" data-testid="highlights-capped">
                    { format!("This text has very many findings: the first {MAX_MARKS} are highlighted, the other {} are in the checklist and the export but not highlighted here, and the text after them is in the text box above.", drawn.left_plain) }
                </p>
            }
            <div class="posting-text" data-testid="posting-text">
                { for drawn.pieces.iter().map(|(s, from, to)| {
                    let text = &props.text[*from..*to];
                    match s.highlight {
                        None => html! { { text.to_string() } },
                        Some(i) => {
                            let h = &drawn.found[i];
                            // The first piece of a highlight carries its anchor for "show in text";
                            // data-start/end are the highlight's char offsets, data-from/to the piece's.
                            let id = seen.insert(h.start).then(|| format!("ev-{}", h.start));
                            let flash = (flashed == Some(h.start)).then_some("flash");
                            html! {
                                <mark {id} class={classes!(format!("hl-{}", h.category.key()), flash)} data-kind={h.category.key()}
                                    data-start={h.start.to_string()} data-end={h.end.to_string()}
                                    data-from={s.start.to_string()} data-to={s.end.to_string()}
                                    tabindex="0" title={h.tip.clone()} aria-label={format!("{} ({})", text, h.tip)}>{ text.to_string() }</mark>
                            }
                        }
                    }
                }) }
            </div>
        </section>
    }
}
