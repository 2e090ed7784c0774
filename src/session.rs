//! The page's one state and its reducer, in plain Rust: every change the user makes goes
//! through an [`Action`] applied by [`AppState::apply`]. The Yew app wraps it as its reducer
//! (`app::state`); here it is tested natively, action by action.

use std::collections::BTreeSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::analysis::checklist::{stable_hash, ChecklistItem};
use crate::analysis::corrections::{apply_all, Correction, Value};
use crate::analysis::{analyze, localise, PostingAnalysis};
use crate::calendar::Date;
use crate::export::{CustomItem, Export, UserMarks};
use crate::i18n::{Catalogue, Lang, Msg};
use crate::profile::verdict::judge;
use crate::profile::Profile;
use crate::storage_notice::StorageProblem;
use crate::view::Category;
use crate::vocabulary::FindingId;

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    Info,
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: NoticeText,
}

/// A notice's words: written when it was made, or a problem with the browser's storage, which
/// is written when shown (the one found on start-up precedes the chosen language).
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeText {
    Written(String),
    Storage(StorageProblem),
}

impl Notice {
    pub fn info(text: String) -> Notice {
        Notice {
            kind: NoticeKind::Info,
            text: NoticeText::Written(text),
        }
    }

    pub fn error(text: String) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            text: NoticeText::Written(text),
        }
    }

    pub fn storage(problem: StorageProblem) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            text: NoticeText::Storage(problem),
        }
    }

    /// Its words in the catalogue's language.
    pub fn words(&self, cat: &Catalogue) -> String {
        match &self.text {
            NoticeText::Written(text) => text.clone(),
            NoticeText::Storage(problem) => problem.describe(cat),
        }
    }
}

/// What the notice after an import needs from before it.
#[derive(Clone, Debug, PartialEq)]
struct PendingImport {
    /// The posting the page showed before, as a notice names it.
    before: Option<String>,
    /// The file held the text already on screen: only the marks changed.
    same_text: bool,
}

/// A posting the user kept to come back to: its text and their marks, with what the list shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedAnalysis {
    /// Derived from the text: saving the same text again updates it.
    pub id: String,
    pub saved_on: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    /// The first posting's deadline, for sorting.
    pub deadline: Option<Date>,
    pub text: String,
    pub marks: Vec<UserMarks>,
}

/// What "Clear" removed, so "Undo" can bring it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Cleared {
    text: String,
    marks: Vec<UserMarks>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The text in the input box.
    pub text: String,
    /// The text the current analysis was made from (lags `text` while typing).
    pub analyzed: String,
    pub today: Date,
    /// The analysis of `analyzed`, as the analysis made it.
    analysis: Rc<Vec<PostingAnalysis>>,
    /// The analysis with the user's corrections applied: what the page shows and exports.
    pub postings: Rc<Vec<PostingAnalysis>>,
    /// The user's marks, one per posting, by position.
    pub marks: Vec<UserMarks>,
    pub active: usize,
    pub hidden: BTreeSet<Category>,
    pub cleared: Option<Cleared>,
    pub notice: Option<Notice>,
    /// The finding to flash in the text, and a counter so the same one can flash again.
    pub flash: Option<(FindingId, u32)>,
    /// What the user said about themselves; verdicts appear only when it is set.
    pub profile: Option<Rc<Profile>>,
    /// Postings the user kept, in the order saved (the list sorts them by deadline).
    pub saved: Rc<Vec<SavedAnalysis>>,
    /// Counts the analyses asked for: each new value sends `asked` to the analysis worker,
    /// whose answer names the run instead of sending the text back.
    pub run: u32,
    /// The text of the newest analysis asked for.
    pub asked: Rc<str>,
    /// Counts the moments the text settled (a typing pause, a file, an example, Clear, Undo,
    /// an import, another tab's work): the work is saved then, not on every keystroke.
    pub settled: u32,
    /// How long the worker took to analyse the text shown (shown to the page's figures as
    /// `data-analysis-ms`).
    pub analysis_ms: Option<f64>,
    /// The worker did not answer, so the page analyses by itself (on its main thread).
    in_page: bool,
    /// An import waiting for the analysis of its text, which names it in the notice: the
    /// file's own title and organisation are whatever its author wrote there.
    pending_import: Option<PendingImport>,
    next_custom: u32,
    /// The interface's language: notices, labels and summaries are written in it.
    pub cat: Rc<Catalogue>,
}

