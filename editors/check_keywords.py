#!/usr/bin/env python3
"""Checks that every editor grammar knows exactly the keywords of the lexer.

The single source of truth is the `keywords!` invocation in
src/syntax/token.rs: each `Variant => "text",` line inside it is a keyword.
Every editor grammar must mention each of these words, and must mention no
lowercase word that is not one of them, where "mentions" means, per grammar:

tmLanguage (editors/vscode/syntaxes/pact.tmLanguage.json)
    Every rule (at any depth) that has a `match` or `begin` regex and gives
    a scope starting with `keyword.`, `storage.` or `constant.language.`
    (as its `name`, `contentName` or in any of its captures) is a keyword
    rule. A word is mentioned if it is a run of lowercase letters that the
    rule's regex matches literally, i.e. that remains after removing escapes
    (`\\b`, `\\s`, ...), character classes (`[...]`), group syntax (`(?:`,
    `(?<name>`, inline flags) and every lookahead/lookbehind group (`(?=...)`,
    `(?!...)`, `(?<=...)`, `(?<!...)`): words inside lookarounds are never
    highlighted, so they do not count (the unit rule lists a few keywords in
    a negative lookahead).

Vim (editors/vim/syntax/pact.vim)
    Every word of a `syntax keyword` statement (abbreviations `syn`, `k`...
    accepted; `\\` continuation lines joined), after the group name and
    without options (`contained`, `nextgroup=...`, `skipwhite`, ...). Words
    that contain an uppercase letter (`TODO`, `FIXME`) are not counted: all
    keywords are lowercase. So every keyword must be a `syntax keyword`,
    never only part of a `syntax match` pattern.

tree-sitter, three files (editors/tree-sitter-pact/)
    src/grammar.json: the value of every `{"type": "STRING"}` rule that is a
        lowercase word (the keyword tokens the committed parser knows);
    grammar.js: every single-quoted lowercase string literal outside comment
        lines, except the first argument of `field(...)` and the grammar's
        `name:` (catches a grammar.js edited without regenerating);
    queries/highlights.scm: every double-quoted lowercase string (an
        anonymous node) outside predicates such as `(#eq? @x "neutral")` and
        comments.

Exit status: 0 when every grammar agrees, 1 with a list of the disagreements
otherwise, 2 when a file cannot be read or the keyword list is not found.

Usage: python3 editors/check_keywords.py [--repo PATH]
(PATH defaults to the repository that contains this script.)
"""

import argparse
import json
import re
import sys
from pathlib import Path

WORD = re.compile(r"^[a-z]+$")


class CheckError(Exception):
    pass


def read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise CheckError(f"cannot read {path}: {e}") from e


# ---------------------------------------------------------------- the source of truth


