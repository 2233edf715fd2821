"""Time travel over the two clocks: the recorded time (when the ledger stored a fact) and
occurred_at (when it happened, as the worker said, possibly corrected later)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from ledger.aggregaat import LedgerAggregate, LedgerEvent

BASE_FIELDS = {"originator_id", "originator_version", "timestamp", "envelope", "originator_topic"}


def payload_of(event: LedgerEvent) -> dict[str, Any]:
    return {
        f.name: getattr(event, f.name)
        for f in dataclasses.fields(event)
        if f.name not in BASE_FIELDS
    }


def history_of(events: list[LedgerEvent]) -> list[dict[str, Any]]:
    """Each event as plain values: what, when (both clocks), who, which rules, and content."""
    return [
        {
            "versie": e.originator_version,
            "type": type(e).__name__,
            "occurred_at": e.envelope.occurred_at,
            "recorded_at": e.timestamp,
            "actor": {
                "user": e.envelope.actor.user,
                "role": str(e.envelope.actor.role),
                "organisation": e.envelope.actor.organisation,
            },
            "on_behalf_of": e.envelope.on_behalf_of,
            "rule_ids": list(e.envelope.rule_ids),
            "protocol_version": e.envelope.protocol_version,
            "correlation_id": str(e.envelope.correlation_id),
            "idempotency_key": e.envelope.idempotency_key,
            "onderbouwing": e.envelope.onderbouwing,
            "payload": payload_of(e),
        }
        for e in events
    ]


def version_as_of(events: list[LedgerEvent], recorded_at: datetime) -> int | None:
    """The last version stored at or before `recorded_at`, or None if none was."""
    versie = None
    for e in events:
        if e.timestamp <= recorded_at:
            versie = e.originator_version
    return versie


def fold_known(
    events: list[LedgerEvent], bekend_op: datetime, gebeurd_tot: datetime
) -> LedgerAggregate | None:
    """Fold the events known at `bekend_op` (recorded by then) that had happened by
    `gebeurd_tot` (occurred_at as corrected by what was known at `bekend_op`)."""
    known = [e for e in events if e.timestamp <= bekend_op]
    occurred = {e.originator_version: e.envelope.occurred_at for e in known}
    for e in known:
        if type(e).__name__ == "Gecorrigeerd" and "occurred_at" in e.wijzigingen:
            occurred[e.gecorrigeerde_versie] = e.wijzigingen["occurred_at"]
    selected = []
    for e in known:
        if type(e).__name__ == "Gecorrigeerd":
            if e.gecorrigeerde_versie in {s.originator_version for s in selected}:
                selected.append(e)
        elif occurred[e.originator_version] <= gebeurd_tot:
            selected.append(e)
    if not selected or selected[0].originator_version != 1:
        return None
    aggregate = selected[0].mutate(None)
    for e in selected[1:]:
        aggregate.version = e.originator_version - 1  # skip the gaps of what was not yet known
        aggregate = e.mutate(aggregate)
    return aggregate
