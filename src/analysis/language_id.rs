//! Which language a posting is written in, from counts of frequent function words.
//!
//! A stop-word model is a few hundred bytes of data and is right on whole postings; trigram
//! models such as whatlang weigh far more in the wasm bundle for no gain on texts this long.

use super::extractor::Reads;
use super::lexicon::Words;
use super::text::Doc;

/// The languages the model knows, in the order ties are broken: the tags of its word list.
const LANGUAGES: [&str; 4] = ["en", "fr", "nl", "de"];

/// The tags this module reads.
pub const READS: Reads = Reads {
    words: Words::LanguageId,
    tags: &LANGUAGES,
};

/// ISO 639-1 code of the language of a range of a document; English when nothing tells.
pub fn identify(doc: &Doc, from: usize, to: usize) -> &'static str {
    let mut counts = [0usize; LANGUAGES.len()];
    for tag in doc.words(Words::LanguageId).tags_in(from, to) {
        if let Some(i) = LANGUAGES.iter().position(|&l| l == tag) {
            counts[i] += 1;
        }
    }
    let best = (0..LANGUAGES.len())
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0);
    LANGUAGES[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifies_the_four_languages() {
        let cases = [
            (
                "We are looking for a project officer with experience in the field.",
                "en",
            ),
            (
                "Vous êtes titulaire d'un master et vous avez une expérience dans le domaine.",
                "fr",
            ),
            (
                "Je bent een teamspeler en je hebt ervaring met het opvolgen van dossiers.",
                "nl",
            ),
            (
                "Sie haben ein abgeschlossenes Studium und Erfahrung in der Projektarbeit.",
                "de",
            ),
            ("", "en"),
        ];
        for (text, want) in cases {
            assert_eq!(identify(&Doc::new(text), 0, text.len()), want, "{text}");
        }
    }
}
