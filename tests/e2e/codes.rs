//! The `Code` enum's default severities agree with how `src/` builds each
//! code's diagnostics (`Diagnostic::error`, `::warning`, `::note`).

use super::root;
use pact::diagnostics::{Code, Severity};
use std::collections::BTreeMap;
use std::path::Path;

/// `code -> severities it is built with`, read from the constructors whose
/// code is a literal (outside test modules).
fn constructed(dir: &Path, found: &mut BTreeMap<String, Vec<Severity>>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            constructed(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable source");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (word, severity) in [
            ("Diagnostic::error(", Severity::Error),
            ("Diagnostic::warning(", Severity::Warning),
            ("Diagnostic::note(", Severity::Note),
        ] {
            for (i, _) in code.match_indices(word) {
                let after = &code[i + word.len()..];
                let literal = after.trim_start().strip_prefix('"').and_then(|rest| {
                    let c: String = rest.chars().take(5).collect();
                    (c.len() == 5 && c.starts_with('E') && rest[5..].starts_with('"')).then_some(c)
                });
                if let Some(c) = literal {
                    found.entry(c).or_default().push(severity);
                }
            }
        }
    }
}

#[test]
fn each_codes_default_severity_is_how_it_is_reported() {
    let mut found = BTreeMap::new();
    constructed(&root().join("src"), &mut found);
    let mut wrong = Vec::new();
    for (text, severities) in &found {
        let Some(code) = Code::parse(text) else {
            wrong.push(format!("{text} is built but not in the catalogue"));
            continue;
        };
        for s in severities {
            if *s != code.severity() {
                wrong.push(format!(
                    "{text} is built as {s:?} but Code::severity says {:?} (src/diagnostics/code.rs)",
                    code.severity()
                ));
            }
        }
    }
    assert!(
        found.len() > 50,
        "too few constructors found: {}",
        found.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
