//! How two tabs' copies of a list are combined. Each tab of the page keeps the list it last
//! read or wrote (the base); when it saves and finds that another tab wrote since, the stored
//! list (theirs) gets this tab's changes since the base (ours) instead of being written over:
//! what this tab added or changed is put in, what it removed is taken out, and everything
//! else the other tab did stays.

/// `theirs` with the changes from `base` to `ours` applied, item by item, `id` naming each.
/// Items keep their order in `theirs`; items new to this tab follow in `ours`' order.
pub fn merge_by_id<T: Clone + PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> &str,
) -> Vec<T> {
    let in_list = |list: &[T], key: &str| list.iter().find(|x| id(x) == key).cloned();
    let mut out: Vec<T> = theirs
        .iter()
        .filter(|t| {
            let key = id(t);
            // Removed here since the base: out, whatever the other tab did.
            !(in_list(base, key).is_some() && in_list(ours, key).is_none())
        })
        .map(|t| match in_list(ours, id(t)) {
            // Changed here since the base: this tab's version.
            Some(mine) if in_list(base, id(t)).as_ref() != Some(&mine) => mine,
            _ => t.clone(),
        })
        .collect();
    for mine in ours {
        let key = id(mine);
        let new_here = in_list(base, key).as_ref() != Some(mine);
        if new_here && !out.iter().any(|x| id(x) == key) {
            out.push(mine.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merge(base: &[&str], ours: &[&str], theirs: &[&str]) -> Vec<String> {
        let own = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // "a=1": id "a", content "1".
        let id = |s: &String| s.split('=').next().unwrap_or("").to_string();
        let (base, ours, theirs) = (own(base), own(ours), own(theirs));
        let keyed = |l: &Vec<String>| l.iter().map(|s| (id(s), s.clone())).collect::<Vec<_>>();
        merge_by_id(&keyed(&base), &keyed(&ours), &keyed(&theirs), |(k, _)| k)
            .into_iter()
            .map(|(_, v)| v)
            .collect()
    }

    /// Base, ours, theirs, and the merge wanted.
    type Row<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], &'a [&'a str]);

    #[test]
    fn each_tabs_changes_survive() {
        let rows: [Row; 8] = [
            // The race of the issue: both tabs saved a posting; neither is lost.
            (&[], &["a=1"], &["b=1"], &["b=1", "a=1"]),
            // Nothing happened elsewhere.
            (&["a=1"], &["a=1", "b=1"], &["a=1"], &["a=1", "b=1"]),
            // Removed here, kept there: removed.
            (
                &["a=1", "b=1"],
                &["b=1"],
                &["a=1", "b=1", "c=1"],
                &["b=1", "c=1"],
            ),
            // Removed there, untouched here: stays removed.
            (&["a=1", "b=1"], &["a=1", "b=1"], &["b=1"], &["b=1"]),
            // Changed here: this tab's version; changed there only: theirs.
            (
                &["a=1", "b=1"],
                &["a=2", "b=1"],
                &["a=1", "b=3"],
                &["a=2", "b=3"],
            ),
            // Saved again here after the other tab removed it: back, with this tab's version.
            (&["a=1"], &["a=2"], &[], &["a=2"]),
            // Everything removed here ("Delete all"), one added there since: that one stays.
            (&["a=1", "b=1"], &[], &["a=1", "b=1", "c=1"], &["c=1"]),
            // The same item added in both: one copy, this tab's.
            (&[], &["a=2"], &["a=1"], &["a=2"]),
        ];
        for (base, ours, theirs, want) in rows {
            assert_eq!(
                merge(base, ours, theirs),
                want,
                "{base:?} {ours:?} {theirs:?}"
            );
        }
    }
}
