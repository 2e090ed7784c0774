//! The files employers publish, as text: PDF notices and Word (DOCX) documents, read on the
//! user's machine. The page loads these readers only when such a file is opened (a wasm module
//! of their own, `dist/documents/`); the CLI links them (feature `documents`).
//!
//! The text is what a reader sees: pages in order, columns one after the other, wrapped lines
//! joined, words broken at a line end joined again, running headers, footers and page numbers
//! left out, a table row as "label: value" ([`layout`] for PDF). The analysis' evidence offsets
//! refer to this text, which the page shows and the export carries.

use crate::i18n::{Catalogue, Msg};

#[cfg(feature = "documents")]
mod docx;
#[cfg(feature = "documents")]
pub mod layout;
#[cfg(feature = "documents")]
mod pdf;

/// The largest file read: a vacancy notice is a few hundred KB, a scanned one a few MB.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// Why a file gives no text.
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentError {
    /// Over [`MAX_DOCUMENT_BYTES`] (its size in bytes).
    TooLarge(usize),
    /// No text layer: a scan, or pictures of text.
    ImagesOnly,
    /// Needs a password.
    Encrypted,
    /// Cut short or corrupt: the reader's words.
    Damaged(String),
    /// Word 97–2003 (`.doc`), which is not read.
    OldWord,
    /// Neither PDF nor DOCX, whatever its name says.
    NotADocument,
}

impl DocumentError {
    /// Its name and detail as the page's reader worker sends them.
    pub fn code(&self) -> (&'static str, String) {
        match self {
            DocumentError::TooLarge(bytes) => ("too_large", bytes.to_string()),
            DocumentError::ImagesOnly => ("images_only", String::new()),
            DocumentError::Encrypted => ("encrypted", String::new()),
            DocumentError::Damaged(reason) => ("damaged", reason.clone()),
            DocumentError::OldWord => ("old_word", String::new()),
            DocumentError::NotADocument => ("not_a_document", String::new()),
        }
    }

    /// The problem of [`DocumentError::code`]; a name it does not know is a damaged file.
    pub fn of_code(code: &str, detail: &str) -> DocumentError {
        match code {
            "too_large" => DocumentError::TooLarge(detail.parse().unwrap_or(MAX_DOCUMENT_BYTES)),
            "images_only" => DocumentError::ImagesOnly,
            "encrypted" => DocumentError::Encrypted,
            "old_word" => DocumentError::OldWord,
            "not_a_document" => DocumentError::NotADocument,
            _ => DocumentError::Damaged(detail.to_string()),
        }
    }

    /// What to tell the user about the file `name`, in the catalogue's language.
    pub fn describe(&self, name: &str, cat: &Catalogue) -> String {
        let mb = |bytes: usize| bytes.div_ceil(1024 * 1024);
        let (msg, size, reason) = match self {
            DocumentError::TooLarge(bytes) => (Msg::DocumentTooLarge, mb(*bytes), ""),
            DocumentError::ImagesOnly => (Msg::DocumentImagesOnly, 0, ""),
            DocumentError::Encrypted => (Msg::DocumentEncrypted, 0, ""),
            DocumentError::Damaged(reason) => (Msg::DocumentDamaged, 0, reason.as_str()),
            DocumentError::OldWord => (Msg::DocumentOldWord, 0, ""),
            DocumentError::NotADocument => (Msg::DocumentNotADocument, 0, ""),
        };
        // Each message takes the variables it names.
        let args = [
            ("name", name.into()),
            ("limit", mb(MAX_DOCUMENT_BYTES).into()),
            ("mb", size.into()),
            ("reason", reason.into()),
        ];
        cat.f(msg, &args)
    }
}

/// Whether a file's name says PDF or Word: the page reads such a file as a document.
pub fn is_document_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".pdf", ".docx", ".doc"].iter().any(|e| lower.ends_with(e))
}

