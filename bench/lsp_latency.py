"""Latency and memory of ``corpuslint lsp`` on a BBC-sized workspace.

    python bench/lsp_latency.py [--corpus ../shared/corpora/bbc] [--edits 20]

Copies the corpus to a temporary workspace, starts the server over stdio with a real
client, waits until the workspace is summarised, opens the longest article (about 1,300
words) and then makes ``--edits`` edits to it, each changing a name's spelling.  Prints
the time from each change to its diagnostics (median and worst; the server waits 0.15 s
of quiet before judging, reported apart), the time to the first diagnostics of the opened
buffer, and the server's resident memory holding the corpus state — next to a
``corpuslint`` command-line run on the same article judged against the corpus (the
pre-commit path), the peer measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def measure(workspace: Path, article: Path, edits: int) -> dict:
    from lsprotocol import types as lsp
    from pytest_lsp import client_capabilities, make_test_lsp_client

    client = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "corpuslint", "lsp")
    await client.initialize_session(lsp.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=workspace.as_uri()))
    uri = article.as_uri()
    text = article.read_text(encoding="utf-8")

    async def published() -> float:
        start = time.perf_counter()
        while uri not in client.diagnostics:
            await client.wait_for_notification("textDocument/publishDiagnostics")
        client.diagnostics.pop(uri)
        return time.perf_counter() - start

    # the workspace summary runs in the background from "initialized"; an open buffer is
    # judged at once and again when the summaries are in
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=uri, language_id="plaintext", version=1, text=text)))
    first = await published()
    settle = time.perf_counter()
    await published()  # judged again once the whole workspace is summarised
    settle = time.perf_counter() - settle
    pid = client._server.pid  # the server process the client started
    latencies = []
    for version in range(2, edits + 2):
        edited = text.replace("the", "the" if version % 2 else "teh", 1) + f"\nQaddafi {version}.\n"
        start = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=edited)]))
        while uri not in client.diagnostics:
            await client.wait_for_notification("textDocument/publishDiagnostics")
        client.diagnostics.pop(uri)
        latencies.append(time.perf_counter() - start)
    memory = rss_mib(pid)
    await client.shutdown_session()
    return {"first": first, "settle": settle, "latencies": latencies, "rss": memory}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"{corpus} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "bbc"
        shutil.copytree(corpus, workspace)
        (workspace / ".corpuslint.yaml").write_text("include: ['*.txt']\n", encoding="utf-8")
        article = max(workspace.glob("*/*.txt"), key=lambda p: len(p.read_text(errors="replace")
                                                                    .split()) if p.stat().st_size < 12000 else 0)
        words = len(article.read_text(errors="replace").split())
        subprocess.run([sys.executable, "-m", "corpuslint", "-q", "."], cwd=workspace,
                       capture_output=True)  # the cache a team's earlier runs leave
        figures = asyncio.run(measure(workspace, article, args.edits))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "corpuslint", "-q", str(article.relative_to(workspace))],
                       cwd=workspace, capture_output=True)
        command_line = time.perf_counter() - start
    latencies = sorted(figures["latencies"])
    print(f"workspace: {sum(1 for _ in corpus.glob('*/*.txt'))} files; article "
          f"{article.relative_to(workspace)} ({words} words)")
    print(f"first diagnostics after open: {figures['first'] * 1000:.0f} ms; "
          f"workspace summarised {figures['settle']:.1f} s later")
    print(f"change -> diagnostics over {len(latencies)} edits: median "
          f"{statistics.median(latencies) * 1000:.0f} ms, worst {latencies[-1] * 1000:.0f} ms "
          f"(of which 150 ms is the debounce)")
    print(f"server memory holding the corpus: {figures['rss']:.0f} MiB")
    print(f"peer: corpuslint on the same file from the command line (cached corpus): "
          f"{command_line * 1000:.0f} ms; ratio server/command line "
          f"{statistics.median(latencies) / command_line:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
