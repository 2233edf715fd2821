"""The event stream of a store as JSON Lines, to compare runs: one line per event in log order,
with the aggregate's id, its version, the event's topic and its stored state, byte for byte.

The notification ids are left out on purpose: they are the store's own numbering (PostgreSQL
may skip numbers), not part of what the simulation produced. So the export of one seed is the
same on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

BATCH = 1000


def regels(ledger: Any, na: int = 0, tot: int | None = None) -> Iterator[str]:
    """One JSON line per event after notification `na` (up to and including `tot`)."""
    start = na + 1
    while tot is None or start <= tot:
        batch = ledger.recorder.select_notifications(start=start, limit=BATCH, stop=tot)
        for n in batch:
            kop = json.dumps(
                {
                    "originator_id": str(n.originator_id),
                    "originator_version": n.originator_version,
                    "topic": n.topic,
                },
                ensure_ascii=False,
            )
            yield f"{kop[:-1]}, {_state(n.state)}}}\n"
        if len(batch) < BATCH:
            return
        start = batch[-1].id + 1


def _state(state: bytes) -> str:
    """The stored state as it is (JSON), or base64 if the store compresses or encrypts it."""
    try:
        tekst = state.decode("utf-8")
        json.loads(tekst)
    except (UnicodeDecodeError, ValueError):
        return f'"state_base64": "{base64.b64encode(state).decode()}"'
    return f'"state": {tekst}'
