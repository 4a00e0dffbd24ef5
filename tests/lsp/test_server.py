"""Every capability of `pact lsp`, end to end, on a three-file portfolio.

The portfolio (`portfolio/`): `parties.pact` declares Acme, whose `ops` role
has a capacity of 10 hours a month; `globex.pact` and `initech.pact` each
hold a partnership with a weekly two-hour meeting of that role, so the
capacity error (E0404) is found across files and reported on the role.
"""

import os
import pathlib

import pytest
from lsprotocol import types

from conftest import TODAY, until


def uri(workspace, name):
    return (workspace / name).as_uri()


def text(workspace, name):
    return (workspace / name).read_text()


def position(source, needle, skip=0, after=0):
    """The position of the `skip`-th occurrence of `needle` (plus `after`)."""
    at = -1
    for _ in range(skip + 1):
        at = source.index(needle, at + 1)
    at += after
    line = source.count("\n", 0, at)
    column = at - (source.rfind("\n", 0, at) + 1)
    return types.Position(line=line, character=column)


def open_doc(client, workspace, name):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri(workspace, name),
                language_id="pact",
                version=1,
                text=text(workspace, name),
            )
        )
    )


def codes(diagnostics):
    return [d.code for d in diagnostics]


def has_capacity_error(all_diagnostics, workspace):
    return "E0404" in codes(all_diagnostics.get(uri(workspace, "parties.pact"), []))


async def hover_text(client, workspace, name, needle, skip=0, after=0):
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, name)),
            position=position(text(workspace, name), needle, skip, after),
        )
    )
    assert result is not None, f"no hover on {needle!r}"
    return result.contents.value


# ---------------------------------------------------------------- diagnostics


async def test_the_cross_file_capacity_error_is_published_on_the_role(client, workspace):
    await until(client, lambda d: has_capacity_error(d, workspace))
    parties = client.diagnostics[uri(workspace, "parties.pact")]
    [capacity] = [d for d in parties if d.code == "E0404"]
    assert capacity.severity == types.DiagnosticSeverity.Error
    assert "`Acme.ops` is booked for 16 hours in 2026-02" in capacity.message
    # The span is the role's name, on its own line.
    source = text(workspace, "parties.pact")
    start = position(source, "ops")
    assert (capacity.range.start, capacity.range.end.character) == (start, start.character + 3)
    # Each contributing meeting is related information, in its own file.
    related = {pathlib.Path(r.location.uri[len("file://"):]).name for r in capacity.related_information}
    assert related == {"globex.pact", "initech.pact"}
    # The code links to its `pact explain` text.
    href = capacity.code_description.href
    assert href.startswith("file://") and href.endswith("E0404.md")
    assert "E0404" in pathlib.Path(href[len("file://"):]).read_text()
    # The partnership files are clean.
    assert list(client.diagnostics.get(uri(workspace, "globex.pact"), [])) == []
    assert list(client.diagnostics.get(uri(workspace, "initech.pact"), [])) == []


async def test_an_edit_that_removes_the_conflict_clears_the_error(client, workspace):
    await until(client, lambda d: has_capacity_error(d, workspace))
    open_doc(client, workspace, "initech.pact")
    source = text(workspace, "initech.pact")
    start = position(source, "client.ops, ")
    end = position(source, "client.ops, ", after=len("client.ops, "))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(
                uri=uri(workspace, "initech.pact"), version=2
            ),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=start, end=end), text=""
                )
            ],
        )
    )
    await until(client, lambda d: not has_capacity_error(d, workspace))
    assert list(client.diagnostics[uri(workspace, "parties.pact")]) == []


async def test_a_syntax_error_as_you_type_and_its_repair(client, workspace):
    open_doc(client, workspace, "globex.pact")
    name = uri(workspace, "globex.pact")
    source = text(workspace, "globex.pact")
    broken = source.replace("currency USD", "currency USD USD")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=name, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=broken)],
        )
    )
    await until(client, lambda d: "E0002" in codes(d.get(name, [])))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=name, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=source)],
        )
    )
    await until(client, lambda d: list(d.get(name, [0])) == [])


# ---------------------------------------------------------------- hover


