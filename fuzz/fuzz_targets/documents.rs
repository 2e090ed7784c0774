//! Any bytes offered as a PDF or Word file: the readers give text or a reason, never a panic
//! that reaches the user (documents::read catches the PDF reader's own).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = vacancy_lens::documents::read(bytes) {
        assert!(!text.trim().is_empty(), "a file read gives text");
    }
});