pub enum Action {
    /// The user typed or pasted; analysis follows after a pause.
    Edit(String),
    /// Replace the text and analyse at once (file, example, restore).
    Load(String),
    Analyze,
    /// The worker's analysis of the text asked for in `run`; dropped when another was asked
    /// for since, or the text has changed.
    Analysed {
        run: u32,
        postings: Vec<PostingAnalysis>,
        millis: f64,
    },
    Toggle {
        posting: usize,
        id: String,
    },
    Dismiss {
        posting: usize,
        id: String,
        dismissed: bool,
    },
    AddItem {
        posting: usize,
        label: String,
    },
    /// The user set a finding right, or added one the analysis missed.
    Correct {
        posting: usize,
        correction: Correction,
    },
    /// Takes back the correction of the finding `finding` (as the correction names it).
    Revert {
        posting: usize,
        finding: String,
    },
    Select(usize),
    ToggleCategory(Category),
    Clear,
    Undo,
    Import(Export),
    /// Another tab saved newer work: show it, keeping this tab's for Undo.
    Adopt {
        text: String,
        marks: Vec<UserMarks>,
    },
    /// Sets or (with `None`) removes the profile.
    SetProfile(Option<Profile>),
    /// Another tab saved another profile: show it, saying so.
    ProfileFromOtherTab(Profile),
    /// The saved list with another tab's changes combined with this tab's.
    SavedFromOtherTab(Vec<SavedAnalysis>),
    /// Keeps the current text and marks in the saved list (updating an earlier save of it).
    SaveCurrent,
    OpenSaved(String),
    DeleteSaved(String),
    DeleteAllSaved,
    Notify(Notice),
    /// The analysis worker did not answer in time: analyse in the page from now on.
    WorkerSilent,
    CloseNotice,
    Flash(FindingId),
    /// The interface now speaks the language of this catalogue.
    SetLanguage(Rc<Catalogue>),
}

impl AppState {
    pub fn new(
        today: Date,
        text: String,
        marks: Vec<UserMarks>,
        profile: Option<Profile>,
        saved: Vec<SavedAnalysis>,
        notice: Option<Notice>,
    ) -> AppState {
        let next_custom = marks.iter().map(|m| m.custom.len() as u32).sum::<u32>() + 1;
        let mut state = AppState {
            analyzed: String::new(),
            text,
            today,
            analysis: Rc::new(Vec::new()),
            postings: Rc::new(Vec::new()),
            marks,
            active: 0,
            hidden: BTreeSet::new(),
            cleared: None,
            notice,
            flash: None,
            profile: profile.filter(|p| !p.is_empty()).map(Rc::new),
            saved: Rc::new(saved),
            run: 0,
            asked: Rc::from(""),
            settled: 0,
            analysis_ms: None,
            in_page: false,
            pending_import: None,
            next_custom,
            cat: Rc::new(Catalogue::english().clone()),
        };
        state.reanalyze();
        state
    }

    /// One posting's checklist as the user sees it: their marks applied, and the profile's
    /// verdicts when a profile is set.
    pub fn checklist(&self, posting: usize) -> Vec<ChecklistItem> {
        let Some(p) = self.postings.get(posting) else {
            return Vec::new();
        };
        let marked = self
            .marks
            .get(posting)
            .cloned()
            .unwrap_or_default()
            .apply(&p.checklist);
        match &self.profile {
            Some(profile) => judge(p, &marked, profile, &self.cat),
            None => marked,
        }
    }

    /// Asks for the analysis of the current text (the worker answers with
    /// [`Action::Analysed`]), or makes it here if the worker is silent; an empty text needs none.
    fn reanalyze(&mut self) {
        self.settled += 1;
        if self.text.trim().is_empty() {
            self.show_analysis(self.text.clone(), Vec::new(), None);
        } else if self.analyzed != self.text || self.postings.is_empty() {
            if self.in_page {
                let postings = analyze(&self.text, self.today);
                self.show_analysis(self.text.clone(), postings, None);
            } else {
                self.run += 1;
                self.asked = Rc::from(self.text.as_str());
            }
        }
    }

    /// Shows the analysis of `text` (and how long the worker took, if it made it) if it is
    /// still the text on screen.
    fn show_analysis(&mut self, text: String, postings: Vec<PostingAnalysis>, millis: Option<f64>) {
        if text != self.text {
            return;
        }
        self.analysis_ms = millis;
        self.analysis = Rc::new(postings);
        self.analyzed = text;
        self.marks.resize_with(
            self.analysis.len().max(self.marks.len()),
            UserMarks::default,
        );
        self.active = self.active.min(self.analysis.len().saturating_sub(1));
        self.correct();
        self.announce_import();
    }

