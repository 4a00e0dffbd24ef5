//! Unit tests of the layout: exact output on small inputs, and idempotence
//! and the safety check on tricky ones.

use super::*;

fn fmt(source: &str) -> String {
    match try_format(source, FileId(0)) {
        Ok(text) => text,
        Err(e) => panic!("{e:?}\n--- input\n{source}"),
    }
}

/// Formats, checks the result is a fixed point, and returns it.
fn stable(source: &str) -> String {
    let once = fmt(source);
    let twice = fmt(&once);
    assert_eq!(once, twice, "not idempotent on\n{source}\n--- once\n{once}");
    once
}

#[test]
fn clauses_are_split_and_blocks_indented() {
    assert_eq!(
        stable("party A { role ops; role rm }"),
        "party A {\n  role ops\n  role rm\n}\n"
    );
    assert_eq!(
        stable("party A\n{\n role ops\n        role rm capacity 8 hours per month }\n"),
        "party A {\n  role ops\n  role rm capacity 8 hours per month\n}\n"
    );
    assert_eq!(
        stable("party A {}\nparty B {\n\n}\n"),
        "party A {}\nparty B {}\n"
    );
    assert_eq!(stable(";;party A;;;party B;"), "party A\nparty B\n");
}

#[test]
fn spacing_is_normalised() {
    assert_eq!(
        stable("signal   s :percent -5 .. 10\nsignal t: score 0..10 \"x\"\n"),
        "signal s: percent -5..10\nsignal t: score 0..10 \"x\"\n"
    );
    assert_eq!(
        stable("template t ( a : duration = 1 days , b : role = client . ops ) { law \"x\" }"),
        "template t(a: duration = 1 day, b: role = client.ops) {\n  law \"x\"\n}\n"
    );
    let source = "partnership P {\n  calendar weekdays mon - fri holidays 2026-12-25,2027-01-01\n  use std.x ( a : ( 1 + 2 ) * - 3 )\n  metric m: percent operational target >= - 5%\n  x must y when a - b > 2 and not ( c )\n}\n";
    assert_eq!(
        stable(source),
        "partnership P {\n  calendar weekdays mon-fri holidays 2026-12-25, 2027-01-01\n  use std.x(a: (1 + 2) * -3)\n  metric m: percent operational target >= -5%\n  x must y when a - b > 2 and not (c)\n}\n"
    );
}

#[test]
fn numbers_times_and_durations_are_spelled_one_way() {
    let source = "partnership P {\n  term 2026-01-01 for 1 years\n  meeting m weekly at 9:30 for 2 hour with A.b\n  pay X { retainer 20000 USD monthly\n fee 1_5_0_0.50 USD per day_done\n penalty p on m 500 USD per day capped at 1000000 USD }\n  A must b within 1 business days\n  A must c within 3 business day\n  milestone k by day 1000\n}\n";
    assert_eq!(
        stable(source),
        "partnership P {\n  term 2026-01-01 for 1 year\n  meeting m weekly at 09:30 for 2 hours with A.b\n  pay X {\n    retainer 20_000 USD monthly\n    fee 1_500.50 USD per day_done\n    penalty p on m 500 USD per day capped at 1_000_000 USD\n  }\n  A must b within 1 business day\n  A must c within 3 business days\n  milestone k by day 1_000\n}\n"
    );
}

#[test]
fn continuation_lines_are_indented_one_level() {
    let source = "partnership P {\nparties A as client,\n          B as provider\nterm 2026-01-01 for\n\n\n2 years\nchanges {\nmajor when c > 5%\n-> review by A.rm\nthen mediation within 30 days\n}\n  use t(\na: 1,\n      b: (2 +\n3)\n      )\n}\n";
    assert_eq!(
        stable(source),
        "partnership P {\n  parties A as client,\n    B as provider\n  term 2026-01-01 for\n    2 years\n  changes {\n    major when c > 5%\n      -> review by A.rm\n      then mediation within 30 days\n  }\n  use t(\n    a: 1,\n    b: (2 +\n      3)\n  )\n}\n"
    );
}

