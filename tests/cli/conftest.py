"""The `vt-ledger` command run in-process against the store of the test."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cli.main import app
from ledger.storage import DATABASE_URL_VARIABLE


@pytest.fixture
def vt_ledger(database_url: str, monkeypatch: pytest.MonkeyPatch):
    """Run `vt-ledger ARGS...` in-process against the store of this test."""
    monkeypatch.setenv(DATABASE_URL_VARIABLE, database_url)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])
