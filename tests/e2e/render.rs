//! `pact render`: the Markdown of every shipped example (snapshots), a
//! contract not in the repository whose dates are worked out by hand, the
//! portfolio page's pictures, warnings shown, errors refused.
//!
//! Pages are written under `target/render-e2e/` so that the links from the
//! Markdown to the `.pact` files are the same relative paths everywhere.

use super::{cases, pact, relative, root, Scratch};
use std::path::{Path, PathBuf};

/// A fresh output folder inside the repository's `target/`.
fn out_dir(name: &str) -> PathBuf {
    let dir = root().join("target").join("render-e2e").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Every page of a folder, sorted, each under a header line.
fn pages(dir: &Path, ext: &str) -> String {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the output folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext))
        .collect();
    names.sort();
    let mut out = String::new();
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).expect("a page");
        out.push_str(&format!("=== {name}\n{text}\n"));
    }
    out
}

#[test]
fn markdown_of_every_example() {
    let examples = cases(&root().join("examples"));
    assert!(!examples.is_empty());
    for example in examples {
        let name = relative(&example);
        let stem = example
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = out_dir(&stem);
        let run = pact(
            &[
                "render",
                &name,
                "--format",
                "markdown",
                "-o",
                &relative(&dir),
            ],
            None,
        );
        assert_eq!(run.code, 0, "{name}:\n{}", run.transcript());
        let text = pages(&dir, ".md");
        assert!(
            !text.contains("does not put into words"),
            "{name}: a clause has no wording yet:\n{text}"
        );
        insta::assert_snapshot!(format!("render_{stem}"), text);
    }
}

const CONTRACT: &str = r#"//! A contract written for this test only.
party Acme { role ops capacity 20 hours per month; role rm }
party Globex { role delivery; role rm }

/// The framework agreement with Globex.
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  meeting weekly_sync weekly on monday at 10:00 for 3 hours with Acme.ops, Globex.delivery
  pay Globex {
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
  }
  milestone go_live by 2026-04-01 owner Globex
  renewal {
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
  }
  exit {
    notice 30 days
    transition 6 weeks {
      Globex must deliver documentation
    }
  }
}
"#;

