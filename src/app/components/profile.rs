//! "Your profile": what the user says about themselves, edited as a draft and saved on demand.
//! Stored only in this browser; exported and imported on its own, never inside a checklist.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::languages::known_languages;
use crate::app::browser;
use crate::app::hooks::use_import_file;
use crate::countries;
use crate::i18n::{Catalogue, Msg};
use crate::order::sort_by;
use crate::profile::verdict::degree_name;
use crate::profile::{
    Cefr, Clearance, ClearanceScope, Degree, LanguageSkill, Permit, PermitKind, Profile,
    ProfileFile, MAX_PROFILE_BYTES,
};
use wasm_bindgen::JsValue;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub profile: Option<Rc<Profile>>,
    /// A profile to keep, or `None` to remove it.
    pub on_save: Callback<Option<Profile>>,
    pub on_download: Callback<String>,
    pub on_error: Callback<String>,
    pub cat: Rc<Catalogue>,
}

type Options = Rc<Vec<(String, String)>>;

/// A labelled `<select>`; its options are (value, text) pairs. A plain function: a component
/// costs the page's wasm, and the panel re-renders it anyway.
fn select(
    id: String,
    label: String,
    options: &Options,
    value: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = on_change.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        select.value()
    });
    html! {
        <span class="field">
            <label for={id.clone()}>{ label }</label>
            <select {id} {onchange}>
                { for options.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={v == value}>{ text }</option>
                }) }
            </select>
        </span>
    }
}

/// The name of a country in the list of options (its code when the list has none).
fn name_in(options: &Options, code: &str) -> String {
    options
        .iter()
        .find(|(c, _)| c == code)
        .map_or_else(|| code.to_string(), |(_, name)| name.clone())
}

/// Options with a first "not said" choice (value "").
fn with_unset(unset: &str, rest: impl IntoIterator<Item = (String, String)>) -> Options {
    Rc::new(
        std::iter::once((String::new(), unset.to_string()))
            .chain(rest)
            .collect(),
    )
}

fn levels() -> impl Iterator<Item = (String, String)> {
    Cefr::ALL
        .into_iter()
        .map(|c| (c.to_string(), c.to_string()))
}

/// Every country, named in the interface's language by the browser (`Intl.DisplayNames`, so
/// the page carries no translated country list) and sorted as that language sorts.
fn country_options(unset: String, cat: &Catalogue) -> Options {
    let locales = js_sys::Array::of1(&cat.lang().code().into());
    let names = browser::country_names(cat.lang());
    let mut all: Vec<(String, String)> = countries::codes()
        .map(|code| {
            let name = names
                .of(code)
                .map_or_else(|| code.to_string(), String::from);
            (code.to_string(), name)
        })
        .collect();
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    sort_by(&mut all, |a, b| {
        let order = compare.call2(&JsValue::NULL, &a.1.as_str().into(), &b.1.as_str().into());
        order
            .ok()
            .and_then(|o| o.as_f64())
            .unwrap_or(0.0)
            .total_cmp(&0.0)
    });
    with_unset(&unset, all)
}

fn kind_key(kind: PermitKind) -> &'static str {
    match kind {
        PermitKind::WorkPermit => "work_permit",
        PermitKind::ResidencePermit => "residence_permit",
        PermitKind::EuLongTermResidence => "eu_long_term_residence",
    }
}

/// The value of the input an event came from.
fn input_value(e: Event) -> String {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    input.value()
}

/// A callback that changes the draft profile.
fn update<E: 'static>(
    draft: &UseStateHandle<Profile>,
    f: impl Fn(&mut Profile) + 'static,
) -> Callback<E> {
    let draft = draft.clone();
    Callback::from(move |_: E| {
        let mut next = (*draft).clone();
        f(&mut next);
        draft.set(next);
    })
}

/// A callback that sets a field of the draft from a form value.
fn edit(
    draft: &UseStateHandle<Profile>,
    f: impl Fn(&mut Profile, String) + 'static,
) -> Callback<String> {
    let draft = draft.clone();
    Callback::from(move |value: String| {
        let mut next = (*draft).clone();
        f(&mut next, value);
        draft.set(next);
    })
}

