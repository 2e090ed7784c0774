//! Small function components; each takes plain props and reports through callbacks.

pub mod checklist;
pub mod correct;
pub mod input;
pub mod profile;
pub mod saved;
pub mod summary;
pub mod tabs;
pub mod text_view;
pub mod toolbar;

use std::ops::Deref;
use std::rc::Rc;

use crate::analysis::PostingAnalysis;
use crate::i18n::{Catalogue, Msg};
use crate::view::Category;
use crate::vocabulary::Status;

/// A highlight category's name in the legend.
pub fn category_name(c: Category, cat: &Catalogue) -> String {
    cat.t(match c {
        Category::Deadline => Msg::CategoryDeadline,
        Category::Eligibility => Msg::CategoryEligibility,
        Category::Language => Msg::CategoryLanguage,
        Category::Date => Msg::CategoryDate,
        Category::Condition => Msg::CategoryCondition,
        Category::Application => Msg::CategoryApplication,
        Category::Requirement => Msg::CategoryRequirement,
    })
}

/// A verdict's status in words.
pub fn status_name(status: Status, cat: &Catalogue) -> String {
    cat.t(match status {
        Status::Met => Msg::VerdictMet,
        Status::NotMet => Msg::VerdictNotMet,
        Status::Unknown => Msg::VerdictUnknown,
    })
}

/// One posting of the current analysis, shared rather than copied. Props compare it by
/// address, so a render with the same analysis skips the components that show it: a posting
/// may hold 100 000 findings, which a copy and a deep comparison on every render would walk.
#[derive(Clone, Debug)]
pub struct PostingRef {
    postings: Rc<Vec<PostingAnalysis>>,
    index: usize,
}

impl PostingRef {
    pub fn new(postings: &Rc<Vec<PostingAnalysis>>, index: usize) -> Option<PostingRef> {
        (index < postings.len()).then(|| PostingRef {
            postings: postings.clone(),
            index,
        })
    }
}

impl Deref for PostingRef {
    type Target = PostingAnalysis;
    fn deref(&self) -> &PostingAnalysis {
        &self.postings[self.index]
    }
}

impl PartialEq for PostingRef {
    fn eq(&self, other: &PostingRef) -> bool {
        Rc::ptr_eq(&self.postings, &other.postings) && self.index == other.index
    }
}
