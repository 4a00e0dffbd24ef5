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

/// One edit of a workspace that is then analysed: whether it took the fast
/// path, and the diagnostics compared with an analysis from scratch.
fn edit_and_compare(
    workspace: &mut Workspace,
    disk: &MemDisk,
    files: &mut [(&str, String)],
    (name, from, to): (&str, &str, &str),
) -> bool {
    let slot = files.iter_mut().find(|(n, _)| *n == name);
    let Some(slot) = slot else {
        return false;
    };
    assert!(slot.1.contains(from), "{from}");
    slot.1 = slot.1.replacen(from, to, 1);
    let text = slot.1.clone();
    workspace.edit(&PathBuf::from(format!("/w/{name}")), |t| *t = text);
    let before = workspace.counts;
    let snapshot = workspace.analyse(disk);
    assert_eq!(
        format!("{:#?}", snapshot.diagnostics),
        from_scratch(files),
        "after {from:?} -> {to:?}"
    );
    workspace.counts.0 > before.0
}

#[test]
fn an_edit_of_one_partnership_among_many_rechecks_its_neighbours_only_and_moves_the_rest() {
    // Three partnerships in one file load `Acme.ops` (capacity 10 hours a
    // month) across files; the capacity error labels meetings in several
    // of them. Edits in the first partnership move the others' spans.
    let deal = |name: &str, hours: u32| {
        format!(
            "/// {name}.\npartnership {name} {{\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  meeting sync_{name} monthly {hours} hours with Acme.ops\n  milestone m_{name} by 2026-02-07\n}}\n\n"
        )
    };
    let many = format!("{}{}{}", deal("A", 4), deal("B", 4), deal("C", 4));
    let far = "partnership Far {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  meeting far_sync monthly 1 hour with Acme.ops\n  grant Globex read Data\n  milestone go by 2026-06-01 requires B.m_B\n}\n";
    let parties = format!("{PARTIES}resource Data owned by Acme\n");
    let mut files = vec![
        ("parties.pact", parties),
        ("many.pact", many),
        ("far.pact", far.to_string()),
    ];
    let disk = MemDisk(
        files
            .iter()
            .map(|(n, t)| (PathBuf::from(format!("/w/{n}")), t.clone()))
            .collect(),
    );
    let mut workspace = Workspace::new(vec![PathBuf::from("/w")]);
    workspace.scan(&disk);
    let first = workspace.analyse(&disk);
    assert!(first.diagnostics.iter().any(|d| d.code == "E0404"));
    // A snapshot shares the model: the next update needs it gone.
    drop(first);
    let edits = [
        // A longer meeting in A: the load grows, B and C move.
        (
            "many.pact",
            "sync_A monthly 4 hours",
            "sync_A monthly 5 hours with Acme.rm, Acme.ops //",
        ),
        // A doc comment (before a partnership) changes.
        (
            "many.pact",
            "/// B.",
            "/// The partnership B,\n/// on two lines.",
        ),
        // The capacity error goes, then comes back.
        (
            "many.pact",
            "sync_B monthly 4 hours",
            "sync_B monthly 0.5 hours",
        ),
        (
            "many.pact",
            "sync_C monthly 4 hours",
            "sync_C monthly 1 hours",
        ),
        (
            "many.pact",
            "sync_C monthly 1 hours",
            "sync_C monthly 9 hours",
        ),
        // An exclusive grant in C conflicts with Far's grant.
        (
            "many.pact",
            "  milestone m_C",
            "  grant exclusive Globex read Data\n  milestone m_C",
        ),
        // A contract check (a milestone on a Saturday) in the middle one.
        (
            "many.pact",
            "m_B by 2026-02-07",
            "m_B by 2026-02-07 requires m_B",
        ),
        (
            "many.pact",
            "m_B by 2026-02-07 requires m_B",
            "m_B by 2026-02-09",
        ),
        // Far, in another file.
        (
            "far.pact",
            "far_sync monthly 1 hour",
            "far_sync monthly 20 hours",
        ),
    ];
    for edit in edits {
        let fast = edit_and_compare(&mut workspace, &disk, &mut files, edit);
        assert!(fast, "{edit:?} took the full path");
    }
}

