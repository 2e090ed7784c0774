//! The page's work kept in this browser: the state starts from what was stored and is saved
//! again whenever it settles; what another tab saved since is shown instead of written over.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser;
use super::state::Notice;
use super::state::{Action, AppState};
use super::storage::{self, Saving, SharedStore, StoredProfile, StoredSavedList};

/// The three stores, opened once when the state is first made.
pub struct Stores {
    work: Rc<RefCell<Option<storage::Store>>>,
    profile: Rc<RefCell<Option<SharedStore<StoredProfile>>>>,
    saved: Rc<RefCell<Option<SharedStore<StoredSavedList>>>>,
}

/// The page's state, made from the stored work, profile and saved list (a store that could
/// not be read says so in the first notice).
#[hook]
pub fn use_stored_state() -> (UseReducerHandle<AppState>, Stores) {
    // The store is opened once, before the first render, and shared by the save effect and
    // the listener for other tabs' saves.
    let store = use_mut_ref(|| None::<storage::Store>);
    let profile_store = use_mut_ref(|| None::<SharedStore<StoredProfile>>);
    let saved_store = use_mut_ref(|| None::<SharedStore<StoredSavedList>>);
    let state = {
        let (store, profile_store, saved_store) =
            (store.clone(), profile_store.clone(), saved_store.clone());
        use_reducer(move || {
            let (opened, saved, problem) = storage::Store::open();
            *store.borrow_mut() = Some(opened);
            let (text, marks) = saved.map_or((String::new(), Vec::new()), |s| (s.text, s.marks));
            let (opened, profile, profile_problem) = SharedStore::<StoredProfile>::open();
            *profile_store.borrow_mut() = Some(opened);
            let (opened, saved, saved_problem) = SharedStore::<StoredSavedList>::open();
            *saved_store.borrow_mut() = Some(opened);
            let notice = problem
                .or(profile_problem)
                .or(saved_problem)
                .map(Notice::storage);
            AppState::new(
                browser::today(),
                text,
                marks,
                profile,
                saved.unwrap_or_default(),
                notice,
            )
        })
    };
    let stores = Stores {
        work: store,
        profile: profile_store,
        saved: saved_store,
    };
    (state, stores)
}

/// Saves the work, the profile and the saved list when they change, and shows what another tab
/// saved.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>, stores: &Stores) {
    let (store, profile_store, saved_store) = (
        stores.work.clone(),
        stores.profile.clone(),
        stores.saved.clone(),
    );
    // Save the work whenever the text settles or the marks change; newer work from another
    // tab is shown instead of being written over. Not on every keystroke: saving a long text
    // on each one would make typing wait.
    {
        let (dispatcher, store, text) = (state.dispatcher(), store.clone(), state.text.clone());
        use_effect_with((state.settled, state.marks.clone()), move |(_, marks)| {
            let Some(saving) = store.borrow_mut().as_mut().map(|s| s.save(&text, marks)) else {
                return;
            };
            match saving {
                Ok(Saving::Done) => {}
                Ok(Saving::Newer(saved)) => dispatcher.dispatch(Action::Adopt {
                    text: saved.text,
                    marks: saved.marks,
                }),
                Err(problem) => dispatcher.dispatch(Action::Notify(Notice::storage(problem))),
            }
        });
    }
    // Save the profile whenever it changes (or remove it); a profile another tab saved since
    // is shown instead of being written over.
    {
        let (dispatcher, profile_store) = (state.dispatcher(), profile_store.clone());
        use_effect_with(state.profile.clone(), move |profile| {
            let profile = profile.as_deref().cloned().unwrap_or_default();
            let saving = profile_store
                .borrow_mut()
                .as_mut()
                .map(|s| s.save(&profile, storage::theirs_wins));
            match saving {
                Some(Ok(Some(theirs))) => dispatcher.dispatch(Action::ProfileFromOtherTab(theirs)),
                Some(Err(problem)) => dispatcher.dispatch(Action::Notify(Notice::storage(problem))),
                _ => {}
            }
        });
    }
    // Save the list of saved analyses whenever it changes, combined with what another tab
    // saved since.
    {
        let (dispatcher, saved_store) = (state.dispatcher(), saved_store.clone());
        use_effect_with(state.saved.clone(), move |saved| {
            let saving = saved_store
                .borrow_mut()
                .as_mut()
                .map(|s| s.save(saved, storage::merge_saved));
            match saving {
                Some(Ok(Some(merged))) => dispatcher.dispatch(Action::SavedFromOtherTab(merged)),
                Some(Err(problem)) => dispatcher.dispatch(Action::Notify(Notice::storage(problem))),
                _ => {}
            }
        });
    }
    // Another tab saved: the browser tells every other tab of the origin.
    {
        let (dispatcher, store) = (state.dispatcher(), store.clone());
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |_| {
                let newer = store.borrow_mut().as_mut().and_then(|s| s.take_newer());
                if let Some(saved) = newer {
                    dispatcher.dispatch(Action::Adopt {
                        text: saved.text,
                        marks: saved.marks,
                    });
                }
                let profile = profile_store
                    .borrow_mut()
                    .as_mut()
                    .and_then(|s| s.take_newer());
                if let Some(profile) = profile {
                    dispatcher.dispatch(Action::ProfileFromOtherTab(profile));
                }
                let saved = saved_store
                    .borrow_mut()
                    .as_mut()
                    .and_then(|s| s.take_newer());
                if let Some(items) = saved {
                    dispatcher.dispatch(Action::SavedFromOtherTab(items));
                }
            });
            move || drop(listener)
        });
    }
}
