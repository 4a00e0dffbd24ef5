//! "expected `pays`, `and`, `or` or an arithmetic operator": the words a
//! parse error lists, in the order a user needs them.
//!
//! LALRPOP gives the terminals that could have come next, by the names the
//! grammar gives them, in no useful order. What comes next in the clause
//! (`pays`, `->`, `handled`, `{`) is what the user most likely forgot, so
//! it comes first; then what they may have been typing (a name, a number);
//! then the end of the clause, list separators, and last the operators that
//! could continue an expression, grouped ("a comparison", "an arithmetic
//! operator") because any expression can be continued by all of them. A
//! long list is cut only after the words that matter, and never to
//! "one other word".

/// How many entries a message lists before summarising the rest.
const MAX_LISTED: usize = 8;

const COMPARISONS: [&str; 7] = ["<", "<=", ">", ">=", "==", "=", "!="];
const ARITHMETIC: [&str; 4] = ["+", "-", "*", "/"];

/// How relevant an expected terminal is to a user: lower comes first.
fn rank(name: &str) -> u8 {
    match name {
        "end of line" | "}" => 2,
        "," => 3,
        "and" | "or" | "not" | "of" => 4,
        "." => 7,
        _ if COMPARISONS.contains(&name) => 5,
        _ if ARITHMETIC.contains(&name) => 6,
        _ if name.contains(' ') => 1,
        // Clause words (`pays`, `handled`) and structural symbols (`->`,
        // `{`, `:`).
        _ => 0,
    }
}

fn quoted(name: &str) -> String {
    if name.contains(' ') {
        name.to_string()
    } else {
        format!("`{name}`")
    }
}

/// The sentence after "expected" for a set of terminal names as LALRPOP
/// gives them (quoted: `"\"pays\""`).
pub fn expected_list(expected: &[String]) -> String {
    let all: Vec<&str> = expected.iter().map(|e| e.trim_matches('"')).collect();
    let has = |word: &str| all.contains(&word);
    if has("partnership") && has("party") && has("master") {
        return "a declaration (`party`, `partnership`, `master`, `template`, `resource`, `signal`, `event`, `coordinate` or `use`)".to_string();
    }
    if has("parties") && has("timezone") {
        return "a clause, such as `term`, `meeting`, `pay` or `Acme must ...`".to_string();
    }
    // Where a name is expected, the soft keywords are accepted too; listing
    // them would only confuse.
    let soft_keywords_too = has("a name") && has("review") && has("retainer");
    let mut names: Vec<&str> = all
        .iter()
        .copied()
        .filter(|name| {
            !soft_keywords_too || !name.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
        })
        // No terminator is needed before `}`: "end of line" says both.
        .filter(|name| *name != "}" || !has("end of line"))
        .collect();
    names.sort_by_key(|name| (rank(name), *name));
    names.dedup();
    let mut entries: Vec<String> = Vec::new();
    for (group, members) in [
        ("a comparison", &COMPARISONS[..]),
        ("an arithmetic operator", &ARITHMETIC[..]),
    ] {
        let present = names.iter().filter(|n| members.contains(n)).count();
        if present >= 3 {
            names.retain(|n| !members.contains(n));
            entries.push(group.to_string());
        }
    }
    let mut shown: Vec<String> = names.into_iter().map(quoted).collect();
    shown.extend(entries);
    if shown.len() > MAX_LISTED + 1 {
        let rest = shown.len() - MAX_LISTED;
        shown.truncate(MAX_LISTED);
        shown.push(format!("{rest} other words"));
    }
    match shown.as_slice() {
        [] => "something else".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(names: &[&str]) -> String {
        let expected: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        expected_list(&expected)
    }

    #[test]
    fn clause_words_come_first_and_operators_are_grouped() {
        // `tier good when x >= 95% 5% of retainer`: `pays` was forgotten.
        assert_eq!(
            list(&["*", "+", "-", "/", "and", "of", "or", "pays"]),
            "`pays`, `and`, `of`, `or` or an arithmetic operator"
        );
        assert_eq!(
            list(&["*", "+", "->", "-", "/", "and", "of", "or", "}"]),
            "`->`, `}`, `and`, `of`, `or` or an arithmetic operator"
        );
        assert_eq!(
            list(&["with", ",", "end of line"]),
            "`with`, end of line or `,`"
        );
        assert_eq!(
            list(&["end of line", ",", ".", "}"]),
            "end of line, `,` or `.`"
        );
    }

    #[test]
    fn nothing_is_cut_to_one_other_word() {
        let nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        assert!(!list(&nine).contains("other"));
        let ten = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        assert!(list(&ten).ends_with("or 2 other words"), "{}", list(&ten));
    }
}
