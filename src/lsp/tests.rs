//! Unit tests of the requests on an in-memory workspace (the end-to-end
//! tests with real clients are in tests/lsp/).

use super::position::Encoding;
use super::server::Context;
use super::workspace::{Snapshot, Workspace};
use lsp_types::{
    CompletionParams, CompletionResponse, PartialResultParams, Position, TextDocumentIdentifier,
    TextDocumentPositionParams, WorkDoneProgressParams,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

use super::MemoryDisk as MemDisk;

const PARTIES: &str = "party Acme { role ops capacity 10 hours per month; role rm }\nparty Globex { role delivery }\nsignal cost_change: percent\n";
const DEAL: &str = "partnership Deal {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  metric on_time: percent operational target >= 95%\n  milestone kickoff by day 0\n}\n";

pub fn snapshot(files: &[(&str, &str)]) -> (Snapshot, MemDisk) {
    let disk = MemDisk(
        files
            .iter()
            .map(|(n, t)| (PathBuf::from(format!("/w/{n}")), t.to_string()))
            .collect(),
    );
    let mut workspace = Workspace::new(vec![PathBuf::from("/w")]);
    workspace.scan(&disk);
    let snapshot = workspace.analyse(&disk);
    (snapshot, disk)
}

fn context() -> Context {
    Context {
        encoding: Encoding::Utf16,
        today: chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap_or_default(),
    }
}

/// Completion labels at the `|` in `deal` (which replaces DEAL).
fn complete(deal: &str) -> Vec<String> {
    let at = deal.find('|').unwrap_or(0);
    let text = deal.replace('|', "");
    let (snapshot, _) = snapshot(&[("parties.pact", PARTIES), ("deal.pact", &text)]);
    let before = &text[..at];
    let position = Position {
        line: before.matches('\n').count() as u32,
        character: (at - before.rfind('\n').map_or(0, |i| i + 1)) as u32,
    };
    let params = CompletionParams {
        text_document_position: TextDocumentPositionParams {
            text_document: TextDocumentIdentifier {
                uri: "file:///w/deal.pact".parse().unwrap(),
            },
            position,
        },
        work_done_progress_params: WorkDoneProgressParams::default(),
        partial_result_params: PartialResultParams::default(),
        context: None,
    };
    match super::completion::complete(&snapshot, &context(), &params) {
        Some(CompletionResponse::Array(items)) => items.into_iter().map(|i| i.label).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn keywords_at_the_start_of_a_clause() {
    let labels = complete(&DEAL.replace("  milestone", "  |\n  milestone"));
    for keyword in ["meeting", "milestone", "term", "pay"] {
        assert!(
            labels.contains(&keyword.to_string()),
            "{keyword}: {labels:?}"
        );
    }
}

#[test]
fn roles_after_a_party_and_a_label() {
    let labels = complete(&DEAL.replace(
        "  milestone",
        "  meeting m weekly 1 hour with Acme.|\n  milestone",
    ));
    assert_eq!(labels, ["ops", "rm"]);
    let labels = complete(&DEAL.replace(
        "  milestone",
        "  meeting m weekly 1 hour with provider.|\n  milestone",
    ));
    assert_eq!(labels, ["delivery"]);
}

#[test]
fn signals_and_metrics_in_a_condition() {
    let labels = complete(&DEAL.replace("  milestone", "  trigger t when |\n  milestone"));
    assert!(labels.contains(&"cost_change".to_string()), "{labels:?}");
    assert!(labels.contains(&"on_time".to_string()), "{labels:?}");
}

#[test]
fn a_panic_in_a_request_answers_it_with_an_error_and_the_server_goes_on() {
    use lsp_server::{Connection, Message, Notification, Request, RequestId};
    let (server, client) = Connection::memory();
    let handle = std::thread::spawn(move || {
        let disk = MemDisk(
            [(PathBuf::from("/w/deal.pact"), DEAL.to_string())]
                .into_iter()
                .collect(),
        );
        super::serve(&server, &disk, &|_| {})
    });
    let request = |id: i32, method: &str, params: serde_json::Value| {
        Message::Request(Request::new(
            RequestId::from(id),
            method.to_string(),
            params,
        ))
    };
    let send = |m: Message| client.sender.send(m).unwrap_or_default();
    send(request(
        1,
        "initialize",
        serde_json::json!({"capabilities": {}, "rootUri": "file:///w"}),
    ));
    send(request(2, "pact/testPanic", serde_json::json!({})));
    let hover = serde_json::json!({
        "textDocument": {"uri": "file:///w/deal.pact"},
        "position": {"line": 0, "character": 13}
    });
    send(request(3, "textDocument/hover", hover));
    send(request(4, "shutdown", serde_json::Value::Null));
    send(Message::Notification(Notification::new(
        "exit".to_string(),
        (),
    )));
    let mut answers = BTreeMap::new();
    while let Ok(message) = client.receiver.recv() {
        if let Message::Response(r) = message {
            answers.insert(format!("{}", r.id), r.response_result);
        }
    }
    assert!(matches!(handle.join(), Ok(Ok(()))));
    let panicked = answers.get("2").cloned().and_then(Result::err);
    assert!(
        panicked.is_some_and(|e| e.message.contains("a test of the panic guard")),
        "{answers:?}"
    );
    let hovered = answers.get("3").cloned().and_then(Result::ok);
    assert!(
        hovered.is_some_and(|v| v.to_string().contains("partnership")),
        "{answers:?}"
    );
}

/// The diagnostics of a workspace analysed from scratch.
fn from_scratch(files: &[(&str, String)]) -> String {
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (snapshot, _) = snapshot(&borrowed);
    format!("{:#?}", snapshot.diagnostics)
}

#[test]
fn an_incremental_update_gives_what_a_full_analysis_gives() {
    let other = "partnership Other {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  meeting weekly_ops weekly 6 hours with Acme.ops\n  milestone launch by 2026-06-01 requires Deal.kickoff\n}\n";
    let mut files = vec![
        ("parties.pact", PARTIES.to_string()),
        ("deal.pact", DEAL.to_string()),
        ("other.pact", other.to_string()),
    ];
    let disk = MemDisk(
        files
            .iter()
            .map(|(n, t)| (PathBuf::from(format!("/w/{n}")), t.clone()))
            .collect(),
    );
    let mut workspace = Workspace::new(vec![PathBuf::from("/w")]);
    workspace.scan(&disk);
    workspace.analyse(&disk);
    // Edits of partnership bodies (one renames a milestone that another
    // file refers to: that takes the full path), then one adds a party.
    let renewal = "  renewal {\n    window opens 10 days before end\n    decision due 60 days before end\n  }\n";
    let with_renewal = format!("  milestone kickoff by day 0\n{renewal}");
    let edits: [(&str, &str, &str); 7] = [
        (
            "deal.pact",
            "  milestone kickoff by day 0\n",
            "  milestone kickoff by day 0\n  meeting daily_sync daily 1 hour with Acme.ops\n",
        ),
        ("deal.pact", "Globex as provider", "Globx as provider"),
        // A contract check (E0302) appears, then goes.
        ("deal.pact", "  milestone kickoff by day 0\n", &with_renewal),
        ("deal.pact", renewal, ""),
        ("deal.pact", "milestone kickoff", "milestone start"),
        (
            "deal.pact",
            "term 2026-01-01 for 1 year",
            "term 2026-01-01 for",
        ),
        (
            "parties.pact",
            "party Globex",
            "party Initech { role eng }\nparty Globex",
        ),
    ];
    for (i, (name, from, to)) in edits.into_iter().enumerate() {
        let Some(slot) = files.iter_mut().find(|(n, _)| *n == name) else {
            continue;
        };
        slot.1 = slot.1.replacen(from, to, 1);
        let text = slot.1.clone();
        workspace.edit(&PathBuf::from(format!("/w/{name}")), |t| *t = text);
        let before = workspace.counts;
        let snapshot = workspace.analyse(&disk);
        let fast = workspace.counts.0 > before.0;
        // (The syntax error, edit 5, may swallow the milestone after it.)
        let expected = [
            Some(true),
            Some(true),
            Some(true),
            Some(true),
            Some(false),
            None,
            Some(false),
        ];
        if let Some(Some(expected)) = expected.get(i) {
            assert_eq!(fast, *expected, "edit {i}: fast update {fast}");
        }
        let codes: Vec<&str> = snapshot.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes.contains(&"E0302"), i == 2, "edit {i}: {codes:?}");
        assert_eq!(
            format!("{:#?}", snapshot.diagnostics),
            from_scratch(&files),
            "edit {i}"
        );
    }
}
