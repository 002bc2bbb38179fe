"""Closing our own Dask cluster: quiet, complete, and logging as it was."""

from __future__ import annotations

import logging

import pytest

from corpuslint.run.executor import _close_quietly


class Closing:
    """A client or cluster that records its close and may be interrupted there."""

    def __init__(self, closed: list[str], name: str, interrupt: bool = False) -> None:
        self.closed, self.name, self.interrupt = closed, name, interrupt

    def close(self) -> None:
        logging.getLogger("distributed.worker").error("Failed to communicate with scheduler")
        self.closed.append(self.name)
        if self.interrupt:
            raise KeyboardInterrupt


def test_closing_logs_nothing_and_leaves_logging_as_it_was(caplog):
    closed: list[str] = []
    with caplog.at_level(logging.INFO):
        _close_quietly(Closing(closed, "client"), Closing(closed, "cluster"))
        logging.getLogger("corpuslint").warning("after the close")
    assert closed == ["client", "cluster"]
    assert [r.getMessage() for r in caplog.records] == ["after the close"]
    assert logging.root.manager.disable == logging.NOTSET


def test_an_interrupt_while_closing_still_closes_the_cluster():
    closed: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        _close_quietly(Closing(closed, "client", interrupt=True), Closing(closed, "cluster"))
    assert closed == ["client", "cluster"]
    assert logging.root.manager.disable == logging.NOTSET