#[test]
fn blank_lines_are_kept_but_at_most_one() {
    let source =
        "\n\n//! doc\n\n\n\nparty A {\n\n  role a\n\n\n\n  role b\n\n}\n\n\n\nparty B\n\n\n";
    assert_eq!(
        stable(source),
        "//! doc\n\nparty A {\n  role a\n\n  role b\n}\n\nparty B\n"
    );
}

#[test]
fn comments_stay_where_they_are() {
    let source = "// first\nparty A { // after brace\n  role a // end of line\n  /* own line */\n      role b /* x */ ; role c\n  // before close\n} // after close\n/// doc of B\nparty B\n// last";
    assert_eq!(
        stable(source),
        "// first\nparty A { // after brace\n  role a // end of line\n  /* own line */\n  role b /* x */\n  role c\n  // before close\n} // after close\n/// doc of B\nparty B\n// last\n"
    );
}

#[test]
fn trailing_comments_of_consecutive_lines_are_aligned() {
    let source = "party A {\n  role a // one\n  role bbbbbb capacity 2 hours per month // two\n\n  role c // three\n}\n";
    assert_eq!(
        stable(source),
        "party A {\n  role a                                 // one\n  role bbbbbb capacity 2 hours per month // two\n\n  role c // three\n}\n"
    );
}

#[test]
fn a_block_comment_over_lines_keeps_its_shape() {
    let source = "party A {\n        /* a comment\n           over lines */ role a\n}\n";
    assert_eq!(
        stable(source),
        "party A {\n  /* a comment\n     over lines */\n  role a\n}\n"
    );
    // Its lines never lose more than whitespace.
    let source = "party A {\n      /* a\nb\n  c */\n}\n";
    assert_eq!(stable(source), "party A {\n  /* a\nb\nc */\n}\n");
}

#[test]
fn a_comment_between_a_clause_and_its_brace_keeps_the_brace_down() {
    let source = "partnership P // the deal\n{\n  term 2026-01-01 for 1 year\n}\n";
    assert_eq!(
        stable(source),
        "partnership P // the deal\n{\n  term 2026-01-01 for 1 year\n}\n"
    );
    assert_eq!(
        stable("party A /* x */\n{ role a }"),
        "party A /* x */ {\n  role a\n}\n"
    );
}

#[test]
fn crlf_tabs_and_trailing_spaces_are_normalised() {
    let source = "party A {\r\n\trole a \t// c  \r\n\r\n\r\n\trole b\t\r\n}\r\n";
    assert_eq!(stable(source), "party A {\n  role a // c\n\n  role b\n}\n");
    let source = "/* a\r\n   b */\r\nparty A\r\n";
    assert_eq!(stable(source), "/* a\n   b */\nparty A\n");
}

#[test]
fn empty_and_comment_only_files() {
    assert_eq!(stable(""), "");
    assert_eq!(stable("\n\n  \n"), "");
    assert_eq!(stable("// just a comment"), "// just a comment\n");
    assert_eq!(
        stable("/* a */ /* b */\n\n\n// c\n"),
        "/* a */ /* b */\n\n// c\n"
    );
}

#[test]
fn syntax_errors_are_returned_not_formatted() {
    let errors = format("party A {\n  role ops\n").unwrap_err();
    assert!(errors.iter().any(|d| d.code == "E0003"), "{errors:?}");
    assert!(format("party A { role }").is_err());
    assert!(format("term 2026-02-30 for 1 year").is_err());
    assert!(format(&"(".repeat(100)).is_err());
}

