//! Section headings ("Essential:", "Atouts", "Wat vragen we", "Ihr Profil", …) and what they make
//! of the lines under them: a language under "Desirable" is an asset, one under "Requirements"
//! is required.

use super::extractor::Reads;
use super::lexicon::Words;
use super::postings::Posting;
use super::text::Doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Required,
    Asset,
    Languages,
    Offer,
    Application,
    Tasks,
    About,
    /// A heading we do not know, or the text before any heading.
    Other,
}

/// The tags this module reads.
pub const READS: Reads = Reads {
    words: Words::Sections,
    tags: &[
        "about",
        "application",
        "asset",
        "languages",
        "offer",
        "required",
        "tasks",
    ],
};

impl SectionKind {
    const NAMED: [SectionKind; 7] = [
        SectionKind::Required,
        SectionKind::Asset,
        SectionKind::Languages,
        SectionKind::Offer,
        SectionKind::Application,
        SectionKind::Tasks,
        SectionKind::About,
    ];

    /// Its tag in `sections.lex`; `other` names no tag.
    pub fn tag(self) -> &'static str {
        match self {
            SectionKind::Required => "required",
            SectionKind::Asset => "asset",
            SectionKind::Languages => "languages",
            SectionKind::Offer => "offer",
            SectionKind::Application => "application",
            SectionKind::Tasks => "tasks",
            SectionKind::About => "about",
            SectionKind::Other => "other",
        }
    }
}

fn kind_of_tag(tag: &str) -> SectionKind {
    SectionKind::NAMED
        .into_iter()
        .find(|k| k.tag() == tag)
        .unwrap_or(SectionKind::Other)
}

/// A heading line: its kind and byte range in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    pub kind: SectionKind,
    pub start: usize,
    pub end: usize,
}

/// The headings of one posting, in order.
pub struct Sections {
    headings: Vec<Heading>,
}

impl Sections {
    pub fn of(doc: &Doc, posting: &Posting) -> Sections {
        let headings = posting
            .lines(doc)
            .filter_map(|(start, end)| {
                let kind = heading_kind(doc, start, end)?;
                let line = &doc.folded[start..end];
                let start = start + line.len() - line.trim_start().len();
                let end = start + line.trim().len();
                Some(Heading { kind, start, end })
            })
            .collect();
        Sections { headings }
    }

    /// The heading of the section that holds a byte offset, if it is under one.
    pub fn heading_at(&self, at: usize) -> Option<Heading> {
        let i = self.headings.partition_point(|h| h.start <= at);
        i.checked_sub(1).map(|i| self.headings[i])
    }

    /// The kind of the section that holds a byte offset.
    pub fn kind_at(&self, at: usize) -> SectionKind {
        self.heading_at(at).map_or(SectionKind::Other, |h| h.kind)
    }
}

/// Classifies the line `start..end` of a document (byte offsets of its folded text) as a
/// heading, or returns `None` for a body line. The typed line is read only when needed: most
/// lines of a long paste are settled first.
pub fn heading_kind(doc: &Doc, start: usize, end: usize) -> Option<SectionKind> {
    let line = &doc.folded[start..end];
    let trimmed = line.trim();
    let trimmed_at = start + line.len() - line.trim_start().len();
    let content = trimmed.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | '*' | '-' | '#' | ' ')
    });
    let content_at = trimmed_at + trimmed.len() - content.len();
    let before_colon = content.split(':').next().unwrap_or("");
    let label_at = content_at + before_colon.len() - before_colon.trim_start().len();
    let label = before_colon.trim().trim_end_matches('?').trim_end();
    let has_colon = content.contains(':');
    // More than 200 bytes is more than 50 chars: long lines skip the count.
    if label.is_empty() || label.len() > 200 || label.chars().count() > 50 {
        return None;
    }
    // A known heading, alone on its line or as a "Heading: content" label.
    let bare = content.trim_end_matches([':', '?']).trim();
    let alone = bare.len() == label.len();
    let label_end = label_at + label.len();
    let first = doc
        .words(Words::Sections)
        .find_in(label_at, label_end)
        .into_iter()
        .next();
    if let Some(hit) = first.filter(|h| h.start == label_at && h.end == label_end) {
        if has_colon || alone {
            return Some(kind_of_tag(hit.tag));
        }
    }
    let ends_with_colon = content.ends_with(':') && alone;
    (ends_with_colon || (alone && is_shouting(doc.original_of(start, end))))
        .then_some(SectionKind::Other)
}

/// An all-capitals line such as "OUR OFFER", which pages use as a heading.
fn is_shouting(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 3 && letters.clone().all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_four_languages() {
        let cases = [
            ("Essential:", Some(SectionKind::Required)),
            ("desirable:", Some(SectionKind::Asset)),
            ("general requirements", Some(SectionKind::Required)),
            ("languages: fluent in english", Some(SectionKind::Languages)),
            ("atouts", Some(SectionKind::Asset)),
            ("votre profil :", Some(SectionKind::Required)),
            ("wat vragen we?", Some(SectionKind::Required)),
            ("ABOUT THE ROLE", Some(SectionKind::About)),
            ("WHY WORK FOR CEMR?", Some(SectionKind::Other)),
            ("pluspunten:", Some(SectionKind::Asset)),
            ("ihr profil", Some(SectionKind::Required)),
            ("wünschenswert:", Some(SectionKind::Asset)),
            ("Sont un plus :", Some(SectionKind::Asset)),
            ("Was wir erwarten", Some(SectionKind::Required)),
            ("Who we're looking for", Some(SectionKind::Required)),
            ("Ce que nous recherchons", Some(SectionKind::Required)),
            ("Wat wij vragen", Some(SectionKind::Required)),
            ("Est un plus :", Some(SectionKind::Asset)),
            ("Zijn een pluspunt:", Some(SectionKind::Asset)),
            ("Von Vorteil sind:", Some(SectionKind::Asset)),
            ("Sind von Vorteil:", Some(SectionKind::Asset)),
            ("Would be a plus:", Some(SectionKind::Asset)),
            ("It is a plus to travel.", None),
            ("educational background:", Some(SectionKind::Other)),
            (
                "we are looking for a colleague who is fluent in english.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(heading_kind(&Doc::new(line), 0, line.len()), want, "{line}");
        }
    }
}
