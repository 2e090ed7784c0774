//! What the user says about themselves, once, to have every posting checked against it:
//! languages and levels, citizenships, permits, security clearance, where they live, degree and
//! experience. It stays in the browser (or in a file the user passes to the CLI); exports carry
//! the verdicts it gives, never the profile, unless the user exports the profile on its own.
//!
//! "Not said" and "none" differ: `permits: None` leaves permit questions `unknown`, while
//! `permits: Some(vec![])` says the user holds none, so they can be `not met`.

pub mod verdict;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::countries;
use crate::export::{where_and_why, Counted, TooMany};
use crate::i18n::{Catalogue, Msg};

/// The `schema` of a profile file.
pub const PROFILE_SCHEMA: &str = "vacancy-lens/profile";
pub const PROFILE_VERSION: u32 = 1;
/// Profiles are a few hundred bytes; anything far larger is not one.
pub const MAX_PROFILE_BYTES: usize = 256 * 1024;
/// Counts no real profile reaches, refused on import and when the stored profile is read: each
/// entry is a row of drop-down lists in the profile panel (6 500 permits made 1.6 million
/// `<option>` elements and a half-minute freeze on every load).
pub const MAX_PROFILE_LANGUAGES: usize = 40;
pub const MAX_CITIZENSHIPS: usize = 10;
pub const MAX_PERMITS: usize = 60;

pub use crate::vocabulary::Cefr;

/// One language the user knows. The separate levels are optional, for selection notices that
/// ask for them (understanding, speaking, writing); the overall level stands in for a missing one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct LanguageSkill {
    /// ISO 639-1 code.
    pub language: String,
    pub level: Cefr,
    #[serde(default)]
    pub understanding: Option<Cefr>,
    #[serde(default)]
    pub speaking: Option<Cefr>,
    #[serde(default)]
    pub writing: Option<Cefr>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PermitKind {
    /// A work permit or another right to work in the country.
    WorkPermit,
    ResidencePermit,
    /// EU long-term residence status, issued by the country named.
    EuLongTermResidence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Permit {
    pub kind: PermitKind,
    /// ISO 3166-1 alpha-2 code of the issuing country.
    pub country: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClearanceScope {
    None,
    National,
    Nato,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Clearance {
    pub scope: ClearanceScope,
    /// Issuing country of a national clearance.
    #[serde(default)]
    pub country: Option<String>,
    /// As written on it: "Secret", "NATO SECRET".
    #[serde(default)]
    pub level: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Degree {
    Secondary,
    Bachelor,
    Master,
    Doctorate,
}

impl Degree {
    pub const ALL: [Degree; 4] = [
        Degree::Secondary,
        Degree::Bachelor,
        Degree::Master,
        Degree::Doctorate,
    ];

    /// Its name in a profile file: `bachelor`.
    pub fn key(self) -> &'static str {
        match self {
            Degree::Secondary => "secondary",
            Degree::Bachelor => "bachelor",
            Degree::Master => "master",
            Degree::Doctorate => "doctorate",
        }
    }
}

/// What the user says about themselves. Every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Profile {
    pub languages: Vec<LanguageSkill>,
    /// ISO 3166-1 alpha-2 codes.
    pub citizenships: Vec<String>,
    /// Every permit held; `None` when the user has not said.
    pub permits: Option<Vec<Permit>>,
    pub clearance: Option<Clearance>,
    /// Country the user lives in.
    pub residence: Option<String>,
    /// Whether the user would move for the job.
    pub relocate: Option<bool>,
    pub degree: Option<Degree>,
    pub experience_years: Option<u32>,
}

impl Profile {
    /// True when nothing is filled in: such a profile decides nothing.
    pub fn is_empty(&self) -> bool {
        self == &Profile::default()
    }

    /// Refuses counts no real profile has and country codes the page does not know.
    pub fn check(&self) -> Result<(), ProfileError> {
        let permits = self.permits.as_deref().unwrap_or_default();
        TooMany::check(
            Counted::Languages,
            self.languages.len(),
            MAX_PROFILE_LANGUAGES,
        )
        .and(TooMany::check(
            Counted::Citizenships,
            self.citizenships.len(),
            MAX_CITIZENSHIPS,
        ))
        .and(TooMany::check(Counted::Permits, permits.len(), MAX_PERMITS))
        .map_err(ProfileError::TooMany)?;
        let countries = self
            .citizenships
            .iter()
            .chain(permits.iter().map(|p| &p.country))
            .chain(&self.residence)
            .chain(self.clearance.iter().flat_map(|c| &c.country));
        match countries.into_iter().find(|c| !countries::is_known(c)) {
            Some(unknown) => Err(ProfileError::UnknownCountry(unknown.clone())),
            None => Ok(()),
        }
    }

    pub fn language(&self, code: &str) -> Option<&LanguageSkill> {
        self.languages.iter().find(|l| l.language == code)
    }
}

/// A profile on its own, as a file the user exports and imports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ProfileFile {
    /// Always `vacancy-lens/profile`.
    pub schema: String,
    pub schema_version: u32,
    pub profile: Profile,
}

/// Why a profile file could not be read ([`ProfileError::describe`] tells the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    Empty,
    TooLarge,
    NotAProfile,
    NewerVersion(u64),
    Damaged {
        line: usize,
        column: usize,
        reason: String,
    },
    TooMany(TooMany),
    /// A country code the page does not know (ISO 3166-1 alpha-2 expected).
    UnknownCountry(String),
}