#[test]
fn amendments_are_checked_in_every_version_and_their_names_resolve() {
    let deal = "partnership AcmeGlobex {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 2 years\n  meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, client.ops\n  changes {\n    minor when cost_change <= 5% -> approve by Acme.ops\n    authority Acme.rm\n  }\n}\n";
    let amend = "amend AcmeGlobex effective 2026-03-01 as minor approved by client.ops {\n  remove meeting tactical\n  meeting big monthly 20 hours with client.ops\n}\n";
    let files = [
        ("parties.pact", PARTIES),
        ("deal.pact", deal),
        ("amend.pact", amend),
    ];
    let (analysed, _) = snapshot(&files);
    // The amended version books `Acme.ops` for 20 hours a month.
    let codes: Vec<&str> = analysed.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"E0404"), "{codes:?}");
    let amend_id = analysed
        .file_of(&"file:///w/amend.pact".parse().unwrap())
        .unwrap();
    let index = &analysed.file(amend_id).unwrap().index;
    let tables = analysed.tables();
    let resolved = |needle: &str, nth: usize| {
        let at = amend.match_indices(needle).nth(nth).map_or(0, |(i, _)| i);
        let occ = index.at(at as u32 + 1).unwrap();
        tables.resolve(index, occ)
    };
    use super::index::Sym;
    assert_eq!(
        resolved("AcmeGlobex", 0),
        [Sym::Partnership("AcmeGlobex".into())]
    );
    // `client` is the partnership's label, in the amendment too.
    assert_eq!(resolved("ops", 0), [Sym::Role("Acme".into(), "ops".into())]);
    assert_eq!(resolved("ops", 1), [Sym::Role("Acme".into(), "ops".into())]);
    assert_eq!(
        resolved("tactical", 0),
        [Sym::Meeting("AcmeGlobex".into(), "tactical".into())]
    );
    // The amendment does not hide the partnership's own labels.
    assert_eq!(tables.bound("AcmeGlobex", "client"), Some("Acme"));
    // Completion in the amendment knows the partnership's labels.
    let completed = |text: &str| {
        let at = text.find('|').unwrap_or(0);
        let clean = text.replace('|', "");
        let (snapshot, _) = snapshot(&[
            ("parties.pact", PARTIES),
            ("deal.pact", deal),
            ("amend.pact", &clean),
        ]);
        let before = &clean[..at];
        let params = CompletionParams {
            text_document_position: TextDocumentPositionParams {
                text_document: TextDocumentIdentifier {
                    uri: "file:///w/amend.pact".parse().unwrap(),
                },
                position: Position {
                    line: before.matches('\n').count() as u32,
                    character: (at - before.rfind('\n').map_or(0, |i| i + 1)) as u32,
                },
            },
            work_done_progress_params: WorkDoneProgressParams::default(),
            partial_result_params: PartialResultParams::default(),
            context: None,
        };
        match super::completion::complete(&snapshot, &context(), &params) {
            Some(CompletionResponse::Array(items)) => {
                items.into_iter().map(|i| i.label).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        }
    };
    let labels = completed(&amend.replace("with client.ops", "with client.|"));
    assert_eq!(labels, ["ops", "rm"]);
}

/// The hover text at the `nth` occurrence of `needle` in `deal.pact`.
fn hover_text(deal: &str, needle: &str, nth: usize) -> String {
    let (snapshot, _) = snapshot(&[("parties.pact", PARTIES), ("deal.pact", deal)]);
    let at = deal
        .match_indices(needle)
        .nth(nth)
        .map_or(0, |(i, _)| i + 1);
    let before = &deal[..at];
    let params = lsp_types::HoverParams {
        text_document_position_params: TextDocumentPositionParams {
            text_document: TextDocumentIdentifier {
                uri: "file:///w/deal.pact".parse().unwrap(),
            },
            position: Position {
                line: before.matches('\n').count() as u32,
                character: (at - before.rfind('\n').map_or(0, |i| i + 1)) as u32,
            },
        },
        work_done_progress_params: WorkDoneProgressParams::default(),
    };
    match super::hover::hover(&snapshot, &context(), &params).map(|h| h.contents) {
        Some(lsp_types::HoverContents::Markup(m)) => m.value,
        _ => String::new(),
    }
}

#[test]
fn health_and_its_tiers_in_hover_and_completion() {
    let deal = DEAL.replace(
        "  milestone",
        "  weights { from start: operational 60%, relational 40% }\n  health monthly\n  trigger low when health.operational < 50% or health < 60% {\n    Acme.rm must review scope within 5 days\n  }\n  milestone",
    );
    let tier = hover_text(&deal, "operational <", 0);
    assert!(tier.contains("**health.operational**"), "{tier}");
    assert!(tier.contains("weight 60%"), "{tier}");
    assert!(tier.contains("`on_time` >= 95%"), "{tier}");
    assert!(tier.contains("monthly"), "{tier}");
    let score = hover_text(&deal, "health <", 0);
    assert!(score.contains("**health** (built-in)"), "{score}");
    assert!(
        score.contains("relational: weight 40%; no metric"),
        "{score}"
    );
    let labels = complete(&DEAL.replace("  milestone", "  trigger t when health.|\n  milestone"));
    assert_eq!(labels, ["operational", "relational", "strategic"]);
    let labels = complete(&DEAL.replace("  milestone", "  trigger t when |\n  milestone"));
    assert!(labels.contains(&"health".to_string()), "{labels:?}");
}

#[test]
fn a_share_names_its_signal() {
    let deal = DEAL.replace(
        "  milestone",
        "  currency USD\n  pay Globex {\n    share 20% of revenue up to 1_000_000 USD, 30% above\n  }\n  milestone",
    );
    let text = hover_text(&format!("signal revenue: money\n{deal}"), "revenue up", 0);
    assert!(text.contains("**signal** `revenue`"), "{text}");
    let labels = complete(&DEAL.replace(
        "  milestone",
        "  currency USD\n  pay Globex {\n    share 20% of |\n  }\n  milestone",
    ));
    assert!(labels.contains(&"cost_change".to_string()), "{labels:?}");
}