async def test_hover_on_the_term_names_its_end_date_and_renewal_dates(client, workspace):
    value = await hover_text(client, workspace, "globex.pact", "term", after=2)
    assert "2026-01-01 to **2027-12-31**" in value
    assert "renewal window opens: 2027-09-02" in value
    assert "renewal decision due: 2027-11-01" in value
    assert "last day for non-renewal notice: 2027-11-16" in value
    # The partnership's name says the same.
    assert "2027-12-31" in await hover_text(client, workspace, "globex.pact", "AcmeGlobex")


async def test_hover_on_a_role_shows_its_monthly_load_against_capacity(client, workspace):
    value = await hover_text(client, workspace, "parties.pact", "ops", after=1)
    assert "capacity: 10 hours a month" in value
    assert f"this month ({TODAY[:7]}): 20 hours" in value
    assert "over capacity" in value
    assert "`standup` in `AcmeGlobex`" in value
    # The error on the role is explained too.
    assert "**E0404**" in value


async def test_hover_on_a_meeting_shows_its_next_dates_and_yearly_hours(client, workspace):
    value = await hover_text(client, workspace, "globex.pact", "standup")
    assert "next: 2026-03-16, 2026-03-23, 2026-03-30, 2026-04-06, 2026-04-13" in value
    assert "hours a year" in value


async def test_hover_on_signals_metrics_and_templates(client, workspace):
    signal = await hover_text(client, workspace, "globex.pact", "cost_change")
    assert "**signal** `cost_change`: percent" in signal
    metric = await hover_text(client, workspace, "globex.pact", "on_time")
    assert "percent" in metric and "target: >= 95%" in metric
    template = await hover_text(client, workspace, "globex.pact", "four_step")
    assert "**template** `std.disputes.four_step`" in template
    assert "`notice_event`: event = dispute_notice" in template


# ---------------------------------------------------------------- navigation


async def definition(client, workspace, name, needle, skip=0):
    return await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, name)),
            position=position(text(workspace, name), needle, skip),
        )
    )


async def test_definition_of_a_role_in_another_file(client, workspace):
    for name, needle in [("globex.pact", "ops"), ("initech.pact", "ops")]:
        result = await definition(client, workspace, name, needle)
        assert result.uri == uri(workspace, "parties.pact"), name
        assert result.range.start == position(text(workspace, "parties.pact"), "ops")


async def test_definition_of_a_milestone_of_another_partnership(client, workspace):
    result = await definition(client, workspace, "initech.pact", "go_live")
    assert result.uri == uri(workspace, "globex.pact")
    assert result.range.start == position(text(workspace, "globex.pact"), "go_live")


async def test_definition_into_the_standard_library(client, workspace):
    result = await definition(client, workspace, "globex.pact", "four_step")
    assert result.uri.startswith("file://") and result.uri.endswith("/std/disputes.pact")
    copy = pathlib.Path(result.uri[len("file://"):])
    assert "template four_step(" in copy.read_text()
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0, "the copy is read-only"
    assert copy.stat().st_mode & 0o222 == 0


async def test_references_of_a_role_in_three_files(client, workspace):
    result = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, "globex.pact")),
            position=position(text(workspace, "globex.pact"), "ops"),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    files = sorted({pathlib.Path(r.uri).name for r in result})
    assert files == ["globex.pact", "initech.pact", "parties.pact"]
    # The declaration, two uses in globex.pact (meeting, change level), one
    # in initech.pact (through the label: `client.ops`).
    assert len(result) == 4


async def test_rename_a_role_across_files_but_not_the_standard_library(client, workspace):
    params = types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri(workspace, "parties.pact")),
        position=position(text(workspace, "parties.pact"), "ops"),
        new_name="operations",
    )
    edit = await client.text_document_rename_async(params)
    changed = {pathlib.Path(u).name: len(e) for u, e in edit.changes.items()}
    assert changed == {"parties.pact": 1, "globex.pact": 2, "initech.pact": 1}
    assert all(e.new_text == "operations" for es in edit.changes.values() for e in es)
    with pytest.raises(Exception, match="standard library"):
        await client.text_document_rename_async(
            types.RenameParams(
                text_document=types.TextDocumentIdentifier(uri=uri(workspace, "globex.pact")),
                position=position(text(workspace, "globex.pact"), "four_step"),
                new_name="five_step",
            )
        )
    with pytest.raises(Exception, match="keyword"):
        await client.text_document_rename_async(
            types.RenameParams(
                text_document=params.text_document,
                position=params.position,
                new_name="meeting",
            )
        )


