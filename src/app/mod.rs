//! The Yew single-page app: paste a vacancy, see its constraints highlighted, work through the
//! checklist, export it. All state lives in one reducer ([`state`]); the analysis is the core's
//! and runs in a Web Worker ([`worker`]), debounced while the user types, so that typing never
//! waits for it. Nothing is sent anywhere.

mod analysis;
mod browser;
mod components;
mod documents;
mod hooks;
mod persistence;
mod state;
mod storage;
pub mod worker;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::analysis::conditions::number;
use crate::export::{Export, MAX_IMPORT_BYTES};
use crate::formats::gold::gold;
use crate::formats::ics::deadline_event;
use crate::formats::jsonld::{job_posting, to_embeddable_json};
use crate::formats::table::{csv, tsv_row};
use crate::i18n::{Catalogue, Lang, Msg};
use crate::profile::verdict::tally;
use crate::profile::Profile;
use crate::session::analyse_saved;
use crate::view::{deadline_named, export_file_name};
use analysis::use_analysis_worker;
use components::checklist::Checklist;
use components::correct::Edits;
use components::input::{fetch_text, PostingInput};
use components::profile::ProfilePanel;
use components::saved::{by_deadline, saved_list, Props as SavedProps};
use components::summary::{profile_check, summary};
use components::tabs::tabs;
use components::text_view::HighlightedText;
use components::toolbar::{toolbar, Props as ToolbarProps};
use components::PostingRef;
use hooks::use_import_file;
use persistence::{use_persistence, use_stored_state};
use state::{Action, AppState, Notice, NoticeKind};
use worker::Request;

/// Pause after the last keystroke before the text is analysed again.
const DEBOUNCE_MS: u32 = 250;

/// Mounts the app on the page body; in the analysis worker, serves the page's requests instead.
pub fn start() {
    use wasm_bindgen::JsCast;
    browser::name_countries();
    if let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() {
        worker::serve(scope);
    } else {
        yew::Renderer::<App>::new().render();
    }
}

/// Offers a file for download, or says why it could not be.
fn offer_file(
    cat: &Catalogue,
    on_error: &Callback<String>,
    name: &str,
    contents: &str,
    mime: &str,
) {
    if let Err(e) = browser::download(name, contents, mime) {
        on_error.emit(cat.f(Msg::DownloadFailed, &[("error", (&e).into())]));
    }
}

/// Where the interface language the user chose is kept.
const LANGUAGE_KEY: &str = "vacancy-lens/language";

/// The language to start in: the one chosen before, else the browser's first of the four.
fn starting_language() -> Lang {
    use gloo::storage::Storage;
    if let Some(lang) = gloo::storage::LocalStorage::get::<String>(LANGUAGE_KEY)
        .ok()
        .and_then(|code| Lang::of_tag(&code))
    {
        return lang;
    }
    let languages = gloo::utils::window().navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::preferred(tags.iter().map(String::as_str))
}

/// Switches the interface to `lang`: English is built in, another language's messages are
/// fetched from the page's own files the first time (`i18n/<code>.ftl`; the service worker
/// keeps them). A failure keeps the current language and says why.
fn switch_language(lang: Lang, current: Rc<Catalogue>, d: UseReducerDispatcher<AppState>) {
    use gloo::storage::Storage;
    let show = {
        let d = d.clone();
        move |cat: Catalogue| {
            let _ = gloo::utils::document()
                .document_element()
                .map(|html| html.set_attribute("lang", cat.lang().code()));
            d.dispatch(Action::SetLanguage(Rc::new(cat)));
        }
    };
    if lang == Lang::En {
        return show(Catalogue::english().clone());
    }
    yew::platform::spawn_local(async move {
        let path = format!("i18n/{}.ftl", lang.code());
        match fetch_text(&path)
            .await
            .and_then(|source| Catalogue::parse(lang, &source))
        {
            Ok(cat) => show(cat),
            Err(error) => {
                let name = current.language(lang.code(), lang.name());
                let now = current.language(current.lang().code(), current.lang().name());
                let args = [
                    ("language", (&name).into()),
                    ("error", (&error).into()),
                    ("current", (&now).into()),
                ];
                gloo::storage::LocalStorage::delete(LANGUAGE_KEY);
                let text = current.f(Msg::LanguageLoadFailed, &args);
                d.dispatch(Action::Notify(Notice::error(text)));
            }
        }
    });
}

