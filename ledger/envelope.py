"""The envelope every event carries: who, when (two clocks), on whose behalf, which rules.

`occurred_at` is when it happened, as the worker says; the recorded time is the event's
own `timestamp`, set by the ledger's clock when it is stored. Commands take a `Context`
(what the worker supplies); the ledger turns it into an `Envelope` (adding the rule ids
it applied and the protocol version).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.persistence import Transcoding

from ledger.errors import OngeldigeInvoer
from ledger.values import PROTOCOL_VERSIE, Rol, parse


@dataclass(frozen=True)
class Actor:
    """Wie het vastlegt: gebruiker, rol en organisatie (VT-regio 'VR09' of gemeente 'GM0344')."""

    user: str
    role: Rol
    organisation: str

    def __post_init__(self) -> None:
        if not self.user.strip():
            raise OngeldigeInvoer("Wie dit vastlegt ontbreekt (gebruiker).")
        if not self.organisation.strip():
            raise OngeldigeInvoer("De organisatie van wie dit vastlegt ontbreekt.")
        object.__setattr__(self, "role", parse(Rol, self.role, "rol"))


@dataclass(frozen=True)
class Context:
    """What a worker supplies with every command."""

    actor: Actor
    occurred_at: datetime
    on_behalf_of: str | None = None
    correlation_id: UUID = field(default_factory=uuid4)
    idempotency_key: str | None = None

    def __post_init__(self) -> None:
        if self.occurred_at.tzinfo is None:
            raise OngeldigeInvoer(
                "Het tijdstip waarop het gebeurde heeft geen tijdzone; geef bijvoorbeeld "
                "2025-03-14T10:00+01:00."
            )
        object.__setattr__(self, "occurred_at", vaste_offset(self.occurred_at))
        if self.idempotency_key is not None and not self.idempotency_key.strip():
            raise OngeldigeInvoer("De idempotentiesleutel is leeg.")


@dataclass(frozen=True)
class Envelope:
    """Stored on every event."""

    occurred_at: datetime
    actor: Actor
    on_behalf_of: str | None
    rule_ids: tuple[str, ...]
    protocol_version: str
    correlation_id: UUID
    idempotency_key: str | None
    onderbouwing: str | None

    @classmethod
    def from_context(
        cls, ctx: Context, rule_ids: tuple[str, ...], onderbouwing: str | None = None
    ) -> Envelope:
        return cls(
            occurred_at=ctx.occurred_at,
            actor=ctx.actor,
            on_behalf_of=ctx.on_behalf_of,
            rule_ids=tuple(rule_ids),
            protocol_version=PROTOCOL_VERSIE,
            correlation_id=ctx.correlation_id,
            idempotency_key=ctx.idempotency_key,
            onderbouwing=onderbouwing,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "occurred_at": self.occurred_at.isoformat(),
            "actor": {
                "user": self.actor.user,
                "role": str(self.actor.role),
                "organisation": self.actor.organisation,
            },
            "on_behalf_of": self.on_behalf_of,
            "rule_ids": list(self.rule_ids),
            "protocol_version": self.protocol_version,
            "correlation_id": str(self.correlation_id),
            "idempotency_key": self.idempotency_key,
            "onderbouwing": self.onderbouwing,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Envelope:
        return cls(
            occurred_at=datetime.fromisoformat(data["occurred_at"]),
            actor=Actor(**data["actor"]),
            on_behalf_of=data["on_behalf_of"],
            rule_ids=tuple(data["rule_ids"]),
            protocol_version=data["protocol_version"],
            correlation_id=UUID(data["correlation_id"]),
            idempotency_key=data["idempotency_key"],
            onderbouwing=data["onderbouwing"],
        )


class EnvelopeAsDict(Transcoding):
    type = Envelope
    name = "envelope"

    def encode(self, obj: Envelope) -> dict[str, Any]:
        return obj.as_dict()

    def decode(self, data: dict[str, Any]) -> Envelope:
        return Envelope.from_dict(data)


def vaste_offset(moment: datetime) -> datetime:
    """The moment with a fixed UTC offset, as the store gives it back. A local time in the hour
    the clocks change (a ZoneInfo fold or gap) never equals its own replay (PEP 495)."""
    return moment.astimezone(timezone(moment.utcoffset()))


def vereis_onderbouwing(onderbouwing: str | None, wat: str) -> str:
    """Judgement events need a written rationale."""
    if onderbouwing is None or len(onderbouwing.strip()) < 10:
        raise OngeldigeInvoer(
            f"{wat} is een professionele afweging: schrijf een onderbouwing (minstens een zin)."
        )
    return onderbouwing.strip()
