"""What every aggregate of the ledger shares: events carry an envelope, the aggregate
remembers its event list (versions and both clocks) and the idempotency keys it applied."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from eventsourcing.domain import Aggregate

from ledger.envelope import Context, Envelope
from ledger.errors import OngeldigeInvoer

MAX_KLOKVERSCHIL = timedelta(minutes=5)


class LedgerEvent(Aggregate.Event):
    envelope: Envelope
    REGELS: ClassVar[tuple[str, ...]] = ()

    @property
    def recorded_at(self) -> datetime:
        return self.timestamp

    def mutate(self, aggregate: Any) -> Any:
        aggregate = super().mutate(aggregate)
        aggregate.gebeurtenissen.append(
            {
                "versie": self.originator_version,
                "type": type(self).__name__,
                "occurred_at": self.envelope.occurred_at,
                "recorded_at": self.timestamp,
            }
        )
        if self.envelope.idempotency_key:
            aggregate.idempotentie[self.envelope.idempotency_key] = self.originator_version
        return aggregate


class LedgerAggregate(Aggregate):
    def __init__(self) -> None:
        self.gebeurtenissen: list[dict] = []
        self.idempotentie: dict[str, int] = {}

    def _emit(
        self,
        event_class: type[LedgerEvent],
        ctx: Context,
        nu: datetime,
        onderbouwing: str | None = None,
        **payload: Any,
    ) -> None:
        check_tijdstip(ctx, nu, self.gebeurtenissen[0]["occurred_at"])
        self.trigger_event(
            event_class,
            timestamp=nu,
            envelope=Envelope.from_context(ctx, event_class.REGELS, onderbouwing),
            **payload,
        )


def check_tijdstip(ctx: Context, nu: datetime, begin: datetime | None) -> None:
    """occurred_at is not in the future of the recorded time, nor before the first event."""
    # In UTC: adding to a zoned wall-clock time is off by an hour around a DST change.
    if ctx.occurred_at > nu.astimezone(UTC) + MAX_KLOKVERSCHIL:
        raise OngeldigeInvoer("Het tijdstip waarop het gebeurde ligt in de toekomst.")
    if begin is not None and ctx.occurred_at < begin:
        raise OngeldigeInvoer(
            "Het tijdstip ligt vóór het begin van dit dossier; leg vast wanneer het gebeurde."
        )
