"""The one write API of the ledger: commands in, ids and plain values out, never aggregates.

Every command takes a `Context` (who, when it happened, on whose behalf, idempotency key).
The ledger's clock sets the recorded time. A command stores all its events in one
transaction or nothing: a ProtocolViolation, OngeldigeInvoer or Conflict leaves the store
as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import (
    IntegrityError,
    InternalError,
    JSONTranscoder,
    OperationalError,
    Transcoding,
)

from ledger.advies import Advies, check_aard_geweld, check_melder
from ledger.aggregaat import LedgerAggregate
from ledger.casus import Casus
from ledger.casus_commands import CasusCommands
from ledger.envelope import Context, EnvelopeAsDict
from ledger.errors import Conflict, NietGevonden, OngeldigeInvoer, ProtocolViolation
from ledger.gemeenten import check_regio
from ledger.huishouden import Huishouden
from ledger.queries import LedgerQueries, uuid_of
from ledger.values import EerdereBetrokkenheid, Fase, MelderType

A = TypeVar("A", bound=LedgerAggregate)
ID_NAMESPACE = uuid5(NAMESPACE_URL, "https://vt-ledger.nl/id")
NIET_LOPEND = (Fase.AFGESLOTEN, Fase.OVERGEDRAGEN)


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


def utc_now() -> datetime:
    return datetime.now(tz=UTC)


class Ledger(CasusCommands, LedgerQueries, Application):
    """Het casusregister van Veilig Thuis."""

    name = "Ledger"
    snapshotting_intervals = {Casus: 50}  # noqa: RUF012 - class-level config of the library

    def __init__(self, env: dict[str, str] | None = None, clock: Callable[[], datetime] = utc_now):
        for attempt in range(5):
            try:
                super().__init__(env)
                break
            except (InternalError, OperationalError) as error:
                # PostgreSQL: processes starting at once race on CREATE ... IF NOT EXISTS
                # ("tuple concurrently updated"); the tables exist after the winner's commit.
                if attempt == 4 or "concurrently" not in str(error):
                    raise
                time.sleep(0.05 * (attempt + 1))
        self.clock = clock

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(EnvelopeAsDict())
        transcoder.register(DateAsISO())

    # -- plumbing ------------------------------------------------------------------------

    def _get(self, cls: type[A], aggregate_id: UUID | str, wat: str) -> A:
        try:
            aggregate = self.repository.get(uuid_of(aggregate_id, wat))
        except AggregateNotFoundError:
            raise NietGevonden(f"Er is geen {wat} met kenmerk {aggregate_id}.") from None
        if not isinstance(aggregate, cls):
            raise NietGevonden(f"Er is geen {wat} met kenmerk {aggregate_id}.")
        return aggregate

    def _store(self, ctx: Context, first: LedgerAggregate, *others: LedgerAggregate | None) -> None:
        try:
            self.save(first, *[o for o in others if o is not None])
        except IntegrityError:
            if ctx.idempotency_key and self._already_applied(first.id, ctx.idempotency_key):
                return
            raise Conflict(
                "Deze gegevens zijn intussen door iemand anders gewijzigd; er is niets "
                "vastgelegd. Open de casus opnieuw en kijk of uw stap nog nodig is."
            ) from None

    def _already_applied(self, aggregate_id: UUID, key: str) -> bool:
        try:
            return key in self.repository.get(aggregate_id).idempotentie
        except AggregateNotFoundError:
            return False

    def _command(
        self,
        cls: type[A],
        aggregate_id: UUID | str,
        wat: str,
        ctx: Context,
        action: Callable[[A, datetime], Any],
    ) -> Any:
        aggregate = self._get(cls, aggregate_id, wat)
        if ctx.idempotency_key and ctx.idempotency_key in aggregate.idempotentie:
            return None  # a double submit: the first one was stored, store nothing
        result = action(aggregate, self.clock())
        self._store(ctx, aggregate)
        return result

    def _new_id(self, ctx: Context, soort: str) -> UUID:
        if ctx.idempotency_key:
            return uuid5(ID_NAMESPACE, f"{soort}:{ctx.idempotency_key}")
        return uuid4()

    def _exists(self, aggregate_id: UUID) -> bool:
        return aggregate_id in self.repository

    def _create(
        self, ctx: Context, soort: str, build: Callable[[UUID, datetime], LedgerAggregate]
    ) -> UUID:
        """Create a new aggregate; with an idempotency key, a repeat returns the first id."""
        new_id = self._new_id(ctx, soort)
        if ctx.idempotency_key and self._exists(new_id):
            return new_id
        self._store(ctx, build(new_id, self.clock()))
        return new_id

    # -- huishouden ----------------------------------------------------------------------

    def register_huishouden(
        self,
        ctx: Context,
        *,
        gemeentecode: str,
        adres: dict[str, Any],
        personen: list[dict[str, Any]],
    ) -> UUID:
        return self._create(
            ctx,
            "huishouden",
            lambda new_id, nu: Huishouden.register(
                ctx,
                nu,
                huishouden_id=new_id,
                gemeentecode=gemeentecode,
                adres=adres,
                personen=personen,
            ),
        )

    def add_persoon(
        self, ctx: Context, huishouden_id: UUID | str, persoon: dict[str, Any]
    ) -> str | None:
        return self._command(
            Huishouden,
            huishouden_id,
            "huishouden",
            ctx,
            lambda h, nu: h.add_persoon(ctx, nu, persoon),
        )

    def record_verhuizing(
        self, ctx: Context, huishouden_id: UUID | str, gemeentecode: str, adres: dict[str, Any]
    ) -> None:
        self._command(
            Huishouden,
            huishouden_id,
            "huishouden",
            ctx,
            lambda h, nu: h.move(ctx, nu, gemeentecode, adres),
        )

    # -- advies --------------------------------------------------------------------------

    def record_advies(
        self,
        ctx: Context,
        *,
        vt_organisatie: str,
        adviesvrager: dict[str, Any],
        aard_geweld: list[str],
        vraag: str,
    ) -> UUID:
        return self._create(
            ctx,
            "advies",
            lambda new_id, nu: Advies.request(
                ctx,
                nu,
                advies_id=new_id,
                vt_organisatie=vt_organisatie,
                adviesvrager=adviesvrager,
                aard_geweld=aard_geweld,
                vraag=vraag,
            ),
        )

    def give_advies(
        self, ctx: Context, advies_id: UUID | str, advies: str, huisbezoek: bool = False
    ) -> None:
        self._command(
            Advies, advies_id, "advies", ctx, lambda a, nu: a.give(ctx, nu, advies, huisbezoek)
        )

    def record_afstemming_usd(
        self, ctx: Context, advies_id: UUID | str, *, uitkomst: str, rolverdeling: str
    ) -> None:
        """R17: a consultatie by the uitvoeringsdienst ends in a melding (regie op veiligheid
        for a while to Veilig Thuis) or Overleg Veilig Verder (regie stays at the gemeente)."""
        self._command(
            Advies,
            advies_id,
            "advies",
            ctx,
            lambda a, nu: a.record_afstemming_usd(ctx, nu, uitkomst, rolverdeling),
        )

    # -- melding -------------------------------------------------------------------------

    def record_melding(
        self,
        ctx: Context,
        *,
        huishouden_id: UUID | str,
        vt_organisatie: str,
        melder: dict[str, Any],
        aard_geweld: list[str],
        vermoeden_acute_onveiligheid: bool,
        vermoeden_structurele_onveiligheid: bool,
        bestaande_hulp: str | None,
        omschrijving: str,
        betrokken_personen: list[str] | None = None,
        advies_id: UUID | str | None = None,
    ) -> UUID:
        """A melding: a new casus, registered with the household (radar), linked to a
        running trajectory if there is one (R14), eerdere betrokkenheid derived (R38)."""
        casus_id = self._new_id(ctx, "casus")
        if ctx.idempotency_key and self._exists(casus_id):
            return casus_id
        nu = self.clock()
        huishouden = self._get(Huishouden, huishouden_id, "huishouden")
        melder = check_melder(melder)
        if not isinstance(omschrijving, str) or not omschrijving.strip():
            raise OngeldigeInvoer("Beschrijf waarover de melding gaat.")
        for naam, waarde in (
            ("acute", vermoeden_acute_onveiligheid),
            ("structurele", vermoeden_structurele_onveiligheid),
        ):
            if not isinstance(waarde, bool):
                raise ProtocolViolation(
                    "R25", f"Leg vast of de melder {naam} onveiligheid vermoedt (ja of nee)."
                )
        hulp = (bestaande_hulp or "").strip() or None
        if melder["type"] == MelderType.PROFESSIONAL and hulp is None:
            raise ProtocolViolation(
                "R25",
                "Een professionele melder geeft aan of er al hulp is (en welke), ook als "
                "er hulp ingezet gaat worden.",
            )
        advies = self._get(Advies, advies_id, "advies") if advies_id else None
        lopend = self._lopend_traject(huishouden)
        casus = Casus.ontvang_melding(
            ctx,
            nu,
            casus_id=casus_id,
            afgeleid={
                "eerdere_betrokkenheid": _eerdere_betrokkenheid(huishouden, lopend),
                "gekoppeld_aan": str(lopend.id) if lopend else None,
            },
            melding={
                "huishouden_id": str(huishouden.id),
                "vt_organisatie": check_regio(vt_organisatie),
                "melder": melder,
                "aard_geweld": check_aard_geweld(aard_geweld),
                "vermoeden_acute_onveiligheid": vermoeden_acute_onveiligheid,
                "vermoeden_structurele_onveiligheid": vermoeden_structurele_onveiligheid,
                "bestaande_hulp": hulp,
                "omschrijving": omschrijving.strip(),
                "betrokken_personen": huishouden.check_personen(list(betrokken_personen or [])),
                "advies_id": str(advies.id) if advies else None,
            },
        )
        huishouden.register_melding(ctx, nu, casus_id, vt_organisatie)
        if lopend is not None:
            lopend.link_nieuwe_melding(ctx, nu, casus_id, vermoeden_acute_onveiligheid)
        if advies is not None:
            advies.convert_to_melding(ctx, nu, casus_id)
        self._store(ctx, casus, huishouden, lopend, advies)
        return casus_id

    def _lopend_traject(self, huishouden: Huishouden) -> Casus | None:
        for melding in reversed(huishouden.meldingen):
            casus = self.repository.get(UUID(melding["casus_id"]))
            if casus.fase not in NIET_LOPEND:
                return casus
        return None


def _eerdere_betrokkenheid(huishouden: Huishouden, lopend: Casus | None) -> EerdereBetrokkenheid:
    """R38: from the household's history in the ledger, never from input."""
    if lopend is not None:
        if lopend.fase == Fase.MELDING:
            return EerdereBetrokkenheid.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING
        if lopend.fase == Fase.MONITORING:
            return EerdereBetrokkenheid.VERVOLG_TIJDENS_MONITORING
        return EerdereBetrokkenheid.VERVOLG_NA_VEILIGHEIDSBEOORDELING
    if huishouden.meldingen:
        return EerdereBetrokkenheid.HERMELDING
    return EerdereBetrokkenheid.EERSTE_MELDING
