//! Every diagnostic code the compiler can emit, with the explanation that
//! `pact explain CODE` prints. Codes are stable: never reuse a retired one.
//!
//! A test checks that every code used anywhere in `src/` is listed here.

/// One entry of the catalogue.
pub struct CodeInfo {
    pub code: &'static str,
    /// The headline, as in the diagnostic.
    pub title: &'static str,
    /// What it means, a wrong example and its fix.
    pub explanation: &'static str,
}

pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    let wanted = code.trim().to_ascii_uppercase();
    CODES.iter().find(|info| info.code == wanted)
}

pub const CODES: &[CodeInfo] = &[
    CodeInfo {
        code: "E0001",
        title: "unexpected character",
        explanation: "A character that cannot start any token of the language, such as `@` or `#`.\n\nWrong:\n\n    party Acme @ \"Acme Corporation\"\n\nFix: remove the character. Names are made of letters, digits and `_`; text\nbelongs inside double quotes.\n\n    party Acme \"Acme Corporation\"\n",
    },
    CodeInfo {
        code: "E0002",
        title: "unexpected token",
        explanation: "The parser found a word or symbol where the clause cannot continue. The\nmessage lists what could come there instead.\n\nWrong:\n\n    meeting sync weekly 1 hour with Acme.ops Globex.ops\n\nFix: participants, like every list, are separated by commas.\n\n    meeting sync weekly 1 hour with Acme.ops, Globex.ops\n",
    },
    CodeInfo {
        code: "E0003",
        title: "unclosed block",
        explanation: "A `{` (or `(` / `[`) was opened and never closed. The label shows where it\nwas opened; the compiler closes it where the next declaration starts and\ngoes on.\n\nWrong:\n\n    party Acme {\n      role ops\n\n    partnership P { ... }\n\nFix: close the block before the next declaration.\n\n    party Acme {\n      role ops\n    }\n",
    },
    CodeInfo {
        code: "E0004",
        title: "invalid date",
        explanation: "A date is written `YYYY-MM-DD` and must exist in the calendar.\n\nWrong:\n\n    term 2026-02-30 for 1 year\n\nFix: use a real date (February 2026 has 28 days).\n\n    term 2026-02-28 for 1 year\n",
    },
    CodeInfo {
        code: "E0005",
        title: "invalid number",
        explanation: "A number is too large for an exact decimal (28 significant digits), or is\nmalformed (an `_` separator at the end).\n\nWrong:\n\n    retainer 99999999999999999999999999999999 USD monthly\n\nFix: write an amount that fits.\n",
    },
    CodeInfo {
        code: "E0006",
        title: "invalid string",
        explanation: "A string is not closed on its line, or uses an escape other than `\\\"`,\n`\\\\` and `\\n`.\n\nWrong:\n\n    law \"England and Wales\n\nFix: close the string with `\"` on the same line.\n\n    law \"England and Wales\"\n",
    },
    CodeInfo {
        code: "E0007",
        title: "invalid time of day",
        explanation: "A time of day is written `HH:MM` on a 24-hour clock.\n\nWrong:\n\n    meeting sync weekly on monday at 25:00 for 1 hour with Acme.ops\n\nFix:\n\n    meeting sync weekly on monday at 15:00 for 1 hour with Acme.ops\n",
    },
    CodeInfo {
        code: "E0008",
        title: "unexpected end of file",
        explanation: "The file ends in the middle of a clause.\n\nWrong:\n\n    term 2026-01-01 for\n\nFix: finish the clause.\n\n    term 2026-01-01 for 2 years\n",
    },
    CodeInfo {
        code: "E0009",
        title: "unmatched closing delimiter",
        explanation: "A `}`, `)` or `]` that closes nothing. It is ignored.\n\nWrong:\n\n    party Acme { role ops } }\n\nFix: remove the extra `}`.\n",
    },
    CodeInfo {
        code: "E0010",
        title: "nesting too deep",
        explanation: "Blocks, parentheses and brackets nest more than 64 levels deep, or one\nclause has more than 256 operators. No real contract needs that; the file is\nnot analysed further.\n\nFix: flatten the expression or the blocks, or split the clause.\n",
    },
    CodeInfo {
        code: "E0011",
        title: "unterminated comment",
        explanation: "A `/*` comment is never closed with `*/`.\n\nWrong:\n\n    /* draft terms\n    term 2026-01-01 for 1 year\n\nFix: close the comment.\n\n    /* draft terms */\n",
    },
    CodeInfo {
        code: "E0012",
        title: "file is not valid UTF-8",
        explanation: "Pact files are UTF-8 text. The message gives the byte offset of the first\ninvalid byte.\n\nFix: save the file as UTF-8.\n",
    },
    CodeInfo {
        code: "E0013",
        title: "file too large",
        explanation: "A single input file is larger than the limit (64 MiB). A contract file is a\nfew kilobytes; split a generated portfolio into several files.\n",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_sorted() {
        for pair in CODES.windows(2) {
            if let [a, b] = pair {
                assert!(a.code < b.code, "{} must come before {}", a.code, b.code);
            }
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(lookup("e0004").is_some());
        assert!(lookup("E9999").is_none());
    }
}
