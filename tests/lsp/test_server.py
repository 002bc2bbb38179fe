"""``corpuslint lsp`` driven by a real client over stdio (pytest-lsp), as an editor drives it."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytest_lsp", reason="the [lsp] and [test] extras are not installed")

import pytest_lsp  # noqa: E402
from lsprotocol import types as lsp  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

CORPUS = {
    "a.md": "Gaddafi spoke on Monday. Gaddafi left on Tuesday.\n",
    "b.md": "Gaddafi returned. Gaddafi waved.\n",
}


@pytest.fixture
def workspace(tmp_path):
    for name, text in CORPUS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / ".corpuslint.yaml").write_text("select: [names, loaded]\n", encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "corpuslint",
                                                              "lsp"]))
async def client(lsp_client: LanguageClient, request):
    root = request.getfixturevalue("workspace")
    await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
        root_uri=root.as_uri(), workspace_folders=[lsp.WorkspaceFolder(uri=root.as_uri(),
                                                                       name="news")]))
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, timeout: float = 15.0,
                          until=lambda found: True) -> list:
    """The next diagnostics published for ``uri`` that satisfy ``until`` (a judgement that
    started before an edit may publish once more before the edit's own)."""
    deadline = asyncio.get_event_loop().time() + timeout
    while True:
        while uri not in client.diagnostics:
            await asyncio.wait_for(client.wait_for_notification("textDocument/publishDiagnostics"),
                                   timeout=max(0.1, deadline - asyncio.get_event_loop().time()))
        found = list(client.diagnostics.pop(uri))
        if until(found):
            return found


def open_buffer(client: LanguageClient, path: Path, text: str, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=uri, language_id="markdown", version=version, text=text)))
    return uri


@pytest.mark.asyncio
async def test_an_unsaved_buffer_is_judged_against_the_corpus(client: LanguageClient, workspace):
    uri = open_buffer(client, workspace / "c.md", "Qaddafi spoke. The brutal attack.\n")
    found = await diagnostics_for(client, uri)
    by_code = {d.code: d for d in found}
    assert set(by_code) == {"names.transliteration", "loaded.emotive"}
    name = by_code["names.transliteration"]
    assert name.range.start == lsp.Position(line=0, character=0)
    assert name.range.end == lsp.Position(line=0, character=7)
    assert '"Gaddafi" (4x)' in name.message and name.source == "corpuslint"
    assert name.code_description.href.endswith("#namestransliteration")

    # an edit is judged again, from the buffer: the name fixed, the loaded word stays
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(
            text="Gaddafi spoke. The brutal attack.\n")]))
    found = await diagnostics_for(client, uri, until=lambda found: len(found) == 1)
    assert [d.code for d in found] == ["loaded.emotive"]


@pytest.mark.asyncio
async def test_code_actions_replace_disable_and_fix_all(client: LanguageClient, workspace):
    uri = open_buffer(client, workspace / "c.md", "Qaddafi spoke. The brutal attack.\n")
    found = await diagnostics_for(client, uri)
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri),
        range=lsp.Range(start=lsp.Position(0, 0), end=lsp.Position(0, 40)),
        context=lsp.CodeActionContext(diagnostics=found)))
    titles = [a.title for a in actions]
    assert 'Replace with "Gaddafi"' in titles and 'Replace with "Violent"' not in titles
    assert 'Replace with "violent"' in titles
    assert "Disable loaded.emotive for this line" in titles
    disable = next(a for a in actions if a.title == "Disable loaded.emotive for this line")
    assert disable.edit.changes[uri][0].new_text == " <!-- corpuslint disable-line loaded.emotive -->"
    everything = next(a for a in actions if a.kind == lsp.CodeActionKind.SourceFixAll)
    assert [e.new_text for e in everything.edit.changes[uri]] == ["violent", "Gaddafi"]


@pytest.mark.asyncio
async def test_hover_explains_the_rule(client: LanguageClient, workspace):
    uri = open_buffer(client, workspace / "c.md", "The brutal attack.\n")
    await diagnostics_for(client, uri)
    hover = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(0, 6)))
    assert "loaded.emotive (lexicon" in hover.contents.value
    assert "precision: measured on" in hover.contents.value
    nothing = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(0, 0)))
    assert nothing is None


@pytest.mark.asyncio
async def test_a_configuration_error_shows_on_the_configuration_and_reloads(client: LanguageClient,
                                                                            workspace):
    config = workspace / ".corpuslint.yaml"
    config.write_text("select: [names, loaded]\nrulez: {}\n", encoding="utf-8")
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
        lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
    # a publication that clears the file's diagnostics may come first under load
    found = await diagnostics_for(client, config.as_uri(), until=bool)
    assert found[0].range.start.line == 1 and 'unknown configuration key "rulez"' in found[0].message
    # fixed: the error goes, and a buffer is judged under the new rules
    config.write_text("select: [loaded]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
        lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
    uri = open_buffer(client, workspace / "c.md", "Qaddafi spoke. The brutal attack.\n")
    found = await diagnostics_for(client, uri, until=lambda found: len(found) == 1)
    assert [d.code for d in found] == ["loaded.emotive"]


@pytest.mark.asyncio
async def test_lint_workspace_publishes_every_file(client: LanguageClient, workspace):
    (workspace / "d.md").write_text("Qaddafi arrived.\n", encoding="utf-8")
    count = await client.workspace_execute_command_async(lsp.ExecuteCommandParams(
        command="corpuslint.lintWorkspace"))
    assert count == 3
    found = await diagnostics_for(client, (workspace / "d.md").as_uri())
    assert [d.code for d in found] == ["names.transliteration"]
