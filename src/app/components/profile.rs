//! "Your profile": what the user says about themselves, edited as a draft and saved on demand.
//! Stored only in this browser; exported and imported on its own, never inside a checklist.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::languages::known_languages;
use crate::app::hooks::use_import_file;
use crate::countries;
use crate::profile::{
    Cefr, Clearance, ClearanceScope, Degree, LanguageSkill, Permit, PermitKind, Profile,
    ProfileFile, MAX_PROFILE_BYTES,
};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub profile: Option<Rc<Profile>>,
    /// A profile to keep, or `None` to remove it.
    pub on_save: Callback<Option<Profile>>,
    pub on_download: Callback<String>,
    pub on_error: Callback<String>,
}

type Options = Rc<Vec<(String, String)>>;

#[derive(Properties, PartialEq)]
struct SelectProps {
    id: AttrValue,
    label: AttrValue,
    options: Options,
    value: String,
    on_change: Callback<String>,
}

/// A labelled `<select>`; its options are (value, text) pairs.
#[component]
fn Select(props: &SelectProps) -> Html {
    let onchange = props.on_change.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        select.value()
    });
    html! {
        <span class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ text }</option>
                }) }
            </select>
        </span>
    }
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

fn country_options(unset: &str) -> Options {
    with_unset(
        unset,
        countries::all()
            .iter()
            .map(|(c, n)| (c.to_string(), n.to_string())),
    )
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
    let options = use_memo((), |_| {
        (
            Rc::new(known_languages()),
            country_options("Choose a country…"),
            country_options("Not said"),
            Rc::new(
                [
                    ("work_permit", "Work permit / right to work"),
                    ("residence_permit", "Residence permit"),
                    ("eu_long_term_residence", "EU long-term residence"),
                ]
                .map(|(k, t)| (k.to_string(), t.to_string()))
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
        let (on_save, on_error) = (props.on_save.clone(), props.on_error.clone());
        Callback::from(move |json: String| match ProfileFile::from_json(&json) {
            Ok(profile) => on_save.emit(Some(profile)),
            Err(e) => on_error.emit(format!(
                "Profile import failed: {e} Your profile is unchanged."
            )),
        })
    };
    let import = use_import_file(
        MAX_PROFILE_BYTES,
        "profiles",
        on_import,
        props.on_error.clone(),
    );
    let level_of = |c: Option<Cefr>| c.map_or(String::new(), |c| c.to_string());
    let status = if props.profile.is_some() {
        "set: every posting is checked against it"
    } else {
        "not set"
    };

    html! {
        <details class="profile-panel" data-testid="profile" ontoggle={on_toggle}>
            <summary>{ format!("Your profile ({status})") }</summary>
            if *open {
            <p class="muted">{ "Describe yourself once: each posting's requirements are then checked against it, with the reason for each verdict. The profile stays in this browser; checklist exports carry the verdicts, not the profile." }</p>
            <form onsubmit={on_save}>
                <fieldset>
                    <legend>{ "Languages" }</legend>
                    { for p.languages.iter().enumerate().map(|(i, l)| html! {
                        <div class="row" data-testid="profile-language">
                            <Select id={format!("lang-{i}")} label="Language" options={languages.clone()} value={l.language.clone()}
                                on_change={edit(&draft, move |p, v| p.languages[i].language = v)} />
                            <Select id={format!("lang-{i}-level")} label="Level" options={Rc::new(levels().collect::<Vec<_>>())} value={l.level.to_string()}
                                on_change={edit(&draft, move |p, v| if let Some(c) = Cefr::parse(&v) { p.languages[i].level = c })} />
                            <Select id={format!("lang-{i}-understanding")} label="Understanding" options={with_unset("same", levels())} value={level_of(l.understanding)}
                                on_change={edit(&draft, move |p, v| p.languages[i].understanding = Cefr::parse(&v))} />
                            <Select id={format!("lang-{i}-speaking")} label="Speaking" options={with_unset("same", levels())} value={level_of(l.speaking)}
                                on_change={edit(&draft, move |p, v| p.languages[i].speaking = Cefr::parse(&v))} />
                            <Select id={format!("lang-{i}-writing")} label="Writing" options={with_unset("same", levels())} value={level_of(l.writing)}
                                on_change={edit(&draft, move |p, v| p.languages[i].writing = Cefr::parse(&v))} />
                            <button type="button" class="link-button" onclick={update(&draft, move |p| { p.languages.remove(i); })}
                                aria-label={format!("Remove language {}", i + 1)}>{ "Remove" }</button>
                        </div>
                    }) }
                    <button type="button" onclick={update(&draft, |p| p.languages.push(LanguageSkill {
                        language: "en".into(), level: Cefr::B2, understanding: None, speaking: None, writing: None,
                    }))}>{ "Add a language" }</button>
                </fieldset>
                <fieldset>
                    <legend>{ "Citizenship" }</legend>
                    <ul class="chips">
                        { for p.citizenships.iter().enumerate().map(|(i, c)| html! {
                            <li data-testid="citizenship">{ countries::name(c) }{ " " }
                                <button type="button" class="link-button" onclick={update(&draft, move |p| { p.citizenships.remove(i); })}
                                    aria-label={format!("Remove citizenship {}", countries::name(c))}>{ "Remove" }</button>
                            </li>
                        }) }
                    </ul>
                    <Select key={p.citizenships.len()} id="citizenship-add" label="Add a citizenship" options={add_country.clone()} value={String::new()}
                        on_change={edit(&draft, |p, v| if !v.is_empty() && !p.citizenships.contains(&v) { p.citizenships.push(v) })} />
                    <p class="muted">{ "EU, EEA, Schengen and NATO membership follow from it (member lists checked " }{ countries::LAST_CHECKED }{ ")." }</p>
                </fieldset>
                <fieldset>
                    <legend>{ "Permits" }</legend>
                    <label class="check">
                        <input type="checkbox" id="permits-complete" checked={p.permits.is_some()}
                            onchange={update(&draft, |p| p.permits = if p.permits.is_some() { None } else { Some(Vec::new()) }).reform(|_: Event| MouseEvent::new("click").unwrap())} />
                        { " These are all the permits I hold (otherwise permit questions stay unknown)" }
                    </label>
                    { for p.permits.iter().flatten().enumerate().map(|(i, permit)| html! {
                        <div class="row" data-testid="permit">
                            <Select id={format!("permit-{i}-kind")} label="Permit" options={permit_kinds.clone()} value={kind_key(permit.kind).to_string()}
                                on_change={edit(&draft, move |p, v| if let Some(list) = &mut p.permits {
                                    list[i].kind = match v.as_str() { "residence_permit" => PermitKind::ResidencePermit, "eu_long_term_residence" => PermitKind::EuLongTermResidence, _ => PermitKind::WorkPermit };
                                })} />
                            <Select id={format!("permit-{i}-country")} label="Country" options={any_country.clone()} value={permit.country.clone()}
                                on_change={edit(&draft, move |p, v| if let Some(list) = &mut p.permits { list[i].country = v })} />
                            <button type="button" class="link-button" onclick={update(&draft, move |p| if let Some(list) = &mut p.permits { list.remove(i); })}>{ "Remove" }</button>
                        </div>
                    }) }
                    <button type="button" onclick={update(&draft, |p| p.permits.get_or_insert_with(Vec::new).push(Permit { kind: PermitKind::WorkPermit, country: "BE".into() }))}>{ "Add a permit" }</button>
                </fieldset>
                <fieldset>
                    <legend>{ "Security clearance, residence, education" }</legend>
                    <Select id="clearance" label="Security clearance" value={p.clearance.as_ref().map_or("", |c| match c.scope { ClearanceScope::None => "none", ClearanceScope::National => "national", ClearanceScope::Nato => "nato" }).to_string()}
                        options={with_unset("Not said", [("none", "None"), ("national", "National"), ("nato", "NATO")].map(|(v, t)| (v.to_string(), t.to_string())))}
                        on_change={edit(&draft, |p, v| {
                            let scope = match v.as_str() { "none" => ClearanceScope::None, "national" => ClearanceScope::National, "nato" => ClearanceScope::Nato, _ => { p.clearance = None; return; } };
                            let old = p.clearance.take();
                            p.clearance = Some(Clearance { scope, country: old.as_ref().and_then(|c| c.country.clone()), level: old.and_then(|c| c.level) });
                        })} />
                    if let Some(c) = p.clearance.as_ref().filter(|c| c.scope != ClearanceScope::None) {
                        if c.scope == ClearanceScope::National {
                            <Select id="clearance-country" label="Issued by" options={any_country.clone()} value={c.country.clone().unwrap_or_default()}
                                on_change={edit(&draft, |p, v| if let Some(c) = &mut p.clearance { c.country = (!v.is_empty()).then_some(v) })} />
                        }
                        <span class="field">
                            <label for="clearance-level">{ "Level, as written on it" }</label>
                            <input id="clearance-level" type="text" value={c.level.clone().unwrap_or_default()} placeholder="e.g. SECRET"
                                onchange={edit(&draft, |p, v| if let Some(c) = &mut p.clearance { c.level = (!v.trim().is_empty()).then(|| v.trim().to_string()) }).reform(input_value)} />
                        </span>
                    }
                    <Select id="residence" label="I live in" options={any_country.clone()} value={p.residence.clone().unwrap_or_default()}
                        on_change={edit(&draft, |p, v| p.residence = (!v.is_empty()).then_some(v))} />
                    <Select id="relocate" label="Would relocate" value={p.relocate.map_or("", |r| if r { "yes" } else { "no" }).to_string()}
                        options={with_unset("Not said", [("yes", "Yes"), ("no", "No")].map(|(v, t)| (v.to_string(), t.to_string())))}
                        on_change={edit(&draft, |p, v| p.relocate = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })} />
                    <Select id="degree" label="Highest degree" value={p.degree.map_or(String::new(), |d| format!("{d:?}"))}
                        options={with_unset("Not said", Degree::ALL.map(|d| (format!("{d:?}"), d.label().to_string())))}
                        on_change={edit(&draft, |p, v| p.degree = Degree::ALL.into_iter().find(|d| format!("{d:?}") == v))} />
                    <span class="field">
                        <label for="experience">{ "Years of relevant experience" }</label>
                        <input id="experience" type="number" min="0" max="60" value={p.experience_years.map_or(String::new(), |y| y.to_string())}
                            onchange={edit(&draft, |p, v| p.experience_years = v.trim().parse().ok()).reform(input_value)} />
                    </span>
                </fieldset>
                <div class="toolbar">
                    <button type="submit" class="primary">{ "Save profile" }</button>
                    if props.profile.is_some() {
                        <button type="button" onclick={on_export}>{ "Export profile" }</button>
                        <button type="button" onclick={on_remove}>{ "Remove profile" }</button>
                    }
                    <label class="button file-button">
                        { "Import profile…" }
                        <input type="file" accept=".json,application/json" onchange={import} data-testid="profile-import" />
                    </label>
                </div>
            </form>
            }
        </details>
    }
}