/// Inputs where something could go wrong; each must format, stay
/// formatted, and pass the safety check (which `try_format` runs).
#[test]
fn tricky_inputs_are_stable() {
    let inputs = [
        "party A { /* only a comment */ }",
        "party A {\n  // only a comment\n}",
        "party A { role a /* c */ }",
        "party A { role a } /* after */ ; party B",
        "party A {\n  role a /* multi\n line */ role b\n}",
        "party A /* x */ { /* y */ role a /* z */ ; /* w */ role b /* v */ }",
        "partnership P {\n  A must /* odd */ not share d // t\n  A.ops,\n  // in a list\n  A.rm must meet within // hmm\n  10 days\n}",
        "partnership P {\n  use t(\n    // first\n    a: 1, // one\n    b: 2 // two\n    // last\n  )\n}",
        "partnership P {\n  use t(a: 1\n  , b: 2)\n}",
        "partnership P {\n  changes {\n    minor when s <= 5% -> approve\n    // between\n    then x\n  }\n}",
        "signal s: percent -50..-10\nsignal t: percent - 5 .. 200%",
        "partnership P {\n  x must y when a -\n  b > 3\n}",
        "/// doc\n/// more\n\nparty A\n//! file doc in the middle\nparty B",
        "party A\n\n\n\n// the end\n\n\n",
        "party A /* a */ /* b */",
        "\u{feff}party A",
        "party A \"Ünïcödé\" { role a \"ß\" } // ünï",
        "////// many slashes\nparty A ///trailing doc\n",
        "template t() {}\nmaster M { use t() }",
        "partnership P {\n  trigger x when a > 1\n    and b < 2\n  {\n    A must b\n  }\n}",
    ];
    for input in inputs {
        let input = input.trim_start_matches('\u{feff}');
        let out = stable(input);
        assert!(!out.contains(" \n"), "trailing space in\n{out}");
        assert!(!out.contains('\t') || input.contains('\t'), "{out}");
    }
}

#[test]
fn the_safety_check_is_what_format_falls_back_on() {
    // `format` never returns text that reads differently: here it only
    // proves the check runs on every call.
    assert_eq!(format("party A").ok(), Some("party A\n".to_string()));
}

/// Large files are printed while their syntax is checked: the same text as
/// when printed after it, and syntax errors still win.
#[test]
fn large_files_print_alike_on_two_threads() {
    let mut source = String::new();
    let mut i = 0;
    while source.len() <= THREADS_ABOVE {
        source.push_str(&format!(
            "/// P{i}\npartnership P{i} {{ term 2026-01-01 for 1 years // t\n  milestone m by day 1000 }}\n"
        ));
        i += 1;
    }
    let sequential = print::print(trivia::split(&source), 0, None);
    assert_eq!(try_format(&source, FileId(0)).ok(), sequential);
    assert!(sequential.is_some_and(|text| text.contains("term 2026-01-01 for 1 year // t")));
    let broken = format!("{source}\npartnership Q {{ term }}\n");
    assert!(matches!(
        try_format(&broken, FileId(0)),
        Err(FormatError::Syntax(_))
    ));
}

/// Printed before the syntax is known, a file nesting deeper than the
/// parser allows is given up on, and so is any file once told to stop.
#[test]
fn printing_ahead_of_the_syntax_check_gives_up() {
    use std::sync::atomic::AtomicBool;
    let deep = "{\n".repeat(100);
    let go_on = AtomicBool::new(false);
    assert_eq!(print::print(trivia::split(&deep), 0, Some(&go_on)), None);
    assert!(print::print(trivia::split(&deep), 0, None).is_some());
    let long = "party A\n".repeat(5_000);
    assert!(print::print(trivia::split(&long), 0, Some(&go_on)).is_some());
    let stop = AtomicBool::new(true);
    assert_eq!(print::print(trivia::split(&long), 0, Some(&stop)), None);
    assert!(matches!(
        try_format(&"{\n".repeat(40_000), FileId(0)),
        Err(FormatError::Syntax(_))
    ));
}
