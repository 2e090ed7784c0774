//! A schema.org `JobPosting` (JSON-LD) for tools that read structured job data. Only what the
//! analysis found is written; languages and the checklist stay in the Vacancy Lens export.
//!
//! JSON-LD is made to be embedded in a page as `<script type="application/ld+json">`, and the
//! posting's author writes its title and text: [`to_embeddable_json`] escapes `<`, `>` and `&`
//! so that no value can close that script element, and `description`, which schema.org's
//! consumers read as HTML, is the posting's text escaped as HTML.

use crate::analysis::eligibility::summary_of;
use crate::i18n::Catalogue;
use serde_json::{json, Map, Value};

use crate::analysis::conditions::{ContractType, PayPeriod};
use crate::analysis::eligibility::{country_in, EligibilityKind};
use crate::analysis::PostingAnalysis;
use crate::formats::idn::ascii_host;

/// The posting as a `JobPosting`; `text` is the whole input, for the description.
pub fn job_posting(p: &PostingAnalysis, text: &str) -> Value {
    let mut out = Map::new();
    out.insert("@context".into(), json!("https://schema.org/"));
    out.insert("@type".into(), json!("JobPosting"));
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(v) = value {
            out.insert(key.to_string(), v);
        }
    };
    put("title", p.title.as_ref().map(|t| json!(t)));
    let description: String = text
        .chars()
        .skip(p.span.start())
        .take(p.span.len())
        .collect();
    put(
        "description",
        Some(json!(
            html_escaped(description.trim()).replace('\n', "<br>\n")
        )),
    );
    put(
        "hiringOrganization",
        p.organisation
            .as_ref()
            .map(|o| json!({"@type": "Organization", "name": o})),
    );
    put(
        "jobLocation",
        p.location.as_ref().map(|l| {
            let mut address = json!({"@type": "PostalAddress", "addressLocality": l});
            if let Some(country) = country_in(l) {
                address["addressCountry"] = json!(country);
            }
            json!({"@type": "Place", "address": address})
        }),
    );
    put(
        "validThrough",
        p.deadline.as_ref().map(|d| match (&d.time, &d.utc_offset) {
            (Some(t), Some(offset)) => json!(format!("{}T{t}:00{offset}", d.date)),
            _ => json!(d.date),
        }),
    );
    put(
        "jobStartDate",
        p.start_date
            .as_ref()
            .filter(|s| *s != "asap")
            .map(|s| json!(s)),
    );
    let c = &p.conditions;
    let mut employment: Vec<&str> = Vec::new();
    if let Some(w) = &c.working_time {
        employment.extend(
            w.full_time
                .map(|f| if f { "FULL_TIME" } else { "PART_TIME" }),
        );
    }
    if let Some(kind) = c.contract.as_ref().and_then(|k| k.kind) {
        employment.push(match kind {
            ContractType::FixedTerm => "TEMPORARY",
            ContractType::OpenEnded => "OTHER",
            ContractType::Traineeship => "INTERN",
            ContractType::Freelance => "CONTRACTOR",
        });
    }
    employment.retain(|e| *e != "OTHER");
    put(
        "employmentType",
        (!employment.is_empty()).then(|| json!(employment)),
    );
    put(
        "baseSalary",
        c.salary.as_ref().map(|s| {
            let mut value = json!({"@type": "QuantitativeValue"});
            if let Some(min) = s.min {
                value["minValue"] = json!(min);
            }
            if let Some(max) = s.max {
                value["maxValue"] = json!(max);
            }
            if let Some(period) = s.period {
                value["unitText"] = json!(match period {
                    PayPeriod::Year => "YEAR",
                    PayPeriod::Month => "MONTH",
                    PayPeriod::Week => "WEEK",
                    PayPeriod::Day => "DAY",
                    PayPeriod::Hour => "HOUR",
                });
            }
            json!({"@type": "MonetaryAmount", "currency": s.currency, "value": value})
        }),
    );
    let summaries = |kinds: &[EligibilityKind]| {
        let found: Vec<String> = p
            .eligibility
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .map(|e| summary_of(e, Catalogue::english()))
            .collect();
        (!found.is_empty()).then(|| json!(found.join(" ")))
    };
    put(
        "eligibilityToWorkRequirement",
        summaries(&[
            EligibilityKind::Citizenship,
            EligibilityKind::WorkPermit,
            EligibilityKind::ResidencePermit,
            EligibilityKind::LocalResidence,
        ]),
    );
    put(
        "securityClearanceRequirement",
        summaries(&[EligibilityKind::SecurityClearance]),
    );
    put(
        "workHours",
        c.working_time
            .as_ref()
            .map(|w| json!(w.describe(Catalogue::english()))),
    );
    let a = &p.application;
    put(
        "applicationContact",
        (!a.emails.is_empty() || !a.urls.is_empty()).then(|| {
            let mut contact = json!({"@type": "ContactPoint"});
            if let Some(e) = a.emails.first() {
                contact["email"] = json!(e);
            }
            if let Some(u) = a.urls.first() {
                // Programs follow this link: the ASCII form, in which a look-alike host shows.
                contact["url"] = json!(ascii_host(u).unwrap_or_else(|| u.clone()));
            }
            contact
        }),
    );
    Value::Object(out)
}

