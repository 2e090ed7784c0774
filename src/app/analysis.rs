//! The analysis worker from the page's side: started once, sent each text the state asks
//! for, its answers turned into actions; if it stays silent the page analyses by itself.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::state::Notice;
use super::state::{Action, AppState};
use super::worker::{Bridge, Reply, Request};
use super::{browser, offer_file};
use crate::formats::table::csv;
use crate::i18n::Catalogue;

/// How long the page waits for the analysis worker to acknowledge a text before analysing in
/// the page itself (a worker that never started never answers; one that did acknowledges each
/// text at once, however long its analysis then takes).
const WORKER_SILENCE_MS: u32 = 6000;

/// The worker, which the page also asks for the saved list's CSV; `None` when it could not be
/// started (the page then analyses by itself).
#[hook]
pub fn use_analysis_worker(state: &UseReducerHandle<AppState>) -> Rc<Option<Bridge>> {
    // Armed when a text is sent to the worker, dropped (cancelled) when it answers; no longer
    // armed once the worker has shown it is alive, since a long text may take it seconds.
    let watchdog: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let worker_alive = use_mut_ref(|| false);

    // The analysis worker, started once; its answers become actions.
    let analyser = {
        let (dispatcher, watchdog, alive) =
            (state.dispatcher(), watchdog.clone(), worker_alive.clone());
        use_memo((), move |_| {
            let on_error = {
                let d = dispatcher.clone();
                Callback::from(move |text: String| d.dispatch(Action::Notify(Notice::error(text))))
            };
            Bridge::start(move |reply| match reply {
                // Alive: the page waits for its answer, however long the text takes.
                Reply::Working { .. } => {
                    *alive.borrow_mut() = true;
                    watchdog.borrow_mut().take();
                }
                Reply::Current {
                    run,
                    postings,
                    millis,
                } => {
                    watchdog.borrow_mut().take();
                    browser::analysis_received();
                    dispatcher.dispatch(Action::Analysed {
                        run,
                        postings,
                        millis,
                    });
                }
                Reply::Saved { analyses, today } => {
                    let name = format!("vacancy-lens-saved-{today}.csv");
                    offer_file(
                        Catalogue::english(),
                        &on_error,
                        &name,
                        &csv(&analyses, today),
                        "text/csv",
                    );
                }
                Reply::Ready => {}
            })
            .ok()
        })
    };
    // Each analysis asked for sends the text of that moment; the worker answers the newest.
    // If it stays silent, the page analyses by itself from then on.
    {
        let (analyser, asked, run, today) = (
            analyser.clone(),
            state.asked.clone(),
            state.run,
            state.today,
        );
        let (dispatcher, watchdog, alive) =
            (state.dispatcher(), watchdog.clone(), worker_alive.clone());
        use_effect_with(run, move |_| {
            if !asked.trim().is_empty() {
                if !*alive.borrow() {
                    *watchdog.borrow_mut() = Some(Timeout::new(WORKER_SILENCE_MS, move || {
                        dispatcher.dispatch(Action::WorkerSilent)
                    }));
                }
                browser::analysis_sent();
                if let Some(worker) = analyser.as_ref() {
                    worker.send(&Request::Current {
                        run,
                        text: asked.to_string(),
                        today,
                    });
                }
            }
        });
    }

    analyser
}