impl ProfileError {
    /// What is wrong with the profile, in the catalogue's language.
    pub fn describe(&self, cat: &Catalogue) -> String {
        match self {
            ProfileError::Empty => cat.t(Msg::FileEmpty),
            ProfileError::TooLarge => cat.f(
                Msg::ProfileTooLarge,
                &[("kb", (MAX_PROFILE_BYTES / 1024).into())],
            ),
            ProfileError::NotAProfile => cat.f(
                Msg::ProfileNotAProfile,
                &[("schema", PROFILE_SCHEMA.into())],
            ),
            ProfileError::NewerVersion(v) => cat.f(
                Msg::ProfileNewer,
                &[
                    ("version", (*v as usize).into()),
                    ("known", (PROFILE_VERSION as usize).into()),
                ],
            ),
            ProfileError::Damaged {
                line,
                column,
                reason,
            } => cat.f(Msg::ProfileDamaged, &where_and_why(*line, *column, reason)),
            ProfileError::TooMany(too_many) => {
                let why = too_many.describe(cat);
                cat.f(Msg::ProfileTooMany, &[("why", (&why).into())])
            }
            ProfileError::UnknownCountry(code) => {
                cat.f(Msg::ProfileUnknownCountry, &[("code", code.into())])
            }
        }
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.describe(Catalogue::english()))
    }
}

impl ProfileFile {
    pub fn of(profile: &Profile) -> ProfileFile {
        ProfileFile {
            schema: PROFILE_SCHEMA.to_string(),
            schema_version: PROFILE_VERSION,
            profile: profile.clone(),
        }
    }

