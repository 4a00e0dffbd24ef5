//! The listing of one source file, each line with its anchor (`#L12`), so
//! that the link after a paragraph lands on the clause it speaks for.

use super::html::{escape, foot, head};
use std::fmt::Write;

pub fn write(name: &str, text: &str, nav: &[(String, String)]) -> String {
    let mut out = String::new();
    head(&mut out, name, nav, "");
    let _ = writeln!(out, "<h1>Source: <code>{}</code></h1>", escape(name));
    out.push_str("<div class=\"listing\" role=\"region\" aria-label=\"Source text\">\n");
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let _ = writeln!(
            out,
            "<div id=\"L{n}\"><span class=\"n\">{n}</span>{}</div>",
            escape(line)
        );
    }
    out.push_str("</div>\n");
    foot(&mut out);
    out
}