/// A file the CLI reads as a document rather than as text: by its name or its first bytes.
pub fn is_document(name: &str, bytes: &[u8]) -> bool {
    is_document_name(name) || format(bytes).is_some()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    Pdf,
    Docx,
    OldWord,
}

/// What the first bytes say the file is. PDF readers accept the header within the first KB.
fn format(bytes: &[u8]) -> Option<Format> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        Some(Format::Pdf)
    } else if bytes.starts_with(b"PK\x03\x04") {
        Some(Format::Docx)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(Format::OldWord)
    } else {
        None
    }
}

/// The text of a PDF or DOCX file, or why it has none.
#[cfg(feature = "documents")]
pub fn read(bytes: &[u8]) -> Result<String, DocumentError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge(bytes.len()));
    }
    match format(bytes) {
        Some(Format::Pdf) => guarded(|| pdf::read(bytes)),
        Some(Format::Docx) => docx::read(bytes),
        Some(Format::OldWord) => Err(DocumentError::OldWord),
        None => Err(DocumentError::NotADocument),
    }
}

/// Runs the PDF reader, whose font and page parsing can panic on a malformed file, so that such
/// a file gives a message, never a crash. In the page (which aborts on a panic) the reader runs
/// in a worker of its own, and a failure there is a message too.
#[cfg(feature = "documents")]
fn guarded(read: impl FnOnce() -> Result<String, DocumentError>) -> Result<String, DocumentError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(read));
        std::panic::set_hook(hook);
        result.unwrap_or_else(|_| Err(DocumentError::Damaged("the PDF reader failed on it".into())))
    }
    #[cfg(target_arch = "wasm32")]
    read()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn problems_cross_to_the_page_and_back() {
        for e in [
            DocumentError::TooLarge(30 << 20),
            DocumentError::ImagesOnly,
            DocumentError::Encrypted,
            DocumentError::Damaged("cut short".into()),
            DocumentError::OldWord,
            DocumentError::NotADocument,
        ] {
            let (code, detail) = e.code();
            assert_eq!(DocumentError::of_code(code, &detail), e);
        }
    }

    #[test]
    fn each_problem_is_told_in_each_language() {
        let rows = [
            (
                Lang::En,
                "notice.pdf is 30 MB; files over 20 MB are not read.",
            ),
            (
                Lang::Fr,
                "notice.pdf pèse 30 Mo ; les fichiers de plus de 20 Mo ne sont pas lus.",
            ),
            (
                Lang::Nl,
                "notice.pdf is 30 MB; bestanden groter dan 20 MB worden niet gelezen.",
            ),
            (
                Lang::De,
                "notice.pdf ist 30 MB groß; Dateien über 20 MB werden nicht gelesen.",
            ),
        ];
        for (lang, expected) in rows {
            let cat = Catalogue::builtin(lang);
            assert_eq!(
                DocumentError::TooLarge(30 << 20).describe("notice.pdf", &cat),
                expected
            );
            let old = DocumentError::OldWord.describe("offre.doc", &cat);
            assert!(
                old.starts_with("offre.doc") && old.contains(".docx"),
                "{old}"
            );
        }
    }

    #[cfg(feature = "documents")]
    #[test]
    fn what_each_file_is_is_read_from_its_first_bytes() {
        assert_eq!(
            read(b"MZ\x90\x00 a program"),
            Err(DocumentError::NotADocument)
        );
        assert_eq!(read(b"\x7fELF a program"), Err(DocumentError::NotADocument));
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(read(&ole), Err(DocumentError::OldWord));
        assert!(matches!(
            read(b"%PDF-1.7\n1 0 obj"),
            Err(DocumentError::Damaged(_))
        ));
        assert_eq!(
            read(&vec![b' '; MAX_DOCUMENT_BYTES + 1]),
            Err(DocumentError::TooLarge(MAX_DOCUMENT_BYTES + 1))
        );
        assert!(
            is_document("Offre.PDF", b"")
                && is_document("x", b"%PDF-1.4")
                && !is_document("a.txt", b"text")
        );
    }
}
