//! The interface's four languages: English, French, Dutch and German.
//!
//! Every text the page and the CLI's summary write for people is a message of the catalogue,
//! `src/i18n/<lang>.ftl`, one file per language. The files use a one-line subset of Project
//! Fluent's syntax: `key = text`, a variable `{ $name }`, a choice on one line by plural
//! category, exact number or keyword, `{ $n -> [one] # day *[other] # days }` (`#` in a variant
//! is the number itself), and a literal `{ " " }` (values are trimmed). Fluent's own crate did not
//! fit the page's weight (docs/performance.md), so this module reads the subset itself.
//!
//! `build.rs` turns the English file's keys into the [`Msg`] enum (`days-left` is
//! `Msg::DaysLeft`) and ships the English values alone: the page carries English, and fetches
//! another language's file the first time it is chosen, reading its values by position. So every
//! file has the English file's keys in its order, with the same variables
//! (`tests::catalogues_agree`), and every key is used somewhere in `src/`
//! (`tests::every_message_is_used`).

use std::fmt::Write;

use crate::calendar::Date;
use crate::vocabulary::Requirement;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Msg {
    const MONTHS: [Msg; 12] = [
        Msg::Month1,
        Msg::Month2,
        Msg::Month3,
        Msg::Month4,
        Msg::Month5,
        Msg::Month6,
        Msg::Month7,
        Msg::Month8,
        Msg::Month9,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
    ];
}

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Nl,
    De,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Nl, Lang::De];

    /// The ISO 639-1 code: `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, as the language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a BCP 47 tag (`fr-BE`, `nl`, `de-AT`), if it is one of the four.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of the browser's preferred languages that the interface speaks; English when
    /// none is.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::of_tag).unwrap_or_default()
    }

    /// CLDR's cardinal plural category of `n`: French counts 0 and 1 as "one".
    fn plural(self, n: i64) -> &'static str {
        let one = match self {
            Lang::Fr => n == 0 || n == 1,
            _ => n == 1,
        };
        if one {
            "one"
        } else {
            "other"
        }
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// The messages of one language, in [`Msg`]'s order.
#[derive(Debug, Clone)]
pub struct Catalogue {
    lang: Lang,
    messages: Vec<String>,
}

/// Catalogues compare by language: two catalogues of one language hold the same messages.
impl PartialEq for Catalogue {
    fn eq(&self, other: &Catalogue) -> bool {
        self.lang == other.lang
    }
}

/// The messages of a catalogue file, in order: each `key = value` line's key and value.
fn entries(source: &str) -> impl Iterator<Item = (&str, &str)> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (key, value) = l.split_once('=').unwrap_or((l, ""));
            (key.trim(), value.trim())
        })
}

