//! Data purposes (design §10.4): when a prohibition `must not use R for
//! "p"` stands against a grant, a permission or an obligation over the
//! same resource.
//!
//! The rule is inclusion: they conflict only when everything the allowed
//! side allows is forbidden. A prohibition without a purpose covers every
//! purpose; a prohibition with one covers that purpose only, so it is a
//! carve-out from a grant without a purpose (`grant B use R` with `B must
//! not use R for "marketing"` is the usual "any purpose but marketing"),
//! and a grant for another purpose is untouched by it. Purposes compare as
//! case-insensitive strings, ignoring surrounding white space.

/// Whether a prohibition with purpose `forbidden` covers every use the
/// allowed duty (grant, permission or obligation) with purpose `allowed`
/// makes.
pub fn forbids_all(forbidden: Option<&str>, allowed: Option<&str>) -> bool {
    match (forbidden, allowed) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(f), Some(a)) => same(f, a),
    }
}

/// Two purposes are the same when they differ only in case or in white
/// space at their ends.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.len() == b.len()
        && a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// A note saying why the purposes do not keep two duties apart, when
/// either names one.
pub fn why(forbidden: Option<&str>, allowed: Option<&str>) -> Option<String> {
    match (forbidden, allowed) {
        (None, Some(a)) => Some(format!(
            "the prohibition names no purpose, so it covers every purpose, \"{a}\" too"
        )),
        (Some(f), Some(_)) => Some(format!("both are for the purpose \"{f}\"")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prohibition_without_purpose_covers_all() {
        assert!(forbids_all(None, None));
        assert!(forbids_all(None, Some("validation")));
    }

    #[test]
    fn a_purpose_is_a_carve_out() {
        assert!(!forbids_all(Some("marketing"), None));
        assert!(!forbids_all(Some("marketing"), Some("target validation")));
        assert!(forbids_all(Some("Marketing"), Some(" marketing")));
    }
}