    /// Shows the analysis with the user's corrections. Corrections whose words the text no
    /// longer has are dropped, and a notice names them.
    fn correct(&mut self) {
        // Until the new text's analysis arrives, its corrections wait for it.
        let waiting = self.analyzed != self.text;
        let english = self.cat.lang() == Lang::En;
        if english && (waiting || self.marks.iter().all(|m| m.corrections.is_empty())) {
            self.postings = self.analysis.clone();
            return;
        }
        let mut postings = self.analysis.as_ref().clone();
        let stale = if waiting {
            postings.iter_mut().for_each(|p| localise(p, &self.cat));
            Vec::new()
        } else {
            let corrections = self.marks.iter().map(|m| m.corrections.as_slice());
            apply_all(
                &mut postings,
                corrections,
                &self.analyzed,
                self.today,
                &self.cat,
            )
        };
        self.postings = Rc::new(postings);
        if stale.is_empty() {
            return;
        }
        for (posting, gone) in &stale {
            self.marks[*posting].corrections.retain(|c| c != gone);
        }
        let named: Vec<String> = stale.iter().map(|(_, c)| c.describe(&self.cat)).collect();
        let named = named.join("; ");
        let args = [("n", stale.len().into()), ("corrections", (&named).into())];
        self.info(self.cat.f(Msg::NoticeStaleCorrections, &args));
    }

    /// Keeps `correction` for `posting`, in place of an earlier one of the same finding (the
    /// finding as shown: a condition already changed to another kind is corrected again, not
    /// twice). Removing a finding the user added takes the addition back.
    fn keep_correction(&mut self, posting: usize, mut correction: Correction) {
        let applied = self.postings.get(posting).map(|p| p.corrections.clone());
        let kept = &mut self.marks_mut(posting).corrections;
        if let Some(i) = kept.iter().position(|c| c.shown_as() == correction.finding) {
            let earlier = kept.remove(i);
            let added = applied
                .iter()
                .flatten()
                .any(|c| c.finding == earlier.finding && c.original.is_none());
            if added && correction.value == Value::Removed {
                return self.correct();
            }
            correction.finding = earlier.finding;
            if correction.evidence.text.is_empty() {
                correction.evidence = earlier.evidence;
            }
        }
        kept.retain(|c| c.finding != correction.finding);
        kept.push(correction);
        self.correct();
    }

    /// The export of the current state: the user's marks, the verdicts when a profile is set
    /// (never the profile itself), and the text.
    pub fn export(&self) -> Export {
        let postings = (0..self.postings.len())
            .map(|i| PostingAnalysis {
                checklist: self.checklist(i),
                ..self.postings[i].clone()
            })
            .collect();
        let mut export = Export::of(&self.analyzed, self.today, None, postings);
        export.text = Some(self.analyzed.clone());
        export.labels_language = self.cat.lang().code().to_string();
        export
    }

    /// The current work as an entry of the saved list; `None` when there is no text.
    fn to_save(&self) -> Option<SavedAnalysis> {
        if self.analyzed.trim().is_empty() {
            return None;
        }
        let first = self.postings.first();
        Some(SavedAnalysis {
            id: stable_hash(&self.analyzed),
            saved_on: self.today.to_string(),
            title: first.and_then(|p| p.title.clone()),
            organisation: first.and_then(|p| p.organisation.clone()),
            deadline: first.and_then(|p| p.deadline.as_ref().map(|d| d.date)),
            text: self.analyzed.clone(),
            marks: self.marks.clone(),
        })
    }

    /// The notice of an import waiting for the analysis that names it, once it is shown.
    fn announce_import(&mut self) {
        if let Some(import) = self.pending_import.take() {
            let now = self.postings.first().map(|p| self.describe(p));
            self.info(import.notice(now, &self.cat));
        }
    }

    /// Puts other work in place of the current one, which Undo brings back.
    fn replace_keeping_undo(&mut self, text: String, marks: Vec<UserMarks>) {
        self.cleared = Some(Cleared {
            text: std::mem::replace(&mut self.text, text),
            marks: std::mem::take(&mut self.marks),
        });
        self.reanalyze();
        self.marks = marks;
        self.correct();
    }

