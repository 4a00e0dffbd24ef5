//! The main loop: the handshake (capabilities, position encoding), then
//! one message at a time — document changes update the workspace, requests
//! are answered from the latest analysis, and when no message is waiting
//! the workspace is analysed again and changed diagnostics are published.
//!
//! Edits are coalesced: every message already queued is handled before the
//! next analysis, so a burst of keystrokes costs one analysis. A request
//! is answered from a fresh analysis (one is run first when documents
//! changed). Each request handler runs under `catch_unwind`: a panic (a
//! bug) answers that request with an error, is logged, and the server goes
//! on; so does a panic inside an analysis, which keeps the previous one.

use super::diagnostics::{self, Converted, Explanations};
use super::position::{Encoding, LineIndex};
use super::workspace::{Disk, Snapshot, Workspace};
use super::{actions, completion, format, hover, navigate, symbols, tokens};
use chrono::NaiveDate;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response, ResponseError};
use lsp_types::{
    notification::Notification as _, request::Request as _, InitializeParams, PositionEncodingKind,
    ServerCapabilities, Uri,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;

/// What every request handler may need besides the snapshot.
pub struct Context {
    pub encoding: Encoding,
    /// "Today", for a meeting's next occurrences (settable by the client
    /// with the initialization option `today`, so tests are repeatable).
    pub today: NaiveDate,
}

/// A handler's failure, sent back as the response's error.
pub type Failure = (ErrorCode, String);

/// Runs the server until the client says `exit` or the connection closes.
pub fn serve(connection: &Connection, disk: &dyn Disk, log: &dyn Fn(&str)) -> Result<(), String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("no initialize request: {e}"))?;
    let init: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let utf8 = init
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref())
        .is_some_and(|e| e.contains(&PositionEncodingKind::UTF8));
    let encoding = if utf8 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let today = option(&init, "today")
        .and_then(Value::as_str)
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(system_today);
    let result = serde_json::json!({
        "capabilities": capabilities(encoding),
        "serverInfo": { "name": "pact", "version": env!("CARGO_PKG_VERSION") },
    });
    // `initialized` is not waited for: the main loop takes it (or its
    // absence) like any other notification.
    let _ = connection.sender.send(Response::new_ok(id, result).into());
    let mut server = Server {
        connection,
        disk,
        log,
        workspace: Workspace::new(roots(&init)),
        snapshot: None,
        dirty: true,
        context: Context { encoding, today },
        published: HashMap::new(),
        explanations: Explanations::default(),
        converted: Converted::default(),
        shutting_down: false,
        verbose: option(&init, "verbose")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    };
    if watches_files(&init) {
        server.watch_files();
    }
    server.workspace.scan(disk);
    server.run();
    Ok(())
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    use lsp_types::*;
    ServerCapabilities {
        position_encoding: Some(match encoding {
            super::position::Encoding::Utf8 => PositionEncodingKind::UTF8,
            super::position::Encoding::Utf16 => PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(
            TextDocumentSyncKind::INCREMENTAL,
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".to_string(), " ".to_string()]),
            ..CompletionOptions::default()
        }),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: super::tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                work_done_progress_options: WorkDoneProgressOptions::default(),
            },
        )),
        ..ServerCapabilities::default()
    }
}

/// The workspace folders (or the older `rootUri`) as paths.
fn roots(init: &InitializeParams) -> Vec<PathBuf> {
    let folders: Vec<PathBuf> = init
        .workspace_folders
        .iter()
        .flatten()
        .filter_map(|f| super::uri::to_path(&f.uri))
        .collect();
    if !folders.is_empty() {
        return folders;
    }
    #[allow(deprecated)]
    init.root_uri
        .as_ref()
        .and_then(super::uri::to_path)
        .into_iter()
        .collect()
}

/// An initialization option (`initializationOptions.NAME`).
fn option<'a>(init: &'a InitializeParams, name: &str) -> Option<&'a Value> {
    init.initialization_options.as_ref()?.get(name)
}