/// The language menu of the header, each language named in itself.
fn language_menu(cat: &Rc<Catalogue>, d: UseReducerDispatcher<AppState>) -> Html {
    use gloo::storage::Storage;
    let current = cat.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some(lang) = Lang::of_tag(&select.value()) {
            let _ = gloo::storage::LocalStorage::set(LANGUAGE_KEY, lang.code());
            switch_language(lang, current.clone(), d.clone());
        }
    });
    html! {
        <label class="language-menu">
            <span>{ cat.t(Msg::InterfaceLanguage) }</span>
            <select {onchange} data-testid="interface-language">
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == cat.lang()}>{ l.name() }</option>
                }) }
            </select>
        </label>
    }
}

#[component]
fn App() -> Html {
    let (state, stores) = use_stored_state();
    use_persistence(&state, &stores);
    let cat = state.cat.clone();
    // The interface's language, once: the one chosen before, or the browser's.
    {
        let (d, cat) = (state.dispatcher(), cat.clone());
        use_effect_with((), move |_| {
            let lang = starting_language();
            if lang != cat.lang() {
                switch_language(lang, cat, d);
            }
        });
    }
    // A paste outside any field replaces the text: pasting again is how a new posting comes in.
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::document(), "paste", move |e| {
                    use wasm_bindgen::JsCast;
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
                        });
                    let pasted = e
                        .dyn_ref::<web_sys::ClipboardEvent>()
                        .and_then(|e| e.clipboard_data())
                        .and_then(|data| data.get_data("text").ok())
                        .filter(|text| !text.trim().is_empty());
                    if let (false, Some(text)) = (in_field, pasted) {
                        e.prevent_default();
                        d.dispatch(Action::Load(text));
                    }
                });
            move || drop(listener)
        });
    }
    let analyser = use_analysis_worker(&state);
    let debounce: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // Scroll to a flashed highlight after it is rendered.
    use_effect_with(state.flash.clone(), |flash| {
        if let Some((id, _)) = flash {
            browser::reveal(id);
        }
    });

    let dispatch = |make: fn(String) -> Action| {
        let d = state.dispatcher();
        Callback::from(move |s: String| d.dispatch(make(s)))
    };
    let on_edit = {
        let (d, debounce) = (state.dispatcher(), debounce.clone());
        Callback::from(move |text: String| {
            d.dispatch(Action::Edit(text));
            let d = d.clone();
            *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                d.dispatch(Action::Analyze)
            }));
        })
    };
    let on_error = {
        let d = state.dispatcher();
        Callback::from(move |text: String| d.dispatch(Action::Notify(Notice::error(text))))
    };
    let on_status = {
        let d = state.dispatcher();
        Callback::from(move |status: Option<String>| {
            d.dispatch(status.map_or(Action::CloseNotice, |text| {
                Action::Notify(Notice::info(text))
            }))
        })
    };
    let on_import = {
        let (d, cat) = (state.dispatcher(), cat.clone());
        Callback::from(move |json: String| match Export::from_json(&json) {
            Ok(export) => d.dispatch(Action::Import(export)),
            Err(e) => {
                let e = e.describe(&cat);
                let text = cat.f(Msg::ImportFailed, &[("error", (&e).into())]);
                d.dispatch(Action::Notify(Notice::error(text)))
            }
        })
    };
    let on_import_file =
        use_import_file(MAX_IMPORT_BYTES, cat.clone(), on_import, on_error.clone());
    let export_json = {
        let state = state.clone();
        move || serde_json::to_string_pretty(&state.export()).unwrap_or_default()
    };
    let on_download = {
        let (state, export_json, on_error) = (state.clone(), export_json.clone(), on_error.clone());
        Callback::from(move |_| {
            let name = export_file_name(
                state.postings.get(state.active),
                &state.today.to_string(),
                "json",
            );
            offer_file(
                &state.cat,
                &on_error,
                &name,
                &export_json(),
                "application/json",
            );
        })
    };
    // The active posting in another tool's format: a calendar event, JSON-LD, a table row.
    let active_posting = {
        let state = state.clone();
        move || state.postings.get(state.active).cloned()
    };
    let on_calendar = {
        let (state, active_posting, on_error) =
            (state.clone(), active_posting.clone(), on_error.clone());
        Callback::from(move |_| {
            let Some(p) = active_posting() else { return };
            let stamp = (js_sys::Date::now() / 1000.0) as i64;
            let Some(ics) = deadline_event(&p, stamp) else {
                on_error.emit(state.cat.t(Msg::NoDeadlineForCalendar));
                return;
            };
            let name = export_file_name(Some(&p), &state.today.to_string(), "ics");
            offer_file(&state.cat, &on_error, &name, &ics, "text/calendar");
        })
    };
    let on_jsonld = {
        let (state, active_posting, on_error) =
            (state.clone(), active_posting.clone(), on_error.clone());
        Callback::from(move |_| {
            let Some(p) = active_posting() else { return };
            let json = to_embeddable_json(&job_posting(&p, &state.analyzed));
            let name = export_file_name(Some(&p), &state.today.to_string(), "jsonld");
            offer_file(&state.cat, &on_error, &name, &json, "application/ld+json");
        })
    };
    let on_row = {
        let (state, d) = (state.clone(), state.dispatcher());
        Callback::from(move |_| {
            let Some(p) = active_posting() else { return };
            browser::copy(&tsv_row(&p, state.today));
            d.dispatch(Action::Notify(Notice::info(state.cat.t(Msg::RowCopied))));
        })
    };
    // The worker analyses every saved text and the file is offered when it answers.
    let on_csv = {
        let (state, analyser, on_error) = (state.clone(), analyser.clone(), on_error.clone());
        Callback::from(move |_| {
            let saved = by_deadline(&state.saved)
                .into_iter()
                .map(|item| (item.text.clone(), item.marks.clone()))
                .collect();
            let today = state.today;
            match analyser.as_ref() {
                Some(worker) => worker.send(&Request::Saved { saved, today }),
                // No worker: the page makes the file itself.
                None => {
                    let name = format!("vacancy-lens-saved-{today}.csv");
                    let analyses = analyse_saved(&saved, today);
                    offer_file(
                        &state.cat,
                        &on_error,
                        &name,
                        &csv(&analyses, today),
                        "text/csv",
                    );
                }
            }
        })
    };
    // The text and its answers (corrections included) in the corpus' gold format.
    let on_test_case = {
        let (state, on_error) = (state.clone(), on_error.clone());
        Callback::from(move |_| {
            let today = state.today.to_string();
            let name = export_file_name(state.postings.first(), &today, "txt");
            let source = state
                .cat
                .f(Msg::TestCaseSource, &[("date", (&today).into())]);
            let answers = serde_json::to_string_pretty(&gold(&state.postings, &source));
            offer_file(&state.cat, &on_error, &name, &state.analyzed, "text/plain");
            let stem = name.strip_suffix(".txt").unwrap_or(&name);
            let gold_name = format!("{stem}.gold.json");
            offer_file(
                &state.cat,
                &on_error,
                &gold_name,
                &answers.unwrap_or_default(),
                "application/json",
            );
        })
    };
    let on_copy = {
        let (d, cat) = (state.dispatcher(), cat.clone());
        Callback::from(move |_| {
            browser::copy(&export_json());
            d.dispatch(Action::Notify(Notice::info(cat.t(Msg::JsonCopied))));
        })
    };
    let on_profile = {
        let (d, cat) = (state.dispatcher(), cat.clone());
        Callback::from(move |profile: Option<Profile>| {
            let text = cat.t(match &profile {
                Some(p) if !p.is_empty() => Msg::ProfileSaved,
                Some(_) => Msg::ProfileEmpty,
                None => Msg::ProfileRemoved,
            });
            d.dispatch(Action::SetProfile(profile));
            d.dispatch(Action::Notify(Notice::info(text)));
        })
    };
    let on_profile_download = {
        let (on_error, cat) = (on_error.clone(), cat.clone());
        Callback::from(move |json: String| {
            offer_file(
                &cat,
                &on_error,
                "vacancy-lens-profile.json",
                &json,
                "application/json",
            );
        })
    };
    let unit = |action: fn() -> Action| {
        let d = state.dispatcher();
        Callback::from(move |_: ()| d.dispatch(action()))
    };

    let active = state.active;
    // Callbacks that keep their identity across renders, so that a tick or a keystroke does
    // not re-render the highlighted text and the checklist for a new closure.
    let on_toggle_category = {
        let d = state.dispatcher();
        use_callback((), move |c, _| d.dispatch(Action::ToggleCategory(c)))
    };
    let on_tick = {
        let d = state.dispatcher();
        use_callback(active, move |id, &posting| {
            d.dispatch(Action::Toggle { posting, id })
        })
    };
    let on_dismiss = {
        let d = state.dispatcher();
        use_callback(active, move |(id, dismissed), &posting| {
            d.dispatch(Action::Dismiss {
                posting,
                id,
                dismissed,
            })
        })
    };
    let on_add = {
        let d = state.dispatcher();
        use_callback(active, move |label, &posting| {
            d.dispatch(Action::AddItem { posting, label })
        })
    };
    let on_show = {
        let d = state.dispatcher();
        use_callback((), move |id, _| d.dispatch(Action::Flash(id)))
    };
    let edits = {
        let (d, revert) = (state.dispatcher(), state.dispatcher());
        Edits {
            on_correct: use_callback(active, move |correction, &posting| {
                d.dispatch(Action::Correct {
                    posting,
                    correction,
                })
            }),
            on_revert: use_callback(active, move |finding, &posting| {
                revert.dispatch(Action::Revert { posting, finding })
            }),
            on_error: on_error.clone(),
            today: state.today,
            cat: cat.clone(),
        }
    };
    let posting = PostingRef::new(&state.postings, active);
    let stale = state.text != state.analyzed;
    let announcement = match &posting {
        None => String::new(),
        Some(p) => {
            let deadline = deadline_named(p.deadline.as_ref(), &cat);
            let args = [
                ("deadline", (&deadline).into()),
                ("languages", p.languages.len().into()),
                ("conditions", p.eligibility.len().into()),
            ];
            cat.f(Msg::AnnounceReady, &args)
        }
    };
    let items = state.checklist(active);
    let has_text = !state.text.trim().is_empty();
    let toolbar = toolbar(ToolbarProps {
        cat: &cat,
        has_text,
        can_undo: state.cleared.is_some(),
        has_deadline: posting.as_ref().is_some_and(|p| p.deadline.is_some()),
        on_save: unit(|| Action::SaveCurrent),
        on_download,
        on_copy,
        on_import_file,
        on_calendar,
        on_jsonld,
        on_row,
        on_test_case,
        on_clear: unit(|| Action::Clear),
        on_undo: unit(|| Action::Undo),
    });
    let input = html! {
        <PostingInput text={AttrValue::from(state.text.clone())} {on_edit} on_load={dispatch(Action::Load)} on_error={on_error.clone()} {on_status} cat={cat.clone()} />
    };

    // With text, the analysis leads: the summary, then the actions, the folded text box, the
    // checklist and the highlighted text. Without, the call to paste.
    html! {
        <>
            <header class="top">
                <div class="masthead">
                    <h1>{ "Vacancy Lens" }</h1>
                    { language_menu(&cat, state.dispatcher()) }
                </div>
                <p class="tagline">{ cat.t(Msg::AppTagline) }</p>
            </header>
            <main id="main">
                if let Some(n) = &state.notice {
                    <div class={classes!("notice", if n.kind == NoticeKind::Error { "error" } else { "info" })}
                        role={if n.kind == NoticeKind::Error { "alert" } else { "status" }} data-testid="notice">
                        <span>{ n.words(&cat) }</span>
                        <button type="button" class="link-button" onclick={unit(|| Action::CloseNotice).reform(|_: MouseEvent| ())}
                            aria-label={cat.t(Msg::CloseMessage)}>{ cat.t(Msg::Close) }</button>
                    </div>
                }
                <p class="sr-only" aria-live="polite">{ announcement }</p>
                if posting.is_some() {
                    { tabs(&state.postings, active, {
                        let d = state.dispatcher();
                        Callback::from(move |i| d.dispatch(Action::Select(i)))
                    }, &cat) }
                }
                // One panel with or without an analysis, the text box always in the same place in
                // it: were it moved when the first analysis arrives, a file being opened would be
                // lost with the box it was opened from.
                <div id="posting-panel" class={classes!(posting.is_some().then_some("results"), stale.then_some("stale"))}
                    role={posting.is_some().then_some("region")} aria-label={posting.is_some().then(|| cat.t(Msg::AnalysisRegion))}
                    data-testid={posting.is_some().then_some("results")} data-analysis-ms={state.analysis_ms.map(number)}>
                    if let Some(p) = &posting {
                        if state.profile.is_some() {
                            { profile_check(p, &tally(&items), &cat) }
                        }
                        { summary(p, &edits) }
                        { toolbar.clone() }
                    }
                    { input }
                    if let Some(p) = posting {
                        <div class="work">
                            <Checklist {items} on_toggle={on_tick} {on_dismiss} {on_add} {on_show} posting={p.clone()} edits={edits.clone()} />
                            <HighlightedText text={AttrValue::from(state.analyzed.clone())} posting={p} hidden={state.hidden.clone()} flash={state.flash.clone()}
                                on_toggle={on_toggle_category} {edits} />
                        </div>
                    } else {
                        { toolbar }
                        <p class="empty">{ cat.t(Msg::AnalysisEmpty) }</p>
                    }
                </div>
                <ProfilePanel profile={state.profile.clone()} on_save={on_profile} on_download={on_profile_download} on_error={on_error.clone()} cat={cat.clone()} />
                { saved_list(SavedProps {
                    cat: &cat,
                    items: state.saved.clone(),
                    today: state.today,
                    on_csv,
                    on_open: dispatch(Action::OpenSaved),
                    on_delete: dispatch(Action::DeleteSaved),
                    on_delete_all: unit(|| Action::DeleteAllSaved),
                }) }
            </main>
            <footer class="bottom">
                <p>{ cat.t(Msg::AppFooter) }</p>
            </footer>
        </>
    }
}
