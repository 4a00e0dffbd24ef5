// Checks extension.js outside VS Code: the `vscode` module is replaced by a
// stand-in, and the server command the extension would start is run for
// real (`pact lsp`, from $PACT or ../../target/release/pact) and driven by
// vscode-jsonrpc, the protocol library vscode-languageclient is built on:
// it must answer `initialize` and publish the capacity error of the test
// portfolio (tests/lsp/portfolio) on parties.pact.
"use strict";
const assert = require("assert");
const childProcess = require("child_process");
const fs = require("fs");
const Module = require("module");
const os = require("os");
const path = require("path");

const settings = {};
const stubbed = {
  workspace: {
    getConfiguration: () => ({ get: (key) => settings[key] }),
    createFileSystemWatcher: () => ({ dispose() {} }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  window: { showErrorMessage: () => undefined },
};
// Whatever else vscode-languageclient reads from `vscode` when it loads
// (classes to extend, enums) is a plain class.
const vscodeStub = new Proxy(stubbed, {
  get: (target, key) => (key in target ? target[key] : class {}),
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "vscode" ? "vscode" : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: "vscode", filename: "vscode", loaded: true, exports: vscodeStub };

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: ${e.stack || e}`);
  }
}

const extension = require("../extension.js");
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
const repo = path.join(__dirname, "..", "..", "..");
const pact = process.env.PACT || path.join(repo, "target", "release", "pact");

async function main() {
  await check("package.json starts the extension on Pact files", () => {
    assert.strictEqual(pkg.main, "./extension.js");
    assert.ok(pkg.activationEvents.includes("onLanguage:pact"));
    assert.strictEqual(pkg.contributes.configuration.properties["pact.server.path"].default, "pact");
    assert.ok(pkg.dependencies["vscode-languageclient"]);
  });
  await check("the server is `pact lsp` from PATH by default", () => {
    const options = extension.serverOptions();
    assert.strictEqual(options.command, "pact");
    assert.deepStrictEqual(options.args, ["lsp"]);
  });
  await check("`pact.server.path` chooses the binary", () => {
    settings["server.path"] = "/opt/pact/bin/pact";
    assert.strictEqual(extension.serverOptions().command, "/opt/pact/bin/pact");
  });
  await check("the configured server answers and publishes diagnostics", async () => {
    assert.ok(fs.existsSync(pact), `no pact binary at ${pact}: build it or set PACT`);
    settings["server.path"] = pact;
    const options = extension.serverOptions();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pact-vscode-"));
    fs.cpSync(path.join(repo, "tests", "lsp", "portfolio"), folder, { recursive: true });
    const server = childProcess.spawn(options.command, options.args, {
      env: { ...process.env, XDG_CACHE_HOME: path.join(folder, ".cache") },
      stdio: ["pipe", "pipe", "inherit"],
    });
    const rpc = require("vscode-jsonrpc/node");
    const connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(server.stdout),
      new rpc.StreamMessageWriter(server.stdin)
    );
    const parties = new URL(`file://${path.join(folder, "parties.pact")}`).href;
    const published = new Promise((resolvePublished, reject) => {
      const timer = setTimeout(() => reject(new Error("no E0404 within 20 s")), 20000);
      connection.onNotification("textDocument/publishDiagnostics", (params) => {
        if (params.uri === parties && params.diagnostics.some((d) => d.code === "E0404")) {
          clearTimeout(timer);
          resolvePublished(params);
        }
      });
    });
    connection.listen();
    const result = await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: new URL(`file://${folder}`).href,
      capabilities: {},
    });
    assert.ok(result.capabilities.hoverProvider);
    connection.sendNotification("initialized", {});
    await published;
    await connection.sendRequest("shutdown");
    connection.sendNotification("exit");
    await new Promise((done) => server.on("exit", done));
    connection.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  await check("activate and deactivate are exported", () => {
    // (Constructing the client itself needs a running VS Code.)
    assert.strictEqual(typeof extension.activate, "function");
    assert.strictEqual(extension.deactivate(), undefined, "no client, nothing to stop");
  });
  console.log(`extension: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
