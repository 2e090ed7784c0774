//! What the page says when a record it keeps in this browser (the work, the profile, the saved
//! list) cannot be read or written. The problems are typed, and written in the interface's
//! language when shown: the one found on start-up is found before a chosen language has
//! loaded, and must follow it once it has.

use crate::export::TooMany;
use crate::i18n::{Catalogue, Msg};
use crate::profile::ProfileError;

/// A record the page keeps in this browser's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    Work,
    Profile,
    SavedList,
}

impl Record {
    /// How the messages select their words for it.
    fn key(self) -> &'static str {
        match self {
            Record::Work => "work",
            Record::Profile => "profile",
            Record::SavedList => "list",
        }
    }
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// It does not parse; the parser's own words.
    Damaged(String),
    /// A newer version of the page wrote it (its version).
    Newer(u32),
    /// It parses, with more of something than any real record has.
    TooMany(TooMany),
    /// A stored profile the page would refuse to import.
    Profile(ProfileError),
}

/// Why a record could not be written.
#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    /// The browser's storage for the page is full.
    Full,
    /// Anything else the browser said.
    Other(String),
}

impl WriteError {
    /// Browsers name a full storage `QuotaExceededError` (Firefox: `NS_ERROR_DOM_QUOTA_REACHED`).
    pub fn of(error: &str) -> WriteError {
        if error.contains("Quota") || error.contains("QUOTA") {
            WriteError::Full
        } else {
            WriteError::Other(error.to_string())
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// Unreadable, and moved to `copy` so that nothing writes over it.
    SetAside {
        record: Record,
        why: Unreadable,
        copy: String,
    },
    /// Unreadable, and could not be copied aside either (storage full): it stays under `key`,
    /// and this page does not write there.
    Held {
        record: Record,
        why: Unreadable,
        key: String,
    },
    /// A save failed.
    NotSaved { record: Record, why: WriteError },
    /// Nothing is written under `key`, which holds a record that could not be read.
    KeptUnreadable { record: Record, key: String },
}

impl StorageProblem {
    /// The notice, in the catalogue's language.
    pub fn describe(&self, cat: &Catalogue) -> String {
        match self {
            StorageProblem::SetAside { record, why, copy } => cat.f(
                Msg::StorageSetAside,
                &[
                    ("record", record.key().into()),
                    ("why", (&unreadable(why, cat)).into()),
                    ("copy", copy.into()),
                ],
            ),
            StorageProblem::Held { record, why, key } => cat.f(
                Msg::StorageHeld,
                &[
                    ("record", record.key().into()),
                    ("why", (&unreadable(why, cat)).into()),
                    ("key", key.into()),
                ],
            ),
            StorageProblem::NotSaved { record, why } => {
                let why = match why {
                    WriteError::Full => cat.t(Msg::StorageFull),
                    WriteError::Other(error) => error.clone(),
                };
                let args = [("record", record.key().into()), ("why", (&why).into())];
                cat.f(Msg::StorageNotSaved, &args)
            }
            StorageProblem::KeptUnreadable { record, key } => cat.f(
                Msg::StorageKeptUnreadable,
                &[("record", record.key().into()), ("key", key.into())],
            ),
        }
    }
}

fn unreadable(why: &Unreadable, cat: &Catalogue) -> String {
    match why {
        Unreadable::Damaged(error) => cat.f(Msg::StorageDamaged, &[("error", error.into())]),
        Unreadable::Newer(version) => cat.f(
            Msg::StorageNewer,
            &[("version", (*version as usize).into())],
        ),
        Unreadable::TooMany(too_many) => too_many.describe(cat),
        Unreadable::Profile(refused) => refused.describe(cat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn set_aside(record: Record, why: Unreadable) -> StorageProblem {
        let copy = "vacancy-lens/work.unreadable.2026-12-05T06:00:00.000Z".to_string();
        StorageProblem::SetAside { record, why, copy }
    }

    #[test]
    fn each_problem_names_the_record_why_and_where_in_each_language() {
        let damaged = set_aside(Record::Work, Unreadable::Damaged("expected value".into()));
        let newer = StorageProblem::Held {
            record: Record::Profile,
            why: Unreadable::Newer(7),
            key: "vacancy-lens/profile".into(),
        };
        let full = StorageProblem::NotSaved {
            record: Record::SavedList,
            why: WriteError::of("QuotaExceededError: the quota has been exceeded"),
        };
        let kept = StorageProblem::KeptUnreadable {
            record: Record::Profile,
            key: "vacancy-lens/profile".into(),
        };
        let rows: [(Lang, [&str; 4]); 4] = [
            (Lang::En, [
                "Your saved work could not be read (it is damaged: expected value) and was set aside under \"vacancy-lens/work.unreadable.2026-12-05T06:00:00.000Z\"",
                "Your saved profile could not be read (it was written by a newer version (7)) and could not be set aside either",
                "Your list of saved analyses is not saved in this browser (this browser's storage for the page is full).",
                "Your profile is not saved in this browser: the earlier one, which could not be read, is kept under \"vacancy-lens/profile\"",
            ]),
            (Lang::Fr, [
                "Votre travail enregistré n'a pas pu être lu (les données sont endommagées : expected value) ; il a été mis de côté sous « vacancy-lens/work.unreadable.",
                "Votre profil enregistré n'a pas pu être lu ni mis de côté (les données ont été écrites par une version plus récente (7) ;",
                "Votre liste d'analyses enregistrées n'est pas enregistrée dans ce navigateur (le stockage de ce navigateur pour la page est plein). Elle est toujours là ; téléchargez le JSON pour la garder.",
                "Votre profil n'est pas enregistré dans ce navigateur : le précédent, illisible, est conservé sous « vacancy-lens/profile »",
            ]),
            (Lang::Nl, [
                "Uw opgeslagen werk kon niet worden gelezen (de gegevens zijn beschadigd: expected value) en is apart gezet onder \"vacancy-lens/work.unreadable.",
                "Uw opgeslagen profiel kon niet worden gelezen (de gegevens zijn geschreven door een nieuwere versie (7)) en ook niet apart worden gezet",
                "Uw lijst met opgeslagen analyses is niet opgeslagen in deze browser (de opslag van deze browser voor de pagina is vol). Ze staat hier nog; download de JSON om ze te bewaren.",
                "Uw profiel is niet opgeslagen in deze browser: de vorige versie, die niet kon worden gelezen, blijft bewaard onder \"vacancy-lens/profile\"",
            ]),
            (Lang::De, [
                "Ihre gespeicherte Arbeit konnte nicht gelesen werden (die Daten sind beschädigt: expected value) und wurde unter „vacancy-lens/work.unreadable.",
                "Ihr gespeichertes Profil konnte nicht gelesen werden (die Daten stammen von einer neueren Version (7)) und auch nicht beiseitegelegt werden",
                "Ihre Liste gespeicherter Analysen ist in diesem Browser nicht gespeichert (der Speicher dieses Browsers für die Seite ist voll). Sie ist weiterhin hier; laden Sie das JSON herunter, um sie zu behalten.",
                "Ihr Profil ist in diesem Browser nicht gespeichert: das frühere, das nicht gelesen werden konnte, bleibt unter „vacancy-lens/profile“ erhalten",
            ]),
        ];
        for (lang, expected) in rows {
            let cat = Catalogue::builtin(lang);
            for (problem, start) in [&damaged, &newer, &full, &kept].into_iter().zip(expected) {
                let text = problem.describe(&cat);
                assert!(text.starts_with(start), "{lang:?}: {text}");
                assert!(!text.contains('{'), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn a_write_error_is_a_full_storage_only_when_the_browser_says_so() {
        assert_eq!(WriteError::of("QuotaExceededError"), WriteError::Full);
        assert_eq!(
            WriteError::of("NS_ERROR_DOM_QUOTA_REACHED"),
            WriteError::Full
        );
        let blocked = "SecurityError: The operation is insecure.";
        assert_eq!(WriteError::of(blocked), WriteError::Other(blocked.into()));
        let problem = StorageProblem::NotSaved {
            record: Record::Work,
            why: WriteError::of(blocked),
        };
        assert!(problem.describe(Catalogue::english()).starts_with(
            "Your work is not saved in this browser (SecurityError: The operation is insecure.)."
        ));
    }

    #[test]
    fn a_refused_record_says_what_it_holds_too_much_of() {
        use crate::export::Counted;
        let too_many = TooMany {
            what: Counted::SavedPostings,
            count: 1001,
            limit: 1000,
        };
        let problem = set_aside(Record::SavedList, Unreadable::TooMany(too_many));
        let text = problem.describe(&Catalogue::builtin(Lang::Nl));
        assert!(text.starts_with("Uw lijst met opgeslagen analyses kon niet worden gelezen (1001 opgeslagen vacatures, meer dan een echt bestand bevat (hoogstens 1000))"), "{text}");
        let unknown = Unreadable::Profile(ProfileError::UnknownCountry("XX".into()));
        let text = set_aside(Record::Profile, unknown).describe(&Catalogue::builtin(Lang::Fr));
        assert!(text.contains("(Ce profil indique un code de pays que cette page ne connaît pas (« XX ») ; il n'est pas utilisé.)"), "{text}");
    }
}