# ---------------------------------------------------------------- completion


async def complete_after(client, workspace, name, anchor, insert):
    """Inserts `insert` on a new line after the line holding `anchor` and
    completes at its end."""
    open_doc(client, workspace, name)
    source = text(workspace, name)
    line = position(source, anchor).line + 1
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(workspace, name), version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=line, character=0),
                        end=types.Position(line=line, character=0),
                    ),
                    text=insert + "\n",
                )
            ],
        )
    )
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, name)),
            position=types.Position(
                line=line + insert.count("\n"), character=len(insert.split("\n")[-1])
            ),
        )
    )
    items = result.items if hasattr(result, "items") else result
    return {item.label: item for item in items}


async def test_completion_of_roles_after_a_party(client, workspace):
    items = await complete_after(
        client, workspace, "globex.pact", "currency", "  meeting extra weekly for 1 hour with Acme."
    )
    assert set(items) == {"ops", "rm", "sponsor"}
    assert items["ops"].kind == types.CompletionItemKind.Field


async def test_completion_of_roles_after_a_label(client, workspace):
    items = await complete_after(
        client, workspace, "initech.pact", "term", "  meeting extra weekly for 1 hour with provider."
    )
    assert set(items) == {"eng", "rm"}


async def test_completion_of_keywords_where_the_grammar_takes_them(client, workspace):
    items = await complete_after(client, workspace, "globex.pact", "currency", "  ")
    for keyword in ["meeting", "milestone", "term", "pay", "renewal"]:
        assert keyword in items, sorted(items)
        assert items[keyword].kind == types.CompletionItemKind.Keyword
    assert "Acme" in items, "an obligation's subject can start a clause"
    items = await complete_after(client, workspace, "globex.pact", "currency", "  meeting x ")
    assert {"daily", "weekly", "monthly", "every"} <= set(items)
    assert "milestone" not in items


async def test_completion_of_milestones_signals_and_templates(client, workspace):
    items = await complete_after(
        client, workspace, "initech.pact", "term", "  milestone beta by 2026-05-01 requires "
    )
    assert "AcmeGlobex.go_live" in items and "launch" in items
    # (At the end of the block: a line ending in `when` continues on the
    # next line, and would swallow the clause written there.)
    items = await complete_after(
        client, workspace, "globex.pact", "notice 45 days", "  }\n  trigger spike when "
    )
    assert {"cost_change", "on_time"} <= set(items)
    items = await complete_after(client, workspace, "globex.pact", "currency", "  use ")
    snippet = items["std.disputes.four_step"]
    assert snippet.insert_text_format == types.InsertTextFormat.Snippet
    assert snippet.insert_text.startswith("std.disputes.four_step(notice_event: ${1:dispute_notice}")


# ---------------------------------------------------------------- editing


async def test_formatting_edits(client, workspace):
    open_doc(client, workspace, "initech.pact")
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, "initech.pact")),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert len(edits) == 1
    [edit] = edits
    assert edit.range.start == types.Position(line=3, character=0)
    assert edit.range.end == types.Position(line=4, character=0)
    assert edit.new_text == "  term 2026-02-01 for 1 year\n"
    # A formatted file needs no edit.
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, "globex.pact")),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert not edits


async def test_document_symbols(client, workspace):
    result = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, "globex.pact"))
        )
    )
    [partnership] = result
    assert partnership.name == "AcmeGlobex"
    children = [c.name for c in partnership.children]
    assert children == ["term", "on_time", "standup", "kickoff", "go_live", "renewal"]


async def test_code_action_applies_the_suggestion(client, workspace):
    name = uri(workspace, "globex.pact")
    open_doc(client, workspace, "globex.pact")
    broken = text(workspace, "globex.pact").replace("Globex as provider", "Globx as provider")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=name, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=broken)],
        )
    )
    await until(client, lambda d: "E0102" in codes(d.get(name, [])))
    [undefined] = [d for d in client.diagnostics[name] if d.code == "E0102" and "Globx" in d.message]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=name),
            range=undefined.range,
            context=types.CodeActionContext(diagnostics=[undefined]),
        )
    )
    [action] = actions
    assert action.title == "Replace `Globx` with `Globex`"
    [edit] = action.edit.changes[name]
    assert edit.range == undefined.range and edit.new_text == "Globex"


# ---------------------------------------------------------------- robustness


