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
from ledger.envelope import Context, EnvelopeAsDict
from ledger.errors import Conflict, NietGevonden, OngeldigeInvoer, ProtocolViolation
from ledger.gemeenten import check_regio
from ledger.huishouden import Huishouden
from ledger.tijdreis import fold_known, history_of, version_as_of
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


class Ledger(Application):
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
            aggregate = self.repository.get(_uuid(aggregate_id, wat))
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
        }

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

    # -- casus commands: each a thin call into the Casus state machine ---------------------

    def _casus(
        self, ctx: Context, casus_id: UUID | str, action: Callable[[Casus, datetime], Any]
    ) -> Any:
        return self._command(Casus, casus_id, "casus", ctx, action)

    def record_crisisinterventie(
        self,
        ctx: Context,
        casus_id: UUID | str,
        maatregelen: list[str],
        tijdelijk_huisverbod_dagen: int | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_crisisinterventie(
                ctx, nu, maatregelen, tijdelijk_huisverbod_dagen
            ),
        )

    def inform_gemeentelijke_consulent(
        self, ctx: Context, casus_id: UUID | str, consulent: str, gemeentecode: str
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.inform_gemeentelijke_consulent(ctx, nu, consulent, gemeentecode),
        )

    def record_veiligheidsbeoordeling(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        triage: dict[str, Any],
        uitkomst: str,
        onderbouwing: str,
        dienst: str | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_veiligheidsbeoordeling(
                ctx, nu, triage, uitkomst, dienst, onderbouwing
            ),
        )

    def inform_betrokkenen(
        self, ctx: Context, casus_id: UUID | str, onderwerp: str, persoon_ids: list[str]
    ) -> None:
        self._casus(
            ctx, casus_id, lambda c, nu: c.inform_betrokkenen(ctx, nu, onderwerp, persoon_ids)
        )

    def inform_melder(self, ctx: Context, casus_id: UUID | str, onderwerp: str) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.inform_melder(ctx, nu, onderwerp))

    def start_dienst(
        self, ctx: Context, casus_id: UUID | str, dienst: str, onderbouwing: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.start_dienst(ctx, nu, dienst, onderbouwing))

    def record_veiligheidsvoorwaarden(
        self, ctx: Context, casus_id: UUID | str, voorwaarden: list[str]
    ) -> None:
        self._casus(
            ctx, casus_id, lambda c, nu: c.record_veiligheidsvoorwaarden(ctx, nu, voorwaarden)
        )

    def record_veiligheidsplan(
        self, ctx: Context, casus_id: UUID | str, onderdelen: dict[str, str]
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_veiligheidsplan(ctx, nu, onderdelen))

    def record_onderzoek_conclusie(
        self,
        ctx: Context,
        casus_id: UUID | str,
        conclusies: dict[str, str],
        onderbouwing: str,
        voortijdig: bool = False,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_onderzoek_conclusie(
                ctx, nu, conclusies, voortijdig, onderbouwing
            ),
        )

    def report_to_raad(
        self, ctx: Context, casus_id: UUID | str, kinderen: list[str], onderbouwing: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.report_to_raad(ctx, nu, kinderen, onderbouwing))

    def transfer(self, ctx: Context, casus_id: UUID | str, **overdracht: Any) -> None:
        """Warme of directe overdracht; see Casus.transfer for the fields."""
        self._casus(ctx, casus_id, lambda c, nu: c.transfer(ctx, nu, **overdracht))

    def plan_monitormoment(
        self, ctx: Context, casus_id: UUID | str, gepland_op: date, reden: str
    ) -> str | None:
        return self._casus(
            ctx, casus_id, lambda c, nu: c.plan_monitormoment(ctx, nu, gepland_op, reden)
        )

    def record_monitormoment(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        gesproken_met: list[str],
        veiligheid: str,
        bevindingen: str,
        monitormoment_id: str | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_monitormoment(
                ctx, nu, monitormoment_id, gesproken_met, veiligheid, bevindingen
            ),
        )

    def record_plan_van_aanpak(
        self, ctx: Context, casus_id: UUID | str, onderdelen: dict[str, str]
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_plan_van_aanpak(ctx, nu, onderdelen))

    def delegate_casusregie(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        zorgaanbieder: str,
        voldoende_geequipeerd: bool,
        toets: str,
        tweede_partij: str | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.delegate_casusregie(
                ctx, nu, zorgaanbieder, voldoende_geequipeerd, toets, tweede_partij
            ),
        )

    def record_zorg(
        self, ctx: Context, casus_id: UUID | str, *, bron: str, beschrijving: str, acuut: bool
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_zorg(ctx, nu, bron, beschrijving, acuut))

    def return_regie_op_veiligheid(
        self, ctx: Context, casus_id: UUID | str, onderbouwing: str
    ) -> None:
        self._casus(
            ctx, casus_id, lambda c, nu: c.return_regie_op_veiligheid(ctx, nu, onderbouwing)
        )

    def record_afstemming_procesregisseur(
        self, ctx: Context, casus_id: UUID | str, *, procesregisseur: str, afspraken: str
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_afstemming_procesregisseur(ctx, nu, procesregisseur, afspraken),
        )

    def escalate(self, ctx: Context, casus_id: UUID | str, niveau: str, reden: str) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.escalate(ctx, nu, niveau, reden))

    def record_terugkoppeling_politie(
        self, ctx: Context, casus_id: UUID | str, inhoud: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_terugkoppeling_politie(ctx, nu, inhoud))

    def close_casus(
        self, ctx: Context, casus_id: UUID | str, reden: str, onderbouwing: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.close(ctx, nu, reden, onderbouwing))

    def correct(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        versie: int,
        wijzigingen: dict[str, Any],
        reden: str,
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.correct(ctx, nu, versie, wijzigingen, reden))

    # -- reading a casus: now, at a version, as recorded by a time, as known then ---------

    def casus(self, casus_id: UUID | str, versie: int | None = None) -> dict[str, Any]:
        """The state of a casus now, or after event `versie`."""
        cid = _uuid(casus_id, "casus")
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
        events = list(self.events.get(_uuid(casus_id, "casus")))
        if not events:
            raise NietGevonden(f"Er is geen casus met kenmerk {casus_id}.")
        return history_of(events)

    def casus_as_of(self, casus_id: UUID | str, recorded_at: datetime) -> dict[str, Any]:
        """The casus as it stood in the ledger at `recorded_at` (recorded time)."""
        events = list(self.events.get(_uuid(casus_id, "casus")))
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
        events = list(self.events.get(_uuid(casus_id, "casus")))
        casus = fold_known(events, bekend_op, gebeurd_tot)
        if casus is None:
            raise NietGevonden(
                f"Op {bekend_op:%d-%m-%Y} was over casus {casus_id} niets bekend dat vóór "
                f"{gebeurd_tot:%d-%m-%Y} gebeurde."
            )
        return casus.toestand()


def _uuid(value: UUID | str, wat: str) -> UUID:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise NietGevonden(f"'{value}' is geen geldig kenmerk van een {wat}.") from None


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