/// `text` with each char that `escape` names replaced by its escape.
fn escaped(text: &str, escape: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match escape(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// Text as HTML that shows exactly that text.
fn html_escaped(text: &str) -> String {
    escaped(text, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    })
}

/// Pretty JSON that can be put inside an HTML `<script>` element as it is: `<`, `>` and `&`
/// (and the line separators U+2028 and U+2029, which old JavaScript parsers refuse) are written
/// as `\u` escapes. They can only occur inside strings, so the JSON value is unchanged.
pub fn to_embeddable_json(value: &Value) -> String {
    let json = serde_json::to_string_pretty(value).unwrap_or_default();
    escaped(&json, |c| match c {
        '<' => Some("\\u003c"),
        '>' => Some("\\u003e"),
        '&' => Some("\\u0026"),
        '\u{2028}' => Some("\\u2028"),
        '\u{2029}' => Some("\\u2029"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    #[test]
    fn carries_what_was_found_in_four_languages() {
        let cases = [
            (
                "Policy Officer\nDeadline: 30 November 2025, 23:59 CET\nFull-time, fixed-term contract of 12 months.\nSalary: EUR 3,500 – 4,200 gross per month.\nApplicants must hold EU citizenship.",
                &[("validThrough", json!("2025-11-30T23:59:00+01:00")), ("employmentType", json!(["FULL_TIME", "TEMPORARY"]))][..],
            ),
            ("Chargé de mission\nDate limite : 15 janvier 2026.\nContrat à durée déterminée de 6 mois, temps plein.", &[("validThrough", json!("2026-01-15")), ("employmentType", json!(["FULL_TIME", "TEMPORARY"]))][..]),
            ("Stagiaire\nDate limite : 15 janvier 2026.", &[("employmentType", json!(["INTERN"]))][..]),
            ("Projectmedewerker\nSolliciteer uiterlijk 5 januari 2026.\nJe hebt een geldige werkvergunning.", &[("validThrough", json!("2026-01-05"))][..]),
            ("Referent\nBewerbungsschluss: 31.01.2026\nSicherheitsüberprüfung erforderlich.", &[("validThrough", json!("2026-01-31"))][..]),
        ];
        for (text, want) in cases {
            let ld = job_posting(&one(text), text);
            assert_eq!(ld["@type"], "JobPosting");
            for (key, value) in want {
                assert_eq!(&ld[*key], value, "{key} in {text}");
            }
        }
        let text = cases[0].0;
        let ld = job_posting(&one(text), text);
        assert_eq!(ld["baseSalary"]["value"]["unitText"], "MONTH");
        assert_eq!(
            ld["description"].as_str().unwrap().lines().nth(1),
            Some("Deadline: 30 November 2025, 23:59 CET<br>")
        );
        assert!(ld["eligibilityToWorkRequirement"]
            .as_str()
            .unwrap()
            .contains("EU"));
    }

    const SCRIPT_TITLE: &str = include_str!("../../tests/fixtures/attacks/jsonld-script-title.txt");

    #[test]
    fn embeddable_json_cannot_close_its_script_element() {
        let p = one(SCRIPT_TITLE);
        assert!(p.title.as_deref().unwrap().contains("</script>"));
        let value = job_posting(&p, SCRIPT_TITLE);
        let json = to_embeddable_json(&value);
        for c in ['<', '>', '&'] {
            assert!(!json.contains(c), "{c} in {json}");
        }
        // The same value, once parsed.
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), value);
        assert_eq!(value["title"], p.title.unwrap().as_str());
        let description = value["description"].as_str().unwrap();
        assert!(description.contains("&lt;img src=x onerror=alert(2)&gt; &amp; more"));
        assert!(!description.contains("<img") && !description.contains("</script"));
        let separators = json!({"name": "a\u{2028}b\u{2029}c"});
        let written = to_embeddable_json(&separators);
        assert!(written.contains("a\\u2028b\\u2029c"), "{written}");
        assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), separators);
    }

    #[test]
    fn the_contact_link_is_in_ascii() {
        let text = include_str!("../../tests/fixtures/attacks/idn-link.txt");
        let ld = job_posting(&one(text), text);
        assert_eq!(
            ld["applicationContact"]["url"],
            "https://xn--l-7sba6dbr.com/jobs/42"
        );
    }
}