def lexer_keywords(repo: Path) -> list:
    path = repo / "src/syntax/token.rs"
    text = read(path)
    # The invocation, not the `macro_rules! keywords` definition.
    m = re.search(r"^keywords!\s*\{\s*\n(.*?)^\}", text, re.S | re.M)
    if not m:
        raise CheckError(f"{path}: no `keywords! {{ ... }}` invocation found")
    keywords = []
    for n, line in enumerate(m.group(1).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        entry = re.fullmatch(r'[A-Z][A-Za-z0-9]*\s*=>\s*"([^"]*)",', line)
        if not entry:
            raise CheckError(f"{path}: unexpected line in keywords!: {line!r}")
        keywords.append(entry.group(1))
    if not keywords:
        raise CheckError(f"{path}: the keywords! list is empty")
    bad = [k for k in keywords if not WORD.match(k)]
    if bad:
        raise CheckError(f"{path}: keywords must be lowercase words: {bad}")
    return keywords


# ---------------------------------------------------------------- TextMate


def _strip_group(regex: str, start: int) -> int:
    """Index just after the group that opens at `start` (a `(`)."""
    depth, i = 0, start
    in_class = False
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise CheckError(f"unbalanced parentheses in regex {regex!r}")


def regex_words(regex: str) -> set:
    """Lowercase words an Oniguruma regex matches literally."""
    out = []
    i = 0
    while i < len(regex):
        if regex.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _strip_group(regex, i)  # lookaround: never part of the match
            out.append(" ")
            continue
        c = regex[i]
        if c == "\\":
            out.append(" ")  # an escape: \b, \s, \., \\ ...
            i += 2
            continue
        if c == "[":  # a character class
            j = i + 1
            if j < len(regex) and regex[j] == "^":
                j += 1
            if j < len(regex) and regex[j] == "]":
                j += 1
            while j < len(regex) and regex[j] != "]":
                j += 2 if regex[j] == "\\" else 1
            i = j + 1
            out.append(" ")
            continue
        if regex.startswith("(?", i):
            m = re.match(r"\(\?(?:<[A-Za-z_]\w*>|[imx-]*:|[imx-]+\)|:)", regex[i:])
            if m:  # group syntax, named groups, inline flags
                i += m.end()
                out.append(" ")
                continue
        out.append(c)
        i += 1
    return {w for w in re.split(r"[^A-Za-z]+", "".join(out)) if WORD.match(w)}


KEYWORD_SCOPES = ("keyword.", "storage.", "constant.language.")


def _rule_scopes(rule: dict) -> list:
    scopes = [rule.get("name", ""), rule.get("contentName", "")]
    for key in ("captures", "beginCaptures", "endCaptures"):
        for capture in rule.get(key, {}).values():
            scopes.append(capture.get("name", ""))
    return [s for scope in scopes if scope for s in scope.split()]


def tmlanguage_words(path: Path) -> set:
    try:
        grammar = json.loads(read(path))
    except json.JSONDecodeError as e:
        raise CheckError(f"{path}: invalid JSON: {e}") from e
    words = set()

    def walk(node):
        if isinstance(node, dict):
            if any(k in node for k in ("match", "begin")) and any(
                s.startswith(KEYWORD_SCOPES) for s in _rule_scopes(node)
            ):
                for key in ("match", "begin"):
                    if key in node:
                        words.update(regex_words(node[key]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(grammar)
    return words


# ---------------------------------------------------------------- Vim

VIM_OPTIONS = {"contained", "transparent", "skipwhite", "skipnl", "skipempty", "conceal", "display", "fold"}


def vim_words(path: Path) -> set:
    joined = []
    for line in read(path).splitlines():
        stripped = line.lstrip()
        if stripped.startswith("\\") and joined:
            joined[-1] += " " + stripped[1:]
        elif stripped.startswith('"\\ '):
            continue  # a comment inside a continued statement
        else:
            joined.append(line)
    words = set()
    statement = re.compile(r"^\s*sy(?:n(?:t(?:a(?:x)?)?)?)?\s+k(?:e(?:y(?:w(?:o(?:r(?:d)?)?)?)?)?)?\s+(\S+)(.*)$")
    for line in joined:
        m = statement.match(line)
        if not m:
            continue
        for token in m.group(2).split():
            if token.startswith('"'):
                break  # trailing comment
            if token in VIM_OPTIONS or "=" in token:
                continue
            if "[" in token:
                raise CheckError(f"{path}: abbreviated keyword {token!r} is not supported by this check")
            if WORD.match(token):
                words.add(token)
    return words


# ---------------------------------------------------------------- tree-sitter


def grammar_json_words(path: Path) -> set:
    try:
        grammar = json.loads(read(path))
    except json.JSONDecodeError as e:
        raise CheckError(f"{path}: invalid JSON: {e}") from e
    words = set()

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "STRING" and WORD.match(str(node.get("value", ""))):
                words.add(node["value"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(grammar.get("rules", {}))
    return words


def grammar_js_words(path: Path) -> set:
    lines = []
    for line in read(path).splitlines():
        stripped = line.strip()
        if stripped.startswith(("//", "/*", "*")):
            continue
        lines.append(line)
    text = "\n".join(lines)
    return {
        m.group(1)
        for m in re.finditer(r"(?<!field\()(?<!name: )'([a-z]+)'", text)
    }


def _scm_tokens(text: str):
    """Tokens of a query file: '(', ')', strings (as ('str', value)), atoms."""
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c == ";":
            while i < len(text) and text[i] != "\n":
                i += 1
        elif c in "()[]":
            yield c
            i += 1
        elif c == '"':
            j, value = i + 1, []
            while j < len(text) and text[j] != '"':
                if text[j] == "\\" and j + 1 < len(text):
                    value.append(text[j + 1])
                    j += 2
                else:
                    value.append(text[j])
                    j += 1
            if j >= len(text):
                raise CheckError("unterminated string in query")
            yield ("str", "".join(value))
            i = j + 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in '()[]";':
                j += 1
            yield text[i:j]
            i = j


def highlights_words(path: Path) -> set:
    tokens = list(_scm_tokens(read(path)))
    words = set()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "(" and i + 1 < len(tokens) and isinstance(tokens[i + 1], str) and tokens[i + 1].startswith("#"):
            depth = 0  # skip the predicate
            while i < len(tokens):
                if tokens[i] == "(":
                    depth += 1
                elif tokens[i] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
        elif isinstance(tok, tuple) and WORD.match(tok[1]):
            words.add(tok[1])
        i += 1
    return words


# ---------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the repository root (default: the one containing this script)")
    args = parser.parse_args(argv)
    repo = args.repo
    editors = repo / "editors"
    checks = [
        ("tmLanguage", editors / "vscode/syntaxes/pact.tmLanguage.json", tmlanguage_words),
        ("vim", editors / "vim/syntax/pact.vim", vim_words),
        ("tree-sitter grammar.json", editors / "tree-sitter-pact/src/grammar.json", grammar_json_words),
        ("tree-sitter grammar.js", editors / "tree-sitter-pact/grammar.js", grammar_js_words),
        ("tree-sitter highlights.scm", editors / "tree-sitter-pact/queries/highlights.scm", highlights_words),
    ]
    try:
        keywords = lexer_keywords(repo)
    except CheckError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    expected = set(keywords)
    passed = failed = 0
    for label, path, extract in checks:
        try:
            found = extract(path)
        except CheckError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        missing = sorted(expected - found)
        extra = sorted(found - expected)
        rel = path.relative_to(repo) if path.is_relative_to(repo) else path
        if missing or extra:
            failed += 1
            print(f"FAIL {label} ({rel}) disagrees with src/syntax/token.rs:")
            if missing:
                print(f"  keywords it does not mention ({len(missing)}): {' '.join(missing)}")
            if extra:
                print(f"  words it treats as keywords that are not keywords ({len(extra)}): {' '.join(extra)}")
        else:
            passed += 1
            print(f"ok   {label} ({rel}): all {len(expected)} keywords, nothing else")
    print(f"keywords: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
