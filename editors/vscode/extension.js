// The Pact extension: highlighting comes from the TextMate grammar
// (package.json); everything else from the language server, `pact lsp`,
// started over stdio through vscode-languageclient. Plain JavaScript, so
// the extension needs no build step.
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

/** The server command: the `pact.server.path` setting, else `pact` on PATH. */
function serverOptions() {
  const config = vscode.workspace.getConfiguration("pact");
  const command = config.get("server.path") || "pact";
  const args = ["lsp", ...(config.get("server.extraArgs") || [])];
  return { command, args, transport: TransportKind.stdio };
}

async function start() {
  client = new LanguageClient("pact", "Pact language server", serverOptions(), {
    documentSelector: [{ scheme: "file", language: "pact" }],
    // The server re-reads files that change on disk (other branches,
    // generated contracts) when the editor reports them.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.pact") },
  });
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `Pact: could not start \`${serverOptions().command} lsp\` (${error.message}). ` +
        "Install pact, or set `pact.server.path`."
    );
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("pact.restartServer", async () => {
      if (client) {
        await client.stop();
      }
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("pact.server")) {
        await vscode.commands.executeCommand("pact.restartServer");
      }
    })
  );
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
