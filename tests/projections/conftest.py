"""Fixtures for the read-model tests: a follower of this test's ledger, closed afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from projections.runner import Follower


@pytest.fixture
def volg(ledger, ledger_env) -> Iterator[Callable[..., Follower]]:
    """`volg(ViewClass, **kw)`: a follower of one read model on this test's ledger."""
    volgers: list[Follower] = []

    def maak(view_class: Any, **kw: Any) -> Follower:
        volger = Follower(ledger, view_class, ledger_env, **kw)
        volgers.append(volger)
        return volger

    yield maak
    for volger in volgers:
        volger.close()


def bijgewerkt(volger: Follower) -> Any:
    """The follower's read model, caught up with the log."""
    volger.run_once()
    return volger.view
