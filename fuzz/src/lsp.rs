//! `lsp`: the language server on hostile edits and requests. The input is
//! the text of a file, a NUL byte, then operations of four bytes `[kind, a,
//! b, c]`: a request at a position (hover, completion, definition,
//! references, prepare-rename, rename, formatting, symbols, code actions) or
//! an edit of the open buffer (a range replaced by a snippet, or the whole
//! text replaced by a prefix of itself). The server never panics (its panic
//! guard turns a panic into an `InternalError` answer, which fails here; and
//! libFuzzer aborts on the panic itself), answers every request, and stops
//! cleanly on `shutdown` and `exit`.

use crate::MAX_INPUT;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use std::path::PathBuf;

const URI: &str = "file:///w/fuzz.pact";
/// A second file of the workspace, so that names resolve across files.
const PARTIES: &str = "party Acme { role ops capacity 10 hours per month; role rm }\nparty Globex { role delivery }\nsignal cost_change: percent\n";
/// What an edit inserts.
const SNIPPETS: &[&str] = &[
    "", "}", "{", "\n", " ", "x", "é", "\u{1F600}", "\r\n", "\"", "//", "///", "partnership P {\n",
    "parties Acme as client, Globex as provider\n", "term 2026-01-01 for 1 year\n", "role", "Acme.",
    "requires ", "use std.", "when cost_change > 5%", "\t", "\u{202E}",
];
const NAMES: &[&str] = &["renamed", "", "two words", "é", "partnership", "Acme", "x1", "9x"];

pub fn lsp(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let (text, ops) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], data.get(at + 1..).unwrap_or_default()),
        None => (data, &[][..]),
    };
    session(&String::from_utf8_lossy(text), ops);
}

fn session(text: &str, ops: &[u8]) {
    let (server, client) = Connection::memory();
    let disk = pact::lsp::MemoryDisk(
        [
            (PathBuf::from("/w/fuzz.pact"), text.to_string()),
            (PathBuf::from("/w/parties.pact"), PARTIES.to_string()),
        ]
        .into_iter()
        .collect(),
    );
    let handle = std::thread::spawn(move || pact::lsp::serve(&server, &disk, &|_| {}));
    let send = |m: Message| {
        let _ = client.sender.send(m);
    };
    let mut id = 0;
    let mut request = |method: &str, params: Value| {
        id += 1;
        Message::Request(Request::new(RequestId::from(id), method.to_string(), params))
    };
    let notify = |method: &str, params: Value| {
        Message::Notification(Notification::new(method.to_string(), params))
    };
    let utf8 = ops.first().is_some_and(|b| b % 2 == 1);
    let encodings = if utf8 { json!(["utf-8"]) } else { json!(["utf-16"]) };
    send(request(
        "initialize",
        json!({
            "capabilities": {"general": {"positionEncodings": encodings}},
            "rootUri": "file:///w",
            "initializationOptions": {"today": "2026-03-10"},
        }),
    ));
    send(notify("initialized", json!({})));
    send(notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": URI, "languageId": "pact", "version": 1, "text": text}}),
    ));
    let mut current = text.to_string();
    let mut version = 1;
    for op in ops.chunks_exact(4) {
        let (kind, a, b, c) = (op[0], op[1], op[2], op[3]);
        let lines = current.lines().count().max(1);
        let position = json!({"line": usize::from(a) % (lines + 1), "character": b});
        let document = json!({"uri": URI});
        let at = json!({"textDocument": document, "position": position});
        let message = match kind % 12 {
            0 => request("textDocument/hover", at),
            1 => request("textDocument/completion", at),
            2 => request("textDocument/definition", at),
            3 => request(
                "textDocument/references",
                json!({"textDocument": document, "position": position,
                       "context": {"includeDeclaration": c % 2 == 0}}),
            ),
            4 => request("textDocument/prepareRename", at),
            5 => request(
                "textDocument/rename",
                json!({"textDocument": document, "position": position,
                       "newName": NAMES[usize::from(c) % NAMES.len()]}),
            ),
            6 => request(
                "textDocument/formatting",
                json!({"textDocument": document,
                       "options": {"tabSize": c % 9, "insertSpaces": c % 2 == 0}}),
            ),
            7 => request(
                "textDocument/documentSymbol",
                json!({"textDocument": document}),
            ),
            8 => request(
                "textDocument/codeAction",
                json!({"textDocument": document,
                       "range": {"start": position, "end": {"line": usize::from(a) % (lines + 1), "character": u32::from(b) + u32::from(c)}},
                       "context": {"diagnostics": []}}),
            ),
            9 | 10 => {
                // A range edit: `c` characters from the position replaced by a snippet.
                version += 1;
                let snippet = SNIPPETS[usize::from(c) % SNIPPETS.len()];
                current.push_str(snippet); // only the count of lines matters here
                notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": URI, "version": version},
                           "contentChanges": [{
                               "range": {"start": position,
                                         "end": {"line": usize::from(a) % (lines + 1),
                                                 "character": u32::from(b) + u32::from(c % 8)}},
                               "text": snippet}]}),
                )
            }
            _ => {
                // The whole text replaced by a prefix of itself (cut on a character).
                version += 1;
                let mut cut = current.len() * usize::from(c) / 255;
                while !current.is_char_boundary(cut) {
                    cut -= 1;
                }
                current.truncate(cut);
                notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": URI, "version": version},
                           "contentChanges": [{"text": current}]}),
                )
            }
        };
        send(message);
    }
    send(request("shutdown", Value::Null));
    send(notify("exit", Value::Null));
    let mut failures = Vec::new();
    while let Ok(message) = client.receiver.recv() {
        if let Message::Response(response) = message {
            if let Err(error) = response.response_result {
                if error.code == ErrorCode::InternalError as i32 {
                    failures.push(error.message);
                }
            }
        }
    }
    let stopped = handle.join();
    assert!(
        matches!(stopped, Ok(Ok(()))),
        "the server did not stop cleanly"
    );
    assert!(failures.is_empty(), "the server failed: {failures:?}");
}