    /// Shows an information notice.
    fn info(&mut self, text: String) {
        self.notice = Some(Notice::info(text));
    }

    /// "“Policy Officer” (Example Org)": how a notice names a posting.
    fn describe(&self, p: &PostingAnalysis) -> String {
        named(p.title.as_deref(), p.organisation.as_deref(), &self.cat)
    }

    fn marks_mut(&mut self, posting: usize) -> &mut UserMarks {
        if self.marks.len() <= posting {
            self.marks.resize_with(posting + 1, UserMarks::default);
        }
        &mut self.marks[posting]
    }
}

impl PendingImport {
    /// The notice once the imported text is analysed; `now` names its first posting.
    fn notice(self, now: Option<String>, cat: &Catalogue) -> String {
        match (self.before, now) {
            _ if self.same_text => cat.t(Msg::NoticeImportedSame),
            (Some(before), Some(now)) => cat.f(
                Msg::NoticeImportedInstead,
                &[("now", (&now).into()), ("before", (&before).into())],
            ),
            (None, Some(now)) => cat.f(Msg::NoticeImported, &[("now", (&now).into())]),
            (_, None) => cat.t(Msg::NoticeImportedEmpty),
        }
    }
}

/// The analyses of saved postings, each with the user's corrections: what the saved list's CSV
/// is made of.
pub fn analyse_saved(saved: &[(String, Vec<UserMarks>)], today: Date) -> Vec<PostingAnalysis> {
    saved
        .iter()
        .flat_map(|(text, marks)| {
            let mut postings = analyze(text, today);
            let corrections = marks.iter().map(|m| m.corrections.as_slice());
            apply_all(
                &mut postings,
                corrections,
                text,
                today,
                Catalogue::english(),
            );
            postings
        })
        .collect()
}

fn named(title: Option<&str>, organisation: Option<&str>, cat: &Catalogue) -> String {
    match (title, organisation) {
        (Some(title), Some(org)) => cat.f(
            Msg::PostingNamedAt,
            &[("title", title.into()), ("organisation", org.into())],
        ),
        (Some(title), None) => cat.f(Msg::PostingNamed, &[("title", title.into())]),
        (None, Some(org)) => cat.f(Msg::PostingUntitledAt, &[("organisation", org.into())]),
        (None, None) => cat.t(Msg::PostingUntitled),
    }
}

