"""``corpuslint lsp``: a Language Server Protocol server over standard input and output.

Diagnostics on open and on every change (debounced) from the unsaved buffer, judged against
the workspace's corpus (:mod:`corpuslint.lsp.workspace`); code actions that apply
replacements, disable a rule for a line, or fix every replacement in the file; hover with
the rule's explanation and measured precision; a command to lint the whole workspace with
progress.  A configuration or pack error is shown on the configuration file at its line,
and a change to either reloads the rules.  Nothing a document or a rule does stops the
server: a failure becomes a diagnostic or a message.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from corpuslint import __version__
from corpuslint.errors import CorpuslintError
from corpuslint.lsp import convert
from corpuslint.lsp.workspace import Workspace
from corpuslint.model.findings import FileResult
from corpuslint.output.explain import explanation
from corpuslint.text.markup import MARKDOWN_SUFFIXES

DEBOUNCE = 0.15  # seconds of quiet after a change before the buffer is judged
LINT_WORKSPACE = "corpuslint.lintWorkspace"


class CorpuslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("corpuslint", __version__)
        self.corpus: Workspace | None = None
        self.pending: dict[str, asyncio.Task] = {}
        self.lock = threading.Lock()  # the workspace is shared by the event loop and scans
        self.config_errors: set[str] = set()  # configuration files showing an error
        self.judged: dict[str, tuple[int | None, FileResult]] = {}  # uri -> (version, result)


server = CorpuslintServer()


def _workspace(ls: CorpuslintServer) -> Workspace:
    if ls.corpus is None:
        root = ls.workspace.root_path or str(Path.cwd())
        ls.corpus = Workspace(Path(root))
    return ls.corpus


def _publish_error(ls: CorpuslintServer, error: CorpuslintError) -> None:
    """A configuration or pack error, shown on its file at its line."""
    if not error.path:
        ls.window_show_message(lsp.ShowMessageParams(lsp.MessageType.Error, str(error)))
        return
    path = Path(error.path)
    if not path.is_absolute():
        path = _workspace(ls).root / path
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines() if path.is_file() else []
    uri = from_fs_path(str(path))
    ls.config_errors.add(uri)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
        uri=uri, diagnostics=[convert.problem_diagnostic(error.message, error.line, error.column,
                                                         lines)]))


def _clear_config_errors(ls: CorpuslintServer) -> None:
    for uri in ls.config_errors:
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
    ls.config_errors.clear()


def _diagnostics(result: FileResult, text: str) -> list[lsp.Diagnostic]:
    lines = text.splitlines()
    found = [convert.diagnostic(f, lines) for f in result.findings]
    found += [convert.problem_diagnostic(p.message, p.line, None, lines) for p in result.problems]
    return found


def _judge(ls: CorpuslintServer, uri: str) -> None:
    """Judge one open buffer and publish its diagnostics."""
    document = ls.workspace.get_text_document(uri)
    path = Path(to_fs_path(uri))
    try:
        with ls.lock:
            result = _workspace(ls).judge(path, document.source)
    except CorpuslintError as error:
        _publish_error(ls, error)
        return
    except Exception as exc:  # a bug must not end the editor's session
        ls.window_log_message(lsp.LogMessageParams(lsp.MessageType.Error,
                                                   f"corpuslint: internal error: {exc!r}"))
        return
    _clear_config_errors(ls)
    ls.judged[uri] = (document.version, result)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
        uri=uri, version=document.version, diagnostics=_diagnostics(result, document.source)))


async def _debounced(ls: CorpuslintServer, uri: str, delay: float) -> None:
    await asyncio.sleep(delay)
    _judge(ls, uri)


def _schedule(ls: CorpuslintServer, uri: str, delay: float = DEBOUNCE) -> None:
    earlier = ls.pending.pop(uri, None)
    if earlier is not None:
        earlier.cancel()
    ls.pending[uri] = asyncio.ensure_future(_debounced(ls, uri, delay))


def _scan(ls: CorpuslintServer, token: str | None = None) -> int:
    """Lint the whole workspace, keep every file's summaries and publish its diagnostics
    (files open in the editor are judged from their buffers afterwards)."""
    corpus = _workspace(ls)

    def progress(done: int, total: int) -> None:
        if token is not None and total:
            ls.work_done_progress.report(token, lsp.WorkDoneProgressReport(
                message=f"{done} of {total} files", percentage=int(100 * done / total)))

    published = 0
    try:
        with ls.lock:
            for result in corpus.scan(progress):
                path = corpus.root / result.path
                uri = from_fs_path(str(path))
                if uri in ls.workspace.text_documents:
                    continue
                text = path.read_text(encoding="utf-8", errors="replace")
                ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                    uri=uri, diagnostics=_diagnostics(result, text)))
                published += 1
    except CorpuslintError as error:
        _publish_error(ls, error)
    return published


@server.feature(lsp.INITIALIZED)
def initialized(ls: CorpuslintServer, params: lsp.InitializedParams) -> None:
    """Summarise the workspace in the background; open buffers are judged as they come."""
    loop = asyncio.get_event_loop()

    def background() -> None:
        corpus = _workspace(ls)
        try:
            with ls.lock:
                corpus.summarise()
        except CorpuslintError as error:
            _publish_error(ls, error)
            return
        except Exception as exc:
            ls.window_log_message(lsp.LogMessageParams(lsp.MessageType.Error,
                                                       f"corpuslint: internal error: {exc!r}"))
            return
        for uri in list(ls.workspace.text_documents):
            loop.call_soon_threadsafe(_schedule, ls, uri, 0)

    threading.Thread(target=background, daemon=True).start()


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: CorpuslintServer, params: lsp.DidOpenTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CorpuslintServer, params: lsp.DidChangeTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: CorpuslintServer, params: lsp.DidSaveTextDocumentParams) -> None:
    path = Path(to_fs_path(params.text_document.uri))
    _changed_on_disk(ls, path)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CorpuslintServer, params: lsp.DidCloseTextDocumentParams) -> None:
    task = ls.pending.pop(params.text_document.uri, None)
    if task is not None:
        task.cancel()
    ls.judged.pop(params.text_document.uri, None)


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def watched_files(ls: CorpuslintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    for change in params.changes:
        path = Path(to_fs_path(change.uri))
        if change.type == lsp.FileChangeType.Deleted:
            with ls.lock:
                _workspace(ls).removed(path)
        else:
            _changed_on_disk(ls, path)


def _changed_on_disk(ls: CorpuslintServer, path: Path) -> None:
    """A saved or outside change: a configuration or pack reloads the rules; an article
    becomes part of the corpus; every open buffer is judged again."""
    corpus = _workspace(ls)
    try:
        with ls.lock:
            if corpus.watched(path):
                corpus.reload()
                ls.judged.clear()  # judged under the old rules
                _clear_config_errors(ls)
                corpus.summarise()
            elif path.is_file():
                corpus.saved(path, path.read_text(encoding="utf-8", errors="replace"))
    except CorpuslintError as error:
        _publish_error(ls, error)
        return
    for uri in list(ls.workspace.text_documents):
        _schedule(ls, uri)


@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
    code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll]))
def code_action(ls: CorpuslintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    uri = params.text_document.uri
    markdown = Path(to_fs_path(uri)).suffix.lower() in MARKDOWN_SUFFIXES
    ours = [d for d in params.context.diagnostics if d.source == "corpuslint"]
    actions = [action for item in ours for action in convert.quick_fixes(uri, item, markdown)]
    everything = convert.fix_all(uri, ours)
    if everything is not None:
        actions.append(everything)
    return actions


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: CorpuslintServer, params: lsp.HoverParams) -> lsp.Hover | None:
    """The explanation of the rule flagged at the cursor (what ``--explain`` prints)."""
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    path = Path(to_fs_path(uri))
    version, result = ls.judged.get(uri, (None, None))
    try:
        with ls.lock:
            corpus = _workspace(ls)
            if result is None or version != document.version:  # not judged since the last edit
                result = corpus.judge(path, document.source)
            rules = {rule.id: rule for rule in corpus.part(path.resolve()).linter.rules}
    except CorpuslintError:
        return None
    lines = document.source.splitlines()
    line = params.position.line + 1
    text = lines[line - 1] if line <= len(lines) else ""
    column = convert.code_point_column(text, params.position.character)
    for finding in result.findings:
        inside = (finding.line, finding.column) <= (line, column) <= (finding.end_line,
                                                                      finding.end_column)
        if inside and finding.rule in rules:
            return lsp.Hover(contents=lsp.MarkupContent(
                kind=lsp.MarkupKind.Markdown,
                value=f"**{finding.message}**\n\n```\n{explanation(rules[finding.rule])}```"))
    return None


@server.command(LINT_WORKSPACE)
def lint_workspace(ls: CorpuslintServer, *args) -> int:
    """Lint every file of the workspace and publish all diagnostics, with progress."""
    token = "corpuslint-workspace"
    ls.work_done_progress.create(token)
    ls.work_done_progress.begin(token, lsp.WorkDoneProgressBegin(title="corpuslint",
                                                                  percentage=0))
    published = _scan(ls, token)
    ls.work_done_progress.end(token, lsp.WorkDoneProgressEnd(message=f"{published} files"))
    for uri in list(ls.workspace.text_documents):
        _schedule(ls, uri, 0)
    return published


def serve() -> int:
    """Run the server on standard input and output until the client ends it."""
    server.start_io()
    return 0