#[component]
pub fn ProfilePanel(props: &Props) -> Html {
    let cat = props.cat.clone();
    let saved = props.profile.as_deref().cloned().unwrap_or_default();
    let draft = use_state(|| saved.clone());
    {
        // An import or a removal replaces the draft.
        let draft = draft.clone();
        use_effect_with(props.profile.clone(), move |p| {
            draft.set(p.as_deref().cloned().unwrap_or_default())
        });
    }
    // The form, with a country list per permit row, is built only while the panel is open.
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    let options = use_memo((cat.clone(), *open), |(cat, open)| {
        let languages: Vec<(String, String)> = known_languages()
            .into_iter()
            .map(|(code, name)| {
                let name = cat.language_title(&code, &name);
                (code, name)
            })
            .collect();
        // The browser names the countries; only while the panel is open.
        let countries = |unset| match open {
            true => country_options(cat.t(unset), cat),
            false => Rc::new(Vec::new()),
        };
        (
            Rc::new(languages),
            countries(Msg::ProfileChooseCountry),
            countries(Msg::ProfileNotSaid),
            Rc::new(
                [
                    ("work_permit", Msg::ProfilePermitWork),
                    ("residence_permit", Msg::ProfilePermitResidence),
                    ("eu_long_term_residence", Msg::ProfilePermitLongTerm),
                ]
                .map(|(k, t)| (k.to_string(), cat.t(t)))
                .to_vec(),
            ),
        )
    });
    let (languages, add_country, any_country, permit_kinds) = &*options;
    let p = &*draft;
    let on_save = {
        let (on_save, draft) = (props.on_save.clone(), draft.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_save.emit(Some((*draft).clone()));
        })
    };
    let on_remove = props.on_save.reform(|_: MouseEvent| None);
    let on_export = {
        let (on_download, saved) = (props.on_download.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&ProfileFile::of(&saved)).unwrap_or_default();
            on_download.emit(json);
        })
    };
    let on_import = {
        let (on_save, on_error, cat) = (props.on_save.clone(), props.on_error.clone(), cat.clone());
        Callback::from(move |json: String| match ProfileFile::from_json(&json) {
            Ok(profile) => on_save.emit(Some(profile)),
            Err(e) => {
                let e = e.describe(&cat);
                on_error.emit(cat.f(Msg::ProfileImportFailed, &[("error", (&e).into())]))
            }
        })
    };
    let import = use_import_file(
        MAX_PROFILE_BYTES,
        cat.clone(),
        on_import,
        props.on_error.clone(),
    );
    let level_of = |c: Option<Cefr>| c.map_or(String::new(), |c| c.to_string());
    let heading = cat.t(match props.profile {
        Some(_) => Msg::ProfileHeadingSet,
        None => Msg::ProfileHeadingUnset,
    });
    let not_said = cat.t(Msg::ProfileNotSaid);
    let same = cat.t(Msg::ProfileSame);
    let choices = |list: &[(&str, Msg)]| {
        with_unset(
            &not_said,
            list.iter().map(|(v, t)| (v.to_string(), cat.t(*t))),
        )
    };

    html! {
        <details class="profile-panel" data-testid="profile" ontoggle={on_toggle}>
            <summary>{ heading }</summary>
            if *open {
            <p class="muted">{ cat.t(Msg::ProfileIntro) }</p>
            <form onsubmit={on_save}>
                <fieldset>
                    <legend>{ cat.t(Msg::ProfileLanguages) }</legend>
                    { for p.languages.iter().enumerate().map(|(i, l)| html! {
                        <div class="row" data-testid="profile-language">
                            { select(format!("lang-{i}"), cat.t(Msg::ProfileLanguage), languages, &l.language, edit(&draft, move |p, v| p.languages[i].language = v)) }
                            { select(format!("lang-{i}-level"), cat.t(Msg::ProfileLevel), &Rc::new(levels().collect::<Vec<_>>()), &l.level.to_string(), edit(&draft, move |p, v| if let Some(c) = Cefr::parse(&v) { p.languages[i].level = c })) }
                            { select(format!("lang-{i}-understanding"), cat.t(Msg::ProfileUnderstanding), &with_unset(&same, levels()), &level_of(l.understanding), edit(&draft, move |p, v| p.languages[i].understanding = Cefr::parse(&v))) }
                            { select(format!("lang-{i}-speaking"), cat.t(Msg::ProfileSpeaking), &with_unset(&same, levels()), &level_of(l.speaking), edit(&draft, move |p, v| p.languages[i].speaking = Cefr::parse(&v))) }
                            { select(format!("lang-{i}-writing"), cat.t(Msg::ProfileWriting), &with_unset(&same, levels()), &level_of(l.writing), edit(&draft, move |p, v| p.languages[i].writing = Cefr::parse(&v))) }
                            <button type="button" class="link-button" onclick={update(&draft, move |p| { p.languages.remove(i); })}
                                aria-label={cat.f(Msg::ProfileRemoveLanguage, &[("n", (i + 1).into())])}>{ cat.t(Msg::ProfileRemove) }</button>
                        </div>
                    }) }
                    <button type="button" onclick={update(&draft, |p| p.languages.push(LanguageSkill {
                        language: "en".into(), level: Cefr::B2, understanding: None, speaking: None, writing: None,
                    }))}>{ cat.t(Msg::ProfileAddLanguage) }</button>
                </fieldset>
                <fieldset>
                    <legend>{ cat.t(Msg::ProfileCitizenship) }</legend>
                    <ul class="chips">
                        { for p.citizenships.iter().enumerate().map(|(i, c)| {
                            let name = name_in(any_country, c);
                            html! {
                                <li data-testid="citizenship">{ &name }{ " " }
                                    <button type="button" class="link-button" onclick={update(&draft, move |p| { p.citizenships.remove(i); })}
                                        aria-label={cat.f(Msg::ProfileRemoveCitizenship, &[("country", (&name).into())])}>{ cat.t(Msg::ProfileRemove) }</button>
                                </li>
                            }
                        }) }
                    </ul>
                    { html! { <span key={p.citizenships.len()}>{ select("citizenship-add".to_string(), cat.t(Msg::ProfileAddCitizenship), add_country, "", edit(&draft, |p, v| if !v.is_empty() && !p.citizenships.contains(&v) { p.citizenships.push(v) })) }</span> } }
                    <p class="muted">{ cat.f(Msg::ProfileMemberships, &[("date", countries::LAST_CHECKED.into())]) }</p>
                </fieldset>
                <fieldset>
                    <legend>{ cat.t(Msg::ProfilePermits) }</legend>
                    <label class="check">
                        <input type="checkbox" id="permits-complete" checked={p.permits.is_some()}
                            onchange={update(&draft, |p| p.permits = if p.permits.is_some() { None } else { Some(Vec::new()) }).reform(|_: Event| MouseEvent::new("click").unwrap())} />
                        { " " }{ cat.t(Msg::ProfilePermitsComplete) }
                    </label>
                    { for p.permits.iter().flatten().enumerate().map(|(i, permit)| html! {
                        <div class="row" data-testid="permit">
                            { select(format!("permit-{i}-kind"), cat.t(Msg::ProfilePermit), permit_kinds, kind_key(permit.kind), edit(&draft, move |p, v| if let Some(list) = &mut p.permits {
                                    list[i].kind = match v.as_str() { "residence_permit" => PermitKind::ResidencePermit, "eu_long_term_residence" => PermitKind::EuLongTermResidence, _ => PermitKind::WorkPermit };
                                })) }
                            { select(format!("permit-{i}-country"), cat.t(Msg::ProfileCountry), any_country, &permit.country, edit(&draft, move |p, v| if let Some(list) = &mut p.permits { list[i].country = v })) }
                            <button type="button" class="link-button" onclick={update(&draft, move |p| if let Some(list) = &mut p.permits { list.remove(i); })}>{ cat.t(Msg::ProfileRemove) }</button>
                        </div>
                    }) }
                    <button type="button" onclick={update(&draft, |p| p.permits.get_or_insert_with(Vec::new).push(Permit { kind: PermitKind::WorkPermit, country: "BE".into() }))}>{ cat.t(Msg::ProfileAddPermit) }</button>
                </fieldset>
                <fieldset>
                    <legend>{ cat.t(Msg::ProfileMore) }</legend>
                    { select("clearance".to_string(), cat.t(Msg::ProfileClearance), &choices(&[("none", Msg::ProfileClearanceNone), ("national", Msg::ProfileClearanceNational), ("nato", Msg::ProfileClearanceNato)]), p.clearance.as_ref().map_or("", |c| match c.scope { ClearanceScope::None => "none", ClearanceScope::National => "national", ClearanceScope::Nato => "nato" }), edit(&draft, |p, v| {
                            let scope = match v.as_str() { "none" => ClearanceScope::None, "national" => ClearanceScope::National, "nato" => ClearanceScope::Nato, _ => { p.clearance = None; return; } };
                            let old = p.clearance.take();
                            p.clearance = Some(Clearance { scope, country: old.as_ref().and_then(|c| c.country.clone()), level: old.and_then(|c| c.level) });
                        })) }
                    if let Some(c) = p.clearance.as_ref().filter(|c| c.scope != ClearanceScope::None) {
                        if c.scope == ClearanceScope::National {
                            { select("clearance-country".to_string(), cat.t(Msg::ProfileIssuedBy), any_country, &c.country.clone().unwrap_or_default(), edit(&draft, |p, v| if let Some(c) = &mut p.clearance { c.country = (!v.is_empty()).then_some(v) })) }
                        }
                        <span class="field">
                            <label for="clearance-level">{ cat.t(Msg::ProfileClearanceLevel) }</label>
                            <input id="clearance-level" type="text" value={c.level.clone().unwrap_or_default()} placeholder={cat.t(Msg::ProfileClearanceExample)}
                                onchange={edit(&draft, |p, v| if let Some(c) = &mut p.clearance { c.level = (!v.trim().is_empty()).then(|| v.trim().to_string()) }).reform(input_value)} />
                        </span>
                    }
                    { select("residence".to_string(), cat.t(Msg::ProfileLiveIn), any_country, &p.residence.clone().unwrap_or_default(), edit(&draft, |p, v| p.residence = (!v.is_empty()).then_some(v))) }
                    { select("relocate".to_string(), cat.t(Msg::ProfileRelocate), &choices(&[("yes", Msg::ProfileYes), ("no", Msg::ProfileNo)]), p.relocate.map_or("", |r| if r { "yes" } else { "no" }), edit(&draft, |p, v| p.relocate = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })) }
                    { select("degree".to_string(), cat.t(Msg::ProfileDegree), &with_unset(&not_said, Degree::ALL.map(|d| (d.key().to_string(), degree_name(d, &cat)))), p.degree.map_or("", Degree::key), edit(&draft, |p, v| p.degree = Degree::ALL.into_iter().find(|d| d.key() == v))) }
                    <span class="field">
                        <label for="experience">{ cat.t(Msg::ProfileExperience) }</label>
                        <input id="experience" type="number" min="0" max="60" value={p.experience_years.map_or(String::new(), |y| y.to_string())}
                            onchange={edit(&draft, |p, v| p.experience_years = v.trim().parse().ok()).reform(input_value)} />
                    </span>
                </fieldset>
                <div class="toolbar">
                    <button type="submit" class="primary">{ cat.t(Msg::ProfileSave) }</button>
                    if props.profile.is_some() {
                        <button type="button" onclick={on_export}>{ cat.t(Msg::ProfileExport) }</button>
                        <button type="button" onclick={on_remove}>{ cat.t(Msg::ProfileRemoveProfile) }</button>
                    }
                    <label class="button file-button">
                        { cat.t(Msg::ProfileImport) }
                        <input type="file" accept=".json,application/json" onchange={import} data-testid="profile-import" />
                    </label>
                </div>
            </form>
            }
        </details>
    }
}