#[test]
fn a_new_contract_reads_with_its_computed_dates() {
    let scratch = Scratch::new("render-new");
    let file = scratch.write("acme.pact", CONTRACT.as_bytes());
    let dir = out_dir("new-contract");
    let run = pact(
        &[
            "render",
            &file.to_string_lossy(),
            "--format",
            "markdown",
            "-o",
            &relative(&dir),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let page = std::fs::read_to_string(dir.join("AcmeGlobex.md")).expect("the page");
    // 2026-01-01 for 3 years ends the day before the third anniversary.
    assert!(
        page.contains("The term runs from **1 January 2026** to **31 December 2028**"),
        "{page}"
    );
    // 31 December 2028 − 120 days = 2 September 2028 (2028 is a leap year:
    // December 31, November 30, October 31, September 28 days back = 120).
    assert!(
        page.contains("The renewal window opens on **2 September 2028**"),
        "{page}"
    );
    // 31 December 2028 − 60 days = 1 November 2028 (31 + 29 = 60).
    assert!(
        page.contains("the decision is due on **1 November 2028**"),
        "{page}"
    );
    assert!(
        page.contains("Without a decision the contract renews for **1 year**."),
        "{page}"
    );
    // 31 December 2028 − 30 days = 1 December 2028.
    assert!(
        page.contains("by **1 December 2028** at the latest"),
        "{page}"
    );
    // The transition starts the day after the end and lasts 42 days.
    assert!(
        page.contains("from **1 January 2029** to **11 February 2029**"),
        "{page}"
    );
    // 36 monthly periods of 20,000 USD, 12 per contract year.
    assert!(page.contains("| **240,000 USD** |"), "{page}");
    assert!(
        page.contains("The framework agreement with Globex."),
        "{page}"
    );
    assert!(
        page.contains("A contract written for this test only."),
        "{page}"
    );
    assert!(
        page.contains("**go live** | **1 April 2026** | Globex"),
        "{page}"
    );
    // Mondays from 5 January 2026 to 25 December 2028: 156 of them.
    assert!(
        page.contains("**156 times** over the term, the first on **5 January 2026**"),
        "{page}"
    );
}

#[test]
fn the_portfolio_page_has_the_timeline_and_the_load_map() {
    let scratch = Scratch::new("render-html");
    let file = scratch.write("acme.pact", CONTRACT.as_bytes());
    let dir = out_dir("new-contract-html");
    let run = pact(
        &["render", &file.to_string_lossy(), "-o", &relative(&dir)],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let index = std::fs::read_to_string(dir.join("index.html")).expect("the portfolio page");
    assert!(index.contains("<title id=\"timeline-title\">Timeline of the portfolio</title>"));
    assert!(index.contains("AcmeGlobex: renewal decision due 1 November 2028"));
    assert!(index.contains("<title id=\"load-title\">"));
    // Weekly 3-hour meetings: five Mondays in June 2026 make 15 hours.
    assert!(
        index.contains("Acme.ops, June 2026: 15 hours of 20"),
        "{index}"
    );
    assert!(!index.contains("<script"));
    let page = std::fs::read_to_string(dir.join("AcmeGlobex.html")).expect("the page");
    assert!(
        page.contains("href=\"source-"),
        "paragraphs link to their lines"
    );
    assert!(dir.read_dir().expect("the folder").count() >= 3);
}

#[test]
fn errors_are_refused_unless_allowed() {
    let scratch = Scratch::new("render-errors");
    let broken = CONTRACT.replace("for 3 years", "for 3 yeers");
    let file = scratch.write("acme.pact", broken.as_bytes());
    let dir = out_dir("errors");
    let run = pact(
        &[
            "render",
            &file.to_string_lossy(),
            "--color",
            "never",
            "-o",
            &relative(&dir),
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stderr.contains("nothing was rendered"),
        "{}",
        run.transcript()
    );
    assert!(!dir.join("index.html").exists());
    let run = pact(
        &[
            "render",
            &file.to_string_lossy(),
            "--color",
            "never",
            "--allow-errors",
            "-o",
            &relative(&dir),
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let index = std::fs::read_to_string(dir.join("index.html")).expect("rendered anyway");
    assert!(index.contains("rendered from contracts that have errors"));
}

#[test]
fn warnings_are_shown_on_the_page_of_their_clause() {
    let scratch = Scratch::new("render-warnings");
    let text = CONTRACT.replace(
        "  currency USD\n",
        "  currency USD\n  disputes on complaint {\n    step talk by Acme.rm, Globex.rm within 5 business days\n  }\n",
    );
    let text = format!("event complaint\n{text}");
    let file = scratch.write("acme.pact", text.as_bytes());
    let dir = out_dir("warnings");
    let run = pact(
        &[
            "render",
            &file.to_string_lossy(),
            "--format",
            "markdown",
            "--color",
            "never",
            "-o",
            &relative(&dir),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.contains("warning"), "{}", run.transcript());
    let page = std::fs::read_to_string(dir.join("AcmeGlobex.md")).expect("the page");
    assert!(page.contains("**Warning:** warning `E0307`"), "{page}");
    assert!(page.contains("[this clause](AcmeGlobex.md#acme-"), "{page}");
}

#[test]
fn a_conflict_links_to_both_clauses() {
    let scratch = Scratch::new("render-conflict");
    let second = "partnership AcmeGlobexTwo {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  law \"France\"\n}\n";
    let text = CONTRACT.replace(
        "  currency USD\n",
        "  currency USD\n  law \"England and Wales\"\n",
    );
    scratch.write("acme.pact", text.as_bytes());
    scratch.write("two.pact", second.as_bytes());
    let dir = out_dir("conflict");
    let run = pact(
        &[
            "render",
            &scratch.path(),
            "--format",
            "markdown",
            "--color",
            "never",
            "-o",
            &relative(&dir),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let index = std::fs::read_to_string(dir.join("index.md")).expect("the portfolio page");
    let conflict = index
        .lines()
        .find(|l| l.contains("warning `E04"))
        .unwrap_or_else(|| panic!("a conflict across partnerships:\n{index}"));
    assert!(conflict.contains("](AcmeGlobex.md#acme-"), "{conflict}");
    assert!(conflict.contains("](AcmeGlobexTwo.md#two-1)"), "{conflict}");
    assert!(
        conflict.contains("`Globex` is under two different laws"),
        "{conflict}"
    );
    assert!(
        !index.contains("`Acme` is under two different"),
        "Acme, named first in both, holds the portfolio: {index}"
    );
}
