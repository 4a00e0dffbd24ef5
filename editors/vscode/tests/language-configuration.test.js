// Checks language-configuration.json: valid JSON, every regular expression
// compiles (VS Code evaluates them as JavaScript RegExps), and the folding,
// indentation and word rules behave on real Pact lines.
// Run by `npm test` before the grammar tests.
"use strict";
const assert = require("assert");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const config = JSON.parse(fs.readFileSync(path.join(root, "language-configuration.json"), "utf8"));
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: ${e.message}`);
  }
}

check("package.json contributes the pact language and grammar", () => {
  const lang = pkg.contributes.languages.find((l) => l.id === "pact");
  assert.ok(lang, "no language with id pact");
  assert.deepStrictEqual(lang.extensions, [".pact"]);
  assert.strictEqual(lang.configuration, "./language-configuration.json");
  const grammar = pkg.contributes.grammars.find((g) => g.language === "pact");
  assert.ok(grammar, "no grammar for pact");
  assert.strictEqual(grammar.scopeName, "source.pact");
  const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), "utf8"));
  assert.strictEqual(tm.scopeName, "source.pact");
});

check("comments", () => {
  assert.strictEqual(config.comments.lineComment, "//");
  assert.deepStrictEqual(config.comments.blockComment, ["/*", "*/"]);
});

check("brackets and auto-closing pairs", () => {
  const opens = config.autoClosingPairs.map((p) => p.open);
  for (const o of ["{", "[", "(", "\"", "/*"]) assert.ok(opens.includes(o), `missing auto-closing ${o}`);
  assert.deepStrictEqual(config.brackets.map((b) => b[0]).sort(), ["(", "[", "{"]);
});

const fold = {
  start: new RegExp(config.folding.markers.start),
  end: new RegExp(config.folding.markers.end),
};
check("folding markers on braces", () => {
  assert.ok(fold.start.test("partnership AcmeGlobex under StandardMSA {"));
  assert.ok(fold.start.test("  transition 6 weeks {   // obligations during the hand-over"));
  assert.ok(!fold.start.test("{ role ops; role sponsor }"));
  assert.ok(!fold.start.test("  term 2026-01-01 for 3 years"));
  assert.ok(fold.end.test("  }"));
  assert.ok(!fold.end.test("  role ops"));
});

const indent = {
  inc: new RegExp(config.indentationRules.increaseIndentPattern),
  dec: new RegExp(config.indentationRules.decreaseIndentPattern),
};
check("indentation rules", () => {
  assert.ok(indent.inc.test("party Acme \"Acme Corporation\" {"));
  assert.ok(indent.inc.test("  pay Globex {  // monthly"));
  assert.ok(!indent.inc.test("{ role ops; role sponsor }"));
  assert.ok(!indent.inc.test("// not a block {"));
  assert.ok(!indent.inc.test("  retainer 20_000 USD monthly"));
  assert.ok(indent.dec.test("}"));
  assert.ok(indent.dec.test("    }"));
  assert.ok(!indent.dec.test("  milestone kickoff by day 0"));
});

check("word pattern", () => {
  const word = new RegExp(config.wordPattern, "g");
  assert.deepStrictEqual("client.rm within 10 business_days 15%".match(word), ["client", "rm", "within", "10", "business_days", "15%"]);
});

check("onEnter rules compile", () => {
  for (const rule of config.onEnterRules) new RegExp(rule.beforeText);
  assert.ok(new RegExp(config.onEnterRules[0].beforeText).test("/// Our standard framework"));
});

console.log(`language-configuration: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
