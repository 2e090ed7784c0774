//! The posting with its evidence highlighted by category, and the legend that toggles them.
//! Pasted text is only ever rendered as text nodes.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::PostingRef;
use crate::view::{highlights, segments, shown, Category, Highlight, Segment};
use crate::vocabulary::FindingId;

/// Most highlighted pieces drawn: each is an element with its attributes and listeners, and
/// tens of thousands of them make frames of seconds on every render.
const MAX_MARKS: usize = 2000;
/// Most chars drawn: the browser's layout of a megabyte of text takes most of a second, on
/// every change of the highlights.
const MAX_CHARS: usize = 100_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    pub posting: PostingRef,
    pub hidden: BTreeSet<Category>,
    pub flash: Option<(FindingId, u32)>,
    pub on_toggle: Callback<Category>,
}

/// What the text view draws, computed once per text, analysis and set of hidden categories
/// (not on every tick or flash): the highlights, the pieces drawn with their byte ranges, and
/// what was left out of the view.
#[derive(PartialEq)]
struct Layout {
    found: Vec<Highlight>,
    pieces: Vec<(Segment, usize, usize)>,
    marks_left: usize,
    chars_left: usize,
}

fn layout(text: &str, p: &PostingRef, hidden: &BTreeSet<Category>) -> Layout {
    let found = highlights(p);
    let chars = text.chars().count();
    let all = segments(
        &found,
        |c| !hidden.contains(&c),
        p.span.start().min(chars),
        p.span.end().min(chars),
    );
    let view = shown(all, MAX_MARKS, MAX_CHARS);
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
    let mut from = view.segments.first().map_or(0, |s| byte_at(s.start));
    let mut pieces = Vec::with_capacity(view.segments.len());
    for s in view.segments {
        let to = byte_at(s.end);
        pieces.push((s, from, to));
        from = to;
    }
    Layout {
        found,
        pieces,
        marks_left: view.marks_left,
        chars_left: view.chars_left,
    }
}

/// What the view says when it draws only the beginning of the text.
fn cut_notice(marks_left: usize, chars_left: usize) -> String {
    let marks = if marks_left > 0 {
        format!(" {marks_left} more highlights are in that part.")
    } else {
        String::new()
    };
    format!("This view shows the beginning of a long text; the last {chars_left} characters are only in the text box above.{marks} Every finding is in the checklist and the export.")
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
    let flashed = props.flash.as_ref().map(|(id, _)| id);
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
            if drawn.chars_left > 0 {
                <p class="notice info" role="status" data-testid="view-bounded">
                    { cut_notice(drawn.marks_left, drawn.chars_left) }
                </p>
            }
            <div class="posting-text" data-testid="posting-text">
                { for drawn.pieces.iter().map(|(s, from, to)| {
                    let text = &props.text[*from..*to];
                    match s.highlight {
                        None => html! { { text.to_string() } },
                        Some(i) => {
                            let h = &drawn.found[i];
                            // The first piece of a highlight names its findings, for "show in text";
                            // data-start/end are the highlight's char offsets, data-from/to the piece's.
                            let findings = seen.insert(i).then(|| {
                                h.findings.iter().map(FindingId::as_str).collect::<Vec<_>>().join(" ")
                            });
                            let flash = flashed.is_some_and(|f| h.findings.contains(f)).then_some("flash");
                            html! {
                                <mark data-findings={findings} class={classes!(format!("hl-{}", h.category.key()), flash)} data-kind={h.category.key()}
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