    /// Reads a profile file, saying what is wrong with one that is not.
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        if json.trim().is_empty() {
            return Err(ProfileError::Empty);
        }
        if json.len() > MAX_PROFILE_BYTES {
            return Err(ProfileError::TooLarge);
        }
        let damaged = |e: serde_json::Error| {
            let reason = e.to_string();
            ProfileError::Damaged {
                line: e.line(),
                column: e.column(),
                reason: reason.split(" at line").next().unwrap_or("").to_string(),
            }
        };
        /// The envelope alone, read first to tell "not a profile" and "too new" from damage.
        #[derive(Deserialize)]
        struct Envelope {
            schema: Option<String>,
            schema_version: Option<u64>,
        }
        let envelope: Envelope =
            serde_json::from_str(json).map_err(|_| ProfileError::NotAProfile)?;
        if envelope.schema.as_deref() != Some(PROFILE_SCHEMA) {
            return Err(ProfileError::NotAProfile);
        }
        match envelope.schema_version {
            Some(v) if v > u64::from(PROFILE_VERSION) => Err(ProfileError::NewerVersion(v)),
            _ => {
                let profile = serde_json::from_str::<ProfileFile>(json)
                    .map_err(damaged)?
                    .profile;
                profile.check()?;
                Ok(profile)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_files_round_trip_and_bad_ones_are_named() {
        let profile = Profile {
            languages: vec![LanguageSkill {
                language: "nl".into(),
                level: Cefr::B1,
                understanding: Some(Cefr::B2),
                speaking: None,
                writing: None,
            }],
            citizenships: vec!["IE".into()],
            permits: Some(vec![]),
            ..Profile::default()
        };
        let json = serde_json::to_string(&ProfileFile::of(&profile)).unwrap();
        assert_eq!(ProfileFile::from_json(&json), Ok(profile));
        let cases = [
            ("", ProfileError::Empty),
            ("[1]", ProfileError::NotAProfile),
            (
                "{\"schema\": \"vacancy-lens/checklist\"}",
                ProfileError::NotAProfile,
            ),
            (
                "{\"schema\": \"vacancy-lens/profile\", \"schema_version\": 3, \"profile\": {}}",
                ProfileError::NewerVersion(3),
            ),
        ];
        for (json, want) in cases {
            assert_eq!(ProfileFile::from_json(json), Err(want), "{json}");
        }
        let wrong = "{\"schema\": \"vacancy-lens/profile\", \"schema_version\": 1,\n\"profile\": {\"languages\": [{\"language\": \"nl\", \"level\": \"D9\"}]}}";
        assert!(matches!(
            ProfileFile::from_json(wrong),
            Err(ProfileError::Damaged { line: 2, .. })
        ));
        assert_eq!(
            ProfileFile::from_json(&" ".repeat(MAX_PROFILE_BYTES + 1)),
            Err(ProfileError::Empty)
        );
        assert_eq!(
            ProfileFile::from_json(&format!("{{{}}}", " ".repeat(MAX_PROFILE_BYTES))),
            Err(ProfileError::TooLarge)
        );
    }

    #[test]
    fn refuses_counts_no_real_profile_has_and_unknown_countries() {
        let file = |profile: &Profile| serde_json::to_string(&ProfileFile::of(profile)).unwrap();
        let permit = |country: &str| Permit {
            kind: PermitKind::WorkPermit,
            country: country.into(),
        };
        let many_permits = Profile {
            permits: Some(vec![permit("BE"); 6500]),
            ..Profile::default()
        };
        assert!(file(&many_permits).len() < MAX_PROFILE_BYTES);
        assert_eq!(
            ProfileFile::from_json(&file(&many_permits)),
            Err(ProfileError::TooMany(TooMany {
                what: Counted::Permits,
                count: 6500,
                limit: MAX_PERMITS
            }))
        );
        let citizenships = Profile {
            citizenships: vec!["BE".into(); MAX_CITIZENSHIPS + 1],
            ..Profile::default()
        };
        assert!(matches!(
            citizenships.check(),
            Err(ProfileError::TooMany(TooMany {
                what: Counted::Citizenships,
                ..
            }))
        ));
        for unknown in [
            Profile {
                citizenships: vec!["XX".into()],
                ..Profile::default()
            },
            Profile {
                permits: Some(vec![permit("be")]),
                ..Profile::default()
            },
            Profile {
                residence: Some("<b>".into()),
                ..Profile::default()
            },
        ] {
            assert!(
                matches!(unknown.check(), Err(ProfileError::UnknownCountry(_))),
                "{unknown:?}"
            );
        }
        let fine = Profile {
            citizenships: vec!["IE".into(), "BE".into()],
            permits: Some(vec![permit("LU"); MAX_PERMITS]),
            residence: Some("NL".into()),
            ..Profile::default()
        };
        assert_eq!(ProfileFile::from_json(&file(&fine)), Ok(fine));
        assert!(ProfileError::UnknownCountry("XX".into())
            .to_string()
            .contains("“XX”"));
    }

    #[test]
    fn cefr_levels_read_and_compare() {
        assert_eq!(Cefr::parse("c1"), Some(Cefr::C1));
        assert_eq!(Cefr::parse("D1"), None);
        assert_eq!(Cefr::C1.steps_above(Cefr::B1), 2);
        assert!(Cefr::B2 < Cefr::C1);
    }
}