fn watches_files(init: &InitializeParams) -> bool {
    init.capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false)
}

fn system_today() -> NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
        .unwrap_or_default()
}

struct Server<'a> {
    connection: &'a Connection,
    disk: &'a dyn Disk,
    log: &'a dyn Fn(&str),
    workspace: Workspace,
    snapshot: Option<Snapshot>,
    /// The workspace changed since the last analysis.
    dirty: bool,
    context: Context,
    /// What was last published for each URI.
    published: HashMap<Uri, Arc<Vec<lsp_types::Diagnostic>>>,
    explanations: Explanations,
    /// The last conversion of each file's diagnostics.
    converted: Converted,
    shutting_down: bool,
    /// Log each analysis and its time (initialization option `verbose`).
    verbose: bool,
}

impl Server<'_> {
    fn run(&mut self) {
        loop {
            if self.dirty && self.connection.receiver.is_empty() {
                self.refresh();
            }
            let Ok(message) = self.connection.receiver.recv() else {
                return;
            };
            match message {
                Message::Request(request) => self.request(request),
                Message::Notification(n) if n.method == "exit" => return,
                Message::Notification(n) => self.notification(n),
                Message::Response(_) => {} // to our registration request
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // A closed connection ends the loop at the next `recv`.
        let _ = self.connection.sender.send(message.into());
    }

    fn watch_files(&self) {
        let registration = serde_json::json!({
            "registrations": [{
                "id": "pact-files",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": { "watchers": [{ "globPattern": "**/*.pact" }] }
            }]
        });
        self.send(Request::new(
            lsp_server::RequestId::from("pact-watch".to_string()),
            lsp_types::request::RegisterCapability::METHOD.to_string(),
            registration,
        ));
    }

    /// Analyses the workspace and publishes what changed.
    fn refresh(&mut self) {
        // The old snapshot shares the model with the workspace's state: it
        // goes first, so an edit can update the model in place.
        self.snapshot = None;
        let (workspace, disk) = (&mut self.workspace, self.disk);
        let started = std::time::Instant::now();
        let before = workspace.counts;
        match catch_unwind(AssertUnwindSafe(|| workspace.analyse(disk))) {
            Ok(snapshot) => self.snapshot = Some(snapshot),
            Err(panic) => (self.log)(&format!(
                "the analysis failed (a bug in pact): {}",
                panic_text(&panic)
            )),
        }
        if self.verbose {
            let kind = match self.workspace.timings() {
                Some(([lower, contract, across], (changed, near)))
                    if self.workspace.counts.0 > before.0 =>
                {
                    format!(
                        "only the edited files: {} ms lowering; {changed} partnerships changed: \
                         {} ms their contract checks, {} ms portfolio checks among {near}",
                        lower.as_millis(),
                        contract.as_millis(),
                        across.as_millis()
                    )
                }
                _ => "every stage".to_string(),
            };
            (self.log)(&format!(
                "analysed in {} ms ({kind})",
                started.elapsed().as_millis()
            ));
        }
        self.dirty = false;
        self.publish();
    }

    fn publish(&mut self) {
        let Some(snapshot) = &self.snapshot else {
            return;
        };
        let by_file = diagnostics::by_file(
            snapshot,
            self.context.encoding,
            &mut self.explanations,
            self.disk,
            &mut self.converted,
        );
        let mut fresh: HashMap<Uri, Arc<Vec<lsp_types::Diagnostic>>> = HashMap::new();
        for (id, list) in by_file {
            if let Some(uri) = snapshot.file(id).and_then(|f| f.uri.clone()) {
                match fresh.entry(uri) {
                    Entry::Vacant(slot) => {
                        slot.insert(list);
                    }
                    Entry::Occupied(mut slot) => {
                        Arc::make_mut(slot.get_mut()).extend(list.iter().cloned());
                    }
                }
            }
        }
        // Files that had diagnostics and are gone from the portfolio.
        for uri in self.published.keys() {
            if !fresh.contains_key(uri) {
                fresh.insert(uri.clone(), Arc::default());
            }
        }
        let mut uris: Vec<&Uri> = fresh.keys().collect();
        uris.sort();
        for uri in uris {
            let Some(list) = fresh.get(uri) else { continue };
            // Lists reused from the last conversion are the same object.
            let same = self
                .published
                .get(uri)
                .is_some_and(|old| Arc::ptr_eq(old, list) || old == list);
            if same {
                continue;
            }
            let params = lsp_types::PublishDiagnosticsParams {
                uri: uri.clone(),
                diagnostics: list.to_vec(),
                version: None,
            };
            self.send(Notification::new(
                lsp_types::notification::PublishDiagnostics::METHOD.to_string(),
                params,
            ));
        }
        fresh.retain(|_, list| !list.is_empty());
        self.published = fresh;
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        if request.method == lsp_types::request::Shutdown::METHOD {
            self.shutting_down = true;
            self.send(Response::new_ok(id, Value::Null));
            return;
        }
        if self.shutting_down {
            self.send(Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".to_string(),
            ));
            return;
        }
        if self.dirty {
            self.refresh();
        }
        let method = request.method.clone();
        let answer = match &self.snapshot {
            None => Err((
                ErrorCode::ContentModified,
                "the workspace could not be analysed".to_string(),
            )),
            Some(snapshot) => {
                let context = &self.context;
                catch_unwind(AssertUnwindSafe(|| dispatch(snapshot, context, request)))
                    .unwrap_or_else(|panic| {
                        let text = panic_text(&panic);
                        (self.log)(&format!("`{method}` failed (a bug in pact): {text}"));
                        Err((
                            ErrorCode::InternalError,
                            format!("pact could not answer `{method}`: {text}"),
                        ))
                    })
            }
        };
        let response = Response {
            id,
            response_result: answer.map_err(|(code, message)| ResponseError {
                code: code as i32,
                message,
                data: None,
            }),
        };
        self.send(response);
    }

    fn notification(&mut self, n: Notification) {
        use lsp_types::notification::*;
        let method = n.method.clone();
        let handled = match method.as_str() {
            DidOpenTextDocument::METHOD => parse::<lsp_types::DidOpenTextDocumentParams>(n.params)
                .map(|p| {
                    let path = path_of(&p.text_document.uri);
                    self.workspace
                        .open(path, p.text_document.uri, p.text_document.text);
                }),
            DidChangeTextDocument::METHOD => {
                parse::<lsp_types::DidChangeTextDocumentParams>(n.params).map(|p| {
                    let path = path_of(&p.text_document.uri);
                    let encoding = self.context.encoding;
                    self.workspace.edit(&path, |text| {
                        for change in p.content_changes {
                            apply_change(text, change, encoding);
                        }
                    });
                })
            }
            DidCloseTextDocument::METHOD => {
                parse::<lsp_types::DidCloseTextDocumentParams>(n.params).map(|p| {
                    let path = path_of(&p.text_document.uri);
                    self.workspace.close(&path, self.disk);
                })
            }
            DidChangeWatchedFiles::METHOD => {
                parse::<lsp_types::DidChangeWatchedFilesParams>(n.params).map(|p| {
                    for change in p.changes {
                        if let Some(path) = super::uri::to_path(&change.uri) {
                            if path.extension().is_some_and(|e| e == "pact") {
                                self.workspace.disk_changed(&path, self.disk);
                            }
                        }
                    }
                })
            }
            DidChangeWorkspaceFolders::METHOD => {
                parse::<lsp_types::DidChangeWorkspaceFoldersParams>(n.params).map(|p| {
                    let removed: Vec<PathBuf> = p
                        .event
                        .removed
                        .iter()
                        .filter_map(|f| super::uri::to_path(&f.uri))
                        .collect();
                    self.workspace.roots.retain(|r| !removed.contains(r));
                    self.workspace.roots.extend(
                        p.event
                            .added
                            .iter()
                            .filter_map(|f| super::uri::to_path(&f.uri)),
                    );
                    let paths: Vec<PathBuf> = self
                        .workspace
                        .files
                        .iter()
                        .map(|f| f.path.clone())
                        .collect();
                    for path in paths {
                        self.workspace.disk_changed(&path, self.disk);
                    }
                    self.workspace.scan(self.disk);
                })
            }
            // Saves, cancellations, settings: nothing to do.
            _ => return,
        };
        match handled {
            Ok(()) => self.dirty = true,
            Err(why) => (self.log)(&format!("ignored `{method}`: {why}")),
        }
    }
}

/// The path a document is known by (a pseudo-path for `untitled:` and
/// other schemes, which never match a file on disk).
pub fn path_of(uri: &Uri) -> PathBuf {
    super::uri::to_path(uri).unwrap_or_else(|| PathBuf::from(uri.as_str()))
}

fn apply_change(
    text: &mut String,
    change: lsp_types::TextDocumentContentChangeEvent,
    encoding: Encoding,
) {
    match change.range {
        None => *text = change.text,
        Some(range) => {
            let lines = LineIndex::new(text);
            let start = lines.offset(text, range.start, encoding);
            let end = lines.offset(text, range.end, encoding).max(start);
            text.replace_range(start..end, &change.text);
        }
    }
}

fn parse<P: DeserializeOwned>(params: Value) -> Result<P, String> {
    serde_json::from_value(params).map_err(|e| format!("invalid parameters: {e}"))
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// Answers one request.
fn dispatch(snapshot: &Snapshot, context: &Context, request: Request) -> Result<Value, Failure> {
    use lsp_types::request::*;
    let params = request.params;
    match request.method.as_str() {
        HoverRequest::METHOD => answer(params, |p| Ok(hover::hover(snapshot, context, &p))),
        GotoDefinition::METHOD => {
            answer(params, |p| Ok(navigate::definition(snapshot, context, &p)))
        }
        References::METHOD => answer(params, |p| Ok(navigate::references(snapshot, context, &p))),
        PrepareRenameRequest::METHOD => {
            answer(params, |p| navigate::prepare_rename(snapshot, context, &p))
        }
        Rename::METHOD => answer(params, |p| navigate::rename(snapshot, context, &p)),
        Completion::METHOD => answer(params, |p| Ok(completion::complete(snapshot, context, &p))),
        Formatting::METHOD => answer(params, |p| format::format(snapshot, context, &p)),
        DocumentSymbolRequest::METHOD => answer(params, |p| {
            Ok(symbols::document_symbols(snapshot, context, &p))
        }),
        SemanticTokensFullRequest::METHOD => {
            answer(params, |p| Ok(tokens::full(snapshot, context, &p)))
        }
        CodeActionRequest::METHOD => {
            answer(params, |p| Ok(actions::code_actions(snapshot, context, &p)))
        }
        // A bug, on purpose: the tests check that it is contained.
        #[cfg(test)]
        "pact/testPanic" => std::panic::panic_any("a test of the panic guard".to_string()),
        other => Err((
            ErrorCode::MethodNotFound,
            format!("pact lsp does not answer `{other}`"),
        )),
    }
}

fn answer<P: DeserializeOwned, R: Serialize>(
    params: Value,
    handler: impl FnOnce(P) -> Result<R, Failure>,
) -> Result<Value, Failure> {
    let params: P = serde_json::from_value(params)
        .map_err(|e| (ErrorCode::InvalidParams, format!("invalid parameters: {e}")))?;
    let result = handler(params)?;
    serde_json::to_value(result).map_err(|e| (ErrorCode::InternalError, e.to_string()))
}