async def test_bad_requests_get_errors_and_the_server_goes_on(client, workspace):
    name = uri(workspace, "globex.pact")
    # Positions far outside the file are clamped, not a crash.
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=name),
            position=types.Position(line=99999, character=99999),
        )
    )
    assert result is None
    with pytest.raises(Exception, match="does not answer"):
        await client.protocol.send_request_async("pact/unknown", {})
    # A document nobody knows: no answer, no error.
    result = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri="file:///nowhere.pact"),
            position=types.Position(line=0, character=0),
        )
    )
    assert result is None
    # Still serving.
    assert "2027-12-31" in await hover_text(client, workspace, "globex.pact", "AcmeGlobex")


async def test_utf8_positions_when_the_client_offers_them(utf8_client, workspace):
    assert utf8_client.init_result.capabilities.position_encoding == "utf-8"
    name = uri(workspace, "initech.pact")
    source = text(workspace, "initech.pact").replace(
        '"analytics"', '"analyse des données"'
    ).replace("Initech must notify", '  /* é */ Initech must notify')
    utf8_client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=name, language_id="pact", version=1, text=source)
        )
    )
    line_text = [l for l in source.splitlines() if "/* é */" in l][0]
    line = source.splitlines().index(line_text)
    character = len(line_text[: line_text.index("Acme.rm") + 5].encode("utf-8"))
    result = await utf8_client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=name),
            position=types.Position(line=line, character=character),
        )
    )
    assert result.uri == uri(workspace, "parties.pact")
    assert result.range.start == position(text(workspace, "parties.pact"), "rm ")


# ---------------------------------------------------------------- second wave


AMENDMENT = """amend AcmeGlobex effective 2026-07-01 as minor approved by client.ops {
  trigger slipping when health.operational < 50% {
    Globex must review scope within 10 days
  }
  remove meeting standup
}
"""


async def test_an_amendment_names_its_partnership_and_health_tiers(client, workspace):
    """A new file with an amendment: its partnership's name goes to the
    partnership, `client.ops` is the partnership's label, a removed meeting
    is the meeting, and `health.operational` is explained."""
    (workspace / "amend.pact").write_text(AMENDMENT)
    open_doc(client, workspace, "amend.pact")
    result = await definition(client, workspace, "amend.pact", "AcmeGlobex")
    assert result.uri == uri(workspace, "globex.pact")
    assert result.range.start == position(text(workspace, "globex.pact"), "AcmeGlobex")
    role = await definition(client, workspace, "amend.pact", "ops")
    assert role.uri == uri(workspace, "parties.pact")
    meeting = await definition(client, workspace, "amend.pact", "standup")
    assert meeting.uri == uri(workspace, "globex.pact")
    assert meeting.range.start == position(text(workspace, "globex.pact"), "standup")
    tier = await hover_text(client, workspace, "amend.pact", "operational", after=1)
    assert "**health.operational** (built-in)" in tier
    assert "`on_time` >= 95%" in tier
    completion = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, "amend.pact")),
            position=position(AMENDMENT, "operational"),
        )
    )
    items = completion.items if hasattr(completion, "items") else completion
    assert {"operational", "relational", "strategic"} <= {i.label for i in items}


async def test_semantic_tokens_type_each_name_by_what_it_resolves_to(client, workspace):
    legend = client.init_result.capabilities.semantic_tokens_provider.legend
    result = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(
            text_document=types.TextDocumentIdentifier(uri=uri(workspace, "globex.pact"))
        )
    )
    source = text(workspace, "globex.pact")
    lines = source.split("\n")
    tokens = {}
    line = start = 0
    data = result.data
    for i in range(0, len(data), 5):
        delta_line, delta_start, length, kind, modifiers = data[i : i + 5]
        start = start + delta_start if delta_line == 0 else delta_start
        line += delta_line
        word = lines[line][start : start + length]
        tokens.setdefault(word, []).append((legend.token_types[kind], modifiers))
    assert ("class", 1) in tokens["AcmeGlobex"]  # declared here
    assert ("namespace", 0) in tokens["Acme"]
    assert ("property", 0) in tokens["ops"]
    assert ("variable", 0) in tokens["cost_change"]
    assert ("enumMember", 1) in tokens["go_live"]
    assert ("method", 1) in tokens["standup"]
    # Free words are not names of anything.
    assert "day" not in tokens
