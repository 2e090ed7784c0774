//! How to apply: addresses, portals, documents asked for, subject line, and warnings.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::conditions::shorten;
use super::cues::is_about_applying;
use super::extractor::{Context, Extractor, Reads};
use super::lexicon::Words;
use super::pattern::{line_pattern, pattern, LinePattern, Regex};
use super::postings::Posting;
use super::text::Doc;
use super::Evidence;
use super::PostingAnalysis;
use crate::i18n::{Catalogue, Msg};
use crate::order::sort_by_key;

/// A document's name in the interface's language. The analysis names the documents it finds in
/// English, as application.lex tags them (`[doc.Cover letter]`), and the export keeps that name;
/// a document the user added keeps the words they typed.
pub fn document_name(name: &str, cat: &Catalogue) -> String {
    let msg = match name {
        "CV" => Msg::DocumentCv,
        "Cover letter" => Msg::DocumentCoverLetter,
        "References" => Msg::DocumentReferences,
        "Diplomas" => Msg::DocumentDiplomas,
        "Portfolio" => Msg::DocumentPortfolio,
        "Application form" => Msg::DocumentApplicationForm,
        _ => return name.to_string(),
    };
    cat.t(msg)
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Application {
    pub emails: Vec<String>,
    pub urls: Vec<String>,
    /// Documents asked for, in English: `CV`, `Cover letter`, `References`, …
    pub documents: Vec<String>,
    pub subject: Option<String>,
    /// Warnings and format rules, each one sentence of the posting.
    pub notes: Vec<String>,
    /// Each of the above with where it was found, for highlighting and the checklist.
    pub found: Vec<ApplicationFinding>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationPart {
    Email,
    Url,
    Document,
    Subject,
    Note,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ApplicationFinding {
    pub part: ApplicationPart,
    /// The value as listed above (`CV`, the address, the note).
    pub value: String,
    pub evidence: Evidence,
}

impl Application {
    /// Where a listed value was found.
    pub fn evidence_of(&self, part: ApplicationPart, value: &str) -> Option<&Evidence> {
        self.found
            .iter()
            .find(|f| f.part == part && f.value == value)
            .map(|f| &f.evidence)
    }

    fn record(&mut self, part: ApplicationPart, value: String, evidence: Evidence) {
        self.found.push(ApplicationFinding {
            part,
            value,
            evidence,
        });
    }
}

struct Patterns {
    email: LinePattern,
    url: LinePattern,
    quoted: Regex,
    put_in_subject: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let build = pattern;
        Patterns {
            email: line_pattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
            url: line_pattern(r#"(?:https?://|www\.)[^\s<>"'()\[\]]+"#),
            quoted: build(r#""([^"\n]{3,120})"|'([^'\n]{3,120})'"#),
            put_in_subject: build(r"(?:put|mention|indicate|write|use|include)\s+(.{3,120}?)\s+(?:in the subject|as (?:the )?subject)"),
        }
    })
}

/// Whether the address at byte `at` stands in the query of a `mailto:` link
/// (`mailto:jobs@org.eu?cc=someone@else.example`): only the address before the `?` is where
/// applications go; the query is the link author's to fill, with copies to anyone.
fn in_mailto_query(text: &str, at: usize) -> bool {
    let word = &text[text[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1)..at];
    word.rfind("mailto:")
        .is_some_and(|link| word[link..].contains('?'))
}

/// Most notes a posting gets; past that they stop being read.
const MAX_NOTES: usize = 6;

/// How to apply: addresses, links, documents to send, the subject line, warnings.
pub struct ApplicationExtractor;

impl Extractor for ApplicationExtractor {
    fn name(&self) -> &'static str {
        "application"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Application,
            tags: &["doc.", "subject", "warning"],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        analysis.application = extract(cx.doc, cx.posting);
    }
}

fn extract(doc: &Doc, posting: &Posting) -> Application {
    let text = &doc.folded;
    let mut app = Application::default();
    let (from, to) = (posting.start, posting.end);
    let p = patterns();
    for c in p.email.captures(text, from, to, |t| t.find('@')) {
        let m = c.get(0).expect("whole match");
        let (s, e) = (m.start(), m.end());
        let (s, e) = (
            s,
            e - text[s..e].len() + text[s..e].trim_end_matches('.').len(),
        );
        let email = doc.original_of(s, e).to_string();
        if !app.emails.contains(&email) && !in_mailto_query(text, s) {
            app.record(ApplicationPart::Email, email.clone(), doc.evidence(s, e));
            app.emails.push(email);
        }
    }
    let links = |t: &str| match (t.find("http"), t.find("www.")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    for c in p.url.captures(text, from, to, links) {
        let m = c.get(0).expect("whole match");
        let (s, e) = (m.start(), m.end());
        let e = s + text[s..e]
            .trim_end_matches(['.', ',', ';', ':', '!', '?'])
            .len();
        let url = doc.original_of(s, e).to_string();
        if !app.urls.contains(&url) && !url.contains('@') {
            app.record(ApplicationPart::Url, url.clone(), doc.evidence(s, e));
            app.urls.push(url);
        }
    }
    let hits = doc
        .words(Words::Application)
        .find_in(posting.start, posting.end);
    for hit in &hits {
        let (s, e) = doc.sentence_around(hit.start);
        if let Some(name) = hit.tag.strip_prefix("doc.") {
            let distinctive = matches!(name, "CV" | "Cover letter");
            if (distinctive || is_about_applying(doc, s, e))
                && !app.documents.iter().any(|d| d == name)
            {
                app.documents.push(name.to_string());
                app.record(
                    ApplicationPart::Document,
                    name.to_string(),
                    doc.evidence(hit.start, hit.end),
                );
            }
        }
    }
    if let Some((subject, evidence)) = hits
        .iter()
        .filter(|h| h.tag == "subject")
        .find_map(|h| subject_line(doc, h.start))
    {
        app.record(ApplicationPart::Subject, subject.clone(), evidence);
        app.subject = Some(subject);
    }
    let mut noted = Vec::new();
    for hit in hits.iter().filter(|h| h.tag == "warning") {
        let (s, e) = doc.sentence_around(hit.start);
        if noted.contains(&s) || app.notes.len() >= MAX_NOTES {
            continue;
        }
        noted.push(s);
        let sentence = doc
            .original_of(s, e)
            .trim()
            .trim_start_matches(['-', '*', '•', ' ']);
        let note = shorten(sentence, 200);
        let start = s + text[s..e].len() - text[s..e].trim_start().len();
        app.record(
            ApplicationPart::Note,
            note.clone(),
            doc.evidence(start, s + text[s..e].trim_end().len()),
        );
        app.notes.push(note);
    }
    sort_by_key(&mut app.found, |f| f.evidence.start);
    app
}

/// The subject line asked for in the sentence around `at`: a quoted text, or the words of
/// "put … in the subject".
fn subject_line(doc: &Doc, at: usize) -> Option<(String, Evidence)> {
    let text = &doc.folded;
    let (s, e) = doc.sentence_around(at);
    let p = patterns();
    let (from, to) = match p.quoted.captures(&text[s..e]) {
        Some(c) => {
            let m = c.get(1).or_else(|| c.get(2))?;
            (s + m.start(), s + m.end())
        }
        None => {
            let m = p.put_in_subject.captures(&text[s..e])?.get(1)?;
            (s + m.start(), s + m.end())
        }
    };
    Some((
        doc.original_of(from, to).trim().to_string(),
        doc.evidence(from, to),
    ))
}

#[cfg(test)]
mod tests {
    use super::document_name;
    use crate::analysis::lexicon::Words;
    use crate::analysis::test_support::one;
    use crate::i18n::Catalogue;

    #[test]
    fn only_the_address_of_a_mailto_link_is_where_to_apply() {
        let p = one(include_str!(
            "../../tests/fixtures/attacks/mailto-query.txt"
        ));
        assert_eq!(p.application.emails, ["jobs@example.org"]);
        let rows = [
            (
                "Envoyez votre CV à mailto:rh@ville.be?cc=x@y.example",
                &["rh@ville.be"][..],
            ),
            (
                "Stuur je cv naar mailto:hr@stad.nl?subject=cv&cc=a@b.example",
                &["hr@stad.nl"][..],
            ),
            (
                "Bewerbung an mailto:personal@amt.de?bcc=z@q.example bitte",
                &["personal@amt.de"][..],
            ),
            // Two plain addresses, and a query with no address: every address counts.
            (
                "Write to a@org.eu or b@org.eu (mailto:c@org.eu?subject=CV).",
                &["a@org.eu", "b@org.eu", "c@org.eu"][..],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(one(text).application.emails, want, "{text}");
        }
    }

    #[test]
    fn addresses_documents_subject_notes() {
        let a = one(
            "Please send a letter of motivation and a CV with two referees by 16 April 2023 to jobs.climate@eurocities.eu. \
             Please send the documents in pdf format and mention ‘helpdesk coordinator’ in the subject line. \
             More at www.eurocities.eu.",
        )
        .application;
        assert_eq!(a.emails, ["jobs.climate@eurocities.eu"]);
        assert_eq!(a.urls, ["www.eurocities.eu"]);
        assert_eq!(a.documents, ["Cover letter", "CV", "References"]);
        assert_eq!(a.subject.as_deref(), Some("helpdesk coordinator"));
        assert_eq!(a.notes.len(), 1);
    }

    #[test]
    fn documents_in_french_dutch_german() {
        let cases = [
            (
                "Envoyez votre CV et une lettre de motivation à rh@exemple.be.",
                vec!["CV", "Cover letter"],
            ),
            (
                "Stuur je cv en motivatiebrief naar vacature@voorbeeld.be.",
                vec!["CV", "Cover letter"],
            ),
            (
                "Bitte senden Sie Lebenslauf, Anschreiben und Zeugnisse an jobs@beispiel.de.",
                vec!["CV", "Cover letter", "Diplomas"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(one(text).application.documents, want, "{text}");
        }
    }

    #[test]
    fn subject_without_quotes() {
        let a =
            one("Please put Project Officer – Development Education in the subject of the email.")
                .application;
        assert_eq!(
            a.subject.as_deref(),
            Some("Project Officer – Development Education")
        );
    }
    #[test]
    fn every_document_the_lists_name_has_its_name_in_each_language() {
        let mut documents: Vec<&str> = Words::Application
            .lexicon()
            .entries()
            .filter_map(|(tag, _)| tag.strip_prefix("doc."))
            .collect();
        documents.dedup();
        assert!(documents.len() >= 6, "{documents:?}");
        for lang in crate::i18n::Lang::ALL {
            let cat = Catalogue::builtin(lang);
            for name in &documents {
                let shown = document_name(name, &cat);
                assert!(!shown.is_empty(), "{lang:?} {name}");
                if lang != crate::i18n::Lang::En && *name != "CV" && *name != "Portfolio" {
                    assert_ne!(&shown, name, "{lang:?} names {name} in its own words");
                }
            }
        }
        let fr = Catalogue::builtin(crate::i18n::Lang::Fr);
        assert_eq!(document_name("Cover letter", &fr), "lettre de motivation");
        assert_eq!(
            document_name("Proof of address", &fr),
            "Proof of address",
            "the user's words"
        );
    }
}