impl AppState {
    /// Applies one action of the user (or of the worker, another tab, a timer).
    pub fn apply(&mut self, action: Action) {
        let s = self;
        match action {
            Action::Edit(text) => s.text = text,
            Action::Load(text) => {
                s.text = text;
                s.marks.clear();
                s.active = 0;
                s.reanalyze();
            }
            Action::Analyze => s.reanalyze(),
            Action::Analysed {
                run,
                postings,
                millis,
            } => {
                if run == s.run {
                    s.show_analysis(s.asked.to_string(), postings, Some(millis));
                }
            }
            Action::Toggle { posting, id } => {
                let checked = &mut s.marks_mut(posting).checked;
                if !checked.remove(&id) {
                    checked.insert(id);
                }
            }
            Action::Dismiss {
                posting,
                id,
                dismissed,
            } => {
                let set = &mut s.marks_mut(posting).dismissed;
                if dismissed {
                    set.insert(id);
                } else {
                    set.remove(&id);
                }
            }
            Action::AddItem { posting, label } => {
                let label = label.trim().to_string();
                if !label.is_empty() {
                    let id = format!("custom-{}", s.next_custom);
                    s.next_custom += 1;
                    s.marks_mut(posting).custom.push(CustomItem { id, label });
                }
            }
            Action::Correct {
                posting,
                correction,
            } => s.keep_correction(posting, correction),
            Action::Revert { posting, finding } => {
                s.marks_mut(posting)
                    .corrections
                    .retain(|c| c.finding != finding);
                s.correct();
            }
            Action::Select(i) => s.active = i.min(s.postings.len().saturating_sub(1)),
            Action::ToggleCategory(c) => {
                if !s.hidden.remove(&c) {
                    s.hidden.insert(c);
                }
            }
            Action::Clear => {
                s.replace_keeping_undo(String::new(), Vec::new());
                s.info(s.cat.t(Msg::NoticeCleared));
            }
            Action::Undo => {
                if let Some(c) = s.cleared.take() {
                    s.text = c.text;
                    s.reanalyze();
                    s.marks = c.marks;
                    s.correct();
                    s.notice = None;
                }
            }
            Action::Import(export) => {
                let before = s.postings.first().map(|p| s.describe(p));
                let text = export.text.clone().unwrap_or_default();
                let marks = export.postings.iter().map(UserMarks::of_posting).collect();
                let same_text = text == s.text;
                s.pending_import = Some(PendingImport { before, same_text });
                s.replace_keeping_undo(text, marks);
                s.next_custom += s.marks.iter().map(|m| m.custom.len() as u32).sum::<u32>();
                // The same text needs no new analysis: name it from the one shown.
                if s.analyzed == s.text {
                    s.announce_import();
                }
            }
            Action::Adopt { text, marks } => {
                if text != s.text || marks != s.marks {
                    s.replace_keeping_undo(text, marks);
                    s.info(s.cat.t(Msg::NoticeAdopted));
                }
            }
            Action::SetProfile(profile) => {
                s.profile = profile.filter(|p| !p.is_empty()).map(Rc::new);
            }
            Action::ProfileFromOtherTab(profile) => {
                let profile = (!profile.is_empty()).then(|| Rc::new(profile));
                if profile != s.profile {
                    s.profile = profile;
                    s.info(s.cat.t(Msg::NoticeProfileOtherTab));
                }
            }
            Action::SavedFromOtherTab(items) => s.saved = Rc::new(items),
            Action::SaveCurrent => {
                if let Some(item) = s.to_save() {
                    let posting = s
                        .postings
                        .first()
                        .map_or_else(|| s.cat.t(Msg::ThePosting), |p| s.describe(p));
                    let text = s.cat.f(Msg::NoticeSaved, &[("posting", (&posting).into())]);
                    let list = Rc::make_mut(&mut s.saved);
                    match list.iter_mut().find(|i| i.id == item.id) {
                        Some(existing) => *existing = item,
                        None => list.push(item),
                    }
                    s.notice = Some(Notice::info(text));
                }
            }
            Action::OpenSaved(id) => {
                if let Some(item) = s.saved.iter().find(|i| i.id == id).cloned() {
                    // Named as saved: the analysis of the opened text is still on its way.
                    let name = named(item.title.as_deref(), item.organisation.as_deref(), &s.cat);
                    s.replace_keeping_undo(item.text, item.marks);
                    s.info(s.cat.f(Msg::NoticeOpened, &[("posting", (&name).into())]));
                }
            }
            Action::DeleteSaved(id) => Rc::make_mut(&mut s.saved).retain(|i| i.id != id),
            Action::DeleteAllSaved => s.saved = Rc::new(Vec::new()),
            Action::Notify(n) => s.notice = Some(n),
            Action::WorkerSilent => {
                s.in_page = true;
                s.reanalyze();
                s.info(s.cat.t(Msg::NoticeInPage));
            }
            Action::CloseNotice => s.notice = None,
            Action::Flash(id) => {
                let count = s.flash.as_ref().map_or(1, |(_, n)| n + 1);
                s.flash = Some((id, count));
            }
            Action::SetLanguage(cat) => {
                s.cat = cat;
                s.correct();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::words;
    use crate::profile::{Cefr, LanguageSkill};
    use crate::vocabulary::Status;

    const TODAY: Date = Date::constant(2025, 11, 1);
    const POLICY: &str = "Policy Officer\nApply by 30 November 2025 to jobs@example.org.\nFluent French is required.";
    const FINANCE: &str =
        "Finance Assistant\nApply by 9 December 2025 to hr@example.org.\nDutch is an asset.";

    fn fresh(text: &str) -> AppState {
        AppState::new(TODAY, text.into(), Vec::new(), None, Vec::new(), None)
    }

    /// Answers the newest analysis asked for, as the worker does.
    fn answer(s: &mut AppState) {
        let postings = analyze(&s.asked, s.today);
        s.apply(Action::Analysed {
            run: s.run,
            postings,
            millis: 1.0,
        });
    }

    /// A state showing the analysis of `text`.
    fn showing(text: &str) -> AppState {
        let mut s = fresh(text);
        answer(&mut s);
        s
    }

    /// The ids of the items of the first posting that are ticked.
    fn ticked(s: &AppState) -> Vec<String> {
        let items = s.checklist(0);
        items
            .into_iter()
            .filter(|i| i.checked)
            .map(|i| i.id)
            .collect()
    }

    fn notice(s: &AppState) -> String {
        s.notice.as_ref().map_or(String::new(), |n| n.words(&s.cat))
    }

    #[test]
    fn a_storage_problem_found_on_start_up_is_told_in_the_language_chosen_after() {
        use crate::storage_notice::{Record, Unreadable};
        let problem = StorageProblem::SetAside {
            record: Record::Profile,
            why: Unreadable::Newer(2),
            copy: "vacancy-lens/profile.unreadable.2026-12-05".into(),
        };
        let at_start = Some(Notice::storage(problem));
        let mut s = AppState::new(TODAY, String::new(), Vec::new(), None, Vec::new(), at_start);
        assert!(
            notice(&s).starts_with("Your saved profile could not be read"),
            "{}",
            notice(&s)
        );
        s.apply(Action::SetLanguage(Rc::new(Catalogue::builtin(Lang::De))));
        assert!(
            notice(&s).starts_with("Ihr gespeichertes Profil konnte nicht gelesen werden"),
            "{}",
            notice(&s)
        );
    }

    #[test]
    fn the_worker_answers_only_for_the_text_on_screen() {
        let mut s = fresh(POLICY);
        assert_eq!(
            (s.run, &*s.asked),
            (1, POLICY),
            "the first text is asked for at once"
        );
        let first_run = s.run;
        s.apply(Action::Edit(FINANCE.into()));
        s.apply(Action::Analyze);
        assert_eq!(s.run, 2);
        let stale = analyze(POLICY, TODAY);
        s.apply(Action::Analysed {
            run: first_run,
            postings: stale,
            millis: 1.0,
        });
        assert_eq!(s.analyzed, "", "an answer to an older run is dropped");
        s.apply(Action::Edit(format!("{FINANCE} ")));
        answer(&mut s);
        assert_eq!(
            s.analyzed, "",
            "an answer for a text edited since is dropped"
        );
        s.apply(Action::Analyze);
        answer(&mut s);
        assert_eq!(s.analyzed, format!("{FINANCE} "));
        assert_eq!(s.postings[0].title.as_deref(), Some("Finance Assistant"));
    }

    #[test]
    fn a_silent_worker_makes_the_page_analyse_by_itself() {
        let mut s = fresh(POLICY);
        s.apply(Action::WorkerSilent);
        assert_eq!(s.analyzed, POLICY);
        assert!(notice(&s).contains("this page analyses the text itself"));
        s.apply(Action::Load(FINANCE.into()));
        assert_eq!(s.analyzed, FINANCE, "and goes on without the worker");
    }

    #[test]
    fn ticks_dismissals_and_own_items() {
        let mut s = showing(POLICY);
        let tick = |id: &str| Action::Toggle {
            posting: 0,
            id: id.into(),
        };
        s.apply(tick("deadline-deadline"));
        s.apply(tick("language-fr"));
        assert_eq!(ticked(&s), ["deadline-deadline", "language-fr"]);
        s.apply(tick("language-fr"));
        assert_eq!(ticked(&s), ["deadline-deadline"]);
        s.apply(Action::Dismiss {
            posting: 0,
            id: "language-fr".into(),
            dismissed: true,
        });
        let french = s.checklist(0).into_iter().find(|i| i.id == "language-fr");
        assert!(french.is_some_and(|i| i.dismissed));
        for label in ["   ", "Ask about parking"] {
            s.apply(Action::AddItem {
                posting: 0,
                label: label.into(),
            });
        }
        let own: Vec<String> = s
            .checklist(0)
            .into_iter()
            .filter(|i| i.custom)
            .map(|i| i.label)
            .collect();
        assert_eq!(own, ["Ask about parking"], "a blank item is not added");
    }

    #[test]
    fn clear_then_undo_brings_back_the_text_and_the_marks() {
        let mut s = showing(POLICY);
        s.apply(Action::Toggle {
            posting: 0,
            id: "deadline-deadline".into(),
        });
        s.apply(Action::Clear);
        assert_eq!((s.text.as_str(), s.postings.len()), ("", 0));
        assert!(notice(&s).starts_with("Cleared."));
        s.apply(Action::Undo);
        answer(&mut s);
        assert_eq!(s.text, POLICY);
        assert_eq!(ticked(&s), ["deadline-deadline"]);
        assert_eq!(s.notice, None);
    }

    #[test]
    fn an_import_replaces_the_work_names_it_and_can_be_undone() {
        let mut theirs = showing(FINANCE);
        theirs.apply(Action::Toggle {
            posting: 0,
            id: "deadline-deadline".into(),
        });
        let export = theirs.export();
        let mut s = showing(POLICY);
        s.apply(Action::Import(export));
        assert_eq!(notice(&s), "", "named once its analysis is shown");
        answer(&mut s);
        assert_eq!(
            notice(&s),
            "Imported “Finance Assistant”, in place of “Policy Officer”. Undo brings yours back."
        );
        assert_eq!(ticked(&s), ["deadline-deadline"]);
        s.apply(Action::Undo);
        answer(&mut s);
        assert_eq!((s.text.as_str(), ticked(&s).len()), (POLICY, 0));
    }

    #[test]
    fn another_tabs_newer_work_is_shown_with_undo() {
        let mut s = showing(POLICY);
        let marks = vec![UserMarks::default()];
        s.apply(Action::Adopt {
            text: POLICY.into(),
            marks: s.marks.clone(),
        });
        assert_eq!(s.notice, None, "the same work changes nothing");
        s.apply(Action::Adopt {
            text: FINANCE.into(),
            marks,
        });
        answer(&mut s);
        assert_eq!(s.analyzed, FINANCE);
        assert!(notice(&s).starts_with("Another tab saved newer work"));
        s.apply(Action::Undo);
        assert_eq!(s.text, POLICY);
    }

    #[test]
    fn the_saved_list_keeps_opens_and_deletes() {
        let mut s = showing(POLICY);
        s.apply(Action::SaveCurrent);
        s.apply(Action::SaveCurrent);
        assert_eq!(s.saved.len(), 1, "saving the same text again updates it");
        assert_eq!(
            notice(&s),
            "Saved “Policy Officer” to your list in this browser."
        );
        let id = s.saved[0].id.clone();
        assert_eq!(s.saved[0].deadline, Some(Date::constant(2025, 11, 30)));
        s.apply(Action::Load(FINANCE.into()));
        answer(&mut s);
        s.apply(Action::OpenSaved(id.clone()));
        assert_eq!(s.text, POLICY);
        assert_eq!(
            notice(&s),
            "Opened “Policy Officer”. Undo brings back what you had."
        );
        s.apply(Action::DeleteSaved(id));
        assert!(s.saved.is_empty());
    }

    #[test]
    fn a_profile_adds_verdicts_and_its_removal_takes_them_away() {
        let mut s = showing(POLICY);
        let french = Profile {
            languages: vec![LanguageSkill {
                language: "fr".into(),
                level: Cefr::C2,
                understanding: None,
                speaking: None,
                writing: None,
            }],
            ..Profile::default()
        };
        s.apply(Action::SetProfile(Some(french)));
        let verdict = |s: &AppState| {
            let items = s.checklist(0);
            let item = items.into_iter().find(|i| i.id == "language-fr");
            item.and_then(|i| i.verdict).map(|v| v.status)
        };
        assert_eq!(verdict(&s), Some(Status::Met));
        s.apply(Action::SetProfile(Some(Profile::default())));
        assert_eq!(verdict(&s), None, "an empty profile is no profile");
    }

    #[test]
    fn tabs_categories_and_flashes() {
        let mut s = showing(POLICY);
        s.apply(Action::Select(5));
        assert_eq!(s.active, 0, "no posting past the last");
        s.apply(Action::ToggleCategory(Category::Language));
        assert!(s.hidden.contains(&Category::Language));
        s.apply(Action::ToggleCategory(Category::Language));
        assert!(s.hidden.is_empty());
        let id = FindingId::of_item("language-fr");
        s.apply(Action::Flash(id.clone()));
        s.apply(Action::Flash(id.clone()));
        assert_eq!(s.flash, Some((id, 2)), "the same finding flashes again");
    }

    fn french_asset(text: &str) -> Action {
        Action::Correct {
            posting: 0,
            correction: Correction::new(
                "language-fr",
                words(text, "French"),
                Value::Language {
                    language: "fr".into(),
                    requirement: crate::vocabulary::Requirement::Asset,
                    level: None,
                },
            ),
        }
    }

    fn item(s: &AppState, id: &str) -> Option<ChecklistItem> {
        s.checklist(0).into_iter().find(|i| i.id == id)
    }

    #[test]
    fn corrections_drive_the_checklist_export_and_saved_list_and_revert() {
        use crate::analysis::checklist::ItemRequirement;
        let mut s = showing(POLICY);
        s.apply(Action::Toggle {
            posting: 0,
            id: "language-fr".into(),
        });
        s.apply(french_asset(POLICY));
        let french = item(&s, "language-fr").unwrap();
        assert_eq!(french.requirement, ItemRequirement::Asset);
        assert!(french.checked, "a tick stays on the corrected item");
        let deadline = Correction::new(
            "deadline",
            words(POLICY, "30 November 2025"),
            Value::Deadline {
                date: Date::constant(2025, 11, 20),
                time: None,
                timezone: None,
            },
        );
        s.apply(Action::Correct {
            posting: 0,
            correction: deadline,
        });
        assert_eq!(s.postings[0].deadline.as_ref().unwrap().days_left, 19);
        let export = s.export();
        let corrections = &export.postings[0].corrections;
        assert_eq!(corrections.len(), 2);
        assert_eq!(
            corrections[1]
                .original
                .as_ref()
                .map(Value::to_string)
                .as_deref(),
            Some("30 November 2025")
        );
        s.apply(Action::SaveCurrent);
        assert_eq!(s.saved[0].deadline, Some(Date::constant(2025, 11, 20)));
        assert_eq!(s.saved[0].marks[0].corrections.len(), 2);
        s.apply(Action::Revert {
            posting: 0,
            finding: "language-fr".into(),
        });
        assert_eq!(
            item(&s, "language-fr").unwrap().requirement,
            ItemRequirement::Required
        );
        assert_eq!(s.marks[0].corrections.len(), 1);
    }

    #[test]
    fn a_correction_corrected_again_is_one_and_an_addition_removed_is_none() {
        use crate::analysis::eligibility::EligibilityKind;
        use crate::vocabulary::Requirement;
        let text = format!(
            "{POLICY}
Candidates must live in Belgium."
        );
        let mut s = showing(&text);
        let living = words(&text, "Candidates must live in Belgium.");
        let kind = |kind| Action::Correct {
            posting: 0,
            correction: Correction::new(
                format!("eligibility-{}", EligibilityKind::key(kind)),
                living.clone(),
                Value::Eligibility {
                    kind,
                    requirement: Requirement::Required,
                },
            ),
        };
        let had = s.postings[0].eligibility.len();
        s.apply(kind(EligibilityKind::Medical));
        assert!(item(&s, "eligibility-medical").is_some());
        s.apply(Action::Correct {
            posting: 0,
            correction: Correction::new("eligibility-medical", living.clone(), Value::Removed),
        });
        assert!(s.marks[0].corrections.is_empty());
        assert_eq!(s.postings[0].eligibility.len(), had);
        // A found language corrected twice keeps one correction, of the finding found.
        s.apply(french_asset(&text));
        s.apply(Action::Correct {
            posting: 0,
            correction: Correction::new("language-fr", words(&text, "French"), Value::Removed),
        });
        assert_eq!(s.marks[0].corrections.len(), 1);
        assert!(item(&s, "language-fr").is_none());
    }

    #[test]
    fn corrections_survive_reanalysis_and_go_with_a_notice_when_their_words_do() {
        let mut s = showing(POLICY);
        s.apply(french_asset(POLICY));
        s.apply(Action::Edit(format!("Brussels, 1 November 2025\n{POLICY}")));
        s.apply(Action::Analyze);
        answer(&mut s);
        assert_eq!(s.marks[0].corrections.len(), 1);
        let moved = words(&s.text, "French");
        assert_eq!(s.postings[0].corrections[0].evidence, moved);
        assert!(s.notice.is_none());
        s.apply(Action::Edit(
            POLICY.replace("Fluent French", "Fluent German"),
        ));
        s.apply(Action::Analyze);
        answer(&mut s);
        assert!(s.marks[0].corrections.is_empty());
        let notice = notice(&s);
        assert!(
            notice.contains("this correction no longer applies: language-fr: French: asset"),
            "{notice}"
        );
    }

    #[test]
    fn corrections_travel_in_the_export_and_come_back_on_import() {
        let mut s = showing(POLICY);
        s.apply(french_asset(POLICY));
        let json = serde_json::to_string(&s.export()).unwrap();
        let export = Export::from_json(&json).expect("imports");
        let mut fresh = showing(FINANCE);
        fresh.apply(Action::Import(export));
        answer(&mut fresh);
        assert_eq!(fresh.marks[0].corrections, s.marks[0].corrections);
        assert_eq!(fresh.export().postings, s.export().postings);
    }
}
