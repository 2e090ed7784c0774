//! Internationalised host names in exported links. A look-alike host (`раураl.com`, written in
//! Cyrillic) reads as a familiar name in Unicode; its ASCII form (`xn--l-7sba6dbr.com`) does
//! not. Exports that people read show both; exports that programs follow carry the ASCII form.
//! The Punycode encoding is the `idna` crate's (RFC 3492); labels are lower-cased first, the
//! part of IDNA's mapping that matters for text copied out of a posting.

/// The link with its host in ASCII (Punycode labels `xn--…`), or `None` when the host is
/// ASCII already (or no host can be read).
pub fn ascii_host(url: &str) -> Option<String> {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[after_scheme..];
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..host_end];
    // user:password@ and :port stay as they are.
    let host_start = authority.rfind('@').map_or(0, |i| i + 1);
    let host_and_port = &authority[host_start..];
    let host = &host_and_port[..host_and_port.find(':').unwrap_or(host_and_port.len())];
    if host.is_ascii() || host.is_empty() {
        return None;
    }
    let mut labels = Vec::new();
    for label in host.split(['.', '。', '．', '｡']) {
        if label.is_ascii() {
            labels.push(label.to_ascii_lowercase());
        } else {
            labels.push(format!(
                "xn--{}",
                idna::punycode::encode_str(&label.to_lowercase())?
            ));
        }
    }
    let at = after_scheme + host_start;
    Some(format!(
        "{}{}{}",
        &url[..at],
        labels.join("."),
        &url[at + host.len()..]
    ))
}

/// The link as a person should read it: unchanged when its host is ASCII, else followed by its
/// ASCII form, `https://раураl.com/x (https://xn--l-7sba6dbr.com/x)`.
pub fn readable(url: &str) -> String {
    match ascii_host(url) {
        Some(ascii) => format!("{url} ({ascii})"),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_in_ascii() {
        let rows = [
            // Cyrillic look-alike of "paypal".
            (
                "https://раураl.com/jobs/42",
                Some("https://xn--l-7sba6dbr.com/jobs/42"),
            ),
            (
                "https://bücher.example/a?b=ü#c",
                Some("https://xn--bcher-kva.example/a?b=ü#c"),
            ),
            (
                "http://user@Bücher.example:8080/x",
                Some("http://user@xn--bcher-kva.example:8080/x"),
            ),
            ("www.école.fr/emplois", Some("www.xn--cole-9oa.fr/emplois")),
            ("https://straße.de", Some("https://xn--strae-oqa.de")),
            ("https://example.org/jobs/ü", None),
            ("https://example.org", None),
            ("", None),
        ];
        for (url, want) in rows {
            assert_eq!(ascii_host(url).as_deref(), want, "{url}");
        }
        assert_eq!(
            readable("https://раураl.com/jobs/42"),
            "https://раураl.com/jobs/42 (https://xn--l-7sba6dbr.com/jobs/42)"
        );
        assert_eq!(readable("https://example.org/x"), "https://example.org/x");
    }
}
