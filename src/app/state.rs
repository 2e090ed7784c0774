//! The page's state as Yew's reducer: the state and its actions are [`crate::session`]'s,
//! plain Rust tested natively; this only hands each action to [`AppState::apply`].

use std::rc::Rc;

use yew::Reducible;

pub use crate::session::{Action, AppState, Notice, NoticeKind};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        state.apply(action);
        Rc::new(state)
    }
}
