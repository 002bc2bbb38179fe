"""Findings as the Language Server Protocol has them: diagnostics, edits and code actions.

LSP positions count UTF-16 code units; findings count code points (columns are 1-based).
Each diagnostic carries what a code action needs in its ``data``: the replacements (never
advice) and the rule id for a directive.
"""

from __future__ import annotations

from lsprotocol import types as lsp

from corpuslint.model.findings import Finding, Severity
from corpuslint.output.formats import matching_case

SEVERITIES = {Severity.ERROR: lsp.DiagnosticSeverity.Error,
              Severity.WARNING: lsp.DiagnosticSeverity.Warning,
              Severity.INFO: lsp.DiagnosticSeverity.Information}
DOCS = "https://github.com/corpuslint/corpuslint/blob/main/docs/rules.md#"


def utf16_column(line: str, column: int) -> int:
    """The UTF-16 offset of the 1-based code-point ``column`` in ``line``."""
    prefix = line[: column - 1]
    return len(prefix.encode("utf-16-le")) // 2


def code_point_column(line: str, character: int) -> int:
    """The 1-based code-point column of UTF-16 offset ``character`` in ``line``."""
    units = 0
    for i, ch in enumerate(line):
        if units >= character:
            return i + 1
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(line) + 1


def _position(lines: list[str], line: int, column: int) -> lsp.Position:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return lsp.Position(line=line - 1, character=utf16_column(text, column))


def replacements(finding: Finding) -> list[str]:
    """What a quick fix may write over the finding: its fix, else its suggestions."""
    if finding.replacement is not None:
        return [finding.replacement]
    return [matching_case(finding.text, s) for s in finding.suggestions]


def diagnostic(finding: Finding, lines: list[str]) -> lsp.Diagnostic:
    anchor = finding.rule.replace(".", "")
    return lsp.Diagnostic(
        range=lsp.Range(start=_position(lines, finding.line, finding.column),
                        end=_position(lines, finding.end_line, finding.end_column)),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        code_description=lsp.CodeDescription(href=DOCS + anchor),
        source="corpuslint",
        data={"rule": finding.rule, "replacements": replacements(finding)},
    )


def problem_diagnostic(message: str, line: int | None, column: int | None,
                       lines: list[str]) -> lsp.Diagnostic:
    """A problem with the file (or a configuration error) at its line, else the first."""
    start = _position(lines, line or 1, column or 1)
    return lsp.Diagnostic(range=lsp.Range(start=start, end=start), message=message,
                          severity=lsp.DiagnosticSeverity.Error, source="corpuslint")


def quick_fixes(uri: str, item: lsp.Diagnostic, markdown: bool) -> list[lsp.CodeAction]:
    """Replace-with actions for a diagnostic, and "disable for this line" (a comment at the
    line's end in Markdown, a directive line above it in plain text)."""
    data = item.data if isinstance(item.data, dict) else {}
    actions = [lsp.CodeAction(
        title=f'Replace with "{text}"', kind=lsp.CodeActionKind.QuickFix, diagnostics=[item],
        is_preferred=i == 0,
        edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=item.range, new_text=text)]}))
        for i, text in enumerate(data.get("replacements", []))]
    rule = data.get("rule")
    if rule:
        if markdown:
            at = lsp.Position(line=item.range.start.line, character=2**31 - 1)  # the line's end
            directive = f" <!-- corpuslint disable-line {rule} -->"
        else:
            at = lsp.Position(line=item.range.start.line, character=0)
            directive = f"corpuslint: disable-next-line {rule}\n"
        actions.append(lsp.CodeAction(
            title=f"Disable {rule} for this line", kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[item],
            edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(
                range=lsp.Range(start=at, end=at), new_text=directive)]})))
    return actions


def fix_all(uri: str, items: list[lsp.Diagnostic]) -> lsp.CodeAction | None:
    """One action applying every diagnostic's first replacement (later ones first)."""
    edits = [lsp.TextEdit(range=d.range, new_text=d.data["replacements"][0])
             for d in items if isinstance(d.data, dict) and d.data.get("replacements")]
    if not edits:
        return None
    edits.sort(key=lambda e: (e.range.start.line, e.range.start.character), reverse=True)
    return lsp.CodeAction(title="Fix all corpuslint replacements in the file",
                          kind=lsp.CodeActionKind.SourceFixAll,
                          edit=lsp.WorkspaceEdit(changes={uri: edits}))
