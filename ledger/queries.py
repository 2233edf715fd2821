"""The read side of the write API: a casus now, at a version, as recorded at a moment, and as
known on date D about what happened by date E; a household and its radar; an advies.
Reads return plain values, never aggregates."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError

from ledger.advies import Advies
from ledger.casus import Casus
from ledger.errors import NietGevonden, OngeldigeInvoer
from ledger.huishouden import Huishouden
from ledger.tijdreis import fold_known, history_of, version_as_of


def uuid_of(value: UUID | str, wat: str) -> UUID:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise NietGevonden(f"'{value}' is geen geldig kenmerk van een {wat}.") from None


class LedgerQueries:
    """Mixed into the Ledger application: uses its repository, events store and `_get`."""

    def huishouden(self, huishouden_id: UUID | str) -> dict[str, Any]:
        h = self._get(Huishouden, huishouden_id, "huishouden")
        return {
            "id": str(h.id),
            "versie": h.version,
            "gemeentecode": h.gemeentecode,
            "adres": dict(h.adres),
            "personen": [dict(p) for p in h.personen.values()],
            "meldingen": [dict(m) for m in h.meldingen],
        }

    def radar(self, huishouden_id: UUID | str) -> list[dict[str, Any]]:
        """R24: which Veilig Thuis organisations know this household, and since when."""
        h = self._get(Huishouden, huishouden_id, "huishouden")
        return [dict(m) for m in h.meldingen]

    def advies(self, advies_id: UUID | str) -> dict[str, Any]:
        a = self._get(Advies, advies_id, "advies")
        return {
            "id": str(a.id),
            "versie": a.version,
            "vt_organisatie": a.vt_organisatie,
            "adviesvrager": dict(a.adviesvrager),
            "aard_geweld": list(a.aard_geweld),
            "gegeven": a.gegeven,
            "casus_id": a.casus_id,
            "afstemming_usd": dict(a.afstemming_usd) if a.afstemming_usd else None,
        }

    def advies_history(self, advies_id: UUID | str) -> list[dict[str, Any]]:
        """Every stored event of the advies (the consultatie's timeline), oldest first."""
        return self._history(advies_id, "advies")

    def casus(self, casus_id: UUID | str, versie: int | None = None) -> dict[str, Any]:
        """The state of a casus now, or after event `versie`."""
        cid = uuid_of(casus_id, "casus")
        if versie is not None:
            if versie < 1:
                raise OngeldigeInvoer("Een versie is 1 of hoger.")
            try:
                c = self.repository.get(cid, version=versie)
            except AggregateNotFoundError:
                raise NietGevonden(f"Er is geen casus met kenmerk {casus_id}.") from None
            if c.version != versie:
                raise NietGevonden(f"Casus {casus_id} heeft geen versie {versie}.")
            return c.toestand()
        return self._get(Casus, cid, "casus").toestand()

    def history(self, casus_id: UUID | str) -> list[dict[str, Any]]:
        """Every stored event of the casus, oldest first, as plain values."""
        return self._history(casus_id, "casus")

    def _history(self, aggregate_id: UUID | str, soort: str) -> list[dict[str, Any]]:
        events = list(self.events.get(uuid_of(aggregate_id, soort)))
        if not events:
            raise NietGevonden(f"Er is geen {soort} met kenmerk {aggregate_id}.")
        return history_of(events)

    def casus_as_of(self, casus_id: UUID | str, recorded_at: datetime) -> dict[str, Any]:
        """The casus as it stood in the ledger at `recorded_at` (recorded time)."""
        events = list(self.events.get(uuid_of(casus_id, "casus")))
        versie = version_as_of(events, recorded_at)
        if versie is None:
            raise NietGevonden(
                f"Casus {casus_id} was op {recorded_at:%d-%m-%Y %H:%M} nog niet vastgelegd."
            )
        return self.casus(casus_id, versie)

    def casus_known_on(
        self, casus_id: UUID | str, bekend_op: datetime, gebeurd_tot: datetime
    ) -> dict[str, Any]:
        """What was known at `bekend_op` about what had happened by `gebeurd_tot`."""
        events = list(self.events.get(uuid_of(casus_id, "casus")))
        casus = fold_known(events, bekend_op, gebeurd_tot)
        if casus is None:
            raise NietGevonden(
                f"Op {bekend_op:%d-%m-%Y} was over casus {casus_id} niets bekend dat vóór "
                f"{gebeurd_tot:%d-%m-%Y} gebeurde."
            )
        return casus.toestand()
