//! The posting with its evidence highlighted by category, and the legend that toggles them.
//! Pasted text is only ever rendered as text nodes.

use std::collections::BTreeSet;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::correct::{picked_bar, Edits, Picked};
use super::{category_name, PostingRef};
use crate::analysis::corrections::Value;
use crate::app::browser::focus_first;
use crate::edit::chars_at_utf16;
use crate::i18n::{Catalogue, Msg};
use crate::view::{highlights, segments, shown, Category, Highlight, Segment};
use crate::vocabulary::{Evidence, FindingId};

/// Most highlighted pieces drawn: each is an element with its attributes and listeners, and
/// tens of thousands of them make frames of seconds on every render.
const MAX_MARKS: usize = 2000;
/// The controls of the bar for what was picked, the first of which takes the focus.
const PICKED_CONTROLS: &str = r#"[data-testid="picked"] select, [data-testid="picked"] button"#;
/// How long a selection stays still before the bar offers to add it (touch selections).
const SELECTION_SETTLES_MS: u32 = 600;
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
    pub edits: Edits,
}

/// The char offset of a point of a selection: its text node's piece starts at `data-from`.
fn char_at(node: Option<web_sys::Node>, utf16: u32) -> Option<usize> {
    let node = node?;
    let piece = node.parent_element()?;
    let from: usize = piece.get_attribute("data-from")?.parse().ok()?;
    Some(from + chars_at_utf16(&node.text_content()?, utf16 as usize))
}

/// The words selected in the highlighted text, as evidence in `text`.
fn selected(text: &str) -> Option<Evidence> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let a = char_at(selection.anchor_node(), selection.anchor_offset())?;
    let b = char_at(selection.focus_node(), selection.focus_offset())?;
    let (start, end) = (a.min(b), a.max(b));
    let words: String = text.chars().skip(start).take(end - start).collect();
    // Outer white space is not part of what the user meant.
    let lead = words.chars().take_while(|c| c.is_whitespace()).count();
    let trimmed = words.trim();
    (!trimmed.is_empty()).then(|| Evidence {
        start: start + lead,
        end: start + lead + trimmed.chars().count(),
        text: trimmed.to_string(),
    })
}

/// The date of the posting at a highlight (`data-start`/`data-end` of the mark picked), as a
/// deadline.
fn date_at(p: &PostingRef, mark: &web_sys::Element) -> Option<Picked> {
    let number = |name: &str| mark.get_attribute(name)?.parse::<usize>().ok();
    let (start, end) = (number("data-start")?, number("data-end")?);
    let d = p
        .dates
        .iter()
        .find(|d| d.evidence.start == start && d.evidence.end == end)?;
    let value = Value::deadline_at(d.date, d.time, d.timezone.clone());
    Some(Picked::Date(d.evidence.clone(), value))
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

fn layout(text: &str, p: &PostingRef, hidden: &BTreeSet<Category>, cat: &Catalogue) -> Layout {
    let found = highlights(p, cat);
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
fn cut_notice(marks_left: usize, chars_left: usize, cat: &Catalogue) -> String {
    let marks = if marks_left > 0 {
        cat.f(Msg::TextCutMarks, &[("n", marks_left.into())])
    } else {
        String::new()
    };
    cat.f(
        Msg::TextCut,
        &[("chars", chars_left.into()), ("marks", (&marks).into())],
    )
}

#[component]
pub fn HighlightedText(props: &Props) -> Html {
    let cat = props.edits.cat.clone();
    let drawn = use_memo(
        (
            props.text.clone(),
            props.posting.clone(),
            props.hidden.clone(),
            cat.clone(),
        ),
        |(text, posting, hidden, cat)| layout(text, posting, hidden, cat),
    );
    let flashed = props.flash.as_ref().map(|(id, _)| id);
    let mut seen = BTreeSet::new();
    let picked = use_state(|| None::<Picked>);
    // A selection names words to add as a finding; a highlighted date picked (clicked, or
    // Enter on it) may become the deadline.
    let pick = {
        let (picked, text, posting) = (picked.clone(), props.text.clone(), props.posting.clone());
        move |target: Option<web_sys::EventTarget>| {
            let mark = || {
                let element = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                element.and_then(|t| t.closest("mark").ok().flatten())
            };
            let chosen = selected(&text)
                .map(Picked::Words)
                .or_else(|| mark().and_then(|m| date_at(&posting, &m)));
            if chosen.is_some() {
                picked.set(chosen);
                // The bar sits above the text, behind every highlight in the tab order: it takes
                // the focus once drawn, so that its choice is the next key press away.
                Timeout::new(0, || focus_first(PICKED_CONTROLS)).forget();
            }
        }
    };
    let onmouseup = {
        let pick = pick.clone();
        Callback::from(move |e: MouseEvent| pick(e.target()))
    };
    // A selection made by touch (a long press and its handles) ends with no mouse or key
    // event: the bar follows the selection once it has stayed still a moment.
    {
        let (picked, text) = (picked.clone(), props.text.clone());
        use_effect_with(text, move |text| {
            let text = text.clone();
            let settle: std::rc::Rc<std::cell::RefCell<Option<Timeout>>> = Default::default();
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "selectionchange",
                move |_| {
                    let (picked, text) = (picked.clone(), text.clone());
                    *settle.borrow_mut() = Some(Timeout::new(SELECTION_SETTLES_MS, move || {
                        if let Some(words) = selected(&text) {
                            picked.set(Some(Picked::Words(words)));
                        }
                    }));
                },
            );
            move || drop(listener)
        });
    }
    // Enter picks the highlight it is pressed on (its key going up may land elsewhere, after
    // "Show in text" moved the focus here); Shift with the arrows selects words.
    let onkeydown = {
        let pick = pick.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                pick(e.target())
            }
        })
    };
    let onkeyup = Callback::from(move |e: KeyboardEvent| {
        if e.shift_key() {
            pick(e.target())
        }
    });
    // Done with what was picked: its selection goes too, so that it does not offer itself again.
    let on_close = {
        let picked = picked.clone();
        Callback::from(move |_: ()| {
            if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
                let _ = selection.remove_all_ranges();
            }
            picked.set(None)
        })
    };
    html! {
        <section class="text-view" aria-labelledby="text-title">
            <h2 id="text-title">{ cat.t(Msg::TextHeading) }</h2>
            <ul class="legend" aria-label={cat.t(Msg::Legend)}>
                { for Category::ALL.iter().map(|&c| {
                    let on_toggle = props.on_toggle.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_toggle.emit(c));
                    let shown = !props.hidden.contains(&c);
                    html! {
                        <li><button type="button" class={classes!("legend-item", format!("hl-{}", c.key()))}
                            aria-pressed={shown.to_string()} {onclick}>{ category_name(c, &cat) }</button></li>
                    }
                }) }
            </ul>
            if drawn.chars_left > 0 {
                <p class="notice info" role="status" data-testid="view-bounded">
                    { cut_notice(drawn.marks_left, drawn.chars_left, &cat) }
                </p>
            }
            <p class="muted hint">{ cat.t(Msg::PickHint) }</p>
            if let Some(p) = &*picked {
                { picked_bar(p, &props.edits, &on_close) }
            }
            <div class="posting-text" data-testid="posting-text" lang={props.posting.text_language.clone()} {onmouseup} {onkeydown} {onkeyup}>
                { for drawn.pieces.iter().map(|(s, from, to)| {
                    let text = &props.text[*from..*to];
                    match s.highlight {
                        None => html! { <span data-from={s.start.to_string()}>{ text.to_string() }</span> },
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
