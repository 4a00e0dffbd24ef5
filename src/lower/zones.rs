//! Lowering the `timezone` of design §10.4: an IANA zone; an unknown one is
//! E0122 with a suggestion.

use crate::diagnostics::suggest::closest;
use crate::diagnostics::Diagnostic;
use crate::ir::zones;
use crate::syntax::ast::Text;

/// The canonical name of the zone `timezone "..."` names, or E0122.
pub fn timezone(tz: &Text, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let name = tz.value.trim();
    if let Some(zone) = zones::zone(name) {
        return Some(zone.name().to_string());
    }
    let mut d = Diagnostic::error(
        "E0122",
        format!("unknown time zone \"{}\"", tz.value),
        tz.span,
    )
    .with_primary_label("not a zone of the IANA time-zone database")
    .with_note("a zone is written `Area/City`, like \"Europe/London\" or \"America/New_York\"");
    if let Some(better) = suggest(name) {
        d = d
            .with_help(format!("did you mean \"{better}\"?"))
            .with_suggestion(tz.span, format!("\"{better}\""));
    }
    diagnostics.push(d);
    None
}

/// A zone for a misspelt name: the same name in another case, a zone whose
/// city is the name (`London`), or the closest name.
fn suggest(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase().replace(' ', "_");
    if let Some(same) = zones::names().find(|n| n.to_lowercase() == lower) {
        return Some(same);
    }
    let city = |n: &&'static str| {
        n.contains('/')
            && n.rsplit('/')
                .next()
                .is_some_and(|c| c.to_lowercase() == lower)
    };
    if let Some(by_city) = zones::names().find(city) {
        return Some(by_city);
    }
    closest(name, zones::names())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("Europe/Londn"), Some("Europe/London"));
        assert_eq!(suggest("europe/london"), Some("Europe/London"));
        assert_eq!(suggest("London"), Some("Europe/London"));
        assert_eq!(suggest("New York"), Some("America/New_York"));
    }
}