impl Catalogue {
    /// The English catalogue, built into every build.
    pub fn english() -> &'static Catalogue {
        static ENGLISH: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        ENGLISH.get_or_init(|| Catalogue {
            lang: Lang::En,
            messages: ENGLISH_VALUES.lines().map(str::to_string).collect(),
        })
    }

    /// The catalogue of `lang` from its file (`src/i18n/<lang>.ftl`, as fetched by the page), or
    /// why it cannot be used.
    pub fn parse(lang: Lang, source: &str) -> Result<Catalogue, String> {
        let messages: Vec<String> = entries(source).map(|(_, v)| v.to_string()).collect();
        if messages.len() != MESSAGE_COUNT {
            return Err(format!(
                "the {} messages hold {} texts instead of {MESSAGE_COUNT}",
                lang.name(),
                messages.len()
            ));
        }
        Ok(Catalogue { lang, messages })
    }

    /// The catalogue of `lang` as built into the CLI (all four languages; the page carries
    /// English only and fetches the others).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin(lang: Lang) -> Catalogue {
        let source = match lang {
            Lang::En => return Catalogue::english().clone(),
            Lang::Fr => include_str!("fr.ftl"),
            Lang::Nl => include_str!("nl.ftl"),
            Lang::De => include_str!("de.ftl"),
        };
        Catalogue::parse(lang, source).expect("the built-in catalogues are complete (tests)")
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message with no variables.
    pub fn t(&self, msg: Msg) -> String {
        self.f(msg, &[])
    }

    /// A message with its variables' values.
    pub fn f(&self, msg: Msg, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        self.render(&self.messages[msg as usize], args, None, &mut out);
        out
    }

    /// A date as the language writes it: `30 November 2025`, `30 novembre 2025`,
    /// `30. November 2025`.
    pub fn date(&self, date: Date) -> String {
        let month = Msg::MONTHS[date.month() as usize - 1];
        self.f(
            Msg::DateFormat,
            &[
                ("day", Arg::Number(date.day().into())),
                ("month", Arg::Text(&self.t(month))),
                ("year", Arg::Number(date.year().into())),
            ],
        )
    }

    /// A language's name by its ISO 639-1 code; `fallback` (the analysis' English name) for a
    /// language the catalogue does not name.
    pub fn language(&self, code: &str, fallback: &str) -> String {
        match language_message(code) {
            Some(at) => self.messages[at].clone(),
            None => fallback.to_string(),
        }
    }

    /// A language's name at the start of a label or badge: "Français" where a sentence writes
    /// "français".
    pub fn language_title(&self, code: &str, fallback: &str) -> String {
        let mut name = self.language(code, fallback);
        if let Some(first) = name.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        name
    }

    /// A name that starts a label, as it reads inside a sentence: "residence permit", but
    /// German keeps its nouns' capitals ("Aufenthaltstitel").
    pub fn mid_sentence(&self, name: &str) -> String {
        match self.lang {
            Lang::De => name.to_string(),
            _ => name.to_lowercase(),
        }
    }

    /// "required" or "asset" in this language.
    pub fn requirement(&self, r: Requirement) -> String {
        self.t(match r {
            Requirement::Required => Msg::RequirementRequired,
            Requirement::Asset => Msg::RequirementAsset,
        })
    }

    /// "a or b or c".
    pub fn or_list(&self, items: &[String]) -> String {
        self.joined(Msg::OrJoin, items)
    }

    /// "a and b and c".
    pub fn and_list(&self, items: &[String]) -> String {
        self.joined(Msg::AndJoin, items)
    }

    fn joined(&self, msg: Msg, items: &[String]) -> String {
        let mut items = items.iter();
        let first = items.next().cloned().unwrap_or_default();
        items.fold(first, |list, next| {
            self.f(msg, &[("first", (&list).into()), ("second", next.into())])
        })
    }

    /// Writes `pattern` with `args`; `number` is what `#` stands for inside a variant.
    fn render(&self, pattern: &str, args: &[(&str, Arg)], number: Option<i64>, out: &mut String) {
        let mut rest = pattern;
        while let Some(open) = rest.find(['{', '#']) {
            out.push_str(&rest[..open]);
            if rest[open..].starts_with('#') {
                match number {
                    Some(n) => {
                        let _ = write!(out, "{n}");
                    }
                    None => out.push('#'),
                }
                rest = &rest[open + 1..];
                continue;
            }
            let Some(close) = closing_brace(&rest[open..]) else {
                out.push_str(&rest[open..]);
                return;
            };
            self.placeable(rest[open + 1..open + close].trim(), args, out);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
    }

    /// `$name`, `$n -> [one] … *[other] …`, or a literal `" "`.
    fn placeable(&self, inner: &str, args: &[(&str, Arg)], out: &mut String) {
        if let Some(literal) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            return out.push_str(literal);
        }
        let (name, select) = match inner.split_once("->") {
            Some((name, variants)) => (name.trim(), Some(variants)),
            None => (inner, None),
        };
        let value = args
            .iter()
            .find(|(n, _)| Some(*n) == name.strip_prefix('$'))
            .map(|(_, v)| *v);
        match (select, value) {
            (None, Some(Arg::Text(text))) => out.push_str(text),
            (None, Some(Arg::Number(n))) => {
                let _ = write!(out, "{n}");
            }
            (None, None) => out.push_str(name),
            (Some(variants), value) => {
                let (key, number) = match value {
                    Some(Arg::Number(n)) => (self.lang.plural(n), Some(n)),
                    Some(Arg::Text(text)) => (text, None),
                    None => ("", None),
                };
                let chosen = variant(variants, number, key);
                self.render(chosen, args, number, out);
            }
        }
    }
}

/// The languages the catalogue names, in the order of their messages (`language-en` to
/// `language-ja`, consecutive in `en.ftl`; `tests::language_names_follow_their_codes`).
const LANGUAGE_CODES: [&str; 31] = [
    "en", "fr", "nl", "de", "es", "it", "pt", "pl", "ro", "el", "sv", "da", "fi", "cs", "hu", "bg",
    "hr", "sk", "sl", "lt", "lv", "et", "ga", "mt", "lb", "ar", "ru", "uk", "tr", "zh", "ja",
];

/// The index of the message naming the language of ISO 639-1 code `code`.
fn language_message(code: &str) -> Option<usize> {
    let at = LANGUAGE_CODES.iter().position(|c| *c == code)?;
    Some(Msg::LanguageEn as usize + at)
}

/// The index of the `}` that closes the `{` at the start of `text`.
fn closing_brace(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The text of the variant `[n]` (the exact number), else `[key]`, else the default `*[…]`.
fn variant<'v>(variants: &'v str, number: Option<i64>, key: &str) -> &'v str {
    let mut default = "";
    let mut by_key = None;
    let mut rest = variants.trim_start();
    while let Some(open) = rest.find('[') {
        let is_default = rest[..open].trim_end().ends_with('*');
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        let body = &rest[open + close + 1..];
        let end = next_variant(body);
        let text = body[..end].trim();
        if number.is_some_and(|n| name.parse() == Ok(n)) {
            return text;
        }
        if name == key {
            by_key = by_key.or(Some(text));
        }
        if is_default {
            default = text;
        }
        rest = &body[end..];
    }
    by_key.unwrap_or(default)
}

/// Where the next variant (`[…]` or `*[…]` outside braces) starts in `body`.
fn next_variant(body: &str) -> usize {
    let mut depth = 0;
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '[' if depth == 0 => return i,
            '*' if depth == 0 && body[i + 1..].starts_with('[') => return i,
            _ => {}
        }
    }
    body.len()
}

#[cfg(test)]
mod tests;
