//! The language server's latency (issue 16): the time from a one-line edit
//! (`textDocument/didChange`) to the fresh diagnostics of the edited file
//! (`textDocument/publishDiagnostics`), through the real server loop over an
//! in-memory connection.
//!
//! `cargo bench --bench lsp` prints the median and worst of several edits
//! on two workspaces made by `generate.rs`: 4 files (declarations and three
//! files of partnerships; target under 50 ms) and the 10,000-partnership
//! portfolio split into 101 files (declarations and 100 files of 100
//! partnerships; target under 300 ms). Each edit toggles one line between a
//! valid currency and an unknown one, so every edit changes the
//! diagnostics of its file and is published. `PACT_LSP_VERBOSE=1` prints
//! the server's log of each analysis (fast update or every stage).

#[path = "generate.rs"]
mod generate;

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The generated portfolio as files: the declarations, then partnerships
/// in `files` files.
fn split(partnerships: usize, files: usize) -> BTreeMap<PathBuf, String> {
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts: false,
    });
    let marker = "/// Partnership number";
    let first = source.find(marker).unwrap_or(source.len());
    let (declarations, rest) = source.split_at(first);
    let pieces: Vec<String> = rest
        .split(marker)
        .filter(|p| !p.is_empty())
        .map(|p| format!("{marker}{p}"))
        .collect();
    let per_file = pieces.len().div_ceil(files);
    let mut out = BTreeMap::new();
    out.insert(
        PathBuf::from("/w/declarations.pact"),
        declarations.to_string(),
    );
    for (i, chunk) in pieces.chunks(per_file).enumerate() {
        out.insert(PathBuf::from(format!("/w/p{i:03}.pact")), chunk.concat());
    }
    out
}

fn request(id: i32, method: &str, params: Value) -> Message {
    Message::Request(Request::new(
        RequestId::from(id),
        method.to_string(),
        params,
    ))
}

fn notification(method: &str, params: Value) -> Message {
    Message::Notification(Notification::new(method.to_string(), params))
}

/// Waits for diagnostics published for `uri`.
fn published(client: &Connection, uri: &str) -> Option<Value> {
    loop {
        match client
            .receiver
            .recv_timeout(Duration::from_secs(120))
            .ok()?
        {
            Message::Notification(n)
                if n.method == "textDocument/publishDiagnostics"
                    && n.params.get("uri").and_then(Value::as_str) == Some(uri) =>
            {
                return Some(n.params);
            }
            _ => {}
        }
    }
}

fn measure(name: &str, files: BTreeMap<PathBuf, String>, edits: usize, target_ms: u128) {
    let (server, client) = Connection::memory();
    let file_count = files.len();
    let bytes: usize = files.values().map(String::len).sum();
    // The middle file of partnerships is edited.
    let (path, text) = files
        .iter()
        .nth(file_count / 2)
        .map(|(p, t)| (p.clone(), t.clone()))
        .unwrap_or_default();
    let uri = format!("file://{}", path.display());
    let disk = pact::lsp::MemoryDisk(files);
    let verbose = std::env::var_os("PACT_LSP_VERBOSE").is_some();
    let thread =
        std::thread::spawn(move || pact::lsp::serve(&server, &disk, &|line| eprintln!("  {line}")));
    let started = Instant::now();
    let _ = client.sender.send(request(
        1,
        "initialize",
        json!({"capabilities": {}, "rootUri": "file:///w", "initializationOptions": {"verbose": verbose}}),
    ));
    let _ = client.sender.send(notification("initialized", json!({})));
    let _ = client.sender.send(notification(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "pact", "version": 1, "text": text}}),
    ));
    // The first analysis publishes every file's diagnostics (all clean):
    // wait until a request is answered, which comes after it.
    let _ = client.sender.send(request(
        2,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    ));
    loop {
        match client.receiver.recv_timeout(Duration::from_secs(300)) {
            Ok(Message::Response(r)) if r.id == RequestId::from(2) => break,
            Ok(_) => {}
            Err(_) => return,
        }
    }
    let first = started.elapsed();
    let line = text[..text.find("  currency USD").unwrap_or(0)]
        .matches('\n')
        .count();
    let mut times = Vec::new();
    for version in 0..edits {
        let currency = if version % 2 == 0 { "USX" } else { "USD" };
        let change = json!({
            "textDocument": {"uri": uri, "version": version + 2},
            "contentChanges": [{
                "range": {"start": {"line": line, "character": 11}, "end": {"line": line, "character": 14}},
                "text": currency
            }]
        });
        let start = Instant::now();
        let _ = client
            .sender
            .send(notification("textDocument/didChange", change));
        let Some(params) = published(&client, &uri) else {
            println!("{name}: no diagnostics after edit {version}");
            return;
        };
        times.push(start.elapsed());
        // The generated portfolio has warnings of its own (E0330, E0322):
        // only the unknown currency is an error.
        let errors = params["diagnostics"]
            .as_array()
            .map_or(0, |d| d.iter().filter(|d| d["severity"] == 1).count());
        assert_eq!(errors > 0, currency == "USX", "edit {version}: {params}");
    }
    let _ = client.sender.send(request(3, "shutdown", Value::Null));
    let _ = client.sender.send(notification("exit", Value::Null));
    let _ = thread.join();
    times.sort();
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    let worst = times.last().copied().unwrap_or_default();
    let verdict = if median.as_millis() < target_ms {
        "within"
    } else {
        "OVER"
    };
    println!(
        "{name}: {file_count} files, {:.1} MB; first analysis {:.0} ms; edit to fresh diagnostics: median {:.1} ms, worst {:.1} ms over {edits} edits ({verdict} the {target_ms} ms target)",
        bytes as f64 / 1e6,
        first.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
    );
}

fn main() {
    measure("4-file portfolio (40 partnerships)", split(40, 3), 21, 50);
    measure("10,000 partnerships", split(10_000, 100), 9, 300);
}
